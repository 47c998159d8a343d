"""rank64, step 2b: LEXICAL_SECOND's conjunction simulated on `features.py`'s file and the run's citations (BM25):
the dev rows it would move, with their gain (+), loss (-) or neither (=); `--grid`: the net gain over a grid of the
four margins (how the constants were chosen).

    python bench/rank64/conjunction.py bench/out/r64-feat.jsonl /work/main/bench/out/eval-dev-s48f [--grid]
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

FROZEN = (3.0, 0.3, 0.9, 0.05)  # bm25, cover, share, cosine


def load(path, run):
    extra = {}
    for part in ("dev-seed", "dev-real+unanswerable"):
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            extra[r["id"]] = r["answer"]["citations"][:3]
    rows = [json.loads(line) for line in open(path)]
    for r in rows:
        for c, x in zip(r["cites"], extra[r["id"]]):
            c["bm25"] = x.get("bm25") or 0.0
    return rows


def moved(cites, bm25, cover, share, cosine):
    if cites[0]["best"] is None:
        return None
    for j in (1, 2):
        if j >= len(cites) or cites[j]["best"] is None:
            continue
        d = cites[j]
        if (d["bm25"] - cites[0]["bm25"] > bm25 and d["cover"] - cites[0]["cover"] > cover
                and d["score"] >= share * cites[0]["score"] and d["best"] - cites[0]["best"] > cosine):
            return j
    return None


def count(rows, margins, listing=False):
    tally = {"seed": [0, 0, 0], "real": [0, 0, 0]}
    for r in rows:
        j = moved(r["cites"], *margins)
        if j is None:
            continue
        tag = "seed" if r["set"] == "dev-seed" else "real"
        g, f = r["cites"][j]["gold"], r["cites"][0]["gold"]
        sign = "+" if g and not f else "-" if f and not g else "="
        tally[tag]["+-=".index(sign)] += 1
        if listing:
            print(sign, r["id"], j + 1, r["question"][:100])
    return tally


def main(path, run, grid):
    rows = load(path, run)
    if grid:
        out = []
        for m in itertools.product([-9, 0, 1, 2, 3], [-1, 0, 0.1, 0.2, 0.3], [0, 0.85, 0.9, 0.95], [-1, 0, 0.05]):
            t = count(rows, m)
            out.append((t["seed"][0] - t["seed"][1] + t["real"][0] - t["real"][1], m, t))
        for net, m, t in sorted(out, key=lambda x: -x[0])[:10]:
            print(net, "bm25 %s cover %s share %s cosine %s" % m, "seed +%d -%d =%d" % tuple(t["seed"]),
                  "real +%d -%d =%d" % tuple(t["real"]))
        return
    print(count(rows, FROZEN, listing=True))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--grid" in sys.argv)
