"""rank61: the questions whose first citation differs between two runs (standalone rows of each part both hold),
with their gold rank before and after, and the Hit@1 gains and losses.

    python bench/rank61/moved.py RUN_BEFORE RUN_AFTER
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def rows(run: Path):
    out = {}
    for path in run.glob("*/results.jsonl"):
        for line in open(path):
            r = json.loads(line)
            if not r["history"]:
                out[(path.parent.name, r["id"])] = r
    return out


def main(before: str, after: str) -> None:
    a, b = rows(Path(before)), rows(Path(after))
    gains = losses = 0
    for key in sorted(set(a) & set(b)):
        x, y = a[key], b[key]
        cx, cy = x["answer"]["citations"], y["answer"]["citations"]
        if (cx[0]["text"] if cx else None) == (cy[0]["text"] if cy else None):
            continue
        rx, ry = x["first_relevant_rank"], y["first_relevant_rank"]
        mark = "+" if ry == 1 and rx != 1 else "-" if rx == 1 and ry != 1 else "="
        gains += mark == "+"
        losses += mark == "-"
        print(mark, *key, rx, "->", ry, y["question"][:100], sep="\t")
    print(f"first citation moved: +{gains} -{losses}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
