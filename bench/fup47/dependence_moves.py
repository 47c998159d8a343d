"""The questions whose dependence reading fup47's two notes change (COMPLEMENT_READ: a preposition's complement read
past function words; DASH_TOPIC_POINTED: a topic before a dash is what "that" points to): every dev question file,
fresh4 and the seed's dev file, each question as written and in its plain wording, read with both switches off and
on (`qa.conversation.read_dependence`, every word known). Prints each that moves.

    PYTHONPATH=. .venv/bin/python bench/fup47/dependence_moves.py
"""
from __future__ import annotations

import json
from pathlib import Path

from qa import conversation
from qa.conversation import plain_wording, read_dependence

REPO = Path(__file__).resolve().parents[2]


def main():
    files = [*sorted((REPO / "bench" / "questions").glob("*-dev.jsonl")),
             REPO / "bench" / "questions" / "conversations-fresh4.jsonl",
             REPO / "bench" / "questions" / "real-fresh4.jsonl", REPO / "bench" / "questions" / "unanswerable-fresh4.jsonl",
             REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "qa" / "data" / "seed_questions_fresh4.jsonl"]
    n = moved = 0
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for text in {row["question"], plain_wording(row["question"])}:
                n += 1
                reads = []
                for on in (False, True):
                    conversation.COMPLEMENT_READ = conversation.DASH_TOPIC_POINTED = on
                    reads.append(read_dependence(text, lambda w: True).reason)
                if reads[0] != reads[1]:
                    moved += 1
                    print(row["id"], row.get("category"), "history" if row.get("history") else "alone", "|", text,
                          "|", reads[0], "->", reads[1])
    print(moved, "of", n, "readings move")


if __name__ == "__main__":
    main()
