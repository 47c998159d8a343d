"""conv44: which dev and fresh4 question texts the pronoun reading of qa.conversation.ASKED_NOT_REFERENT reads
otherwise: each question's `read_dependence` with it off (main) and on, printed with the question, and counted by
category. Reads the question files only (development data: every *-dev.jsonl, fresh4, the seed's
dev file); asks nothing.

    PYTHONPATH=. .venv/bin/python bench/conv44/dependence_moves.py
"""
import collections
import json
from pathlib import Path

from qa import conversation as c

REPO = Path(__file__).resolve().parents[2]
FILES = sorted([*(REPO / "bench" / "questions").glob("*-dev.jsonl"), *(REPO / "bench" / "questions").glob("*-fresh4.jsonl"),
                REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "qa" / "data" / "seed_questions_fresh4.jsonl"])


def reading(question: str, asked: bool) -> str | None:
    c.ASKED_NOT_REFERENT = asked
    return c.read_dependence(question, lambda word: True).reason


def main() -> None:
    moved = collections.Counter()
    total = 0
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            total += 1
            base, now = reading(q["question"], False), reading(q["question"], True)
            if base != now:
                moved[(q.get("category"), "history" if q.get("history") else "alone",
                       "now-dependent" if now else "now-alone" if base else "other reason")] += 1
                print(f"{q['id']:<22} {q.get('category')!s:<24} hist={bool(q.get('history'))} {q['question']!r} -> {now}")
    print(total, "questions")
    for key, n in sorted(moved.items()):
        print(n, key)


if __name__ == "__main__":
    main()
