"""rank65, step 2: rank59's count rule read on the best unit and the one after it (not the whole passage),
simulated on `units.py`'s output with the project's readers: a count or amount asked (`answer_type`), [1]'s best
unit and the next hold no number (`holds_quantity`); the first of citations 2..3 whose pair holds the count or
amount asked (`holds_answer_type`, or any number with --loose), its ranking score at least SHARE of [1]'s, first.

    PYTHONPATH=. python bench/rank65/count_units.py bench/out/r65-units.jsonl [--list] [--loose]
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from qa.answerable import answer_type, holds_answer_type
from qa.cite import holds_quantity


def main(path: str, listing: bool, loose: bool) -> None:
    rows = [json.loads(line) for line in open(path)]
    for share in (0.0, 0.7, 0.8, 0.85, 0.9, 0.95):
        count = Counter()
        for r in rows:
            typed = answer_type(r["question"])
            if typed is None or typed.kind not in ("count", "amount"):
                continue
            cs = r["cites"]
            pairs = [(c["best"] + " " + c["after"]).strip() for c in cs]
            if holds_quantity(pairs[:1])[0]:
                continue
            held = holds_quantity(pairs) if loose else holds_answer_type(typed, pairs)
            i = next((i for i in range(1, len(cs)) if held[i] and cs[i]["score"] >= share * cs[0]["score"]), None)
            if i is None:
                continue
            tag = "seed" if r["set"] == "dev-seed" else "real"
            if not (r["answerable"] and r["has_gold"]) or r["declined"]:
                count[(tag, "o")] += 1
                continue
            k = "+" if cs[i]["gold"] and not cs[0]["gold"] else "-" if cs[0]["gold"] and not cs[i]["gold"] else "="
            count[(tag, k)] += 1
            if listing and share == 0.8 and k != "=":
                print(k, r["id"], i + 1, round(cs[i]["score"] / cs[0]["score"], 3), r["question"][:80], "||",
                      pairs[0][:70], "||", pairs[i][:70])
        print(share, {f"{t}{k}": v for (t, k), v in sorted(count.items())})


if __name__ == "__main__":
    main(sys.argv[1], "--list" in sys.argv, "--loose" in sys.argv)
