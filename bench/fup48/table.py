"""Counts of bench/ask_ids.py outputs by category (fup48): follow-up Hit@1 / Hit@3, answerable follow-ups declined,
unanswerable declined, switches cited as when asked alone; and the ids whose rank or decline differ between runs.

    .venv/bin/python bench/fup48/table.py BEFORE.jsonl AFTER.jsonl [...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl")


def categories():
    cats = {}
    for name in FILES:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                cats[q["id"]] = (q.get("category"), q.get("answerable", True), bool(q.get("history")))
    return cats


def counts(rows, cats):
    c = {"follow-up": 0, "hit1": 0, "hit3": 0, "declined": 0, "unans": 0, "unans_declined": 0, "switch": 0,
         "switch_alone": 0}
    for r in rows:
        cat, answerable, history = cats.get(r["id"], (None, True, False))
        if not history:
            continue
        if cat == "follow-up" and r["gold"]:
            c["follow-up"] += 1
            c["hit1"] += bool(r["rank"] and r["rank"] <= 1)
            c["hit3"] += bool(r["rank"] and r["rank"] <= 3)
            c["declined"] += not r["answerable"]
        elif answerable is False:
            c["unans"] += 1
            c["unans_declined"] += not r["answerable"]
        elif cat == "switch":
            c["switch"] += 1
            c["switch_alone"] += bool(r["alone_same"])
    return c


def main(paths):
    cats = categories()
    runs = [[json.loads(line) for line in Path(p).read_text().splitlines()] for p in paths]
    for p, rows in zip(paths, runs):
        print(p, counts(rows, cats))
    if len(runs) >= 2:
        before = {r["id"]: r for r in runs[0]}
        for r in runs[-1]:
            b = before.get(r["id"])
            if b and (b["rank"] != r["rank"] or b["answerable"] != r["answerable"]):
                print(r["id"], cats.get(r["id"], ("?",))[0], "rank", b["rank"], "->", r["rank"], "answered",
                      b["answerable"], "->", r["answerable"], "|", r["q"])


if __name__ == "__main__":
    main(sys.argv[1:])
