"""nm56: of the dev and fresh4 questions (s43f's runs) that ask a register of a topic (thanks, praise, blame or
criticism: `register_asked`), how many are answered or declined, and whether the first passage holds a word
of that register. Prints counts per register and answerability, and the unanswerable ones answered.

    .venv/bin/python bench/nm56/measure.py [RUN_DIR ...]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from qa.answerable import register_asked, register_said  # noqa: E402

qa.answerable.REGISTER_UNSAID = True

RUNS = ["/work/main/bench/out/eval-dev-s43f/dev-real+unanswerable", "/work/main/bench/out/eval-dev-s43f/dev-seed",
        "/work/main/bench/out/eval-fresh4-s43f/fresh4-real+unanswerable",
        "/work/main/bench/out/eval-fresh4-s43f/fresh4-seed"]


def main() -> None:
    counts: Counter = Counter()
    for run in sys.argv[1:] or RUNS:
        for line in open(Path(run) / "results.jsonl"):
            r = json.loads(line)
            reg = register_asked(r["question"])
            if reg is None:
                continue
            a = r["answer"]
            first = [f"{c['speaker']}: {c['text']}" for c in a["citations"][:qa.answerable.REGISTER_PASSAGES]]
            said = register_said(reg, first)
            key = (reg, "ans" if r["answerable"] else "un", "answered" if a["answerable"] else "declined",
                   "said" if said else "unsaid")
            counts[key] += 1
            if a["answerable"] and not said:
                print(key, r["id"], r["question"][:100], "|", (a["citations"][0]["highlight"] if a["citations"]
                                                                else "")[:90])
    for k, n in sorted(counts.items()):
        print(k, n)


if __name__ == "__main__":
    main()
