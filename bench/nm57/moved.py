"""nm57: the records of a run that differ from a baseline run's in what a user sees (answered or declined, the first
citation's place, the note), set by set, by id; records new to the run are counted apart.

    .venv/bin/python bench/nm57/moved.py BASE_RUN RUN [SET ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def seen(r: dict) -> tuple:
    a = r["answer"]
    c = a["citations"][0] if a["citations"] else {}
    return a["answerable"], c.get("transcript"), c.get("start_char"), a.get("note")


def main() -> None:
    base, run, *sets = sys.argv[1:]
    for name in sets or [p.name for p in sorted(Path(run).iterdir()) if (p / "results.jsonl").exists()]:
        old = {}
        with open(Path(base) / name / "results.jsonl") as f:
            for line in f:
                r = json.loads(line)
                old[r["id"]] = r
        new = moved = 0
        with open(Path(run) / name / "results.jsonl") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] not in old:
                    new += 1
                    continue
                if seen(old[r["id"]]) != seen(r):
                    moved += 1
                    was, now = seen(old[r["id"]]), seen(r)
                    print(name, r["id"], "answerable" if r["answerable"] else "UN", "| was answered" if was[0]
                          else "| was declined", "-> answered" if now[0] else "-> declined", "|", r["question"][:80],
                          "|", (now[3] or "")[:70])
        print(name, "old", len(old), "moved", moved, "new", new)


if __name__ == "__main__":
    main()
