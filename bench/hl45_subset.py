"""Ask only the dev questions whose id matches a pattern (a batch of new questions), as `bench/eval_sets.py` asks
its sets, and keep each set's report in `--out` under eval_sets' names (`dev-seed`, `dev-real+unanswerable`), so
that `bench/hl42_classes.py` and `bench/compare_runs.py` read it. A development tool (session s37, helper hl45:
batch A read while the rule was written, batch B asked once after it was frozen).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/hl45_subset.py --ids '^(seed-27[5-7]\\d|seed-278[0-6]|dev-hl45-([1-9]|[1-3]\\d|40))$' \\
        --indexes /work/main/bench/out/idx-s20 --out bench/out/hl45-A [--set NAME=VALUE of qa.cite ...]
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import constants  # noqa: E402
from bench.cite_grid import SETS, parse_cell, question_file  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", required=True, help="regular expression of the question ids asked")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE[,NAME=VALUE] of --module")
    parser.add_argument("--module", default="qa.cite", help="whose constants --set sets (qa.rerank: rank47)")
    args = parser.parse_args()
    module = importlib.import_module(args.module)
    cell = {k: v for text in args.set for k, v in parse_cell(text).items()}
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (paths, corpus, index) in SETS.items():
        path = question_file(paths, args.out, f"questions-{name}", False, None, args.ids)
        if path is None:
            continue
        with constants(module, **cell):
            run = run_eval(path, settings=Settings(), corpus=corpus, index=args.indexes / index)
        write_report(run, args.out / f"dev-{name}")
        answerable = [r for r in run.results if r.question.answerable]
        print(f"{name}: {len(answerable)} answerable, Hit@1 "
              f"{sum(r.scores.get('first_relevant_rank') == 1 for r in answerable)}, highlight@1 "
              f"{sum(bool(r.scores.get('highlight@1')) for r in answerable)}, MRR@10 sum "
              f"{sum(1 / r.scores['first_relevant_rank'] for r in answerable if (r.scores.get('first_relevant_rank') or 99) <= 10):.2f}"
              f", declined {sum(not r.answer.answerable for r in answerable)}", flush=True)


if __name__ == "__main__":
    main()
