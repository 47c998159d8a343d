"""Batch A or B of fup46 by category, from two bench/ask_ids.py outputs (main, branch):

    .venv/bin/python bench/fup46/batch_table.py MAIN.jsonl BRANCH.jsonl
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
rows = {}
for name in ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl"):
    for line in (REPO / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and '"fup46"' in line:
            r = json.loads(line)
            rows[r["id"]] = r


def table(path):
    got = {json.loads(l)["id"]: json.loads(l) for l in Path(path).read_text().splitlines() if l.strip()}
    t = {"unanswerable declined": [0, 0], "follow-up hit@1": [0, 0], "follow-up hit@3": [0, 0],
         "follow-up declined": [0, 0], "switch hit@3": [0, 0], "switch declined": [0, 0],
         "switch as alone": [0, 0], "nonsense declined": [0, 0]}
    for i, g in got.items():
        if i not in rows:
            continue
        cat = rows[i]["category"]
        rank = g["rank"]
        if cat == "unanswerable-follow-up":
            t["unanswerable declined"][0] += not g["answerable"]; t["unanswerable declined"][1] += 1
        elif cat == "follow-up":
            for k, v in (("hit@1", rank == 1), ("hit@3", rank is not None and rank <= 3), ("declined", not g["answerable"])):
                t["follow-up " + k][0] += v; t["follow-up " + k][1] += 1
        elif cat == "switch":
            for k, v in (("hit@3", rank is not None and rank <= 3), ("declined", not g["answerable"]),
                         ("as alone", bool(g["alone_same"]))):
                t["switch " + k][0] += v; t["switch " + k][1] += 1
        elif cat == "nonsense":
            t["nonsense declined"][0] += not g["answerable"]; t["nonsense declined"][1] += 1
    return t


a, b = table(sys.argv[1]), table(sys.argv[2])
for k in a:
    print(f"{k}: {a[k][0]} -> {b[k][0]} / {a[k][1]}")
