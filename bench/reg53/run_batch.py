"""reg53: asks one batch (A or B) of reg53's questions, from the dev question files, against the shared indexes as
they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed); --off asks them
with reg53's rules off (`qa.exchange.NAMED_REPLY`, `qa.answerable.SUMMARY_WORDS`). --summary prints,
per register, the answerable and unanswerable questions declined, and each row with its answer's note and first
highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg53/run_batch.py A|B|C --indexes bench/out/idx-s20 \\
        --out OUT [--off]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg53/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
import qa.exchange  # noqa: E402
from bench.kind_batch import ask_batch, register_batch_cli  # noqa: E402


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "C":  # batch C: reg53's own (register_batch_cli knows A and B)
        ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        ap.add_argument("batch", choices=("C",))
        ap.add_argument("--indexes", type=Path, required=True)
        ap.add_argument("--out", type=Path, required=True)
        ap.add_argument("--off", action="store_true")
        args = ap.parse_args()
    else:
        args = register_batch_cli(__doc__, REPO / "bench" / "reg53", {
            "--off": dict(action="store_true", help="reg53's rules off (main's rules)")})
        if args is None:
            return
    qa.exchange.NAMED_REPLY = qa.answerable.SUMMARY_WORDS = not args.off
    ask_batch(f"reg53-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
