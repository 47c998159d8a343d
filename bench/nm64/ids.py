"""nm64: the regular expression of the ids of every question and conversation turn of a saved dev run that asks a time
(`qa.answerable.asks_time`) and was answered: the only records nm64's readings can move (for `bench/hl45_subset.py
--ids`).

    PYTHONPATH=. .venv/bin/python bench/nm64/ids.py /work/main/bench/out/eval-dev-s48f
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import asks_time  # noqa: E402


def main() -> None:
    ids = set()
    for path in sorted(Path(sys.argv[1]).glob("dev-*/results.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if asks_time(r["question"]) and r["answer"]["answerable"]:
                ids.add(r["id"])
    print(f"{len(ids)} ids", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in sorted(ids)) + ")$")


if __name__ == "__main__":
    main()
