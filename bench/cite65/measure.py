"""cite65: the dev rows that ask about the conversation itself (who asked, who answered, what the reporter asked),
and where their first citation and its highlight fall: in the asking turn, in a reply, elsewhere.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/cite65/measure.py RUN_DIR [--ids REGEX] [--all]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.cite import about_asking  # noqa: E402
from qa.order import gives_floor  # noqa: E402

# who answered / replied: the reply turn is the answer
ASKS_ANSWERER = re.compile(r"\bwho\s+(?:\w+\s+)?(?:answered|replied|responded|took)\b|\bwhose\s+(?:answer|reply)\b",
                           re.IGNORECASE)
INDEXES = {"seed": REPO / "bench/out/idx-s20/index-seed", "shared": REPO / "bench/out/idx-s20/index-shared"}


def form(question: str) -> str | None:
    """The form of a question about the conversation itself, or None."""
    if conversation.asks_asker(question):
        return "asker-of-that"
    if conversation.asks_for_asker(question):
        return "who-asked"
    if ASKS_ANSWERER.search(question):
        return "who-answered"
    if about_asking(question):
        return "what-asked"
    return None


def turn_at(turns, at):
    for t in turns:
        if t.start_char <= at < t.end_char:
            return t
    return None


def place(turns, at, gold_turns):
    """Where character `at` falls: 'gold' (a turn holding gold), 'question', 'floor', 'answer', 'other'."""
    t = turn_at(turns, at)
    if t is None:
        return "none"
    if t.index in gold_turns:
        return "gold-" + t.role
    if t.role == "question":
        return "question"
    if t.index + 1 < len(turns) and turns[t.index + 1].role == "question" and gives_floor(t.text, t.role):
        return "floor"
    return t.role


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run")
    ap.add_argument("--ids", default=None)
    ap.add_argument("--all", action="store_true", help="every row, not only those of the forms")
    args = ap.parse_args()
    stores = {k: TranscriptQA(Settings(index_dir=v)).store() for k, v in INDEXES.items()}
    rows = []
    for f in sorted(Path(args.run).glob("*/results.jsonl")):
        for line in f.open():
            r = json.loads(line)
            if args.ids and not re.search(args.ids, r["id"]):
                continue
            fm = form(r["question"])
            if fm is None and not args.all:
                continue
            rows.append((f.parent.name, fm, r))
    for setname, fm, r in rows:
        a = r["answer"]
        cits = a.get("citations") or []
        hist = " | ".join(r.get("history") or [])
        where = "-"
        if not a.get("answerable"):
            where = "declined"
        elif cits:
            c = cits[0]
            store = stores["seed" if r["id"].startswith("seed") else "shared"]
            try:
                _, turns = store.text_and_turns(c["transcript"])
            except Exception:
                turns = ()
            gold_turns = set()
            for s, e in r.get("gold") or []:
                for t in turns:
                    if t.start_char < e and s < t.end_char and (r.get("transcript") in (None, c["transcript"])):
                        gold_turns.add(t.index)
            hl = c.get("highlight_start_char")
            where = place(turns, hl, gold_turns) if hl is not None else "nohl"
            starts = place(turns, c["start_char"], gold_turns)
            where = f"{where} (cit starts {starts}, {c['kind']})"
        m = r.get("metrics") or {}
        print(f"{r['id']}\t{setname}\t{fm}\thit1={m.get('hit@1')}\thl1={m.get('highlight@1')}\trank={r.get('first_relevant_rank')}"
              f"\t{where}\tQ: {r['question']}\tH: {hist[:150]}")


if __name__ == "__main__":
    main()
