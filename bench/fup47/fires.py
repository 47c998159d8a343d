"""Where fup47's `source_replaced` fires: every dev and fresh4 question with history (each `*-dev.jsonl`, fresh4, the
seed's dev file), read as written, with its latest earlier question as the context (the product reads the plain
wording and the dependence chain: this lists what the rule could touch, not what it does). Prints the id, the
follow-up and the earlier question as searched.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup47/fires.py --index bench/out/idx-copy/index-shared
"""
from __future__ import annotations

import argparse
import functools
import json
from pathlib import Path

from qa.api import Settings, TranscriptQA, _party_speakers
from qa.conversation import Context, source_replaced

REPO = Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    args = parser.parse_args()
    store = TranscriptQA(Settings(index_dir=args.index)).store()
    speakers_of = functools.partial(_party_speakers, store.all_infos())
    files = [*sorted((REPO / "bench" / "questions").glob("*-dev.jsonl")),
             REPO / "bench" / "questions" / "conversations-fresh4.jsonl", REPO / "qa" / "data" / "seed_questions.jsonl"]
    n = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if not row or not row.get("history"):
                continue
            replaced = source_replaced(row["question"], Context((row["history"][-1],), "x"), speakers_of)
            if replaced:
                n += 1
                print(row["id"], row.get("category"), "|", row["question"], "| after:", replaced[-1])
    print(n, "turns")


if __name__ == "__main__":
    main()
