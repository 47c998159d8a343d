"""reg50: asks one batch (A or B) of reg50's questions, from the dev question files, against the shared indexes as
they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed); --off asks them
with reg50's rule off (main's rules), --on with it on (`qa.answerable.SUPERLATIVE_READ`, off as shipped).
--summary prints, per register, the answerable and unanswerable questions declined, and each row with its answer's
note and first highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg50/run_batch.py A --indexes bench/out/idx-s20 \\
        --out OUT [--off | --on]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg50/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch, batch_registers, register_summary  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", nargs="?", choices=("A", "B"))
    ap.add_argument("--indexes", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--off", action="store_true", help="reg50's rule off (main's rules)")
    ap.add_argument("--on", action="store_true", help="reg50's rule on (SUPERLATIVE_READ, off as shipped)")
    ap.add_argument("--summary", nargs="+", type=Path, metavar="OUT")
    args = ap.parse_args()
    if args.summary:
        register_summary(args.summary, batch_registers(REPO / "bench" / "reg50"))
        return
    if args.off or args.on:
        qa.answerable.SUPERLATIVE_READ = args.on
    ask_batch(f"reg50-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
