"""Ask the dev rows whose ids match a pattern (`bench/ask_ids.py`, over the four dev files and decline-dev.jsonl) once
per cell of ref65's two constants, in one process: base (COUNTED_US and COUNTED_COUNTRY_OWN off: main's answers),
us (lead49's reading alone), both (the mend with it), own (the mend alone). Writes OUT/CELL.jsonl; `compare.py` reads
them.

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 .venv/bin/python bench/ref65/cells.py OUT REGEX \\
        [--index bench/out/idx-x] [--cells base,both] [--k 1]
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402
from bench import ask_ids, constants  # noqa: E402
from bench.ref65.us_rows import FILES  # noqa: E402

CELLS = {"base": dict(COUNTED_US=False, COUNTED_COUNTRY_OWN=False),
         "us": dict(COUNTED_US=True, COUNTED_COUNTRY_OWN=False),
         "both": dict(COUNTED_US=True, COUNTED_COUNTRY_OWN=True),
         "own": dict(COUNTED_US=False, COUNTED_COUNTRY_OWN=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("ids")
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "idx-x")
    parser.add_argument("--cells", default=",".join(CELLS))
    parser.add_argument("--k", type=int, help="passages cited (the default setting's where not given): the "
                        "failure that turned COUNTED_US off was at k=1")
    args = parser.parse_args()
    if args.k is not None:  # ask_ids asks with Settings(): the same with k set
        ask_ids.Settings = functools.partial(ask_ids.Settings, k=args.k)
    args.out.mkdir(parents=True, exist_ok=True)
    for cell in args.cells.split(","):
        with constants(answerable, **CELLS[cell]):
            ask_ids.main([str(args.out / f"{cell}.jsonl"), args.ids, *FILES, "--index", str(args.index)])


if __name__ == "__main__":
    main()
