"""The ranking misses of a subset run (`bench/hl45_subset.py --out DIR`): for each answerable row whose gold is not
cited first, the gold's rank (- where not in the first 10), the question's register, the first citation's start and
the passage at the gold's rank; `--all` every row.

    python bench/rank63/misses.py bench/out/r63-A-start [--all]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def overlaps(c: dict, gold) -> bool:
    return any(c["start_char"] < e and s < c["end_char"] for s, e in gold)


def gold_rank(row: dict) -> int | None:
    cites = (row.get("answer") or {}).get("citations") or []
    return next((i for i, c in enumerate(cites, 1) if c["transcript"] == row["transcript"] and overlaps(c, row["gold"])),
                None)


def rows_of(run: Path):
    for name in ("dev-seed", "dev-real+unanswerable", "dev-conversations"):
        path = run / name / "results.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                yield json.loads(line)


def main() -> None:
    run = Path(sys.argv[1])
    for row in rows_of(run):
        if not row.get("answerable") or not row.get("gold"):
            continue
        rank = gold_rank(row)
        if rank == 1 and "--all" not in sys.argv:
            continue
        cites = row["answer"]["citations"]
        print(f"{row['id']} [{row.get('register', row.get('category'))}] gold@{rank or '-'} "
              f"declined={not row['answer']['answerable']}: {row['question']}")
        print(f"   gold: {row['gold_quotes'][0][:110]}")
        for i, c in enumerate(cites[:3], 1):
            mark = "*" if c["transcript"] == row["transcript"] and overlaps(c, row["gold"]) else " "
            print(f"   {mark}[{i}] {c['score']:.3f} {c['transcript'][:12]} {c['speaker'][:14]}: {c['text'][:150]!r}")


if __name__ == "__main__":
    main()
