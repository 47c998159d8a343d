"""rank64: a run of the dev sets with the rule on against the start run (`eval-dev-s48f`, start49's answers), on the
ids both hold: the records whose citations differ, and the Hit@1 gains and losses of the first citation.

    python bench/rank64/against_start.py /work/main/bench/out/eval-dev-s48f bench/out/r64-dev-all-on
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def records(run: Path, part: str) -> dict:
    path = run / part / "results.jsonl"
    return {r["id"]: r for r in map(json.loads, open(path))} if path.exists() else {}


def key(r):
    cited = [(c["transcript"], c["start_char"], c["end_char"]) for c in r["answer"]["citations"]]
    return cited, r["answer"]["answerable"]


def main(start: str, after: str) -> None:
    for part in ("dev-seed", "dev-real+unanswerable"):
        a, b = records(Path(start), part), records(Path(after), part)
        common = sorted(set(a) & set(b))
        differ = [i for i in common if key(a[i]) != key(b[i])]
        print(part, f"{len(common)} common records, {len(differ)} differ in citations or verdict")
        for i in differ:
            ra, rb = a[i], b[i]
            print(" ", i, ra.get("first_relevant_rank"), "->", rb.get("first_relevant_rank"),
                  "answered" if ra["answer"]["answerable"] else "declined", "->",
                  "answered" if rb["answer"]["answerable"] else "declined", ra["question"][:90])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
