"""unf65: the ids of every dev row one of whose turns with history adds a city (`qa.conversation.places_added`
differs with PLACE_CITIES on and off), as one regular expression, with their count by file and category and (-v)
each row's cities; every turn read as typed and with every word capitalised (the mended wording may capitalise a
name). Every other row asks as before. Usage (from a tree's root): city_rows.py [--exclude REGEX] [-v]"""
import json
import re
import sys
from collections import Counter

sys.path.insert(0, ".")
import qa.conversation as conv  # noqa: E402
from qa.conversation import Context, places_added  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl", "bench/questions/decline-dev.jsonl")


def added(turns: list[str]) -> list[list]:
    """The places each turn after the first adds (as typed, capitalised), with PLACE_CITIES as set."""
    return [[places_added(q, Context(tuple(turns[:i]), None)) for q in (turns[i], turns[i].title())]
            for i in range(1, len(turns))]


def main():
    exclude = re.compile(sys.argv[sys.argv.index("--exclude") + 1]) if "--exclude" in sys.argv else None
    ids, counts = [], Counter()
    for name in FILES:
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            if not row.get("history") or (exclude and exclude.search(row["id"])):
                continue
            turns = [*row["history"], row["question"]]
            conv.PLACE_CITIES = False
            off = added(turns)
            conv.PLACE_CITIES = True
            on = added(turns)
            if off != on:
                ids.append(row["id"])
                counts[(name, row.get("category"))] += 1
                if "-v" in sys.argv:
                    new = {w for t in on for side in t for w, _ in side} - {w for t in off for side in t for w, _ in side}
                    print(row["id"], row.get("category"), sorted(new), "|", row["question"], file=sys.stderr)
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
