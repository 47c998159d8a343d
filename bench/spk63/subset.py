"""spk63: the dev rows the rule can read (a superset): every dev question (real, unanswerable, conversations' turns,
seed) whose text (or a turn of its history) has words `speaker_role_words` reads, or a source that `titled_role` reads,
over its own transcripts (the seed's: the bundled conference); the ids as one regular expression on stdout, counts
on stderr.

    PYTHONPATH=. .venv/bin/python bench/spk63/subset.py > /tmp/ids.txt
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import named_sources, resolve_source, speaker_role_words, titled_role  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
         "bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl")


def texts(row: dict) -> list[str]:
    return [row.get("question", ""), *row.get("history", []), *[t.get("question", "") if isinstance(t, dict) else str(t)
                                                                  for t in row.get("turns", [])]]


def reads(question: str, infos) -> bool:
    who, where = named_sources(question)
    # (the words leave only the share of the other words a transcript holding the question's names holds, `_company`;
    # the names are read after `with_names_found` capitalises them, so every question counts)
    return bool(speaker_role_words(question, infos)) or any(titled_role(resolve_source(p, infos)) for p in who)


def main() -> None:
    index = REPO / "bench" / "out" / "idx-s20"
    shared = list(TranscriptQA(Settings(index_dir=index / "index-shared")).store().infos().values())
    seed = list(TranscriptQA(Settings(index_dir=index / "index-seed")).store().infos().values())
    ids = []
    for name in FILES:
        n = 0
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            infos = seed if "seed_questions" in name else shared
            if any(reads(q, infos) for q in texts(row) if q):
                ids.append(row["id"])
                n += 1
        print(name, n, file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
