"""The answerable rows a saved dev run declined: by the rule of `qa.answerable.decide` that declined them (as
`bench/decline_audit.py` replays it) and where the gold passage stands among the passages `TranscriptQA.nearest`
cites for the same question (what would have been cited had it been answered), with the unanswerable rows each rule
rightly declined beside (session s48, helper fd63, issue 10 point 5).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/fd63/declined_rank.py OUT.jsonl RUN_FOLDER [RUN_FOLDER ...] \\
        --indexes bench/out/idx-s20 [--ids REGEX]

A seed row (id seed-...) is asked of INDEXES/index-seed, any other of INDEXES/index-shared. Dev runs only.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import DeclineRule  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.metrics import first_relevant_rank, relevance  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--ids", default=None, help="only rows whose id matches")
    args = parser.parse_args()
    from qa.api import TranscriptQA

    settings = Settings()
    rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage)
    engines: dict[str, TranscriptQA] = {}
    rows, right = [], collections.Counter()
    for f in (f for run in args.runs for f in result_files(run)):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["answer"]["answerable"] or (args.ids and not re.search(args.ids, r["id"])):
                continue
            name = rule_of(r["answer"], rule)
            if not r["answerable"]:
                right[name] += 1
                continue
            index = "index-seed" if r["id"].startswith("seed-") else "index-shared"
            if index not in engines:
                engines[index] = TranscriptQA(Settings(index_dir=args.indexes / index))
            cited = engines[index].nearest(r["question"], history=r.get("history") or (), k=10)
            rank = first_relevant_rank(relevance([(c.transcript, c.start_char, c.end_char) for c in cited],
                                                 r.get("transcript"), [tuple(g) for g in r.get("gold") or ()]))
            rows.append(dict(id=r["id"], set=f.parent.name, rule=name, rank=rank, note=r["answer"].get("note"),
                             question=r["question"], history=r.get("history") or [],
                             evidence=r["answer"].get("evidence")))
            print(f"{name:20} {str(rank):5} {r['id']:22} {r['question'][:60]!r} | {(rows[-1]['note'] or '')[:80]}",
                  flush=True)
    args.out.write_text("".join(json.dumps(row) + "\n" for row in rows))
    false = collections.Counter(row["rule"] for row in rows)
    first = collections.Counter(row["rule"] for row in rows if row["rank"] == 1)
    print("\n| rule | answerable declined | gold first anyway | gold in 3 | unanswerable declined |")
    print("| --- | --- | --- | --- | --- |")
    for name in sorted(set(false) | set(right), key=lambda n: (-false[n], -right[n])):
        in3 = sum(1 for row in rows if row["rule"] == name and (row["rank"] or 99) <= 3)
        print(f"| {name} | {false[name]} | {first[name]} | {in3} | {right[name]} |")


if __name__ == "__main__":
    main()
