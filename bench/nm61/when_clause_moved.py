"""nm61: the dev and fresh4 questions (every turn) whose expected answer (`expected_answer`, `answer_type`) the
scene-setting "when" clause read with a comma after its last word moves (`WHEN_CLAUSE_COMMA` off against on).

    PYTHONPATH=. .venv/bin/python bench/nm61/when_clause_moved.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import answerable as new  # noqa: E402

FILES = ["qa/data/seed_questions.jsonl", "qa/data/seed_questions_fresh4.jsonl"] + [
    f"bench/questions/{s}-{split}.jsonl" for split in ("dev", "fresh4")
    for s in ("real", "unanswerable", "conversations", "decline", "mention", "casual", "define")]


def texts(path: Path):
    for line in path.open():
        row = json.loads(line)
        if "question" in row:
            yield row["id"], row["question"]
        for i, earlier in enumerate(row.get("history") or []):
            if isinstance(earlier, str):
                yield f"{row['id']}<{i}", earlier
        for i, turn in enumerate(row.get("turns") or []):
            q = turn.get("question") if isinstance(turn, dict) else turn
            if q:
                yield f"{row['id']}#{i}", q


def main() -> None:
    seen = moved = 0
    for name in FILES:
        path = REPO / name
        if not path.exists():
            continue
        for qid, q in texts(path):
            seen += 1
            new.WHEN_CLAUSE_COMMA = False
            a = (new.expected_answer(q), new.answer_type(q))
            new.WHEN_CLAUSE_COMMA = True
            b = (new.expected_answer(q), new.answer_type(q))
            if a != b:
                moved += 1
                print(f"{name.split('/')[-1]}\t{qid}\t{a} -> {b}\t{q}")
    print(f"{seen} questions read, {moved} moved")


if __name__ == "__main__":
    main()
