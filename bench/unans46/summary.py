"""Declined counts of a helper's batch runs (bench/unans46/ask_batch.py and bench/unans47/ask_batch.py outputs),
unanswerable and controls, and the rows whose verdict differs between two runs.

    .venv/bin/python bench/unans46/summary.py BEFORE.jsonl AFTER.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl", "qa/data/seed_questions.jsonl")


def labels() -> dict[str, bool]:
    out = {}
    for name in FILES:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row.get("answerable", True)
    return out


def load(path: str) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, Path(path).read_text().splitlines()) if r}


def main() -> None:
    gold = labels()
    runs = [load(p) for p in sys.argv[1:]]
    for path, run in zip(sys.argv[1:], runs):
        un = [r for i, r in run.items() if not gold[i]]
        ctrl = [r for i, r in run.items() if gold[i]]
        print(f"{path}: unanswerable declined {sum(not r['answerable'] for r in un)}/{len(un)}, "
              f"controls declined {sum(not r['answerable'] for r in ctrl)}/{len(ctrl)}, "
              f"controls rank 1 {sum(r.get('rank') == 1 for r in ctrl)}, rank<=3 "
              f"{sum((r.get('rank') or 99) <= 3 for r in ctrl)}")
    if len(runs) == 2:
        for i in runs[0]:
            a, b = runs[0][i], runs[1].get(i, {})
            if a["answerable"] != b.get("answerable"):
                print(f"  {i} {'answerable' if gold[i] else 'unanswerable'}: "
                      f"{'answered' if a['answerable'] else 'declined'} -> "
                      f"{'answered' if b.get('answerable') else 'declined'} | {b.get('q')} | {b.get('note')}")


if __name__ == "__main__":
    main()
