"""nm59: over a run's answers (by default main's s45g dev runs), the questions asked alone that `asks_sum` reads and
that were answered, by whether `sum_unsaid` (the rule, at SUM_DEPTH = depth) would decline them: answerable (put at
risk) against unanswerable (caught); `list` prints each one it declines.

    .venv/bin/python bench/nm59/measure.py [depth=N] [list] [RUN_DIR ...]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from qa.answerable import asks_sum, sum_unsaid  # noqa: E402

S45G = "/work/main/bench/out/eval-dev-s45g"
RUNS = [f"{S45G}/dev-real+unanswerable", f"{S45G}/dev-seed", f"{S45G}/dev-conversations"]
OPTS = dict(a.split("=") for a in sys.argv[1:] if "=" in a)


def main() -> None:
    qa.answerable.SUM_UNSAID = True
    depth = int(OPTS.get("depth", qa.answerable.SUM_DEPTH))
    counts: Counter = Counter()
    for run in [a for a in sys.argv[1:] if "=" not in a and a != "list"] or RUNS:
        for line in open(Path(run) / "results.jsonl", encoding="utf-8"):
            r = json.loads(line)
            a = r["answer"]
            if r.get("history") or not asks_sum(r["question"]):
                continue
            side = "answerable" if r["answerable"] else "unanswerable"
            if not a["answerable"] or not a["citations"]:
                counts[(side, "declined already")] += 1
                continue
            spans = [(c["text"], c["highlight_start"], c["highlight_end"]) for c in a["citations"]]
            unsaid = sum_unsaid(r["question"], spans, depth)
            counts[(side, "answered, rule declines" if unsaid else "answered, kept")] += 1
            if unsaid and ("list" in sys.argv or not r["answerable"]):
                print(side[:3], r["id"], r.get("category"), "|", r["question"][:100])
    for k, n in sorted(counts.items()):
        print(*k, n, sep=" | ")


if __name__ == "__main__":
    main()
