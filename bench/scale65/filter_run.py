"""scale65: a copy of an evaluation run's records (each set's results.jsonl) holding only the ids another run (a
subset: `bench/hl45_subset.py`) asked, in the same order, each record's `line` (its line in the file asked) that of
the subset's, so that `bench/same_answers.py` compares the two.

    .venv/bin/python bench/scale65/filter_run.py /work/main/bench/out/eval-dev-s49g bench/out/SUBSET bench/out/OUT
    .venv/bin/python bench/same_answers.py bench/out/OUT bench/out/SUBSET
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(full: Path, subset: Path, out: Path) -> None:
    for results in sorted(subset.glob("*/results.jsonl")):
        ids = {json.loads(line)["id"] for line in results.read_text(encoding="utf-8").splitlines() if line.strip()}
        records = [json.loads(line) for line in (full / results.parent.name / "results.jsonl").read_text(
            encoding="utf-8").splitlines() if line.strip() and json.loads(line)["id"] in ids]
        lines = [json.dumps({**r, "line": i}, ensure_ascii=False) for i, r in enumerate(records, 1)]
        (out / results.parent.name).mkdir(parents=True, exist_ok=True)
        (out / results.parent.name / "results.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{results.parent.name}: {len(lines)} of {len(ids)} ids")


if __name__ == "__main__":
    main(*map(Path, sys.argv[1:4]))
