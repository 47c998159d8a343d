"""How often the gold of a first citation that is a same-turn pair lies outside the pair's cited window.

A pair is recognised by its cited window: a first citation (a passage) whose window runs over the end of the
passage it starts in into the next passage of the same turn (passages read from the index's store; a pair's window
takes the unit after its highlight, which ends at the border, first). For each such question with gold, where the gold lies: in the window, before it
(in the first passage, before the highlight), after it (beyond the window), or outside the pair.
Usage: python bench/pair_window.py RUN_DIR --indexes IDX [--ids FILE]"""
from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path


def passages(indexes: Path) -> dict[str, list[tuple[int, int, int]]]:
    """transcript -> (start, end, turn) of its passages in order."""
    out: dict[str, set[tuple[int, int, int]]] = {}
    for store in sorted(indexes.glob("index-*/gen-*/store.sqlite")):
        for (data,) in sqlite3.connect(store).execute("select data from passages"):
            d = json.loads(data)
            out.setdefault(d["transcript"], set()).add((d["start_char"], d["end_char"], d["turn_index"]))
    return {name: sorted(spans) for name, spans in out.items()}


def pair_of(spans: list[tuple[int, int, int]], w0: int, w1: int) -> tuple[int, int, int] | None:
    """(pair start, border, pair end) where the window w0..w1 runs from a passage into the next one of its turn."""
    for (a, b, turn), (c, d, next_turn) in zip(spans, spans[1:]):
        if a <= w0 < b and w1 > b and next_turn == turn and not c <= w0 < w1 <= d:
            return a, b, d
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("--indexes", type=Path, required=True)
    ap.add_argument("--prefix", default="")
    args = ap.parse_args()
    by_start = passages(args.indexes)
    counts: dict[str, int] = {}
    for folder in sorted(args.run.glob("dev-*/")):
        for line in open(folder / "results.jsonl"):
            r = json.loads(line)
            cits = r["answer"]["citations"]
            if not r["id"].startswith(args.prefix) or not r.get("gold") or not cits or cits[0]["kind"] != "passage":
                continue
            c = cits[0]
            w0, w1 = c["start_char"], c["end_char"]
            pair = pair_of(by_start.get(c["transcript"], []), w0, w1)
            if pair is None or c["transcript"] != r.get("transcript", c["transcript"]):
                continue
            a, border, b = pair
            where = "outside the pair"
            for g0, g1 in r["gold"]:
                if g0 < w1 and w0 < g1:
                    where = "in the window"
                    break
                if a <= g0 < b or a < g1 <= b:
                    where = ("before the window" if g1 <= w0 else "after the window") + \
                        (" (first passage)" if g1 <= border else " (second passage)")
            counts[where] = counts.get(where, 0) + 1
            if where != "in the window":
                print(f"{folder.name}\t{r['id']}\t{where}\tpair {a}-{b} window {w0}-{w1} gold {r['gold']}"
                      f"\trank {r.get('first_relevant_rank')}")
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()
