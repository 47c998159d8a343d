"""Batch figures of fup49 by shape, from bench/ask_ids.py's lines (main's run, then the branch's): answerable
follow-ups' Hit@1 and Hit@3 and how many were declined, unanswerable follow-ups declined, switches cited as when
asked alone; and each record whose rank, decline, highlight@1 or switch sameness moved.

    .venv/bin/python bench/fup49/table.py MAIN.jsonl BRANCH.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.followup_table import print_table  # noqa: E402
from bench.fup49.batches import ROWS  # noqa: E402


def main() -> None:
    print_table(sys.argv[1], sys.argv[2], {row[0]: row[3] for row in ROWS}, ("bare", "far", "unsaid", "switch"))


if __name__ == "__main__":
    main()
