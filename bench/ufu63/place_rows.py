"""ufu63: the ids of every dev row the place rule can read (`qa.conversation.place_unsaid` reads only a turn with
history that adds a place of its own: `places_added`), as one regular expression, and their count by file and
category. Every other row asks as before: with PLACE_FIRST_PASSAGE on or off, the code it runs is the same. Usage
(from a tree's root): place_rows.py [--exclude REGEX]"""
import json
import re
import sys
from collections import Counter

sys.path.insert(0, ".")
from qa.conversation import Context, places_added  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl")


def main():
    exclude = re.compile(sys.argv[sys.argv.index("--exclude") + 1]) if "--exclude" in sys.argv else None
    ids, counts = [], Counter()
    for name in FILES:
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            if not row.get("history") or (exclude and exclude.search(row["id"])):
                continue
            if places_added(row["question"], Context(tuple(row["history"]), None)):
                ids.append(row["id"])
                counts[(name, row.get("category"))] += 1
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
