"""Batch figures of a follow-up batch by shape, from bench/ask_ids.py's lines (main's run, then the branch's):
answerable follow-ups' Hit@1 and Hit@3 and how many were declined, unanswerable follow-ups ("unsaid") declined,
switches cited as when asked alone; and each record whose rank, decline, highlight@1 or switch sameness moved. The
helpers' `table.py` (bench/fup49, bench/fup51) call `print_table` with their batches' shapes."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping, Sequence


def figures(path: str, shape_of: Mapping[str, str]) -> tuple[dict, dict]:
    rows = {(d := json.loads(line))["id"]: d for line in Path(path).read_text().splitlines() if line.strip()}
    out: dict[str, list[int]] = {}
    for id_, d in rows.items():
        shape = shape_of[id_]
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


def print_table(before: str, after: str, shape_of: Mapping[str, str], shapes: Sequence[str]) -> None:
    (a, ra), (b, rb) = figures(before, shape_of), figures(after, shape_of)
    for shape in shapes:
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
