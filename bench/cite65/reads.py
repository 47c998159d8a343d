"""cite65: the ids of the dev rows that the rule can read: a question, or one of its history's, about what was asked
(`qa.cite.about_asking`). Prints a regular expression of them (for bench/hl45_subset.py --ids) and the count.

    PYTHONPATH=. .venv/bin/python bench/cite65/reads.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.cite import about_asking  # noqa: E402

FILES = ("qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
         "bench/questions/conversations-dev.jsonl")


def main() -> None:
    ids = []
    for name in FILES:
        for line in (REPO / name).open():
            if not line.strip():
                continue
            q = json.loads(line)
            if any(about_asking(t) for t in [q["question"], *(q.get("history") or [])]):
                ids.append(q["id"])
    print(f"# {len(ids)} rows", file=sys.stderr)
    print("^(" + "|".join(ids) + ")$")


if __name__ == "__main__":
    main()
