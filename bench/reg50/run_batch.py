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

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch, register_batch_cli  # noqa: E402


def main() -> None:
    args = register_batch_cli(__doc__, REPO / "bench" / "reg50", {
        "--off": dict(action="store_true", help="reg50's rule off (main's rules)"),
        "--on": dict(action="store_true", help="reg50's rule on (SUPERLATIVE_READ, off as shipped)")})
    if args is None:
        return
    if args.off or args.on:
        qa.answerable.SUPERLATIVE_READ = args.on
    ask_batch(f"reg50-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
