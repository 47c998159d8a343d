"""rank65: the conversations rows of a run whose citations, verdict or first relevant rank differ from a start run's
(the ids both hold): rank64's `against_start.py` reads the seed and real sets only.

    python bench/rank65/conversations_moved.py /work/main/bench/out/eval-dev-s49g bench/out/r65-dev-on
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _key(r):
    return ([(c["transcript"], c["start_char"], c["end_char"]) for c in r["answer"]["citations"]],
            r["answer"]["answerable"], r.get("first_relevant_rank"))


def main(start: str, run: str) -> None:
    part = "dev-conversations/results.jsonl"
    before = {r["id"]: r for r in map(json.loads, open(Path(start) / part))}
    common = differ = 0
    for r in map(json.loads, open(Path(run) / part)):
        o = before.get(r["id"])
        if o is None:
            continue
        common += 1
        if _key(o) != _key(r):
            differ += 1
            print(r["id"], o.get("first_relevant_rank"), "->", r.get("first_relevant_rank"),
                  "answered" if o["answer"]["answerable"] else "declined", "->",
                  "answered" if r["answer"]["answerable"] else "declined",
                  (r["history"] or [""])[-1][:60], "|", r["question"][:60])
    print(common, "common records,", differ, "differ")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
