"""rank59, step 1: among dev real and seed answers of a run, how often the first citation lacks the kind of thing the
question's form asks (a name, an acronym in capitals, a count / amount / date, another number) while a later one of the
first five holds it; split by whether the first citation is right (Hit@1) or the gold is at 2-5.

    python bench/rank59/measure.py /work/main/bench/out/eval-dev-s45g [--list]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from qa.answerable import answer_type, asks_name, holds_answer_type, names_said, text_stems
from qa.cite import asks_quantity, holds_quantity

_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]{1,})\b")
_EXPANDS = re.compile(r"\bstand(?:s)?\s+for\b|\bshort\s+for\b|\bacronym\b|\babbreviat", re.IGNORECASE)
_WHO = re.compile(r"^\s*(?:and\s+)?(?:who|whom)\b", re.IGNORECASE)
_NAME_ASKED = re.compile(r"\b(?:called|named|name\s+of|what\s+is\s+the\s+name|which\s+\w+)\b", re.IGNORECASE)


def kind_of(question: str):
    """(kind, reader): reader(text) -> bool, whether the text holds what the question's form asks."""
    acronyms = [a for a in _ACRONYM.findall(question) if a not in {"US", "UK", "EU", "OK"}]
    if acronyms and _EXPANDS.search(question):
        return "acronym", lambda t: any(re.search(rf"\b{a}\b", t) for a in acronyms)
    typed = answer_type(question)
    if typed is not None:
        return typed.kind, lambda t: bool(holds_answer_type(typed, [t])[0])
    if asks_quantity(question):
        return "number", lambda t: bool(holds_quantity([t])[0])
    if asks_name(question) or _WHO.match(question) or _NAME_ASKED.search(question):
        known = text_stems(question)
        return "name", lambda t: any(not text_stems(w) <= known for w in names_said(t))
    return None, None


def main(run: str, listing: bool) -> None:
    counts: Counter = Counter()
    for part in ("dev-seed", "dev-real+unanswerable"):
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            if not r["answerable"] or not r["gold"] or r["history"]:
                continue
            kind, reader = kind_of(r["question"])
            if kind is None:
                continue
            cites = r["answer"]["citations"][:5]
            if not cites:
                continue
            rank = r["first_relevant_rank"]
            first = reader(cites[0]["text"])
            held = [reader(c["text"]) for c in cites]
            tag = "seed" if part == "dev-seed" else "real"
            counts[(tag, kind, "asked")] += 1
            if rank == 1:
                counts[(tag, kind, "hit1")] += 1
                if not first and any(held[1:]):
                    counts[(tag, kind, "hit1: [1] lacks, a later holds (risk)")] += 1
                    if listing:
                        print("RISK", tag, kind, r["id"], r["question"])
            elif rank and rank <= 5:
                counts[(tag, kind, "gold 2-5")] += 1
                if not first and held[rank - 1]:
                    counts[(tag, kind, "gold 2-5: [1] lacks, gold holds (gain)")] += 1
                    above = sum(held[1:rank - 1])
                    counts[(tag, kind, "  ... and none between [1] and gold holds")] += not above
                    if listing:
                        print("GAIN", tag, kind, r["id"], rank, r["question"])
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], "--list" in sys.argv)
