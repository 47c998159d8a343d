"""fdecl47: asks one batch (C or D) of fdecl47's questions, from the dev question files, against the shared indexes
as they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl47/run_batch.py C --indexes bench/out/idx-s20 --out OUT
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.kind_batch import ask_batch  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", choices=("C", "D"))
    ap.add_argument("--indexes", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    ask_batch("fdecl47", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
