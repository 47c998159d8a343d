"""Batch figures of two `bench/ask_ids.py` runs of fup47's batches (main, then the branch): answerable follow-ups'
Hit@1 / Hit@3 and declines, unanswerable follow-ups declined, switches as alone, and each record that moved.

    .venv/bin/python bench/fup47/batch_table.py MAIN.jsonl BRANCH.jsonl
"""
from __future__ import annotations

import json
import sys

sys.path.insert(0, ".")
from bench.fup47.batches import lines  # noqa: E402


def figures(path, kinds):
    rows = {json.loads(line)["id"]: json.loads(line) for line in open(path)}
    out = {"follow-up hit@1": 0, "follow-up hit@3": 0, "follow-ups": 0, "follow-ups declined": 0,
           "unanswerable declined": 0, "unanswerable": 0, "switches as alone": 0, "switches": 0}
    for id_, cat in kinds.items():
        r = rows[id_]
        if cat == "follow-up":
            out["follow-ups"] += 1
            out["follow-up hit@1"] += bool(r["rank"] and r["rank"] <= 1)
            out["follow-up hit@3"] += bool(r["rank"] and r["rank"] <= 3)
            out["follow-ups declined"] += not r["answerable"]
        elif cat == "unanswerable-follow-up":
            out["unanswerable"] += 1
            out["unanswerable declined"] += not r["answerable"]
        elif cat == "switch":
            out["switches"] += 1
            out["switches as alone"] += bool(r["alone_same"] is None or r["alone_same"])
    return out, rows


def main():
    main_path, branch_path = sys.argv[1:3]
    ids = {json.loads(line)["id"] for line in open(main_path)}
    kinds = {row["id"]: row["category"] for row in lines() if row["id"] in ids}
    (a, ra), (b, rb) = figures(main_path, kinds), figures(branch_path, kinds)
    for key in a:
        print(f"{key}: {a[key]} -> {b[key]}")
    for id_ in sorted(kinds):
        x, y = ra[id_], rb[id_]
        if (x["rank"], x["answerable"], x["cites"]) != (y["rank"], y["answerable"], y["cites"]):
            print(f"  {id_} {kinds[id_]}: rank {x['rank']} -> {y['rank']}, answered {x['answerable']} -> "
                  f"{y['answerable']} | {y['query']}")


if __name__ == "__main__":
    main()
