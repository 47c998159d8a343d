"""nm61: asks one batch (A to D) of nm61's questions, from the dev question files, against the shared indexes as
they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed); --off asks them
with nm61's changes off (`qa.answerable.WHEN_CLAUSE_COMMA`, `SCENE_PROPER_UNSAID`); --comma-only with the
comma read and the scene check off. --summary prints, per form, the answerable and
unanswerable questions declined, and each row with its answer's note and first highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm61/run_batch.py A|B|C|D --indexes bench/out/idx-s20 \\
        --out OUT [--off | --comma-only]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm61/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch, register_batch_cli  # noqa: E402


def main() -> None:
    args = register_batch_cli(__doc__, REPO / "bench" / "nm61", {
        "--off": dict(action="store_true", help="nm61's changes off (main's reading)"),
        "--comma-only": dict(action="store_true", help="the comma read, the scene check off")})
    if args is None:
        return
    qa.answerable.WHEN_CLAUSE_COMMA = not args.off
    qa.answerable.SCENE_PROPER_UNSAID = not args.off and not args.comma_only
    ask_batch(f"nm61-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
