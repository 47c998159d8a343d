"""syn64: the topic rule's declines of a run made with TOPIC_NEIGHBOUR_SIMILARITY at 1.0 (read, never answers), by
`Evidence.topic_neighbour` (the least cosine at which the topic's best sections say its lacking words in other
words): how many answerable and unanswerable declines each threshold would answer, and (--list) each row.

    .venv/bin/python bench/syn64/grid.py RUN_FOLDER [--list] [--follow-ups]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import DeclineRule  # noqa: E402
from qa.config import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--follow-ups", action="store_true", help="count follow-ups too (the rule leaves them out)")
    args = parser.parse_args()
    settings = Settings()
    rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage,
                       topic_neighbour_similarity=1.01)
    rows = []
    for f in (f for run in args.runs for f in result_files(run)):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            ev = r["answer"].get("evidence") or {}
            if r["answer"]["answerable"] and not (r["answer"].get("note") or "").startswith("Uncertain"):
                continue
            if rule_of(r["answer"], rule) != "topic":
                continue
            if ev.get("follow_up") and not args.follow_ups:
                continue
            rows.append((ev.get("topic_neighbour"), r["answerable"], r["id"], ev.get("topic_read"),
                         r["question"]))
    if args.list:
        for value, answerable, id_, read, question in sorted(rows, key=lambda x: -(x[0] or 0)):
            print(f"{'-' if value is None else f'{value:.3f}'} {'ANS' if answerable else 'un '} {id_:18} "
                  f"{read} | {question[:80]}")
    print("| threshold | answerable answered | unanswerable answered |\n| --- | --- | --- |")
    for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        a = sum(1 for v, ans, *_ in rows if v is not None and v >= t and ans)
        u = sum(1 for v, ans, *_ in rows if v is not None and v >= t and not ans)
        print(f"| {t} | {a} of {sum(1 for r in rows if r[1])} | {u} of {sum(1 for r in rows if not r[1])} |")


if __name__ == "__main__":
    main()
