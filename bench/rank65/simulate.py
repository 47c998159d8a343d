"""rank65, step 1b: the asker-question rule simulated on `features.py`'s output: among citations 2..DEPTH, the first
whose asker question (a different one from [1]'s) is nearer the user's question than [1]'s by more than MARGIN,
its ranking score at least SHARE of [1]'s, is moved first. Gains / losses: the moved citation overlaps the gold
and [1] did not, or the reverse.

    python bench/rank65/simulate.py bench/out/r65-feat.jsonl [--feature ask_best|ask_whole] [--grid] [--list]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter


def moved(cites, feature, margin, share, depth, none_first):
    first = cites[0]
    f1 = first[feature]
    for i, c in enumerate(cites[1:depth], 1):
        if c[feature] is None or c["asker"] == first["asker"] and c["transcript"] == first["transcript"]:
            continue
        if f1 is None and not none_first:
            continue
        if c[feature] > (f1 if f1 is not None else 0.0) + margin and c["score"] >= share * first["score"]:
            return i
    return None


def run(rows, feature, margin, share, depth, none_first, listing=False):
    count = Counter()
    for r in rows:
        cites = r["cites"]
        i = moved(cites, feature, margin, share, depth, none_first)
        if i is None:
            continue
        tag = "seed" if r["set"] == "dev-seed" else "real"
        if not (r["answerable"] and r["has_gold"]) or r["declined"]:
            count[(tag, "other")] += 1
            continue
        g1, gi = cites[0]["gold"], cites[i]["gold"]
        k = "+" if gi and not g1 else "-" if g1 and not gi else "="
        count[(tag, k)] += 1
        if listing and k != "=":
            print(k, r["id"], i + 1, r["question"][:90], f"| {cites[0][feature]:.3f}" if cites[0][feature] is not
                  None else "| None", f"{cites[i][feature]:.3f}", "||", cites[0]["hl"][:70], "||", cites[i]["hl"][:70])
    return count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--feature", default="ask_best")
    ap.add_argument("--margin", type=float, default=0.1)
    ap.add_argument("--share", type=float, default=0.0)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--none-first", action="store_true", help="[1] without an asker question counts as 0")
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    rows = [json.loads(line) for line in open(a.features)]
    if a.grid:
        for margin in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3):
            cells = []
            for share in (0.0, 0.8, 0.9, 0.95):
                c = run(rows, a.feature, margin, share, a.depth, a.none_first)
                cells.append(f"s{c[('seed', '+')]}-{c[('seed', '-')]} r{c[('real', '+')]}-{c[('real', '-')]}"
                             f" ={c[('seed', '=')] + c[('real', '=')]}")
            print(f"{margin:.2f}", " | ".join(cells), sep="\t")
        return
    c = run(rows, a.feature, a.margin, a.share, a.depth, a.none_first, a.list)
    print(dict(c))


if __name__ == "__main__":
    main()
