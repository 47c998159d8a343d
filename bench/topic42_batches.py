"""topic42's batches (bench/questions/README.md, topic42) asked with whatever code PYTHONPATH gives, one JSON line a
question (id, batch, gold answerability, answered, note), over the shared transcripts' index of --indexes: how
batch A and B were read at main (PYTHONPATH=/work/main) against the branch's dev run.

    HF_HUB_OFFLINE=1 PYTHONPATH=/work/main .venv/bin/python bench/topic42_batches.py 'dev-un-32[89][0-9]|...' \
        --indexes /work/main/bench/out/idx-s20 > bench/out/topic42-batches-main.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

QUESTIONS = Path(__file__).resolve().parents[1] / "bench" / "questions"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", type=re.compile, help="the ids to ask (a regular expression matched whole)")
    parser.add_argument("--indexes", type=Path, required=True)
    args = parser.parse_args()
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    for name in ("real-dev.jsonl", "unanswerable-dev.jsonl"):
        for line in (QUESTIONS / name).read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            if not args.ids.fullmatch(q["id"]):
                continue
            answer = tqa.ask(q["question"], k=10)
            print(json.dumps(dict(id=q["id"], batch=q.get("batch"), gold=q.get("answerable", True),
                                  answered=answer.answerable, note=answer.note)))


if __name__ == "__main__":
    main()
