"""nm63: nm57's time check and nm59's sum check (`qa.answerable.time_unsaid`, `sum_unsaid`) over saved answers, with
the next citations' highlights read only where the citation's fused score is at least RATIO of the first's
(`qa.answerable.NEXT_SCORE_SHARE`; 0: main's reading): for each ratio, the answered unanswerable questions (asked alone) it would decline and the answered answerable ones it would
put at risk.

    PYTHONPATH=. .venv/bin/python bench/nm63/measure.py RESULTS.jsonl [...] [--list RATIO]
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as qa_answerable  # noqa: E402
from qa.answerable import asks_sum, asks_time, sum_unsaid, time_unsaid  # noqa: E402

RATIOS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 1.0)


def read(unsaid, question: str, citations: list[dict], share: float) -> bool:
    """`unsaid` (the time or the sum check) of `question` over the saved `citations`, at NEXT_SCORE_SHARE `share`."""
    qa_answerable.NEXT_SCORE_SHARE = share
    return unsaid(question, [(c["text"], c["highlight_start"], c["highlight_end"]) for c in citations],
                  scores=[c["score"] for c in citations])


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = float(sys.argv[sys.argv.index("--list") + 1]) if "--list" in sys.argv else None
    if show is not None:
        args = [a for a in args if a != str(sys.argv[sys.argv.index("--list") + 1])]
    count = collections.Counter()
    listed = []
    for path in args:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            a, q = r["answer"], r["question"]
            if r["history"] or not a["answerable"] or not a["citations"]:
                continue
            for kind, asks, unsaid in (("time", asks_time, time_unsaid), ("sum", asks_sum, sum_unsaid)):
                if not asks(q):
                    continue
                side = "ans" if r["answerable"] else "unans"
                count[kind, side, "n"] += 1
                base = read(unsaid, q, a["citations"], 0.0)
                for ratio in RATIOS:
                    if read(unsaid, q, a["citations"], ratio) and not base:
                        count[kind, side, ratio] += 1
                        if ratio == show:
                            listed.append((kind, side, r["id"], r.get("first_relevant_rank"), q))
    for kind in ("time", "sum"):
        print(f"{kind}: answered asked alone: unanswerable {count[kind, 'unans', 'n']}, "
              f"answerable {count[kind, 'ans', 'n']}")
        for ratio in RATIOS:
            print(f"  ratio {ratio:4}: unanswerable newly declined {count[kind, 'unans', ratio]:3}   "
                  f"answerable newly declined {count[kind, 'ans', ratio]:3}")
    for row in sorted(listed):
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
