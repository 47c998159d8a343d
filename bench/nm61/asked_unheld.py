"""nm61's second measure: questions asked alone whose asked thing's head noun ("which airline ...", "what gift ...",
"how many students ...") is a word the index holds nowhere (the answer's evidence `unheld_words`), answered or
declined, unanswerable against answerable, in a saved dev run.

    .venv/bin/python bench/nm61/asked_unheld.py /work/main/bench/out/eval-dev-s46f [--list]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ASKED = re.compile(r"\b(?:which|what|whose|how\s+many)\s+(?:(?:kind|sort|type)\s+of\s+)?(?:[a-z-]+\s+){0,2}?"
                   r"([a-z][a-z-]+)\s+(?:is|are|was|were|did|does|do|will|would|can|could|has|have|had|should)\b",
                   re.IGNORECASE)


def asked_noun(question: str) -> str | None:
    m = ASKED.search(question)
    return m.group(1).lower() if m else None


def main() -> None:
    run = Path(sys.argv[1])
    table = collections.Counter()
    for f in sorted(run.glob("*/results.jsonl")):
        for line in f.open():
            r = json.loads(line)
            if r.get("history"):
                continue
            a = r["answer"]
            e = a.get("evidence") or {}
            noun = asked_noun(r["question"])
            if not noun:
                continue
            unheld = {w.lower() for w in e.get("unheld_words") or []}
            hit = noun in unheld or noun.rstrip("s") in unheld
            key = ("U" if r["answerable"] is False else "A") + ("-answered" if a["answerable"] else "-declined")
            table[(key, hit)] += 1
            if hit and "--list" in sys.argv:
                print(key, r["id"], noun, "|", r["question"][:100])
    for k in ("U-answered", "U-declined", "A-answered", "A-declined"):
        print(k, "asked noun unheld:", table[(k, True)], "of", table[(k, True)] + table[(k, False)])


if __name__ == "__main__":
    main()
