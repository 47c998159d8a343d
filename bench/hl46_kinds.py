"""The highlight misses of a right first citation by the form of answer the question asks (issue 10 point 3;
development runs only: dev, fresh4, the hl46 batches). Session s38, helper hl46.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl46_kinds.py RUN [RUN ...] [--ids REGEX] [--show FORM]

Places each miss as `bench/hl45_why.py` does (`why`), and reads the question's asked form (`qa.cite.asked_form`:
mechanism, definition, procedure, or none) and whether the gold and the highlight give that form
(`qa.cite.gives_form`). Prints, per asked form, the misses by why-class, with the count whose gold gives the form
("gold gives"), whose highlight does not ("hl not"), and both with the gold within two sentences after the highlight
(the hand-over's reach: "reachable"). `--show FORM` lists that form's "gold after" misses.
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
from bench.hl45_why import why  # noqa: E402
from qa import define  # noqa: E402
from qa.cite import asked_form, gives_form  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--ids")
    ap.add_argument("--show")
    args = ap.parse_args(argv)
    rows = []
    for name, rec in records(args.runs):
        if args.ids and not re.search(args.ids, rec["id"]):
            continue
        row = classify(rec)
        if not row:
            continue
        row["set"], row["why"] = name, why(row)
        form = asked_form(rec["question"])
        term = define.defined_term(rec["question"])
        row["form"] = form or "-"
        row["gold_gives"] = bool(form) and bool(gives_form(form, [row["gold"]], term)[0])
        row["hl_gives"] = bool(form) and bool(gives_form(form, [row["highlight"]], term)[0])
        rows.append(row)
    print(f"{len(rows)} misses")
    for form, n in Counter(r["form"] for r in rows).most_common():
        sub = [r for r in rows if r["form"] == form]
        print(f"\n{form}: {n}")
        for cls, m in Counter(r["why"] for r in sub).most_common():
            c = [r for r in sub if r["why"] == cls]
            gold = [r for r in c if r["gold_gives"]]
            hl_not = [r for r in gold if not r["hl_gives"]]
            reach = [r for r in hl_not if "after" in cls and r.get("dist", 9) <= 2]
            print(f"  {cls:28} {m:4}  gold gives {len(gold):3}  hl not {len(hl_not):3}  reachable {len(reach):3}")
    if args.show:
        for r in sorted((r for r in rows if r["form"] == args.show and "after" in r["why"]), key=lambda r: r["id"]):
            print(f"\n{r['id']} {r['why']} d={r['dist']} gold_gives={r['gold_gives']} hl_gives={r['hl_gives']}\n"
                  f"  Q: {r['question']}\n  H: {r['highlight'][:220]}\n  G: {r['gold'][:220]}")


if __name__ == "__main__":
    main()
