"""The dev rows fup63's rule can move: a row with history one of whose earlier questions asks who asked something
(`qa.conversation.asks_for_asker`, read as typed and in its plain wording: the latest, whose answer the row reads, or
an older one, on which the latest earlier answer itself depends), and of those the ones whose follow-up has the asker
as its subject or owner (`asker_subject`). Any other row is searched as before: the earlier answer's anchor changes
only for an asker question, and only a follow-up of one, or of a turn after one, reads it.

    .venv/bin/python bench/fup63/reads.py [FILE ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
from qa.conversation import Context  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl", "bench/questions/decline-dev.jsonl")


def main(argv: list[str]) -> None:
    read, subject = [], []
    for name in argv or FILES:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if not row or not row.get("history"):
                continue
            latest = row["history"][-1]
            if any(conversation.asks_for_asker(t) for earlier in row["history"]
                   for t in (earlier, conversation.plain_wording(earlier))):
                read.append(row["id"])
                plain = conversation.plain_wording(latest)
                if conversation.asker_subject(row["question"], Context((plain,), "read")):
                    subject.append(row["id"])
    print(len(read), "rows read:", " ".join(read))
    print(len(subject), "with the asker as subject or owner:", " ".join(subject))


if __name__ == "__main__":
    main(sys.argv[1:])
