"""The hand-over of a highlight to the unit after the best one: record the first citation's choice, replay guards.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_handover.py collect --indexes bench/out/idx-s15 \\
        --not-ids '^dev-hl-10[2-5]\\d$'
    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_handover.py collect --indexes bench/out/idx-s15 \\
        --ids '^dev-hl-10[2-5]\\d$' --records records-new.pkl
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_handover.py grid [--records records-new.pkl]

`collect` asks every answerable question of the seed and real-dev sets (dev only) and records, for the passage whose
highlight became the first citation's, what `qa.cite._chosen_units` saw (as `bench/tune_restate.py`), plus which
units may take over (`qa.cite.takes_over`), the question's stems the word shares were read over, and whether the
answer after a restating unit (`answer_after`) chose the highlight. `grid` replays `highlight_units` and
`stance_after` under each guard on the hand-over (`HANDOVER_SHARE`, `CUT_HANDOVER_SHARE`, `STANCE_HANDOVER_SHARE`)
and counts the first highlights on the gold gained and lost against the recorded choice. A development tool: it wraps
`qa.cite`'s private choice to see what it saw (docs/retrieval.md, "A hand-over to a sentence that points back").
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.first_highlights import dev_sets, first_highlights, overlaps  # noqa: E402
from qa.rerank import content_stems  # noqa: E402

OUT = REPO / "bench" / "out" / "handover"


def collect(indexes: Path, ids: str | None, not_ids: str | None) -> list[dict]:
    calls: list[dict] = []
    seen: dict = {}
    real, shares, after = cite._chosen_units, cite.word_shares, cite.answer_after

    def sharing(stems, texts):
        seen["stems"] = stems
        return shares(stems, texts)

    def answering(*a, **k):
        found = after(*a, **k)
        seen["after"] = found is not None
        return found

    def recording(units, scored, asked, rest_of, best=None, ahead=False, budget=None):
        seen["after"] = False
        chosen = real(units, scored, asked, rest_of, best, ahead, budget)
        calls.append(dict(texts=list(scored.texts), spans=[(u.start_char, u.end_char) for u in units],
                          overlaps=np.asarray(scored.overlaps, np.float32),
                          cosines=None if scored.similarities is None else np.asarray(scored.similarities, np.float32),
                          scores=np.asarray(scored.scores, np.float32),
                          best=int(np.argmax(scored.scores)) if best is None else int(best),
                          best_given=best is not None,
                          takes=np.asarray(cite.takes_over(asked, scored.texts), np.float32),
                          stems=seen.get("stems", frozenset()), answered_after=seen["after"],
                          first=list(units).index(chosen.first), last=list(units).index(chosen.last)))
        return chosen

    cite._chosen_units, cite.word_shares, cite.answer_after = recording, sharing, answering
    return first_highlights(dev_sets(indexes), calls, ids, not_ids)


_BRACKETS = re.compile(r"\\?\[[^\]]*\\?\]")


def strip_brackets(text: str) -> str:
    return _BRACKETS.sub(" ", text)


def replay(call: dict, guard: dict) -> tuple[int, int]:
    """The highlight `_chosen_units` would choose under `guard` (the answer after a restating unit kept as recorded)."""
    if call["answered_after"] or call["cosines"] is None:
        return call["first"], call["last"]
    texts, cos = call["texts"], call["cosines"]
    scores = np.array(call["scores"], np.float32)
    if guard.get("strip_all"):  # bracketed words count for no unit's word share
        stripped = cite.word_shares(call["stems"], [strip_brackets(t) for t in texts]).astype(np.float32)
        scores = scores - cite.OVERLAP_WEIGHT * (call["overlaps"] - stripped)
    best = call["best"] if call["best_given"] else int(np.argmax(scores))
    takes = np.array(call["takes"])
    after = best + 1

    def blocked(j: int) -> bool:
        if guard.get("cos_share") is not None and cos[j] < guard["cos_share"] * cos[best]:
            return True
        if guard.get("strip_after"):  # the unit that takes over is scored without its bracketed words
            own = cite.word_shares(call["stems"], [strip_brackets(texts[j])])[0]
            if (scores[j] - cite.OVERLAP_WEIGHT * (call["overlaps"][j] - own)
                    < guard.get("share", cite.HANDOVER_SHARE) * scores[best]):
                return True
        if guard.get("closing") and cite.closes([texts[j]])[0]:  # the product's rule (`qa.cite.closes`)
            return True
        return bool(guard.get("formula")) and not content_stems(strip_brackets(texts[j])) - call["stems"]

    if after < len(texts) and takes[after] and blocked(after):
        takes[after] = 0
    old = cite.HANDOVER_SHARE, cite.CUT_HANDOVER_SHARE
    cite.HANDOVER_SHARE = guard.get("share", old[0])
    try:
        first, last = cite.highlight_units(texts, scores, takes, best)
        if guard.get("cut") and (first, last) == (after, after) and blocked(after):
            cite.CUT_HANDOVER_SHARE = 2.0
            first, last = cite.highlight_units(texts, scores, takes, best)
    finally:
        cite.HANDOVER_SHARE, cite.CUT_HANDOVER_SHARE = old
    if cite.STANCE_HANDOVER_SHARE <= 1.0 and not (guard.get("stance") and after < len(texts) and blocked(after)):
        moved = cite.stance_after(texts, scores, call["overlaps"], best, first, last)
        if moved is not None:
            first, last = moved
    return first, last


def grid(records: list[dict]) -> None:
    guards = {"none (replay)": {}}
    for c in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        guards[f"cos_share {c}"] = {"cos_share": c}
        guards[f"cos_share {c} all paths"] = {"cos_share": c, "stance": True, "cut": True}
    guards["strip_after"] = {"strip_after": True}
    guards["strip_after all paths"] = {"strip_after": True, "stance": True, "cut": True}
    guards["strip_all"] = {"strip_all": True}
    guards["formula"] = {"formula": True}
    guards["formula all paths"] = {"formula": True, "stance": True, "cut": True}
    guards["closing all paths"] = {"closing": True, "stance": True}
    guards["strip_all+closing all paths"] = {"strip_all": True, "closing": True, "stance": True}
    guards["strip_all+formula all paths"] = {"strip_all": True, "formula": True, "stance": True, "cut": True}
    for s in (0.85, 0.9):
        guards[f"share {s}"] = {"share": s}
    base = {}
    usable = [r for r in records if r["call"] is not None]
    # replayed from main's choice (8f10d44: no closing rule, bracketed words counted); the guards add the rules
    cite.CLOSING_TAKES_OVER, cite.EDITORIAL_WORDS = True, True
    print(f"{len(records)} records, {len(usable)} replayable; recorded on gold "
          f"{sum(bool(r['hl_hit']) for r in records)}")
    for name, guard in guards.items():
        gained, lost, moved, hits = [], [], 0, {"seed": 0, "real": 0}
        for r in records:
            hit = bool(r["hl_hit"])
            c = r["call"]
            if c is not None:
                first, last = replay(c, guard)
                new = overlaps(c["spans"][first][0], c["spans"][last][1], r["gold"])
                if not guard:
                    base[r["id"]] = new
                moved += (first, last) != (c["first"], c["last"])
                if new != base.get(r["id"], hit):
                    (gained if new else lost).append(r["id"])
                hit = new
            hits[r["set"]] += hit
        print(f"{name:24s} seed {hits['seed']:3d} real {hits['real']:3d} moved {moved:3d} "
              f"+{len(gained)} {' '.join(gained)} -{len(lost)} {' '.join(lost)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("collect", "grid"))
    ap.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    ap.add_argument("--ids")
    ap.add_argument("--not-ids")
    ap.add_argument("--records", default="records-old.pkl")
    args = ap.parse_args()
    path = OUT / args.records
    if args.what == "collect":
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(collect(args.indexes, args.ids, args.not_ids)))
        return
    grid(pickle.loads(path.read_bytes()))


if __name__ == "__main__":
    main()
