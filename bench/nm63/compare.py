"""nm63: two saved runs compared record by record, over the ids both hold (a subset run against the start run of dev):
whether answered, the note, and each citation's place and highlight. Prints each record that differs, and counts.

    .venv/bin/python bench/nm63/compare.py BEFORE AFTER     # folders with */results.jsonl, or results.jsonl files
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def records(path: Path) -> dict[str, dict]:
    files = [path] if path.is_file() else sorted(path.glob("**/results.jsonl"))
    out = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out[r["id"]] = r
    return out


def key(r: dict) -> tuple:
    a = r["answer"]
    return (a["answerable"], a["note"], tuple((c["transcript"], c["start_char"], c["end_char"], c["highlight"])
                                              for c in a["citations"]))


def main() -> None:
    before, after = records(Path(sys.argv[1])), records(Path(sys.argv[2]))
    common = sorted(set(before) & set(after))
    moved = [i for i in common if key(before[i]) != key(after[i])]
    for i in moved:
        b, a = before[i], after[i]
        print(f"{i} answerable={b['answerable']} answered {b['answer']['answerable']} -> {a['answer']['answerable']} "
              f"rank {b.get('first_relevant_rank')} -> {a.get('first_relevant_rank')} | {a['question']}")
        if b["answer"]["note"] != a["answer"]["note"]:
            print(f"    note: {b['answer']['note']!r} -> {a['answer']['note']!r}")
    print(f"{len(common)} records in both, {len(moved)} differ; only before {len(set(before) - set(after))}, "
          f"only after {len(set(after) - set(before))}")


if __name__ == "__main__":
    main()
