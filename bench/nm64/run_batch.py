"""nm64: asks one batch (A or B) of nm64's questions, from the dev question files, against the shared indexes as they
stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared): as committed (the tense and unit
readings on, `TIME_TENSE_AGREES`, `TIME_UNITS_AS_POINTS`); --off with every nm64 reading off (main's reading); --verb
with the verb reading on as well (`TIME_VERB_SENTENCE`). --summary prints the answerable and unanswerable questions
declined, and each row with its answer's note and first highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm64/run_batch.py A|B --indexes bench/out/idx-s20 \\
        --out OUT [--off | --verb]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm64/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch, register_batch_cli  # noqa: E402


def main() -> None:
    args = register_batch_cli(__doc__, REPO / "bench" / "nm64", {
        "--off": dict(action="store_true", help="every nm64 reading off (main's reading)"),
        "--verb": dict(action="store_true", help="the verb reading on too (TIME_VERB_SENTENCE)")})
    if args is None:
        return
    if args.off:
        qa.answerable.TIME_TENSE_AGREES = qa.answerable.TIME_UNITS_AS_POINTS = False
    qa.answerable.TIME_VERB_SENTENCE = args.verb
    ask_batch(f"nm64-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
