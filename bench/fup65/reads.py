"""The dev rows fup65's rule (`qa.conversation.MENTION_KEPT`) can reach: a row with history whose question is read as a
mention question by `conversation.mention_alone` (the rule acts only inside `_mention_alone`, on such a turn read as
standalone and answered alone). Prints the ids as one regular expression for bench/ask_ids.py, and the count per file.

    PYTHONPATH=. .venv/bin/python bench/fup65/reads.py [FILE ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/decline-dev.jsonl",
         "bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl")


def main(argv: list[str]) -> None:
    ids = []
    for name in argv or FILES:
        found = [row["id"] for row in map(json.loads, filter(str.strip, (REPO / name).read_text("utf-8").splitlines()))
                 if row.get("history") and conversation.mention_alone(row["question"])]
        print(f"{name}: {len(found)}", file=sys.stderr)
        ids += found
    print("^(" + "|".join(ids) + ")$")


if __name__ == "__main__":
    main(sys.argv[1:])
