"""Print the questions of a run (bench/hl45_subset.py's or eval_sets') whose first citation or highlight misses, with
the first highlight, the gold and the first relevant rank (hl61; development runs only).

    .venv/bin/python bench/hl61/misses.py RUN [--ids REGEX]
"""
import argparse
import json
import re
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("run", type=Path)
ap.add_argument("--ids")
args = ap.parse_args()
for f in sorted(args.run.glob("*/results.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if args.ids and not re.search(args.ids, r["id"]):
            continue
        m = r["metrics"]
        if not r.get("answerable") or (m.get("hit@1") == 1.0 and m.get("highlight@1")):
            continue
        c = (r["answer"].get("citations") or [{}])[0]
        print(r["id"], "hit@1", m.get("hit@1"), "hl", m.get("highlight@1"), "rank", r.get("first_relevant_rank"),
              "\n  Q:", r["question"], "\n  H:", c.get("highlight", "")[:160].replace("\n", " "),
              "\n  G:", " | ".join(r["gold_quotes"])[:160])
