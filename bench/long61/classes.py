"""Class the follow-up misses of a conversations-dev results.jsonl by where the search went wrong (long61).

    python bench/long61/classes.py RESULTS.jsonl [--min-history 2] [--kind REGEX]

For each answerable follow-up row with at least --min-history earlier questions: the gold's rank with its history
(the run's) and asked alone (the run's `asked_alone` citations), whether the history was used, and whether its first
citation is the passage the row of its latest earlier question (same file, the history one shorter) cited first.
Classes of a miss (not within the first three):
- `too-much`: asked alone finds the gold within the first three (the history pulled it off);
- `re-cited`: its first citation is the earlier turn's first citation, and alone does not find it either;
- `too-little`: the history was not used and alone misses;
- `other`: the rest.
Controls: the rows within the first three with history whose alone rank is not (a rule "search alone" loses them),
and the rows whose first citation re-cites the earlier turn's and are right (a rule "never re-cite" loses them)."""
import argparse
import collections
import json
import re


def rank(cits, row):
    for i, c in enumerate(cits, 1):
        t, a, b = c if isinstance(c, list) else (c["transcript"], c["start_char"], c["end_char"])
        if t != row["transcript"]:
            continue
        for s, e in row["gold"]:
            if a < e and s < b:
                return i
    return None


def first(cits):
    return (cits[0]["transcript"], cits[0]["start_char"]) if cits else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results")
    p.add_argument("--min-history", type=int, default=2)
    p.add_argument("--kind", default="")
    p.add_argument("--show", action="store_true")
    a = p.parse_args()
    rows = [json.loads(x) for x in open(a.results, encoding="utf-8")]
    by = {(r["question"], tuple(r["history"])): r for r in rows}
    cls, ctl = collections.Counter(), collections.Counter()
    for r in rows:
        if r["category"] != "follow-up" or not r["answerable"] or len(r["history"]) < a.min_history:
            continue
        if a.kind and not re.search(a.kind, r["id"]):
            continue
        cits = r["answer"]["citations"] if r["answer"]["answerable"] else []
        alone = r.get("asked_alone") or {}
        acits = alone.get("citations", []) if alone.get("answerable") else []
        rk, ark = r["first_relevant_rank"], rank(acits, r)
        prev = by.get((r["history"][-1], tuple(r["history"][:-1])))
        pcits = prev["answer"]["citations"] if prev and prev["answer"]["answerable"] else []
        recite = bool(cits) and first(cits) == first(pcits)
        hit = rk is not None and rk <= 3
        used = r["answer"].get("history_used")
        if hit:
            ctl["hit"] += 1
            ctl["hit, alone misses" if not (ark and ark <= 3) else "hit, alone hits"] += 1
            if recite:
                ctl["hit, re-cites earlier first"] += 1
            continue
        c = ("too-much" if ark and ark <= 3 else "re-cited" if recite else
             "too-little" if not used else "other")
        cls[c] += 1
        if a.show:
            print(f"{r['id']:16} {c:10} rank {rk} alone {ark} used {used} n={len(r['history'])} prevrow={bool(prev)}"
                  f" | {' / '.join(r['history'])} // {r['question']}")
    print("misses", dict(cls))
    print("controls", dict(ctl))


if __name__ == "__main__":
    main()
