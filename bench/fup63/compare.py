"""Compare two bench/ask_ids.py outputs (fup63): every row whose answer, gold rank, highlight or first citations
differ, then per category Hit@1 / Hit@3 / highlight@1 / declined for each side, and switches cited as alone.

    python bench/fup63/compare.py BEFORE.jsonl AFTER.jsonl [--questions FILE ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILES = ("bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl")


def load(path: Path) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}


def categories(files) -> dict[str, str]:
    out = {}
    for name in files:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row.get("category") or "-"
    return out


def figures(rows: dict[str, dict], cats: dict[str, str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for key, d in rows.items():
        f = out.setdefault(cats.get(key, "-"), [0, 0, 0, 0, 0, 0])  # n, hit1, hit3, hl1, declined, alone_same
        rank = d.get("rank")
        f[0] += 1
        f[1] += rank == 1
        f[2] += rank is not None and rank <= 3
        f[3] += bool(d.get("hl1"))
        f[4] += not d.get("answerable")
        f[5] += bool(d.get("alone_same"))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--questions", nargs="*", default=FILES)
    args = parser.parse_args(argv)
    a, b = load(args.before), load(args.after)
    cats = categories(args.questions)
    for key in a:
        x, y = a[key], b.get(key, {})
        if (x.get("answerable"), x.get("rank"), x.get("hl1"), x.get("cites")) != (
                y.get("answerable"), y.get("rank"), y.get("hl1"), y.get("cites")):
            same = "" if x.get("cites") != y.get("cites") else " (same cites)"
            print(f"{key} {cats.get(key)}: {x.get('answerable')} {x.get('rank')} {x.get('hl1')} -> "
                  f"{y.get('answerable')} {y.get('rank')} {y.get('hl1')}{same} | {y.get('query', '')}")
    fa, fb = figures(a, cats), figures(b, {k: v for k, v in cats.items() if k in b})
    print("category: n, hit@1, hit@3, hl@1, declined, cited as alone (before -> after)")
    for cat in sorted(fa):
        print(f"  {cat}: {fa[cat]} -> {fb.get(cat)}")


if __name__ == "__main__":
    main()
