"""ufu57's measure (docs/retrieval.md "ufu57"): dev follow-ups written out by hand as questions asked alone
(`written_out_*.tsv`: id, the follow-up with its referent written in), each asked alone with `TranscriptQA.ask`
over a copy of the shared index; prints whether it is declined and the note, beside the follow-up's answer in RUN.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/ufu57/alone.py bench/ufu57/written_out_unans.tsv \\
        [--run /work/main/bench/out/eval-dev-s44g] [--index bench/out/idx-s20/index-shared]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--run", type=Path, default=Path("/work/main/bench/out/eval-dev-s44g"))
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "idx-s20" / "index-shared")
    args = parser.parse_args()
    recs = {}
    with (args.run / "dev-conversations" / "results.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            recs[r["id"]] = r
    tqa = TranscriptQA(Settings(index_dir=args.index))
    declined = 0
    rows = [line.rstrip("\n").split("\t") for line in args.tsv.read_text(encoding="utf-8").splitlines() if line]
    for rid, text in rows:
        answer = tqa.ask(text)
        declined += not answer.answerable
        conv = recs[rid]["answer"]
        print(f"{rid}\talone={'declined' if not answer.answerable else 'answered'}\t"
              f"conv={'declined' if not conv['answerable'] else 'answered'}\t{text}\t{answer.note or ''}")
    print(f"declined alone: {declined} of {len(rows)}")


if __name__ == "__main__":
    main()
