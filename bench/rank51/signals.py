"""rank51: from bench/rank51/classes.py's dump, per signal, how often it prefers the gold's citation over [1] among
misses (gold at 2-5, [1] of the gold's speaker, not an exchange) and [2] over the gold [1] among hits ([2] of [1]'s
speaker within 0.1): a signal that orders them holds for many misses and few hits.
    python bench/rank51/signals.py bench/out/rank51-dev-real+unanswerable.jsonl"""
import json
import sys
from collections import Counter


def main() -> None:
    rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8") if x.strip()]
    for name, keep in (("misses, same speaker", lambda r: r["miss"] and r["same"] and not r["exchange"]),
                       ("misses, [1] an exchange", lambda r: r["miss"] and r["exchange"]),
                       ("misses, other speaker or transcript", lambda r: r["miss"] and not r["same"]
                        and not r["exchange"]),
                       ("hits, [2] same speaker within 0.1", lambda r: not r["miss"])):
        part = [r for r in rows if keep(r)]
        c = Counter()
        for r in part:
            c["best cosine"] += r["cos"][1] > r["cos"][0]
            c["best cosine by 0.05"] += r["cos"][1] > r["cos"][0] + 0.05
            c["gold sentence cosine over [1]'s best"] += r["miss"] and (r["gold_cos"] or 0) > r["cos"][0]
            c["words in best sentence"] += r["cover"][1] > r["cover"][0]
            c["fewer words in best sentence"] += r["cover"][1] < r["cover"][0]
            if r["kind"]:
                c[f"typed ({r['kind']}) asked"] += 1
                c[f"typed ({r['kind']}) held by it, not [1]"] += r["held"][1] > r["held"][0]
        print(f"{name}: {len(part)}")
        for k, v in sorted(c.items()):
            print(f"    {k:45s} {v}")


if __name__ == "__main__":
    main()
