"""syn64: two runs of the same rows (before: bench/out/syn64-m11, the rule read at 1.0 = main's verdicts; after: the
rule on), each row whose verdict moves: answered or not, the gold's first rank, the note.

    .venv/bin/python bench/syn64/compare.py BEFORE_RUN AFTER_RUN [ID_REGEX]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files  # noqa: E402


def rows(run: Path) -> dict:
    return {r["id"]: r for f in result_files(run) for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())}


def main() -> None:
    before, after = rows(Path(sys.argv[1])), rows(Path(sys.argv[2]))
    pattern = re.compile(f"^({sys.argv[3]})$") if len(sys.argv) > 3 else None
    gained = lost = same = 0
    for id_, a in sorted(after.items()):
        b = before.get(id_)
        if b is None or (pattern and not pattern.match(id_)):
            continue
        if b["answer"]["answerable"] == a["answer"]["answerable"]:
            same += 1
            continue
        good = a["answer"]["answerable"] == a["answerable"]
        gained += good
        lost += not good
        print(f"{'+' if good else '-'} {id_:16} {'answerable' if a['answerable'] else 'unanswerable':12} "
              f"answered {b['answer']['answerable']} -> {a['answer']['answerable']} rank {a['first_relevant_rank']} "
              f"| {a['question'][:70]} | {(a['answer']['note'] or '')[:90]}")
    print(f"moved: {gained} right, {lost} wrong; unchanged {same}")


if __name__ == "__main__":
    main()
