"""What "the first passage asked alone, second" would do to the first three of every dev follow-up searched with its
history (fup51): from `alone_probe.py`'s lines, simulated on the run's citations (no search).

    /work/main/.venv/bin/python bench/fup51/simulate.py alone.jsonl [--own N] [--kept] [--answerable]
"""
from __future__ import annotations

import argparse
import json


def overlaps(a, b):
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def gold_rank(cited, transcript, gold):
    for i, c in enumerate(cited, 1):
        if c[0] == transcript and any(c[1] < e and s < c[2] for s, e in gold):
            return i
    return None


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("lines")
    parser.add_argument("--own", type=int, default=0, help="at least this many own content words")
    parser.add_argument("--kept", action="store_true", help="only where the alone first is in a cited recording")
    parser.add_argument("--answerable", action="store_true", help="only where alone is answered")
    parser.add_argument("--at", type=int, default=2, help="the place it is put at")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    gained, lost, moved, total, hit3 = [], [], 0, 0, 0
    for line in open(args.lines):
        r = json.loads(line)
        if r["category"] != "follow-up" or r["answerable"] is False or not r["gold"] or r["declined"]:
            continue
        total += 1
        cited = [tuple(c) for c in r["cited"]]
        before = gold_rank(cited, r["transcript"], r["gold"])
        hit3 += bool(before and before <= 3)
        if not r["alone"] or r["own"] < args.own or (args.answerable and not r["alone_answerable"]):
            continue
        first = tuple(r["alone"][0])
        if args.kept and first[0] not in {c[0] for c in cited[:1]}:
            continue
        if any(overlaps(first, c) for c in cited[:3]):
            continue
        moved += 1
        new = cited[:args.at - 1] + [first] + [c for c in cited[args.at - 1:] if not overlaps(c, first)]
        after = gold_rank(new, r["transcript"], r["gold"])
        b3, a3 = bool(before and before <= 3), bool(after and after <= 3)
        if a3 and not b3:
            gained.append((r["id"], before, after))
        if b3 and not a3:
            lost.append((r["id"], before, after))
    print(f"follow-ups answered {total}, hit@3 {hit3}; moved {moved}; gained {len(gained)}, lost {len(lost)}"
          f" -> {hit3 + len(gained) - len(lost)}")
    if args.show:
        print("gained", gained)
        print("lost", lost)


if __name__ == "__main__":
    main()
