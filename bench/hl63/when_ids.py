"""The dev question ids that ask when (`qa.answerable.answer_type`'s date, not a time in the recording): the rows
TIME_WEIGHT can move (a follow-up is read by its own wording as well as asked with its history's).

    .venv/bin/python bench/hl63/when_ids.py [FILES ...] > bench/hl63/dev-when-ids.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import answer_type, asks_time_in_recording  # noqa: E402

DEV = ("qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
       "bench/questions/conversations-dev.jsonl")


def asks_when(question: str) -> bool:
    typed = answer_type(question)
    return typed is not None and typed.kind == "date" and not asks_time_in_recording(question)


def main(argv: list[str]) -> None:
    ids = []
    for name in argv or DEV:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts = [row["question"], *(h if isinstance(h, str) else h.get("question", "") for h in row.get("history") or [])]
            if any(asks_when(t) for t in texts):
                ids.append(row["id"])
    print("^(" + "|".join(ids) + ")$")
    print(len(ids), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
