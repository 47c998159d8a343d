"""The highlight misses of a right first citation with the gold one or two sentences AFTER the highlight, outside
caption files, by the form of answer the question asks (issue 10 point 3; hl53; development runs only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl53/after_forms.py RUN [--show FORM]

Places each miss as `bench/hl42_classes.py` does (classes after / restate-after, distance 1 or 2), reads the form of
answer the question asks from its wording (`form_of`: a figure or a time by `qa.answerable.expected_answer`, a place
by `qa.cite.asks_place`, a person by "who", yes/no by an opening auxiliary, else "other") and counts whether the gold
sentence and the highlight hold that form (`holds`: the figure or time, a place, a new name; for yes/no a verdict that
opens by turning against what came before it, `qa.cite.turns_against`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from hl42_classes import classify, records  # noqa: E402
from qa.answerable import expected_answer, holds_answer  # noqa: E402
from qa.cite import _YES_NO, asks_place, names_place, turns_against  # noqa: E402

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def form_of(question: str) -> str:
    kind = expected_answer(question)
    if kind is not None:
        return "time" if kind in ("time", "year", "date") else "figure"
    if asks_place(question):
        return "place"
    if re.match(r"\s*who\b", question, re.IGNORECASE):
        return "person"
    if _YES_NO.match(question):
        return "yes/no"
    if re.match(r"\s*what\s+(?:did|does|do|will|would|has|have)\b.*\b(?:decide|agree|announce|sign|plan|propose)",
                question, re.IGNORECASE):
        return "decision"
    return "other"


def holds(form: str, question: str, text: str) -> bool | None:
    if form in ("time", "figure"):
        return bool(holds_answer(expected_answer(question), [text]))
    if form == "place":
        return bool(names_place([text], frozenset(w.lower() for w in re.findall(r"\w+", question)))[0])
    if form == "person":
        asked = {w.lower() for w in re.findall(r"\w+", question)}
        return any(m.group(0).lower() not in asked for m in _NAME.finditer(text))
    if form == "yes/no":  # a verdict that turns against what came before it ("But ...": `qa.cite.turns_against`)
        return bool(turns_against([text.split(" | ")[0]])[0])
    return None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--show", help="print the misses of this form")
    args = ap.parse_args(argv)
    table = defaultdict(Counter)
    for name, rec in records(args.runs):
        row = classify(rec)
        if not row or row["captions"] or row["class"] not in ("after", "restate-after") or row["dist"] not in (1, 2):
            continue
        q = rec["question"]
        form = form_of(q)
        gold, hl = holds(form, q, row["gold"]), holds(form, q, row["highlight"])
        t = table[form]
        t["all"] += 1
        t[f"d{row['dist']}"] += 1
        t["restates"] += row["class"] == "restate-after"
        t["gold holds"] += bool(gold)
        t["gold only"] += bool(gold) and not hl
        if args.show and args.show == form:
            print(f"[{name} {row['id']} d={row['dist']} {row['class']} gold={gold} hl={hl}]\n  Q: {q}\n"
                  f"  H: {row['highlight'][:300]}\n  G: {row['gold'][:300]}\n")
    cols = ("all", "d1", "d2", "restates", "gold holds", "gold only")
    print(f"{'form':10} " + " ".join(f"{c:>10}" for c in cols))
    for form, t in sorted(table.items(), key=lambda kv: -kv[1]["all"]):
        print(f"{form:10} " + " ".join(f"{t[c]:>10}" for c in cols))


if __name__ == "__main__":
    main()
