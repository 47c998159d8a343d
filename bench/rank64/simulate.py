"""rank64, step 2: a second-stage reorder of the first three citations simulated on `features.py`'s file: the
first of citations 2-3 whose best unit's cosine to the question beats the first citation's by MARGIN, with a ranking
score at least SHARE of the first's, is moved first. Gains / losses: the moved citation overlaps the gold and the
first did not, or the reverse.

    python bench/rank64/simulate.py bench/out/r64-feat.jsonl [--list MARGIN SHARE] [--feature best|best_cover|cover]
"""
from __future__ import annotations

import json
import sys
from collections import Counter


def moved(cites, margin, share, feature):
    first = cites[0]
    if first[feature] is None:
        return None
    for j, c in enumerate(cites[1:3], 1):
        if c[feature] is None:
            continue
        if c[feature] - first[feature] >= margin and c["score"] >= share * first["score"]:
            return j
    return None


def main(path, feature="best", listing=None):
    rows = [json.loads(line) for line in open(path)]
    margins = [0.0, 0.02, 0.05, 0.08, 0.1, 0.15] if feature == "best" else [0.01, 0.2, 0.34, 0.5]
    shares = [0.0, 0.8, 0.9, 0.95]
    print(f"feature {feature}: gain/loss (seed | real)")
    print("margin\\share", *shares, sep="\t")
    for m in margins:
        cells = []
        for s in shares:
            count = Counter()
            for r in rows:
                j = moved(r["cites"], m, s, feature)
                if j is None:
                    continue
                tag = "seed" if r["set"] == "dev-seed" else "real"
                g, f = r["cites"][j]["gold"], r["cites"][0]["gold"]
                if g and not f:
                    count[(tag, "+")] += 1
                elif f and not g:
                    count[(tag, "-")] += 1
                if listing and (m, s) == listing:
                    print(tag, r["id"], "+" if g and not f else "-" if f and not g else "=", r["question"][:90],
                          "|", r["cites"][0]["hl"][:80], "||", r["cites"][j]["hl"][:80])
            cells.append(f"+{count[('seed', '+')]}-{count[('seed', '-')]}|"
                         f"+{count[('real', '+')]}-{count[('real', '-')]}")
        print(m, *cells, sep="\t")


if __name__ == "__main__":
    args = sys.argv[1:]
    feature = "best"
    listing = None
    if "--feature" in args:
        feature = args[args.index("--feature") + 1]
    if "--list" in args:
        i = args.index("--list")
        listing = (float(args[i + 1]), float(args[i + 2]))
    main(args[0], feature, listing)
