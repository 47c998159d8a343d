"""Batch figures of fup51 by shape, from bench/ask_ids.py's lines (main's run, then the branch's): answerable
follow-ups' Hit@1 and Hit@3 and how many were declined, unanswerable follow-ups declined, switches cited as when
asked alone; and each record whose rank, decline, highlight@1 or switch sameness moved.

    .venv/bin/python bench/fup51/table.py MAIN.jsonl BRANCH.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.fup51.batches import ROWS  # noqa: E402

SHAPE = {row[0]: row[3] for row in ROWS}


def figures(path: str) -> tuple[dict, dict]:
    rows = {(d := json.loads(line))["id"]: d for line in Path(path).read_text().splitlines() if line.strip()}
    out: dict[str, list[int]] = {}
    for id_, d in rows.items():
        shape = SHAPE[id_]
        f = out.setdefault(shape, [0, 0, 0, 0])  # hit@1, hit@3, declined, count
        f[3] += 1
        if shape == "unsaid":
            f[2] += not d["answerable"]
        elif shape == "switch":
            f[0] += bool(d["alone_same"])
            f[1] += (d["rank"] or 99) <= 3
        else:
            f[0] += d["rank"] == 1
            f[1] += (d["rank"] or 99) <= 3
            f[2] += not d["answerable"]
    return out, rows


def main() -> None:
    (a, ra), (b, rb) = figures(sys.argv[1]), figures(sys.argv[2])
    for shape in ("own", "unsaid", "switch"):
        x, y = a.get(shape, [0] * 4), b.get(shape, [0] * 4)
        if shape == "unsaid":
            print(f"{shape}: declined {x[2]} -> {y[2]} / {x[3]}")
        elif shape == "switch":
            print(f"{shape}: as alone {x[0]} -> {y[0]}, gold in first three {x[1]} -> {y[1]} / {x[3]}")
        else:
            print(f"{shape}: hit@1 {x[0]} -> {y[0]}, hit@3 {x[1]} -> {y[1]}, declined {x[2]} -> {y[2]} / {x[3]}")
    for id_ in ra:
        keys = ("rank", "answerable", "hl1", "alone_same")
        if tuple(ra[id_][k] for k in keys) != tuple(rb[id_][k] for k in keys):
            print("moved", id_, *(f"{k} {ra[id_][k]} -> {rb[id_][k]}" for k in keys))


if __name__ == "__main__":
    main()
