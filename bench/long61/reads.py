"""The rows of question files whose question `qa.conversation.joined_root` reads (long61): a question that joins on
with a topic of its own after a chain of follow-ups, and the root it would be searched with. Every word is taken as
known (no turn is read as gibberish), so the list can hold a row or two more than the rule reads; as a regular
expression of ids for bench/ask_ids.py with --ids.
    python bench/long61/reads.py [--ids] FILE ..."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from qa import conversation as cv  # noqa: E402

ids = []
for name in [a for a in sys.argv[1:] if not a.startswith("--")]:
    for line in open(name, encoding="utf-8"):
        r = json.loads(line)
        h = r.get("history") or []
        if not h:
            continue
        why = cv.dependence(r["question"], lambda w: True)
        if not why or not why.startswith("it opens with"):
            continue
        root = cv.joined_root(r["question"], h, lambda w: True)
        if root:
            ids.append(r["id"])
            if "--ids" not in sys.argv:
                print(r["id"], r.get("category"), "|", r["question"], "| root:", root, "| latest:", h[-1])
if "--ids" in sys.argv:
    print("^(" + "|".join(ids) + ")$")
else:
    print(len(ids), "rows")
