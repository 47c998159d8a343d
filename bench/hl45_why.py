"""Why the highlighted sentence won over the gold, for every highlight miss of a right first citation (issue 10
point 3; development runs only: dev, fresh4, the hl45 batches). Session s37, helper hl45.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl45_why.py RUN [RUN ...] [--ids REGEX] [--show CLASS]

Places each miss as `bench/hl42_classes.py` does (`classify`) and names, in the brief's words, what the highlight
has that won:
  evaluation          the evaluation's own: the highlight says the gold's words elsewhere, or the gold is not placed
  a question          the highlight holds a question mark (the reporter's question, a rhetorical one) and the gold
                      is in another turn or sentence
  other turn          an exchange whose gold is in the other turn, the highlight asking nothing
  cut too short       the gold and the highlight share one sentence (a caption cut into 40-word units)
  restates            the highlight holds >= 0.5 of the question's content words (it says the question back)
  question words      it holds 0.2-0.5 of them: some of the question's words, without the answer
  meaning only        it holds < 0.2: a neighbour chosen by the encoder's cosine alone
Each of the last three is split by side (the gold after / before the highlight) and distance (1: the next
sentence); `stance` counts the golds that state a view or an intent (`qa.cite.states`), `yes-no` the questions
that ask yes or no (`qa.cite.read_question`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import classify, records  # noqa: E402
from qa.cite import read_question, states  # noqa: E402


def why(row: dict) -> str:
    cls = row["class"]
    if cls in ("eval-repeat", "eval-words", "outside"):
        return "evaluation"
    if "?" in row["highlight"]:
        return "a question"
    if cls == "other-turn":
        return "other turn"
    if cls == "inside":
        return "cut too short"
    if cls == "two-units":
        return "two-units"
    share = row.get("share") or 0.0
    side = "after" if cls.endswith("after") else "before"
    head = "restates" if share >= 0.5 else "question words" if share >= 0.2 else "meaning only"
    return f"{head} / gold {side}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--ids")
    ap.add_argument("--show", help="print the misses of this class")
    args = ap.parse_args(argv)
    rows = []
    for name, rec in records(args.runs):
        if args.ids and not re.search(args.ids, rec["id"]):
            continue
        row = classify(rec)
        if row:
            row["set"], row["why"] = name, why(row)
            row["stance"] = bool(states([row["gold"]])[0])
            row["yes_no"] = read_question(rec["question"]).yes_no
            rows.append(row)
    sets = sorted({r["set"] for r in rows})
    print(f"{len(rows)} misses; sets: {', '.join(sets)}")
    print(f"  {'why':28} {'all':>4} " + " ".join(f"{s[-14:]:>14}" for s in sets) + "   d=1  stance yes-no")
    for cls, n in Counter(r["why"] for r in rows).most_common():
        sub = [r for r in rows if r["why"] == cls]
        per = Counter(r["set"] for r in sub)
        print(f"  {cls:28} {n:4} " + " ".join(f"{per[s]:14}" for s in sets) +
              f"  {sum(r['dist'] == 1 for r in sub):4}  {sum(r['stance'] for r in sub):6} "
              f"{sum(r['yes_no'] for r in sub):6}")
    if args.show:
        for r in sorted((r for r in rows if r["why"] == args.show), key=lambda r: r["id"]):
            print(f"\n{r['id']} d={r['dist']} share={r.get('share')}\n  Q: {r['question']}\n"
                  f"  H: {r['highlight'][:200]}\n  G: {r['gold'][:200]}")


if __name__ == "__main__":
    main()
