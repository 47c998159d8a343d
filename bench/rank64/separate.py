"""rank64, step 1c: how well each feature's difference (citation j minus the first, j = 2, 3) parts the misses (the
gold at j, not at 1) from the risks (the gold at 1, a non-gold j): for each threshold, the misses and risks above it.

    python bench/rank64/separate.py bench/out/r64-feat.jsonl /work/main/bench/out/eval-dev-s48f
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main(path, run):
    extra = {}
    for part in ("dev-seed", "dev-real+unanswerable"):
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            extra[r["id"]] = r["answer"]["citations"][:3]
    pairs = []  # (is_miss, tag, {feature: delta})
    for line in open(path):
        r = json.loads(line)
        cites = r["cites"]
        raw = extra[r["id"]]
        for c, x in zip(cites, raw):
            c["bm25"], c["cosine"] = x.get("bm25") or 0.0, x.get("cosine") or 0.0
        if cites[0]["best"] is None:
            continue
        tag = "seed" if r["set"] == "dev-seed" else "real"
        for j in (1, 2):
            if j >= len(cites) or cites[j]["best"] is None:
                continue
            if r["rank"] == j + 1 or (cites[j]["gold"] and not cites[0]["gold"]):
                miss = True
            elif cites[0]["gold"] and not cites[j]["gold"]:
                miss = False
            else:
                continue
            delta = {f: cites[j][f] - cites[0][f] for f in ("best", "best_cover", "cover", "bm25", "cosine")}
            delta["share"] = cites[j]["score"] / (cites[0]["score"] or 1)
            pairs.append((miss, tag, delta))
    for f in ("best", "best_cover", "cover", "bm25", "cosine", "share"):
        values = sorted({round(d[f], 2) for _, _, d in pairs})
        qs = [values[int(len(values) * q)] for q in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)]
        print(f)
        for t in qs:
            for tag in ("seed", "real"):
                m = sum(1 for miss, g, d in pairs if miss and g == tag and d[f] > t)
                k = sum(1 for miss, g, d in pairs if not miss and g == tag and d[f] > t)
                print(f"  > {t:.2f} {tag}: misses {m} risks {k}")
    for tag in ("seed", "real"):
        print(tag, "pairs: misses", sum(1 for m, g, _ in pairs if m and g == tag),
              "risks", sum(1 for m, g, _ in pairs if not m and g == tag))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
