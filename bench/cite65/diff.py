"""cite65: two runs' records of the same ids, side by side: the verdict, note, first citation and its highlight,
Hit@1, highlight@1 and the first relevant rank; prints each record that differs and the sums.

    PYTHONPATH=. .venv/bin/python bench/cite65/diff.py BASE_RUN NEW_RUN
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def records(run: str) -> dict:
    out = {}
    for f in Path(run).glob("*/results.jsonl"):
        for line in f.open():
            r = json.loads(line)
            out[r["id"]] = r
    return out


def key(r: dict) -> tuple:
    a = r["answer"]
    cits = a.get("citations") or []
    first = (cits[0]["transcript"], cits[0]["start_char"], cits[0]["end_char"], cits[0]["highlight"]) if cits else None
    spans = tuple((c["transcript"], c["start_char"], c["end_char"]) for c in cits)
    return a.get("answerable"), a.get("note"), first, spans


def main(argv: list[str]) -> None:
    base, new = records(argv[0]), records(argv[1])
    ids = [i for i in new if i in base]
    sums = {"n": 0, "hit1": [0, 0], "hl1": [0, 0], "answered": [0, 0], "mrr": [0.0, 0.0]}
    same_first = same_all = 0
    for i in sorted(ids):
        b, n = base[i], new[i]
        sums["n"] += 1
        for j, r in enumerate((b, n)):
            m = r.get("metrics") or {}
            sums["hit1"][j] += int(m.get("hit@1") or 0)
            sums["hl1"][j] += int(bool(m.get("highlight@1")))
            sums["answered"][j] += int(bool(r["answer"].get("answerable")))
            sums["mrr"][j] += float(m.get("mrr@10") or 0)
        kb, kn = key(b), key(n)
        same_first += kb[:3] == kn[:3]
        same_all += kb == kn
        if kb != kn:
            mb, mn = b.get("metrics") or {}, n.get("metrics") or {}
            what = "first" if kb[:3] != kn[:3] else "lower"
            print(f"{i} [{what}] answered {kb[0]}->{kn[0]} rank {b.get('first_relevant_rank')}->"
                  f"{n.get('first_relevant_rank')} hl1 {mb.get('highlight@1')}->{mn.get('highlight@1')}"
                  f" | {n['question'][:80]}")
            if kb[1] != kn[1]:
                print(f"    note: {kb[1]!r} -> {kn[1]!r}")
    print(f"{sums['n']} common ids; same first citation/verdict/note {same_first}, same all citations {same_all}")
    print(f"hit@1 {sums['hit1'][0]} -> {sums['hit1'][1]}, highlight@1 {sums['hl1'][0]} -> {sums['hl1'][1]}, "
          f"answered {sums['answered'][0]} -> {sums['answered'][1]}, MRR@10 sum {sums['mrr'][0]:.2f} -> {sums['mrr'][1]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
