"""Read trial64's rows as a user would, through the library API (`qa.api.TranscriptQA`) over a copy of the shared
index: for each row its answer text, citation [1] (transcript, speaker, place, highlight), the note, the "searched:"
wording of a follow-up, and where the gold ranks among the first five.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/trial64/read.py bench/trial64/batch-A.jsonl \\
        --index bench/out/idx-s20/index-shared
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from qa.api import TranscriptQA
from qa.config import Settings


def norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("batch", type=Path)
    parser.add_argument("--index", type=Path, required=True)
    args = parser.parse_args()
    tqa = TranscriptQA(Settings(index_dir=args.index))
    for line in args.batch.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        a = tqa.ask(row["question"], history=row.get("history", []), k=5)
        gold = [norm(g) for g in row.get("gold_quotes", [])]
        rank = next((c.rank for c in a.citations if any(g in norm(c.text) or norm(c.text) in g for g in gold)), None)
        hl = bool(a.citations) and any(g in norm(a.citations[0].highlight) or norm(a.citations[0].highlight) in g
                                      for g in gold)
        print(f"== {row['id']} [{row.get('category')}] {row['question']!r}  history={row.get('history', [])}")
        print(f"   answerable={a.answerable} gold_rank={rank} hl1={hl} searched={a.query!r}")
        print(f"   note: {a.note}")
        print(f"   answer: {(a.answer or '')[:300]}")
        for c in a.citations[:2]:
            print(f"   [{c.rank}] {c.transcript} {c.speaker} {c.role} p{c.paragraph} | hl: {c.highlight[:200]}")
        if gold:
            print(f"   gold: {row['gold_quotes'][0][:200]}")


if __name__ == "__main__":
    main()
