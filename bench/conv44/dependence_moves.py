"""conv44: which dev and fresh4 question texts the pronoun reading of qa.conversation.ASKED_NOT_REFERENT reads
otherwise: each question's `read_dependence` with it off (main) and on, printed with the question, and counted by
category. With RUN folders of bench/eval_sets.py (`eval-dev-base36`, `eval-fresh4-base36`), the wording the product
read is taken too (each record's `query` before " (after: ...)": the typing mend capitalises and writes out, "whats
the relocation" as "What is the relocation"), and a question moves when either wording moves. Reads the question files (development
data only: every *-dev.jsonl, fresh4, the seed's dev file) and the runs' results; asks nothing.

    PYTHONPATH=. .venv/bin/python bench/conv44/dependence_moves.py [RUN ...]
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


def read_wordings(runs: list[str]) -> dict[str, str]:
    """The wording the product read of each question id of the runs' results (the mended question)."""
    found: dict[str, str] = {}
    for run in runs:
        for results in Path(run).glob("*/results.jsonl"):
            for line in results.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                query = (record.get("answer") or {}).get("query") or ""
                found[record["id"]] = query.split(" (after: ")[0]
    return found


def main() -> None:
    import sys
    wordings = read_wordings(sys.argv[1:])
    moved = collections.Counter()
    total = 0
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            total += 1
            texts = [q["question"]] + ([wordings[q["id"]]] if wordings.get(q["id"]) else [])
            pairs = [(reading(t, False), reading(t, True)) for t in texts]
            changed = [pair for pair in pairs if pair[0] != pair[1]]
            if changed:
                base, now = changed[0]
                moved[(q.get("category"), "history" if q.get("history") else "alone",
                       "now-dependent" if now else "now-alone" if base else "other reason")] += 1
                print(f"{q['id']:<22} {q.get('category')!s:<24} hist={bool(q.get('history'))} {q['question']!r} -> {now}")
    print(total, "questions")
    for key, n in sorted(moved.items()):
        print(n, key)


if __name__ == "__main__":
    main()
