"""Every dev follow-up searched with its history, asked again alone (fup51): where its first citation asked alone
lies against the gold and against the with-history citations of a run, one JSON line each.

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 /work/main/.venv/bin/python bench/fup51/alone_probe.py \\
        /work/main/bench/out/eval-dev-s41f/dev-conversations/results.jsonl \\
        /work/main/bench/out/eval-dev-s41f/dev-seed/results.jsonl --indexes bench/out/idx-s20 --out alone.jsonl
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, nargs="+")
    parser.add_argument("--indexes", type=Path, required=True)
    parser.add_argument("--ids", default=None)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    records = [json.loads(line) for path in args.results for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records = [r for r in records if r.get("history") and r["answer"].get("history_used")
               and (args.ids is None or re.search(args.ids, r["id"]))]
    shared = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    seed = TranscriptQA(Settings(index_dir=args.indexes / "index-seed"))
    with args.out.open("w", encoding="utf-8") as out:
        for r in records:
            qa = seed if r["id"].startswith("seed-") else shared
            alone = qa.ask(r["question"], use_history=False, k=3)
            own = content_stems(r["question"]) - set().union(*(content_stems(h) for h in r["history"]))
            row = {"id": r["id"], "category": r["category"], "answerable": r["answerable"],
                   "rank": r["first_relevant_rank"], "declined": not r["answer"]["answerable"],
                   "own": len(own), "alone_answerable": alone.answerable, "alone_note": alone.note,
                   "alone": [(c.transcript, c.start_char, c.end_char) for c in alone.citations[:3]],
                   "cited": [(c["transcript"], c["start_char"], c["end_char"]) for c in r["answer"]["citations"]],
                   "transcript": r["transcript"], "gold": r["gold"]}
            out.write(json.dumps(row) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
