"""The first citation's highlight and the decision of some ids in two runs (hl63; development runs only).

    .venv/bin/python bench/hl63/show.py BEFORE AFTER ID [ID ...]
"""
import json
import sys
from pathlib import Path


def load(run):
    out = {}
    for f in Path(run).glob("*/results.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out[r["id"]] = r
    return out


before, after = load(sys.argv[1]), load(sys.argv[2])
for qid in sys.argv[3:]:
    b = before[qid]
    print(f"\n{qid}: {b['question']}  (history: {b.get('history')})\n  G: {' | '.join(b.get('gold_quotes') or [])[:200]}")
    for name, r in (("before", b), ("after", after[qid])):
        a = r["answer"]
        c = a["citations"][0]["highlight"][:220] if a["citations"] else None
        print(f"  {name}: answerable={a['answerable']} hl@1={r['metrics'].get('highlight@1')} H: {c}")
