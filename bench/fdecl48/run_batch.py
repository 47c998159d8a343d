"""fdecl48: asks one batch (C or D) of fdecl48's questions, from the dev question files, against the shared indexes
as they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed); --off asks
them with fdecl48's rules off (`qa.answerable.ASKING_FRAME_WORDS` and `RAISING_IS_SPEECH` False: main's rules).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl48/run_batch.py C --indexes bench/out/idx-s20 --out OUT [--off]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl48/run_batch.py --summary OFF_OUT ON_OUT
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch, batch_results as results  # noqa: E402



def summary(before: Path, after: Path) -> None:
    """Declined answerable and unanswerable questions, before and after, and each question that moved."""
    a, b = results(before), results(after)
    for gold in (True, False):
        ids = [i for i in a if a[i]["answerable"] == gold]
        declined = [sum(not r[i]["answer"]["answerable"] for i in ids) for r in (a, b)]
        print(f"{'answerable' if gold else 'unanswerable'} declined: {declined[0]} -> {declined[1]} of {len(ids)}")
    for i in a:
        if a[i]["answer"]["answerable"] != b[i]["answer"]["answerable"]:
            now = "answered" if b[i]["answer"]["answerable"] else "declined"
            print(f"  {i} ({'answerable' if a[i]['answerable'] else 'unanswerable'}, {a[i].get('frame')}) now {now}:"
                  f" {a[i]['question']!r} | before: {(a[i]['answer'].get('note') or '')[:80]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", nargs="?", choices=("C", "D"))
    ap.add_argument("--indexes", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--off", action="store_true", help="the asking frame words off (main's rules)")
    ap.add_argument("--summary", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.summary:
        summary(*args.summary)
        return
    if args.off:
        qa.answerable.ASKING_FRAME_WORDS = False
        qa.answerable.RAISING_IS_SPEECH = False
    ask_batch("fdecl48", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
