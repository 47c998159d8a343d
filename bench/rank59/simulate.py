"""rank59: the rule simulated on a run's citations. For a standalone question whose form asks a count, an amount, a
date, another number or a name (`measure.kind_of`), when the first citation holds nothing of that sort (read loosely:
no number at all for a figure; no date nor number for a date; no name at all for a name) and one of the next
`--depth` citations holds the asked kind (read strictly), that one goes first. Prints per kind the questions moved
and whether the first citation then overlaps the gold (before / after).

    python bench/rank59/simulate.py /work/main/bench/out/eval-dev-s45g [--depth 3] [--list] [--min-ratio 0.0]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from measure import kind_of
from qa.answerable import names_said
from qa.cite import holds_quantity


def loose(kind: str, text: str) -> bool:
    if kind in ("count", "amount", "number", "date"):
        return bool(holds_quantity([text])[0]) or (kind == "date" and bool(__import__("qa.answerable", fromlist=["x"])
                                                                            .holds_answer("date", [text])))
    if kind == "name":
        return bool(names_said(text))
    return False


def overlaps(c: dict, r: dict) -> bool:
    return c["transcript"] == r["transcript"] and any(s < c["end_char"] and c["start_char"] < e for s, e in r["gold"])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("run")
    p.add_argument("--depth", type=int, default=3)
    p.add_argument("--min-ratio", type=float, default=0.0)
    p.add_argument("--list", action="store_true")
    p.add_argument("--ids-file")
    a = p.parse_args()
    ids = set(open(a.ids_file).read().split()) if a.ids_file else None
    counts: Counter = Counter()
    for part in ("dev-seed", "dev-real+unanswerable"):
        f = Path(a.run) / part / "results.jsonl"
        if not f.exists():
            continue
        for line in open(f):
            r = json.loads(line)
            if ids is not None and r["id"] not in ids:
                continue
            if not r["answerable"] or not r["gold"] or r["history"]:
                continue
            kind, reader = kind_of(r["question"])
            cites = r["answer"]["citations"]
            if kind is None or kind == "acronym" or not cites or loose(kind, cites[0]["text"]):
                continue
            j = next((i for i in range(1, min(a.depth, len(cites))) if reader(cites[i]["text"])
                      and cites[i]["score"] >= a.min_ratio * cites[0]["score"]), None)
            if j is None:
                continue
            before, after = overlaps(cites[0], r), overlaps(cites[j], r)
            tag = "seed" if part == "dev-seed" else "real"
            counts[(tag, kind, "moved")] += 1
            counts[(tag, kind, {(0, 1): "gain", (1, 0): "LOSS", (1, 1): "same right", (0, 0): "same wrong"}[
                (before, after)])] += 1
            if a.list and before != after:
                print("GAIN" if after else "LOSS", tag, kind, r["id"], j + 1,
                      f'{cites[j]["score"] / max(cites[0]["score"], 1e-9):.2f}', r["question"])
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")


if __name__ == "__main__":
    main()
