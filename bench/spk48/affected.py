"""The ids of dev questions (real-dev, seed, conversations-dev, fresh4 sets) that spk48's rule reads a state holder in
(`qa.rerank.state_holders` with STATE_WEIGHT on), as a regular expression for bench/spk48/probe.py.

    PYTHONPATH=. .venv/bin/python bench/spk48/affected.py [--split dev|fresh4] > ids.txt
"""
import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.rerank as rerank  # noqa: E402
from bench.spk48_roles import INDEXES, open_store  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--split", default="dev")
ap.add_argument("--index", default=str(INDEXES))
args = ap.parse_args()
rerank.STATE_WEIGHT = 1.0
files = {"dev": ["bench/questions/real-dev.jsonl", "bench/questions/conversations-dev.jsonl",
                 "qa/data/seed_questions.jsonl"],
         "fresh4": ["bench/questions/real-fresh4.jsonl", "bench/questions/conversations-fresh4.jsonl",
                    "qa/data/seed_questions_fresh4.jsonl"]}[args.split]
ids = []
for name in files:
    store = open_store(Path(args.index) / ("index-seed" if "seed" in name else "index-shared"))
    infos = list(store.infos().values())
    for line in (REPO / name).read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if q.get("answerable", True) is False:
            continue
        found = rerank.state_holders(q["question"], infos)
        if found.labels or found.titled:
            ids.append(q["id"])
print(len(ids), file=sys.stderr)
print("^(" + "|".join(ids) + ")$")
