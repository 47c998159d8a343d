"""The answerable follow-ups outside the first three (dev and fresh4 conversations), counted by what the turn changes
of its history (the asked-for form of its own words) and by how it was searched and where its gold sits against the
earlier answer (fup48, step 1).

    .venv/bin/python bench/fup48/classes.py ROWS.json WHERE.txt

ROWS.json: `bench/fup43_classes.py --out`; WHERE.txt: `bench/fup48/where.py`'s output.
"""
from __future__ import annotations

import collections
import json
import re
import sys

_FORM = [("next item / topic swap", r"^\W*(?:ok\W+|so\W+)?(?:and|what about|how about)\b(?:\s+\w+){0,4}\s*\??$"),
         ("who", r"\bwho(?:m|se)?\b"), ("when / since when", r"\bwhen\b"), ("where", r"\bwhere\b"),
         ("how many / how much", r"\bhow\s+(?:many|much|long|big|small|fast|often)\b"), ("why", r"\bwhy\b"),
         ("how", r"\bhow\b"), ("which / what", r"\b(?:what|which|whats|what's)\b"),
         ("yes/no check", r"^\W*(?:\w+\W+)?(?:is|are|was|were|do|does|did|can|could|will|would|has|have)\b")]


def form(question: str) -> str:
    q = question.lower()
    for name, pattern in _FORM:
        if re.search(pattern, q):
            return name
    return "other"


def main(rows_path, where_path):
    rows = json.load(open(rows_path))
    where = {}
    for line in open(where_path):
        parts = line.split()
        if parts and not line.startswith("("):
            bucket = " ".join(parts[2:parts.index("rank") - 1])
            where[parts[0]] = bucket
    by_form = collections.Counter(form(r["question"]) for r in rows)
    searched = collections.Counter()
    for r in rows:
        how = ("declined" if r["class"] == "declined" else "read alone" if r["class"] == "not-taken"
               else "with history")
        searched[(how, where.get(r["id"], "-") if how == "with history" else "-")] += 1
    print(len(rows), "misses")
    for k, v in by_form.most_common():
        print(f"| {k} | {v} |")
    for k, v in sorted(searched.items()):
        print(f"| {k[0]} | {k[1]} | {v} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
