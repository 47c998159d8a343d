"""The highlight misses of a right first citation, outside caption files, by where the gold sits and the form the
question asks (issue 10 point 3; hl55; development runs only: dev and fresh4).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl55/forms.py RUN [--show FORM] [--where WHERE]

Places each miss as `bench/hl42_classes.py` does; where: after / before (restate-after, restate-before counted with
them), distance 1 or 2+; the form read from the question's wording only (`form_of`): yes/no (an opening auxiliary),
when, where, how many / much (a figure), which, why, who, other (what, how ...). `--verdicts`: the yes/no misses by
where the gold sits and the form of the gold sentence: "earlier rule" (it turns against what came before, or negates
where the highlight does not: hl53's and yn54's), "affirms" (`qa.cite.affirms`: a stand or what is to come, where the
highlight does neither: hl55's), "both affirm", "other" (an affirmation, a figure, a fact).
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
from qa.cite import _YES_NO, affirms, negates, turns_against  # noqa: E402

_FORMS = (("when", r"when\b|what (?:year|day|date|time)\b"), ("where", r"where\b|in what (?:city|country|place)\b"),
          ("how many", r"how (?:many|much|long|often|big|far|old)\b|what (?:share|percentage|number)\b"),
          ("which", r"which\b|what \w+ (?:did|does|do|is|was|are|were|will|has|have)\b"), ("why", r"why\b"),
          ("who", r"who(?:m|se)?\b"))


def form_of(question: str) -> str:
    q = re.sub(r"^\s*(?:and|so|but|okay|ok|well|also)[,]?\s+", "", question.strip(), flags=re.IGNORECASE)
    if _YES_NO.match(q):
        return "yes/no"
    for name, pat in _FORMS:
        if re.match(pat, q, re.IGNORECASE):
            return name
    return "other"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--show", help="print the misses of this form")
    ap.add_argument("--where", help="... at this place only (after-1, after-2+, before-1, before-2+, other)")
    ap.add_argument("--verdicts", action="store_true", help="the yes/no misses by the gold's form instead")
    args = ap.parse_args(argv)
    table = defaultdict(Counter)
    for name, rec in records(args.runs):
        row = classify(rec)
        if not row or row["captions"]:
            continue
        cls = row["class"].replace("restate-", "")
        where = f"{cls}-{'1' if row['dist'] == 1 else '2+'}" if cls in ("after", "before") else "other"
        form = form_of(rec["question"])
        if args.verdicts:
            if form != "yes/no":
                continue
            gold, hl = row["gold"].split(" | ")[0], row["highlight"]
            if turns_against([gold])[0] or (negates([gold])[0] and not negates([hl])[0]):
                form = "earlier rule"
            elif affirms([gold])[0]:
                form = "both affirm" if affirms([hl])[0] else "affirms"
            else:
                form = "other"
        table[form][where] += 1
        table[form]["all"] += 1
        if args.show == form and (not args.where or args.where == where):
            print(f"[{name} {row['id']} {row['class']} d={row['dist']}]\n  Q: {rec['question']}\n"
                  f"  H: {row['highlight'][:300]}\n  G: {row['gold'][:300]}\n")
    cols = ("all", "after-1", "after-2+", "before-1", "before-2+", "other")
    print(f"{'form':10} " + " ".join(f"{c:>10}" for c in cols))
    for form, t in sorted(table.items(), key=lambda kv: -kv[1]["all"]):
        print(f"{form:10} " + " ".join(f"{t[c]:>10}" for c in cols))
    print(f"{'all':10} " + " ".join(f"{sum(t[c] for t in table.values()):>10}" for c in cols))


if __name__ == "__main__":
    main()
