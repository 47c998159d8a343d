"""rank49: each miss of a batch run (a results.jsonl of bench/hl45_subset.py), with where the gold lies: its rank,
whether [1] is the same speaker and paragraph, and [1]'s highlight beside the gold quote.
    python bench/rank49/misses.py bench/out/r49-A0"""
import json
import sys
from pathlib import Path


def overlaps(c, gold):
    return any(c["start_char"] < e and s < c["end_char"] for s, e in gold)


def main() -> None:
    for f in sorted(Path(sys.argv[1]).glob("dev-*/results.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rank = r.get("first_relevant_rank")
            if rank == 1:
                continue
            cits = r["answer"]["citations"]
            print(f"== {r['id']} [{r.get('form')}] rank={rank} declined={not r['answer']['answerable']}: {r['question']}")
            print(f"   gold: {r['gold_quotes'][0][:150]}")
            for c in cits[:5]:
                mark = "*" if overlaps(c, r["gold"]) else " "
                print(f"  {mark}[{c['rank']}] {c['speaker']} p{c['paragraph']} {c['start_char']}-{c['end_char']} "
                      f"{c['kind']} s={c['score']:.3f} hl: {c['highlight'][:110]}")


if __name__ == "__main__":
    main()
