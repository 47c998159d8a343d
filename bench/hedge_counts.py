"""How often answers with a hedge are wrong, per eval_sets folder: the calibrated hedge (qa/calibrated.py) and the
older "Uncertain" notes. Wrong: an unanswerable question answered, or an answerable one whose first citation misses.
Usage: python3 bench/hedge_counts.py bench/out/eval-test-s27a bench/out/eval-fresh-s27a ..."""
import json, sys
from pathlib import Path
NEW = "answers scored like this one"
for d in sys.argv[1:]:
    tot = dict(flag=0, flag_wrong=0, old=0, old_wrong=0, answered=0, wrong=0)
    for f in Path(d).glob("*/results.jsonl"):
        for r in map(json.loads, open(f)):
            a = r["answer"]
            if not a["answerable"]: continue
            if r["answerable"] and r["metrics"].get("hit@1") is None: continue
            wrong = (not r["answerable"]) or not r["metrics"]["hit@1"]
            note = a.get("note") or ""
            tot["answered"] += 1; tot["wrong"] += wrong
            if NEW in note: tot["flag"] += 1; tot["flag_wrong"] += wrong
            elif note.startswith("Uncertain") or " Uncertain" in note: tot["old"] += 1; tot["old_wrong"] += wrong
    print(d, tot)
