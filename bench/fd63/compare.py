"""Two `bench/ask_ids.py` outputs of the same ids side by side (session s48, helper fd63): per batch (the rows'
`batch` in the dev files) answerable answered, Hit@1 and unanswerable declined, before and after, and every row that
moved.

    .venv/bin/python bench/fd63/compare.py BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
         "bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl")


def read(path: str) -> dict:
    rows = {}
    for line in Path(path).read_text().splitlines():
        r = json.loads(line)
        rows[r["id"]] = r
    return rows


def main() -> None:
    before, after = read(sys.argv[1]), read(sys.argv[2])
    batch = {}
    for f in FILES:
        for line in (REPO / f).read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            batch[q["id"]] = (q.get("batch") or "-", q.get("answerable", True))
    table = collections.defaultdict(collections.Counter)
    for i in before:
        if i not in after:
            continue
        b, answerable = batch.get(i, ("-", True))
        for name, run in (("before", before[i]), ("after", after[i])):
            if answerable:
                table[b][f"{name} answered"] += bool(run.get("answerable"))
                table[b][f"{name} hit1"] += run.get("rank") == 1
            else:
                table[b][f"{name} declined"] += not run.get("answerable")
        table[b]["answerable" if answerable else "unanswerable"] += 1
        if (before[i].get("answerable"), before[i].get("rank")) != (after[i].get("answerable"), after[i].get("rank")):
            print(f"{i:16} {'ans' if answerable else 'UNANS':5} answered {before[i].get('answerable')} -> "
                  f"{after[i].get('answerable')}, rank {before[i].get('rank')} -> {after[i].get('rank')}")
    print("\n| batch | answerable answered | Hit@1 | unanswerable declined |\n| --- | --- | --- | --- |")
    for b, c in sorted(table.items()):
        print(f"| {b} | {c['before answered']} -> {c['after answered']} of {c['answerable']} | {c['before hit1']} -> "
              f"{c['after hit1']} | {c['before declined']} -> {c['after declined']} of {c['unanswerable']} |")


if __name__ == "__main__":
    main()
