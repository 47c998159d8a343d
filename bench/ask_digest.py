"""Every field of `ask_ranked`'s answers on a scale index, as JSON lines, to compare two trees' answers byte for byte
(a speed change must leave them identical): k=5, 30 deep, every fifth question filtered to its own meeting.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/ask_digest.py --size 100000 --questions 100 --out after.jsonl
    ... the same from a worktree of the earlier commit (--out before.jsonl), then: cmp before.jsonl after.jsonl

--qmsum-split val asks the QMSum val questions instead (their meetings are not in the scale indexes: no filter,
and mostly other answers, which must be identical as well).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum"


def plain(x):
    """`x` as JSON values: dataclasses field by field, arrays and numpy numbers as lists and numbers."""
    if dataclasses.is_dataclass(x):
        return {f.name: plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (list, tuple)):
        return [plain(y) for y in x]
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    if isinstance(x, np.ndarray):
        return x.tolist()
    if isinstance(x, (np.floating, np.integer)):
        return x.item()
    return x


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--qmsum-split", choices=["test", "val"], default="test")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    qa = TranscriptQA(Settings(index_dir=REPO / "bench" / "out" / "scale" / f"index-{args.size}"))
    lines = (QMSUM / args.qmsum_split / "questions.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines if line.strip()][:args.questions]
    names = [info.name for info in qa.list_transcripts()]
    with open(args.out, "w", encoding="utf-8") as out:
        for i, record in enumerate(records):
            filters = {}
            if i % 5 == 4:
                meeting = str(record.get("transcript", "")).rsplit(".", 1)[0]
                found = next((n for n in names if meeting and n.startswith(meeting)), None)
                if found:
                    filters["transcripts"] = [found]
            answer, ranked = qa.ask_ranked(record["question"], depth=30, k=5, **filters)
            out.write(json.dumps({"q": record["question"], "filters": filters, "answer": plain(answer),
                                  "ranked": plain(ranked)}, sort_keys=True) + "\n")
    print(f"wrote {len(records)} answers to {args.out}")


if __name__ == "__main__":
    main()
