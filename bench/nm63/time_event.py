"""nm63: time questions asked alone and answered (`qa.answerable.asks_time`), by which clause of nm57's `time_unsaid`
lets them through, and what stricter readings of its first clause (a time word anywhere in the first highlight with
the sentence after it) would decline: the unanswerable caught against the answerable put at risk.

    PYTHONPATH=. .venv/bin/python bench/nm63/time_event.py RESULTS.jsonl [...] [--list VARIANT]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import (_ATTRIBUTE_SENTENCE, _TIME_FRAME, _TIME_POINT, _TIME_SAID_FIRST, _highlight_and_next,  # noqa
                           _kept_stems, asks_time, TIME_DEPTH, names)


def clauses(question: str, hl: list[tuple[str, int, int]]) -> dict[str, bool]:
    text, start, end = hl[0]
    own = _kept_stems(question) - _kept_stems(_TIME_FRAME)
    named = _kept_stems(" ".join(names(question)))
    event = own - named
    first = _highlight_and_next(text, start, end)
    sents = _ATTRIBUTE_SENTENCE.split(first)
    psents = _ATTRIBUTE_SENTENCE.split(text)
    return dict(
        A=bool(_TIME_SAID_FIRST.search(first)),
        A_own=any(_TIME_SAID_FIRST.search(s) and _kept_stems(s) & own for s in sents),
        A_event=any(_TIME_SAID_FIRST.search(s) and _kept_stems(s) & event for s in sents),
        A_point=bool(_TIME_POINT.search(first)),
        A_point_own=any(_TIME_POINT.search(s) and _kept_stems(s) & own for s in sents),
        B=any(_TIME_POINT.search(s) and _kept_stems(s) & own for s in psents),
        B_event=any(_TIME_POINT.search(s) and _kept_stems(s) & event for s in psents),
        C=any(_TIME_POINT.search(_highlight_and_next(*h)) for h in hl[1:TIME_DEPTH]),
        C_own=any(any(_TIME_POINT.search(s) and _kept_stems(s) & own
                      for s in _ATTRIBUTE_SENTENCE.split(_highlight_and_next(*h))) for h in hl[1:TIME_DEPTH]),
    )


VARIANTS = {
    "main": lambda c: not (c["A"] or c["B"] or c["C"]),
    "own": lambda c: not (c["A_own"] or c["B"] or c["C"]),
    "own_strict": lambda c: not (c["A_own"] or c["B"] or c["C_own"]),
    "point": lambda c: not (c["A_point"] or c["B"] or c["C"]),
    "point_own": lambda c: not (c["A_point_own"] or c["B"] or c["C"]),
    "event": lambda c: not (c["A_event"] or c["B_event"] or c["C"]),
    "event_strict": lambda c: not (c["A_event"] or c["B_event"] or c["C_own"]),
    "depth1": lambda c: not (c["A"] or c["B"]),
    "c_own": lambda c: not (c["A"] or c["B"] or c["C_own"]),
}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    if show:
        args = [a for a in args if a != show]
    count = collections.Counter()
    listed = []
    for path in args:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            a = r["answer"]
            if r["history"] or not a["answerable"] or not a["citations"] or not asks_time(r["question"]):
                continue
            hl = [(c["text"], c["highlight_start"], c["highlight_end"]) for c in a["citations"]]
            c = clauses(r["question"], hl)
            side = "ans" if r["answerable"] else "unans"
            count[side, "n"] += 1
            for name, v in VARIANTS.items():
                if v(c):
                    count[side, name] += 1
                    if name == show:
                        listed.append((side, r["id"], r.get("first_relevant_rank"), r["question"],
                                       a["citations"][0]["highlight"][:160]))
    print("answered time questions asked alone: answerable", count["ans", "n"], "unanswerable", count["unans", "n"])
    for name in VARIANTS:
        print(f"{name:14} unanswerable caught {count['unans', name]:4}   answerable at risk {count['ans', name]:4}")
    for row in sorted(listed):
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
