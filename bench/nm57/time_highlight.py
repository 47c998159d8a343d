"""nm57: of the dev questions asked alone that ask when something was done or will be (`asks_time`), answered:
whether `time_unsaid` reads the time as unsaid (the first citation's highlight, with the sentence after it, says no
time, nor the next ones' to DEPTH a point of time: depth=N sets TIME_DEPTH, default 2); answerable against
unanswerable.

    .venv/bin/python bench/nm57/time_highlight.py [depth=N] [list] [RUN_DIR ...]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as qa_answerable  # noqa: E402

RUNS = ["/work/main/bench/out/eval-dev-s44g/dev-real+unanswerable", "/work/main/bench/out/eval-dev-s44g/dev-seed"]
OPTS = dict(a.split("=") for a in sys.argv[1:] if "=" in a)


def main() -> None:
    depth = int(OPTS.get("depth", 2))
    counts: Counter = Counter()
    for run in [a for a in sys.argv[1:] if "=" not in a and a != "list"] or RUNS:
        for line in open(Path(run) / "results.jsonl"):
            r = json.loads(line)
            a = r["answer"]
            if r.get("history") or not qa_answerable.asks_time(r["question"]):
                continue
            if not a["answerable"]:
                counts[(r["answerable"], "declined")] += 1
                continue
            said = not qa_answerable.time_unsaid(r["question"], [(c["text"], c["highlight_start"], c["highlight_end"])
                                                             for c in a["citations"]], depth)
            counts[(r["answerable"], said)] += 1
            if not said and (not r["answerable"] or "list" in sys.argv):
                c = a["citations"][0]
                print("ans" if r["answerable"] else "UN ", r["id"], r["question"][:90], "|",
                      c["text"][c["highlight_start"]:c["highlight_end"]][:70].replace("\n", " "))
    for k, n in sorted(counts.items(), key=str):
        print(k, n)


if __name__ == "__main__":
    main()
