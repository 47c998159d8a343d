"""fup45: which dev and fresh4 question texts qa.conversation.FUP45_POINTING reads otherwise: each question's
`read_dependence` with it off (main's reading) and on, over the question and each earlier question of its history
(a history's reading sets the chain searched), as written and as the typing mend writes them (`plain_wording`),
printed with the question when any moves, and counted by category. `--fillers`: with FUP45_FILLERS on too. Reads
the question files (development data only: every *-dev.jsonl, fresh4, the seed's dev and fresh4 files); asks nothing.

    PYTHONPATH=. .venv/bin/python bench/fup45/dependence_moves.py [--fillers]
"""
import collections
import json
import sys
from pathlib import Path

from qa import conversation as c

REPO = Path(__file__).resolve().parents[2]
FILLERS = False
QUESTIONS = REPO / "bench" / "questions"
FILES = sorted([*QUESTIONS.glob("*-dev.jsonl"), *QUESTIONS.glob("*-fresh4.jsonl"),
                REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "qa" / "data" / "seed_questions_fresh4.jsonl"])


def reading(question: str, on: bool, fillers: bool) -> str | None:
    c.FUP45_POINTING, c.FUP45_FILLERS = on, fillers
    try:
        return c.read_dependence(question, lambda word: True).reason
    finally:
        c.FUP45_POINTING, c.FUP45_FILLERS = True, False


def main() -> None:
    global FILLERS
    FILLERS = "--fillers" in sys.argv  # FUP45_FILLERS on too (off in the product)
    moved: collections.Counter = collections.Counter()
    total = 0
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            total += 1
            texts = [row["question"], *row.get("history", ())]
            for text in dict.fromkeys(t for q in texts for t in (q, c.plain_wording(q))):
                off, on = reading(text, False, False), reading(text, True, FILLERS)
                if off != on:
                    where = "question" if text in (row["question"], c.plain_wording(row["question"])) else "history"
                    moved[(path.name, row.get("category"), bool(row.get("history")), where)] += 1
                    print(f"{row['id']}\t{row.get('category')}\thistory={bool(row.get('history'))}\t{where}\t"
                          f"{text!r}\n\toff: {off}\n\ton:  {on}")
                    break
    print(f"{sum(moved.values())} of {total} questions read otherwise")
    for key, n in sorted(moved.items()):
        print(n, *key)


if __name__ == "__main__":
    main()
