"""Whether a subset run (bench/hl45_subset.py) answered its rows as a full run did: each record of each set by id,
every field equal but `latency_ms` and `line` (the row's place in the file asked), with bench/same_answers.py's
comparison; prints each set's count of differing rows and the first differences; exits 1 where any differ.

    .venv/bin/python bench/ref65/same_rows.py bench/out/ref65-same /work/main/bench/out/eval-dev-s49g
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from same_answers import _differences  # noqa: E402

SKIPPED = frozenset({"latency_ms", "line"})


def _by_id(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: {k: v for k, v in r.items() if k not in SKIPPED} for r in rows}


def main(subset: Path, full: Path) -> int:
    same = True
    for results in sorted(subset.glob("*/results.jsonl")):
        mine, theirs = _by_id(results), _by_id(full / results.parent.name / "results.jsonl")
        differing = {i: d for i, r in mine.items() if (d := _differences(r, theirs.get(i)))}
        same &= not differing
        print(f"{results.parent.name}: {len(mine)} rows, {len(differing)} differ")
        for i, d in list(differing.items())[:5]:
            print(f"  {i}: " + "; ".join(d[:3]))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
