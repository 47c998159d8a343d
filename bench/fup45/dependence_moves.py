"""fup45: which dev and fresh4 question texts qa.conversation.FUP45_POINTING reads otherwise: each question's
`read_dependence` with it off (main's reading) and on, over the question as written and as the typing mend writes it
(`plain_wording`), printed with the question when either moves, and counted by category. Reads the question files
(development data only: every *-dev.jsonl, fresh4, the seed's dev and fresh4 files); asks nothing.

    PYTHONPATH=. .venv/bin/python bench/fup45/dependence_moves.py
"""
import collections
import json
from pathlib import Path

from qa import conversation as c

REPO = Path(__file__).resolve().parents[2]
FILES = sorted([*(REPO / "bench" / "questions").glob("*-dev.jsonl"), *(REPO / "bench" / "questions").glob("*-fresh4.jsonl"),
                REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "qa" / "data" / "seed_questions_fresh4.jsonl"])


def reading(question: str, on: bool) -> str | None:
    c.FUP45_POINTING = on
    try:
        return c.read_dependence(question, lambda word: True).reason
    finally:
        c.FUP45_POINTING = True


def main() -> None:
    moved: collections.Counter = collections.Counter()
    total = 0
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            total += 1
            for text in dict.fromkeys((row["question"], c.plain_wording(row["question"]))):
                off, on = reading(text, False), reading(text, True)
                if off != on:
                    moved[(path.name, row.get("category"), bool(row.get("history")))] += 1
                    print(f"{row['id']}\t{row.get('category')}\thistory={bool(row.get('history'))}\t{text!r}\n"
                          f"\toff: {off}\n\ton:  {on}")
                    break
    print(f"{sum(moved.values())} of {total} questions read otherwise")
    for key, n in sorted(moved.items()):
        print(n, *key)


if __name__ == "__main__":
    main()
