"""ufu64: the ids of every dev row whose places (`qa.conversation.places_added`) differ with PLACE_POSSESSIVE on and
off (a turn with history naming a place in a possessive), as one regular expression, with their count by file and
category; each question read as typed and with every word capitalised (the mended wording may capitalise a name).
Every other row asks as before. Usage (from a tree's root): poss_rows.py [--exclude REGEX]"""
import json
import re
import sys
from collections import Counter

sys.path.insert(0, ".")
import qa.conversation as conv  # noqa: E402
from qa.conversation import Context, places_added  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl")


def differs(question: str, context: Context) -> bool:
    """Whether the possessive reading changes the places `question` adds, as typed or capitalised."""
    out = []
    for on in (False, True):
        conv.PLACE_POSSESSIVE = on
        out.append([places_added(q, context) for q in (question, question.title())])
    return out[0] != out[1]


def main():
    exclude = re.compile(sys.argv[sys.argv.index("--exclude") + 1]) if "--exclude" in sys.argv else None
    ids, counts = [], Counter()
    for name in FILES:
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            if not row.get("history") or (exclude and exclude.search(row["id"])):
                continue
            if differs(row["question"], Context(tuple(row["history"]), None)):
                ids.append(row["id"])
                counts[(name, row.get("category"))] += 1
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
