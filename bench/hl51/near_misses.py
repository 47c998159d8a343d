"""The highlight misses of a right first citation with the gold one sentence from the highlight, in Markdown turns and
the seed (issue 10 point 3; development runs only). Session s42, helper hl51.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl51/near_misses.py RUN [--show SHAPE]

Places each miss as `bench/hl42_classes.py` does and, for those at distance 1 (before or after) over a .md or .txt
transcript, names the shape that let the highlighted sentence win over the gold:
  short-answer    the gold is a short sentence (at most 6 words: "Yes.", "Two.", "We do.") next to a longer one
  question-lead   the highlight asks (a question mark: the reporter's, a rhetorical one)
  restates        the highlight holds >= 0.5 of the question's content words, the gold fewer
  topic-figure    the question asks a number / amount and the gold holds a figure the highlight lacks
  more-words      the highlight holds more of the question's words than the gold (0.2-0.5)
  meaning-only    the highlight holds no more of the question's words than the gold: the cosine alone
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import classify, gold_in_text, records  # noqa: E402
from qa.cite import asks_quantity, read_question  # noqa: E402
from qa.rerank import content_stems, word_shares  # noqa: E402

_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|"
                     r"thousand|million|billion|percent|half|dozen)\b", re.IGNORECASE)


def gold_text(rec: dict) -> str:
    c = rec["answer"]["citations"][0]
    spans = gold_in_text(rec, c)
    return " ".join(c["text"][a:b] for a, b in spans) if spans else " ".join(rec["gold_quotes"])


def shape(rec: dict, row: dict) -> str:
    hl, gold, q = row["highlight"], gold_text(rec), rec["question"]
    stems = content_stems(q)
    hs, gs = (float(x) for x in word_shares(stems, [hl, gold])) if stems else (0.0, 0.0)
    if len(re.findall(r"\w+", gold)) <= 6:
        return "short-answer"
    if "?" in hl:
        return "question-lead"
    if asks_quantity(q) and _FIGURE.search(gold) and not _FIGURE.search(hl):
        return "topic-figure"
    if hs >= 0.5 and gs < 0.5:
        return "restates"
    if hs > gs:
        return "more-words"
    return "meaning-only"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+")
    ap.add_argument("--show", help="print the misses of this shape (all: every one)")
    ap.add_argument("--ids", help="only ids matching this regular expression")
    args = ap.parse_args(argv)
    table, yes_no = Counter(), Counter()
    for name, rec in records(args.runs):
        if args.ids and not re.search(args.ids, rec["id"]):
            continue
        row = classify(rec)
        if not row or row["dist"] != 1 or row["class"] not in ("after", "before", "restate-after", "restate-before"):
            continue
        suffix = Path(rec.get("transcript", "")).suffix
        kind = "seed" if name == "dev-seed" else ("md" if suffix == ".md" else None)
        if kind is None:
            continue
        side = row["class"].split("-")[-1]
        sh = shape(rec, row)
        table[kind, side, sh] += 1
        if read_question(rec["question"]).yes_no:
            yes_no[kind, side, sh] += 1
        if args.show in (sh, "all"):
            print(f"[{kind} {side} {sh}] {rec['id']}\n  Q: {rec['question']}\n  H: {row['highlight'][:240]!r}\n"
                  f"  G: {gold_text(rec)[:240]!r}")
    shapes = ("short-answer", "question-lead", "restates", "topic-figure", "more-words", "meaning-only")
    print("| kind, side | " + " | ".join(shapes) + " | all |")
    for kind in ("md", "seed"):
        for side in ("after", "before"):
            cells = [f"{table[kind, side, s]} ({yes_no[kind, side, s]})" for s in shapes]
            print(f"| {kind}, gold {side} | " + " | ".join(cells) + f" | {sum(table[kind, side, s] for s in shapes)} |")
    print("(in brackets: of them, questions that ask yes or no)")


if __name__ == "__main__":
    main()
