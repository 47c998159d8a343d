"""cite65: what reordering the first citations of a question about asking would do to the dev rows of a finished run
(read from its results.jsonl, no asking), counted as Hit@1 and highlight@1 moves, for three variants: strict, the
question turn that the first citation replies to; same (the rule), any question turn of its recording, the first
citation not in a turn that gives the floor; loose, any question turn, floor or not. With --named: the second part
(ASKER_NAMED_FIRST), a question that asks who asked, the first of the next citations whose highlight is the asker
naming themself.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/cite65/simulate.py RUN_DIR [--depth D] [--share S] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.cite65.measure import INDEXES, turn_at  # noqa: E402
from qa import conversation  # noqa: E402
from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.cite import about_asking, asks_asker, asks_reply, introduces_self  # noqa: E402
from qa.order import gives_floor  # noqa: E402
from qa.evaluate.metrics import overlaps  # noqa: E402


def asks(c, turns):
    """The index of the question turn in which citation `c`'s highlight lies, else None."""
    t = turn_at(turns, c["highlight_start_char"])
    return t.index if t is not None and t.role == "question" else None


def floor(c, turns):
    """Whether citation `c`'s highlight lies in a short turn that gives the next question turn's asker the floor."""
    t = turn_at(turns, c["highlight_start_char"])
    return (t is not None and t.index + 1 < len(turns) and turns[t.index + 1].role == "question"
            and gives_floor(t.text, t.role))


def replied(c, turns):
    t = turn_at(turns, c["highlight_start_char"])
    return None if t is None or t.role == "question" else t.question_index


def choose(variant, cits, turns_of, depth, share, question=""):
    """The index of the citation to cite first, or None."""
    first = cits[0]
    if variant == "named":
        if not asks_asker(question) or introduces_self([first["highlight"]])[0]:
            return None
        return next((i for i in range(1, min(depth, len(cits))) if cits[i]["transcript"] == first["transcript"]
                     and introduces_self([cits[i]["highlight"]])[0]), None)
    t0 = turns_of(first["transcript"])
    if asks(first, t0) is not None or (variant != "loose" and floor(first, t0)):
        return None
    q = replied(first, t0)
    for i in range(1, min(depth, len(cits))):
        c = cits[i]
        if c["score"] < share * first["score"]:
            continue
        tc = turns_of(c["transcript"])
        a = asks(c, tc)
        if a is None:
            continue
        if variant == "strict" and (c["transcript"] != first["transcript"] or a != q):
            continue
        if variant == "same" and c["transcript"] != first["transcript"]:
            continue
        return i
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--share", type=float, default=0.0)
    ap.add_argument("--forms", default="about", help="about: about_asking; for: asks_for_asker too")
    ap.add_argument("--context", action="store_true", help="rows with history too")
    ap.add_argument("--named", action="store_true", help="the second part alone")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    stores = {k: TranscriptQA(Settings(index_dir=v)).store() for k, v in INDEXES.items()}
    for variant in ("named",) if args.named else ("strict", "same", "loose"):
        tally = {"rows": 0, "fired": 0, "hit+": 0, "hit-": 0, "hl+": 0, "hl-": 0}
        moved = []
        for f in sorted(Path(args.run).glob("*/results.jsonl")):
            for line in f.open():
                r = json.loads(line)
                qn = r["question"]
                if not (about_asking(qn) or (args.forms == "for" and conversation.asks_for_asker(qn))):
                    continue
                if asks_reply(qn):
                    continue
                if r.get("history") and not args.context:
                    continue
                a = r["answer"]
                cits = a.get("citations") or []
                if not a.get("answerable") or len(cits) < 2:
                    continue
                tally["rows"] += 1
                store = stores["seed" if r["id"].startswith("seed") else "shared"]
                turns_of = lambda name: store.text_and_turns(name)[1]  # noqa: E731
                i = choose(variant, cits, turns_of, args.depth, args.share, qn)
                if i is None:
                    continue
                tally["fired"] += 1
                gold = [tuple(g) for g in r.get("gold") or []]

                def hit(c):
                    return bool(gold) and c["transcript"] == r.get("transcript") and overlaps(
                        (c["start_char"], c["end_char"]), gold)

                def hl(c):
                    return bool(gold) and c["transcript"] == r.get("transcript") and overlaps(
                        (c["highlight_start_char"], c["highlight_end_char"]), gold)
                h0, h1 = hit(cits[0]), hit(cits[i])
                l0, l1 = hl(cits[0]), hl(cits[i])
                tally["hit+"] += h1 and not h0
                tally["hit-"] += h0 and not h1
                tally["hl+"] += l1 and not l0
                tally["hl-"] += l0 and not l1
                moved.append(f"  {r['id']} [{i + 1}]->[1] hit {h0}->{h1} hl {l0}->{l1} gold={bool(gold)}: {qn[:90]}")
        print(variant, tally)
        if args.v:
            print("\n".join(moved))


if __name__ == "__main__":
    main()
