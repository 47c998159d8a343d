"""The dev rows that `qa.answerable.COUNTED_COUNTRY_OWN` can move: a row one of whose turns (the question or its
history: a follow-up is read with its history) has counted words that name a country (`counted_countries`, with
COUNTED_US on: the wider reading) and one of whose turns names a place (`asked_places`): only those reach its branch
of `figure_elsewhere`. Prints their ids as one regular expression (with --list, each row).

    PYTHONPATH=. .venv/bin/python bench/ref65/own_rows.py [--list]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402
from bench import constants  # noqa: E402
from bench.ref65.us_rows import FILES  # noqa: E402


def main() -> None:
    ids = []
    with constants(answerable, COUNTED_US=True):
        for name in FILES:
            for line in (REPO / name).read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                turns = (row["question"], *row.get("history", []))
                if any(answerable.counted_countries(q) for q in turns) and any(
                        answerable.asked_places(q, answerable.names(q)) for q in turns):
                    ids.append(row["id"])
                    if "--list" in sys.argv:
                        print(row["id"], row.get("answerable", True), row["question"], sep=" | ")
    print("^(" + "|".join(dict.fromkeys(ids)) + ")$")


if __name__ == "__main__":
    main()
