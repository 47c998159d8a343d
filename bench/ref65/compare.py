"""Compare ref65's cells (`cells.py`'s OUT/CELL.jsonl) row by row: per group (batch A, batch B, the other dev rows),
the unanswerable rows declined, the answerable rows answered and cited first (Hit@1) and highlighted (hl@1), per cell;
then each row whose outcome moves from the first cell named, with its note.

    .venv/bin/python bench/ref65/compare.py OUT [base,us,both]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _ids(batch: str) -> set[str]:
    return set(re.findall(r"[\w-]+-\d+", (HERE / f"ids-{batch}.txt").read_text()))


def outcome(d: dict) -> tuple:
    return (d["answerable"], d["rank"], bool(d["hl1"]))


def main(out: Path, cells: list[str]) -> None:
    runs = {c: {d["id"]: d for d in map(json.loads, (out / f"{c}.jsonl").read_text().splitlines())}
            for c in cells if (out / f"{c}.jsonl").exists()}
    groups = {"A": _ids("A"), "B": _ids("B")}
    first = next(iter(runs.values()))
    groups["dev"] = set(first) - groups["A"] - groups["B"]
    print("| group | cell | unanswerable declined | answerable answered | Hit@1 | hl@1 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, ids in groups.items():
        for cell, run in runs.items():
            rows = [run[i] for i in sorted(ids) if i in run]
            if not rows:
                continue
            un = [d for d in rows if not d["gold"]]
            ans = [d for d in rows if d["gold"]]
            print(f"| {name} | {cell} | {sum(not d['answerable'] for d in un)} of {len(un)} | "
                  f"{sum(d['answerable'] for d in ans)} of {len(ans)} | {sum(d['rank'] == 1 for d in ans)} | "
                  f"{sum(bool(d['hl1']) for d in ans)} |")
    base_name, base = next(iter(runs.items()))
    for cell, run in list(runs.items())[1:]:
        print(f"\nmoves {base_name} -> {cell}:")
        for i, d in base.items():
            e = run.get(i)
            if e is not None and outcome(d) != outcome(e):
                kind = "answerable" if d["gold"] else "unanswerable"
                note = (e["note"] or d["note"] or "")[:120]
                print(f"  {i} ({kind}): {outcome(d)} -> {outcome(e)} | {d['q']} | {note}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), (sys.argv[2] if len(sys.argv) > 2 else "base,us,both,own").split(","))
