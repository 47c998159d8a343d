"""decl51: asks one batch (A or B) of decl51's questions, from the dev question files, against the shared indexes as
they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed); `--set
MODULE.NAME=VALUE` sets a module constant first (repeatable: `--set qa.answerable.REGISTER_GIVEN=False` asks with
decl51's rule off, main's rules). --summary prints, per register, the answerable and unanswerable questions declined,
and each row with its answer's note and first highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/decl51/run_batch.py A --indexes bench/out/idx-s20 \\
        --out OUT [--set qa.answerable.NAME=VALUE ...]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/decl51/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.kind_batch import ask_batch, register_batch_cli, set_constant  # noqa: E402


def main() -> None:
    args = register_batch_cli(__doc__, REPO / "bench" / "decl51", {
        "--set": dict(action="append", default=[], metavar="MODULE.NAME=VALUE")})
    if args is None:
        return
    for setting in args.set:
        set_constant(setting)
    ask_batch(f"decl51-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
