"""Question-by-question moves of Hit@1, highlight@1 and declines between two runs, over the ids the second holds (hl61;
development runs only: a subset run of bench/hl45_subset.py against a full bench/eval_sets.py run).

    .venv/bin/python bench/hl61/diff.py BEFORE AFTER
"""
import json
import sys
from pathlib import Path


def load(run):
    out = {}
    for f in Path(run).glob("*/results.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            m = r["metrics"]
            out[r["id"]] = (r.get("answerable"), m.get("hit@1") == 1.0, bool(m.get("highlight@1")),
                            not r["answer"]["answerable"], r.get("first_relevant_rank"))
    return out


before, after = load(sys.argv[1]), load(sys.argv[2])
totals = {"hit@1": [0, 0], "highlight@1": [0, 0], "declined": [0, 0]}
for qid in sorted(after):
    if qid not in before:
        continue
    b, a = before[qid], after[qid]
    for name, i in (("hit@1", 1), ("highlight@1", 2), ("declined", 3)):
        totals[name][0] += b[i]
        totals[name][1] += a[i]
        if b[i] != a[i]:
            print(f"{qid} {name} {b[i]} -> {a[i]} (answerable {a[0]}, rank {b[4]} -> {a[4]})")
print({k: f"{v[0]} -> {v[1]}" for k, v in totals.items()}, "over", sum(q in before for q in after), "questions")
