"""The dev rows whose reading `qa.answerable.COUNTED_US` changes: the question or a history turn whose counted words
(`counted_words`) differ with it on and off, over the four dev files and decline-dev.jsonl; prints their ids as one
regular expression (and, with --list, each row).

    PYTHONPATH=. .venv/bin/python bench/ref65/us_rows.py [--list]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402
from bench import constants  # noqa: E402

FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
         "bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/decline-dev.jsonl")


def changed(text: str) -> bool:
    with constants(answerable, COUNTED_US=True):
        on = answerable.counted_words(text)
    with constants(answerable, COUNTED_US=False):
        return on != answerable.counted_words(text)


def main() -> None:
    ids = []
    for name in FILES:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if any(changed(t) for t in (row["question"], *row.get("history", []))):
                ids.append(row["id"])
                if "--list" in sys.argv:
                    print(row["id"], row.get("answerable", True), row["question"], sep=" | ")
    print("^(" + "|".join(dict.fromkeys(ids)) + ")$")


if __name__ == "__main__":
    main()
