"""unf65: the ids of every dev row one of whose turns (its question or a history turn) `qa.conversation.plain_wording`
reads otherwise with IMPERATIVE_ASKS on and off (a request for a kind of answer: "give me the number of ...", "tell me
who ..."), as one regular expression, with their count by file and category and (-v) each row's turn as read on.
Every other row asks as before. Usage (from a tree's root): imperative_rows.py [--exclude REGEX] [-v]"""
import json
import re
import sys
from collections import Counter

sys.path.insert(0, ".")
import qa.conversation as conv  # noqa: E402
from qa.conversation import plain_wording  # noqa: E402

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
            turns = [*(row.get("history") or []), row["question"]]
            conv.IMPERATIVE_ASKS = False
            off = [plain_wording(t) for t in turns]
            conv.IMPERATIVE_ASKS = True
            on = [plain_wording(t) for t in turns]
            if off != on:
                ids.append(row["id"])
                counts[(name, row.get("category"), row.get("answerable"))] += 1
                if "-v" in sys.argv:
                    print(row["id"], row.get("category"), row.get("answerable"), "|",
                          " || ".join(b for a, b in zip(off, on) if a != b), file=sys.stderr)
    for key, n in sorted(counts.items(), key=str):
        print(*key, n, sep="\t", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
