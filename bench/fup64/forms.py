"""The dev follow-ups of a conversations run by the form of their wording (fup64): counts and Hit@3 per form.

    .venv/bin/python bench/fup64/forms.py RESULTS.jsonl [--list FORM]

Forms (the first that fits, from the wording only): `next` ("what did she say next", "and then?", "what happened
after that"), `why` (a bare "why?" / "why so?" / "how so?" / "how come?"), `who-else` ("who else", "what else",
"anything else", "any other"), `terse-and` ("and the cost?": "and"/"what about" plus at most three words), `other`.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

FORMS = [
    ("next", re.compile(r"\b(next|then\??$|after that|afterwards|what happened (then|after|next)|go on|went on|"
                        r"continue[ds]?|followed)\b", re.I)),
    ("why", re.compile(r"^\W*(and\s+)?(why(\s+(so|not|is that|was that|did (he|she|they)))?|how\s+so|how\s+come)\W*$",
                       re.I)),
    ("who-else", re.compile(r"\b(who|what|which|anything|anyone|anybody|where)\s+else\b|\bany\s+others?\b", re.I)),
    ("terse-and", re.compile(r"^\W*(and|what about|how about)\b(\s+\S+){0,3}\W*$", re.I)),
]


def form(question: str) -> str:
    for name, pattern in FORMS:
        if pattern.search(question.strip()):
            return name
    return "other"


def first_gold_rank(rec):
    gold = rec.get("gold") or []
    for c in rec["answer"]["citations"]:
        if c["transcript"] == rec["transcript"] and any(c["start_char"] < e and s < c["end_char"] for s, e in gold):
            return c["rank"]
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--list")
    args = ap.parse_args()
    counts = Counter()
    hits = Counter()
    rows = defaultdict(list)
    for line in open(args.results):
        rec = json.loads(line)
        if rec.get("category") != "follow-up" or not rec.get("history") or not rec.get("gold"):
            continue
        f = form(rec["question"])
        rank = first_gold_rank(rec)
        counts[f] += 1
        hits[f] += rank is not None and rank <= 3
        rows[f].append((rec["id"], rank, rec["history"][-1], rec["question"]))
    for f in [n for n, _ in FORMS] + ["other"]:
        print(f"{f:10s} {hits[f]:5d} / {counts[f]:5d}  Hit@3 {hits[f] / max(counts[f], 1):.3f}")
    if args.list:
        for rid, rank, prev, q in rows[args.list]:
            print(f"  {rid} rank {rank} | {prev} => {q}")


if __name__ == "__main__":
    main()
