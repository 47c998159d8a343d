"""The yes/no highlight misses of a right first citation outside caption files, by where the gold sits against the
highlight (`bench/hl42_classes.py`'s classes and distance) and the form of the gold sentence (yn54; development runs
only): it turns against what came before ("But ...", `qa.cite.turns_against`), negates (`qa.cite.negates`), opens
with a reply word (`qa.cite.opens_reply`), else "other" (an affirmation, a modal, a plan ...); "hl negates": the
highlight negates too (the rules read a highlight that negates nothing).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/yn54/verdict_forms.py RUN [RUN ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from hl42_classes import classify, records  # noqa: E402
from qa.cite import _YES_NO, negates, opens_reply, turns_against  # noqa: E402


def form(text: str) -> str:
    text = text.split(" | ")[0]
    if turns_against([text])[0]:
        return "turn"
    if negates([text])[0]:
        return "negation"
    if opens_reply([text])[0]:
        return "reply"
    return "other"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    args = ap.parse_args(argv)
    table: dict[str, Counter] = defaultdict(Counter)
    for _, rec in records(args.runs):
        row = classify(rec)
        if not row or row["captions"] or not _YES_NO.match(rec["question"]):
            continue
        place = row["class"] if row["dist"] in (None, 0) else f"{row['class']} d{min(row['dist'], 3)}"
        table[place][form(row["gold"])] += 1
        table[place]["all"] += 1
        table[place]["hl negates"] += bool(negates([row["highlight"]])[0])
    cols = ("all", "turn", "negation", "reply", "other", "hl negates")
    print(f"{'place':22} " + " ".join(f"{c:>10}" for c in cols))
    for place, t in sorted(table.items(), key=lambda kv: -kv[1]["all"]):
        print(f"{place:22} " + " ".join(f"{t[c]:>10}" for c in cols))


if __name__ == "__main__":
    main()
