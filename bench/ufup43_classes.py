"""The unanswerable follow-ups a run answers, by what they ask for, with the evidence each has (ufup43).

    .venv/bin/python bench/ufup43_classes.py bench/out/eval-dev-base35 [--list]

Reads the conversations set's results.jsonl of a run of bench/eval_sets.py (dev or fresh4). For every turn with
history that is unanswerable and was answered: its class by its form (the first that reads it, in the order below),
whether it was searched with its history (`history_used`) or read alone, and how many of its own content words (less
its earlier questions') the first three passages cited say. Classes: "party reply" (what another party said or how it
responded: `qa.answerable.party_reply_asked`), "mention" (whether a thing came up: `qa.conversation.mention_asked`),
"name" (which ones, their names, who), "figure" (how much, how many, how long, a score), "date" (when, what year,
since when), "and X" (an opener and a short phrase: "and in Canada?", "japan in on it as well?"), "yes/no" (another
question opening on an auxiliary), "other". Reads the run only; asks nothing.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import party_reply_asked  # noqa: E402
from qa.conversation import mention_asked  # noqa: E402
from qa.rerank import content_stems  # noqa: E402

CLASSES = (
    ("name", re.compile(r"\b(?:names?|called|which\s+ones|who\s+(?:are|were|is|was)\s+(?:they|those|them|it)\b|"
                        r"which\s+(?:company|companies|chips|airline|article|fires|ones)|who\s+(?:invented|commands|"
                        r"teaches|is\s+teaching|came\s+second|else))", re.IGNORECASE)),
    ("figure", re.compile(r"\bhow\s+(?:much|many|long|old|big|far)\b|\b(?:cost|budget|funding|score|value|number|"
                          r"percent|worth|spend|spending)\b", re.IGNORECASE)),
    ("date", re.compile(r"\bwhen\b|\bwhat\s+year\b|\bsince\s+when\b|\bdeadline\b|\brelease\s+date\b", re.IGNORECASE)),
    ("and X", re.compile(r"^\W*(?:(?:and|ok|so)\s+)?(?:what|how)\s+about\b|^\W*(?:and|so)\s+(?:in\s+|the\s+)?"
                         r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\W*$|\b(?:as\s+well|too|also)\W*$", re.IGNORECASE)),
    ("yes/no", re.compile(r"^\W*(?:(?:and|so|ok)\s+)?(?:is|are|was|were|do|does|did|has|have|can|will)\b",
                          re.IGNORECASE)),
)


def kind_of(question: str) -> str:
    if party_reply_asked(question):
        return "party reply"
    if mention_asked(question):
        return "mention"
    for name, form in CLASSES:
        if form.search(question):
            return name
    return "other"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--list", action="store_true", help="print each turn too")
    args = parser.parse_args(argv)
    results = next(args.run.glob("*-conversations/results.jsonl"))
    counts: collections.Counter = collections.Counter()
    rows = []
    for line in results.open(encoding="utf-8"):
        record = json.loads(line)
        if not record.get("history") or record["answerable"] or not record["answer"]["answerable"]:
            continue
        if record.get("category") == "nonsense":
            continue
        question = record["question"]
        own = content_stems(question) - frozenset().union(*map(content_stems, record["history"]))
        said = frozenset().union(*(content_stems(c["text"]) for c in record["answer"]["citations"][:3]))
        path = "history" if record["answer"].get("history_used") else "alone"
        kind = kind_of(question)
        counts[kind, path] += 1
        counts[kind, "own words all said"] += bool(own) and own <= said
        counts[kind, "no own word said"] += bool(own) and not own & said
        rows.append((kind, path, f"{len(own & said)}/{len(own)}", record["id"], question))
    kinds = sorted({k for k, _ in counts}, key=lambda k: -(counts[k, "history"] + counts[k, "alone"]))
    print(f"{'class':<12} {'with history':>12} {'read alone':>10} {'own words all said':>18} {'none said':>9}")
    for kind in kinds:
        print(f"{kind:<12} {counts[kind, 'history']:>12} {counts[kind, 'alone']:>10} "
              f"{counts[kind, 'own words all said']:>18} {counts[kind, 'no own word said']:>9}")
    if args.list:
        for row in sorted(rows):
            print(" | ".join(row))


if __name__ == "__main__":
    main()
