"""The dev rows fup64's rule can reach: a row with history whose question asks for the next part of the talk
(`qa.conversation.asks_next`). Rows without history (seed, real, unanswerable) have no earlier answer: they cannot
move.

    PYTHONPATH=. .venv/bin/python bench/fup64/reads.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.conversation import asks_next  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl", "bench/questions/decline-dev.jsonl")


def main() -> None:
    for name in FILES:
        rows = [json.loads(line) for line in (REPO / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        with_history = [r for r in rows if r.get("history")]
        reads = [r for r in with_history if asks_next(r["question"])]
        # a history turn that asks so is asked again as the earlier question of the next turn
        earlier = [r for r in with_history if any(asks_next(h) for h in r["history"])]
        print(f"{name}: {len(rows)} rows, {len(with_history)} with history, {len(reads)} ask for the next part, "
              f"{len(earlier)} follow one that does")
        for r in reads + earlier:
            print(f"  {r['id']} {r.get('category', '-')} | {' / '.join(r['history'])[-70:]} => {r['question']}")


if __name__ == "__main__":
    main()
