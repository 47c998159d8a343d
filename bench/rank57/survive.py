"""rank57: what becomes of each question the cross-validated order moves at PLACE, read through to the final answers.
TRACE: bench/rank57/trace.py's trace with the order off; FORCED_TRACE and FORCED_RUN: the same questions with each
one's fold coefficients forced (trace.py --force); RUN: the order-off eval run (s44g). Per stage move (+ the gold
put first, - taken from first, 0 neither), the final move (Hit@1 of FORCED_RUN against RUN) and why they differ: the
first citation was already right (or wrong) without the order, or a later step (the first after which the first
passage is no longer the one the order put first) took the place.
    python bench/rank57/survive.py TRACE FORCED_TRACE RUN FORCED_RUN PLACE FORCE  (FORCE: analyse.py --force's file)"""
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyse import STEPS, load, overlaps  # noqa: E402
from moved import ranks  # noqa: E402


def main() -> None:
    trace, ftrace, run, frun, place = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), \
        sys.argv[5]
    before, after = ranks(run), ranks(frun)
    force = json.loads(Path(sys.argv[6]).read_text(encoding="utf-8"))
    forced = {}
    for line in ftrace.open(encoding="utf-8"):
        rec = json.loads(line)
        forced.setdefault(rec["question"], rec)
    table = Counter()
    for d in load(trace, run, place):
        if d["id"] not in after or d["q"] not in forced:
            continue
        rec = forced[d["q"]]
        # the order's first at PLACE (the forced trace records the head as it went in): the fold's model's best
        new_first = d["cands"][int(np.argmax(d["x"] @ np.array(force["coefficients"][d["q"]])))]
        y_new = overlaps(new_first, d["group"], d["spans"])
        stage = int(y_new) - int(d["y"][0])
        b, a = before[d["id"]][0] == 1, after[d["id"]][0] == 1
        final = int(a) - int(b)
        steps = STEPS[STEPS.index("border_pair"):] if place == "post" else STEPS
        later = next((s for s in steps if rec["firsts"].get(s) and not overlaps(rec["firsts"][s], new_first[0],
                                                                                 [new_first[1:3]])), "none")
        why = "" if stage == final else (f"already {'right' if b else 'wrong'}" if stage and a == b
                                          else f"moved by {later}")
        table[(f"{place} {stage:+d}", f"final {final:+d}", why)] += 1
    for key, n in sorted(table.items()):
        print(f"  {n:4d}", *key)


if __name__ == "__main__":
    main()
