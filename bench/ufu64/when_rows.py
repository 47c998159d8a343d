"""ufu64: the ids of every dev row that LEAD_IN_WHEN can read (`qa.answerable.lead_before_when_read_away` changes its
question or one of its history turns: a lead of fillers before "when" and its helper), as one regular expression,
with their count by file and category. Every other row asks as before. Usage (from a tree's root):
when_rows.py [--exclude REGEX]"""
import json
import re
import sys
from collections import Counter

sys.path.insert(0, ".")
from qa.answerable import lead_before_when_read_away  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl", "bench/questions/decline-dev.jsonl")


def main():
    exclude = re.compile(sys.argv[sys.argv.index("--exclude") + 1]) if "--exclude" in sys.argv else None
    ids, counts = [], Counter()
    for name in FILES:
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            if exclude and exclude.search(row["id"]):
                continue
            texts = [row["question"], *(row.get("history") or [])]
            if any(lead_before_when_read_away(t) != t for t in texts):
                ids.append(row["id"])
                counts[(name, row.get("category"))] += 1
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
