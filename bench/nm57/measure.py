"""nm57: the dev questions by the kind of answer their form asks for (a figure, a date or time, a cause, a person, a
place, a yes/no), and whether the first three passages hold a sentence of that kind, for unanswerable questions
answered (misses) and answerable questions answered (what a check would put at risk).

    .venv/bin/python bench/nm57/measure.py [RUN_DIR ...] [--list KIND]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import answer_type  # noqa: E402
from qa.cite import asked_kind, asked_said, asks_reason, holds_kind  # noqa: E402

RUNS = ["/work/main/bench/out/eval-dev-s44g/dev-real+unanswerable", "/work/main/bench/out/eval-dev-s44g/dev-seed"]
PASSAGES = 3


def form(question: str) -> str:
    typed = answer_type(question)
    if asked_kind(question) == "reason" or asks_reason(question):
        return "cause"
    if typed is not None:
        return "date" if typed.kind == "date" else "figure"
    if asked_said(question) is not None:
        return "figure"
    if re.match(r"\W*who\b", question, re.I):
        return "person"
    if re.match(r"\W*where\b", question, re.I):
        return "place"
    if re.match(r"\W*(did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b", question, re.I):
        return "yes/no"
    return "other"


def held(kind: str, question: str, texts: list[str]) -> str:
    if kind == "cause":
        return "held" if holds_kind("reason", texts).any() else "unheld"
    if kind in ("figure", "date"):
        said = asked_said(question)
        return "held" if said and any(said(t) for t in texts) else "unheld"
    return "n/a"


def main() -> None:
    args = sys.argv[1:]
    listed = args[args.index("--list") + 1] if "--list" in args else None
    runs = [a for a in args if a.startswith("/") or a.startswith("bench")] or RUNS
    counts: Counter = Counter()
    for run in runs:
        for line in open(Path(run) / "results.jsonl"):
            r = json.loads(line)
            a = r["answer"]
            if r.get("history"):
                continue
            kind = form(r["question"])
            answered = "answered" if a["answerable"] else "declined"
            cites = a["citations"][:PASSAGES]
            passage = held(kind, r["question"], [c["text"] for c in cites])
            light = held(kind, r["question"], [c.get("highlight") or "" for c in cites])
            side = "ans" if r["answerable"] else "un"
            counts[(kind, side, answered, passage, light)] += 1
            if listed == kind and a["answerable"]:
                print(side, r["id"], r.get("category"), passage, light, "|", r["question"][:90], "|",
                      (cites[0].get("highlight") or "")[:80] if cites else "")
    print("kind side answered passages highlights: n")
    for k, n in sorted(counts.items()):
        print(*k, n)


if __name__ == "__main__":
    main()
