"""nm63: asks one batch (A or B) of nm63's questions, from the dev question files, against the shared indexes as they
stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared); --off asks them with nm63's gate
off (`qa.answerable.NEXT_SCORE_SHARE` 0: main's reading). --summary prints, per form (time, sum), the answerable and
unanswerable questions declined, and each row with its answer's note and first highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm63/run_batch.py A|B --indexes bench/out/idx-s20 \\
        --out OUT [--off]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm63/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch, register_batch_cli  # noqa: E402


def main() -> None:
    args = register_batch_cli(__doc__, REPO / "bench" / "nm63", {
        "--off": dict(action="store_true", help="nm63's gate off (main's reading)")})
    if args is None:
        return
    if args.off:
        qa.answerable.NEXT_SCORE_SHARE = 0.0
    ask_batch(f"nm63-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
