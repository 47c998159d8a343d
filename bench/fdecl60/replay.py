"""Replays the topic rule's named-speaker gate (fdecl60, `DeclineRule.topic_source_similarity`) on the evidence a run
recorded: each row's `Evidence` rebuilt from its results.jsonl and decided with the gate off (1.01) and at each
threshold given; prints the rows whose verdict moves and a count per threshold (answerable / unanswerable answered).
Exact for the topic rule's declines (their `phrase_source` and `phrase_anywhere` are read wherever that rule declines).

    .venv/bin/python bench/fdecl60/replay.py RESULTS.jsonl [...] [--at 0.50,0.54] [--list]
"""
import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qa.answerable import DeclineRule, decide  # noqa: E402
from qa.types import Evidence  # noqa: E402

FIELDS = {f.name for f in dataclasses.fields(Evidence)}


def evidence_of(record: dict) -> Evidence:
    def tupled(value):
        return tuple(tupled(v) for v in value) if isinstance(value, list) else value
    return Evidence(**{k: tupled(v) for k, v in record.items() if k in FIELDS})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument("--at", default="0.45,0.50,0.52,0.54,0.56,0.58")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for path in args.results for line in path.open()]
    off = DeclineRule(topic_source_similarity=1.01)
    for at in (float(x) for x in args.at.split(",")):
        on = DeclineRule(topic_source_similarity=at)
        moved = {True: [], False: []}
        for row in rows:
            evidence = row["answer"].get("evidence")
            if not evidence:
                continue
            before, after = decide(evidence_of(evidence), off), decide(evidence_of(evidence), on)
            if before.answerable != after.answerable:
                moved[bool(row["answerable"])].append(row["id"])
        print(f"{at:.2f}: answerable answered {len(moved[True])}, unanswerable answered {len(moved[False])}")
        if args.list:
            print("   ", " ".join(moved[True]), "|", " ".join(moved[False]))


if __name__ == "__main__":
    main()
