"""rank57: the cross-validated order's final answers at each lead, from one forced run at the smallest (a question
moved at a larger lead is moved the same way at the smaller: its forced answer is the one it would get).
    python bench/rank57/leads.py TRACE RUN FORCED_RUN PLACE FORCE LEAD ..."""
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import binomtest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyse import load  # noqa: E402
from moved import ranks  # noqa: E402


def main() -> None:
    trace, run, frun, place, force = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], \
        json.loads(Path(sys.argv[5]).read_text(encoding="utf-8"))
    before, after = ranks(run), ranks(frun)
    data = [d for d in load(trace, run, place) if d["q"] in force["coefficients"] and d["id"] in after]
    for lead in map(float, sys.argv[6:]):
        moved = [d for d in data if (s := d["x"] @ np.array(force["coefficients"][d["q"]])).max() > s[0] + lead]
        gained = [d["id"] for d in moved if after[d["id"]][0] == 1 and before[d["id"]][0] != 1]
        lost = [d["id"] for d in moved if before[d["id"]][0] == 1 and after[d["id"]][0] != 1]
        p = binomtest(len(gained), len(gained) + len(lost)).pvalue if gained or lost else 1.0
        real = sum(not q.startswith("seed-") for q in gained), sum(not q.startswith("seed-") for q in lost)
        print(f"{place} lead {lead}: moved {len(moved)}, final Hit@1 +{len(gained)} -{len(lost)} (p {p:.3g}; "
              f"real +{real[0]} -{real[1]})")


if __name__ == "__main__":
    main()
