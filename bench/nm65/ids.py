"""The dev rows nm65's rule can move: asked with no earlier question (or a turn searched without its history),
asking a time (`asks_time`), answered in the given dev run (eval_sets' folders under it). Prints a regular
expression of their ids (or the counts, --count).
Usage: ids.py EVAL_DIR [--count]"""
import json
import re
import sys
from pathlib import Path

from qa.answerable import asks_time


def main():
    base = Path(sys.argv[1])
    ids, counts = [], {}
    for folder in ("dev-real+unanswerable", "dev-seed", "dev-conversations"):
        for line in open(base / folder / "results.jsonl"):
            r = json.loads(line)
            alone = not r.get("history") or not r["answer"].get("history_used")  # a turn searched alone too
            if not alone or not r["answer"]["answerable"] or not asks_time(r["question"]):
                continue
            ids.append(r["id"])
            key = (folder, r["answerable"])
            counts[key] = counts.get(key, 0) + 1
    if "--count" in sys.argv:
        print(counts, len(ids))
    else:
        print("^(" + "|".join(re.escape(i) for i in sorted(set(ids))) + ")$")


if __name__ == "__main__":
    main()
