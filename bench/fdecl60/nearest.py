"""Measure (no rule): of the declines whose topic phrase was read (`phrase_source`, fdecl47) and whose question names
a speaker (`speaking_sources`, no register frame, no follow-up), how many answerable and unanswerable rows have the
speaker's own sentence as the nearest anywhere (`phrase_source` within SAME_COSINE of `phrase_anywhere`), per decline
note kind and per threshold.

    .venv/bin/python bench/fdecl60/nearest.py RESULTS.jsonl [...]
"""
import json
import sys
from collections import Counter

SAME = 1e-4
rows = [json.loads(line) for path in sys.argv[1:] for line in open(path)]
table = Counter()
for row in rows:
    answer, evidence = row["answer"], row["answer"].get("evidence") or {}
    if answer["answerable"] or evidence.get("phrase_source") is None or not evidence.get("speaking_sources"):
        continue
    if evidence.get("topic_framed") or evidence.get("follow_up"):
        continue
    kind = "topic" if (answer.get("note") or "").startswith("No passage of") else "silent" if "does not speak of" in (
        answer.get("note") or "") else "other"
    nearest = evidence["phrase_source"] >= evidence["phrase_anywhere"] - SAME
    for at in (0.40, 0.45, 0.50, 0.54):
        if evidence["phrase_source"] >= at:
            table[kind, nearest, at, bool(row["answerable"])] += 1
for kind in ("topic", "silent", "other"):
    for nearest in (True, False):
        cells = [f"{at:.2f} {table[kind, nearest, at, True]}/{table[kind, nearest, at, False]}"
                 for at in (0.40, 0.45, 0.50, 0.54)]
        print(f"{kind:6} nearest={nearest!s:5} (answerable/unanswerable at or above):", "  ".join(cells))
