"""fdecl47: asks one batch (C or D) of fdecl47's questions, from the dev question files, against the shared indexes
as they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl47/run_batch.py C --indexes bench/out/idx-s20 --out OUT
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402


def batch_lines(paths: list[Path], batch: str) -> list[str]:
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and (row := json.loads(line)).get("kind") == "fdecl47" and row.get("batch") == batch]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", choices=("C", "D"))
    ap.add_argument("--indexes", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sets = (("shared", [REPO / "bench/questions/real-dev.jsonl", REPO / "bench/questions/unanswerable-dev.jsonl"],
             args.indexes / "index-shared"),
            ("seed", [REPO / "qa/data/seed_questions.jsonl"], args.indexes / "index-seed"))
    for name, paths, index in sets:
        lines = batch_lines(paths, args.batch)
        questions = args.out / f"{args.batch}-{name}.jsonl"
        questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"[{args.batch}] {name}: {len(lines)} questions", file=sys.stderr, flush=True)
        write_report(run_eval(questions, settings=Settings(), index=index), args.out / name)


if __name__ == "__main__":
    main()
