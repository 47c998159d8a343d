"""The caption questions of an evaluation whose first citation misses: each with its gold and first citations.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_sets.py --split dev --out bench/out/dev
    .venv/bin/python bench/caption_misses.py bench/out/dev/dev-real+unanswerable/results.jsonl

Caption questions are those about a recording with cues (`.srt`, `.vtt`, Whisper `.json`). A citation is relevant
when its span overlaps a gold span of the question's transcript, as `tqa eval` counts it (qa.evaluate.metrics).
Prints one block per miss, then the rank of the first relevant citation of every caption question (None: none in
the citations, or declined).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.evaluate.metrics import first_relevant_rank, relevance  # noqa: E402

CAPTIONED = (".srt", ".vtt", ".json")


def first_ranks(results: Path) -> list[tuple[dict, int | None]]:
    """(record, rank of its first relevant citation) for each answerable caption question of a results.jsonl."""
    out = []
    for line in results.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record.get("answerable") or not str(record.get("transcript") or "").endswith(CAPTIONED):
            continue
        cited = [(c["transcript"], c["start_char"], c["end_char"]) for c in record["answer"]["citations"]]
        gold = [tuple(span) for span in record["gold"]]
        out.append((record, first_relevant_rank(relevance(cited, record["transcript"], gold))))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, help="results.jsonl of a tqa eval run")
    parser.add_argument("--shown", type=int, default=3, help="first citations shown per miss")
    args = parser.parse_args(argv)
    if not args.results.is_file():
        sys.exit(f"no such results file: {args.results}")
    ranks = first_ranks(args.results)
    for record, rank in ranks:
        if rank == 1:
            continue
        print(f"== {record['id']} first relevant: {rank}  {record['question']}")
        print(f"   gold {record['gold']}: {record['gold_quotes']}")
        for c in record["answer"]["citations"][:args.shown]:
            print(f"   [{c['rank']}] {c['transcript']} {c['start_char']}-{c['end_char']}: {c['highlight'][:120]!r}")
    missed = [record["id"] for record, rank in ranks if rank != 1]
    print(json.dumps({record["id"]: rank for record, rank in ranks}))
    print(f"{len(ranks)} caption questions, first citation missed for {len(missed)}: {' '.join(missed)}")


if __name__ == "__main__":
    main()
