"""Compare two bench/ask_ids.py outputs row by row (long60): the rows whose answer, rank of gold or highlight moved,
and each side's Hit@1 / Hit@3 over answerable rows and declines over unanswerable ones.

    python bench/long60/compare.py BEFORE.jsonl AFTER.jsonl"""
import json
import sys


def load(path):
    return {d["id"]: d for d in map(json.loads, open(path, encoding="utf-8"))}


def figures(rows):
    gold = [d for d in rows.values() if d.get("rank", None) is not None or d.get("gold", True)]
    ans = [d for d in rows.values() if d.get("expected_answerable", d.get("gold_n", 1))]
    return gold, ans


if __name__ == "__main__":
    a, b = load(sys.argv[1]), load(sys.argv[2])
    for key in a:
        x, y = a[key], b.get(key, {})
        if (x.get("answerable"), x.get("rank"), x.get("hl1")) != (y.get("answerable"), y.get("rank"), y.get("hl1")):
            print(key, (x.get("answerable"), x.get("rank"), x.get("hl1")), "->",
                  (y.get("answerable"), y.get("rank"), y.get("hl1")), "|", y.get("searched", y.get("query", "")))
    for name, rows in (("before", a), ("after", b)):
        ranks = [d.get("rank") for d in rows.values()]
        print(name, "hit@1", sum(r == 1 for r in ranks), "hit@3", sum(r is not None and r <= 3 for r in ranks),
              "answered", sum(bool(d.get("answerable")) for d in rows.values()), "of", len(rows))
