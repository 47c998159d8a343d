"""Figures of the dev questions written in the session of 2026-12-05 (03:45-06:45) before anything was run on them
(ids in bench/questions/README.md), from a `bench/eval_sets.py --split dev` folder: an unseen check of the code that
was run first on them.  Usage: python3 bench/unseen_new.py bench/out/eval-dev-base27"""
import json, re, sys
from pathlib import Path

def group(i):
    m = re.match(r"seed-(\d+)$", i)
    if m and 1700 <= int(m[1]) <= 1759: return "seed-new"
    if i.startswith(("dev-learn29-", "dev-hl29-", "dev-cal29-", "dev-trial29-")): return "real-new"
    m = re.match(r"dev-un-(\d+)$", i)
    if m and 2200 <= int(m[1]) <= 2279: return "unans-new"
    m = re.match(r"conv-dev-(\d+)", i)
    if m and 2020 <= int(m[1]) <= 2039: return "conv-new"
    return None

def main(d):
    agg = {}
    for s in ("dev-seed", "dev-real+unanswerable", "dev-conversations"):
        for r in map(json.loads, open(Path(d) / s / "results.jsonl")):
            g = group(r["id"])
            if not g: continue
            a = agg.setdefault(g, dict(n=0, ans=0, h1=0, h3=0, hl=0, mrr=0.0, fdecl=0, un=0, decl=0))
            a["n"] += 1
            declined = not r["answer"]["answerable"]
            if r["answerable"] and r["metrics"].get("mrr@10") is not None:
                m = r["metrics"]; a["ans"] += 1
                a["h1"] += m["hit@1"]; a["h3"] += m["hit@3"]; a["hl"] += m.get("highlight@1") or 0
                a["mrr"] += m["mrr@10"]; a["fdecl"] += declined
            elif not r["answerable"]:
                a["un"] += 1; a["decl"] += declined
    for g, a in sorted(agg.items()):
        n = max(a["ans"], 1)
        print(f"{g:10} answerable {a['ans']:3} Hit@1 {a['h1']/n:.3f} ({a['h1']:.0f}) Hit@3 {a['h3']/n:.3f} hl@1 {a['hl']/n:.3f} "
              f"MRR {a['mrr']/n:.3f} false decl {a['fdecl']} | unanswerable {a['un']} declined {a['decl']}")

main(sys.argv[1])
