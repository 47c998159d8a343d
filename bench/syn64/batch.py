"""syn64: the rows of a run (bench/hl45_subset.py or ask with TOPIC_NEIGHBOUR_SIMILARITY at 1.0) whose ids match a
pattern: each row's verdict as run, its decline rule, `topic_neighbour`, and the verdict at --threshold (the topic
rule's declines at or above it answered as uncertain); the gold's first rank where answered.

    .venv/bin/python bench/syn64/batch.py RUN_FOLDER "$(cat bench/syn64/ids-A.txt)" [--threshold 0.7]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import DeclineRule  # noqa: E402
from qa.config import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("ids")
    parser.add_argument("--threshold", type=float, default=0.7)
    args = parser.parse_args()
    settings = Settings()
    rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage,
                       topic_neighbour_similarity=1.01)
    pattern = re.compile(f"^({args.ids})$")
    counts = {"answerable": [0, 0, 0, 0], "unanswerable": [0, 0, 0, 0]}  # rows, answered before, after, hit@1 after
    for f in result_files(args.run):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not pattern.match(r["id"]):
                continue
            a, ev = r["answer"], r["answer"].get("evidence") or {}
            name = rule_of(a, rule) if not a["answerable"] else "-"
            value = ev.get("topic_neighbour")
            after = a["answerable"] or (name == "topic" and value is not None and value >= args.threshold
                                        and not ev.get("follow_up"))
            first = next((c["rank"] for c in a.get("citations", []) if r.get("relevant") and c["rank"] in r["relevant"]),
                         None) if False else (r.get("metrics") or {}).get("hit@1")
            kind = "answerable" if r["answerable"] else "unanswerable"
            c = counts[kind]
            c[0] += 1
            c[1] += a["answerable"]
            c[2] += after
            c[3] += bool(after and first)
            print(f"{r['id']:16} {kind[:5]} answered {a['answerable']!s:5} -> {after!s:5} rule={name:14} "
                  f"neighbour={'-' if value is None else f'{value:.3f}'} hit@1={first} | {r['question'][:70]}")
    for kind, (n, before, after, hit) in counts.items():
        print(f"{kind}: answered {before} -> {after} of {n}; hit@1 among answered after {hit}")


if __name__ == "__main__":
    main()
