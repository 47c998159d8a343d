"""rank51: the offline grid of the rule on bench/rank51/classes.py's dump (bench/out/rank51-SET.jsonl): for each
margin and lead, how many misses whose gold is [2] of [1]'s speaker it would put first (gains) and how many hits
whose [2] is of [1]'s speaker it would put below it (losses), by the plain best-sentence cosine of each citation.
    python bench/rank51/grid.py bench/out/rank51-dev-real+unanswerable.jsonl"""
import json
import sys


def main() -> None:
    rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8") if x.strip()]
    rows = [r for r in rows if r["same"] and not r["exchange"] and (not r["miss"] or r["rank"] == 2)]
    print(f"{len(rows)} rows: {sum(r['miss'] for r in rows)} misses at 2, {sum(not r['miss'] for r in rows)} hits")
    for margin in (0.02, 0.05, 0.1, 0.3, 9.0):
        for lead in (0.0, 0.05, 0.1, 0.15, 0.2):
            moved = [r for r in rows if r["diff"] <= margin and r["cos"][1] > r["cos"][0] + lead]
            print(f"  margin {margin:4} lead {lead:4}: gains {sum(r['miss'] for r in moved):3d} "
                  f"losses {sum(not r['miss'] for r in moved):3d}")


if __name__ == "__main__":
    main()
