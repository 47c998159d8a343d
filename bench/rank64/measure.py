"""rank64, step 1: dev rows whose gold is cited 2nd or 3rd, classed by what came first and by the question's form;
against them, the Hit@1 rows (what a rule that moves a later citation up risks).

    python bench/rank64/measure.py /work/main/bench/out/eval-dev-s48f [--list CLASS]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

FORMS = [("why", r"^\s*(why|how come)\b|\bwhat (?:is|was|are|were) the reasons?\b|\breasons?\b"),
         ("how many/much", r"\bhow (many|much|long|old|far|big)\b"),
         ("who", r"^\s*(who|whom|whose)\b"),
         ("when", r"^\s*when\b|\bwhat (year|date|day|time)\b"),
         ("where", r"^\s*where\b"),
         ("how", r"^\s*how\b"),
         ("yes/no", r"^\s*(is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b"),
         ("what/which", r"^\s*(what|which)\b")]


def form(question: str) -> str:
    q = question.lower()
    for name, pattern in FORMS:
        if re.search(pattern, q):
            return name
    return "other"


def overlaps(c, spans):
    return any(c["start_char"] < e and c["end_char"] > s for s, e in spans)


def klass(first, gold):
    if first["transcript"] != gold["transcript"]:
        return "another recording"
    if first.get("role") == "question" and gold.get("role") != "question":
        return "the exchange's question"
    near = abs((first.get("paragraph") or 0) - (gold.get("paragraph") or 0)) <= 1 or \
        abs(first["start_char"] - gold["end_char"]) < 300 or abs(gold["start_char"] - first["end_char"]) < 300
    if near:
        return "neighbouring passage"
    if first.get("speaker") == gold.get("speaker"):
        return "same speaker, far"
    return "another speaker, far"


def rows(run):
    for part in ("dev-seed", "dev-real+unanswerable"):
        tag = "seed" if part == "dev-seed" else "real"
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            if not r["answerable"] or not r["gold"] or r["history"] or not r["answer"]["answerable"]:
                continue
            yield tag, r


def main(run: str, listing: str | None) -> None:
    by_class: Counter = Counter()
    by_form: Counter = Counter()
    totals: Counter = Counter()
    for tag, r in rows(run):
        cites = r["answer"]["citations"]
        rank = r["first_relevant_rank"]
        f = form(r["question"])
        totals[(tag, f)] += 1
        if rank in (2, 3):
            k = klass(cites[0], cites[rank - 1])
            by_class[(tag, k)] += 1
            by_form[(tag, f, rank)] += 1
            if listing and (listing in k or listing == f):
                print(tag, r["id"], rank, r["question"], "|", cites[0]["speaker"], cites[0].get("role"),
                      "||", cites[0]["highlight"][:100], "||", cites[rank - 1]["highlight"][:100])
    print("class\tseed\treal")
    for k in sorted({k for _, k in by_class}):
        print(k, by_class[("seed", k)], by_class[("real", k)], sep="\t")
    print("form\tseed n, gold 2, gold 3\treal n, gold 2, gold 3")
    for f, _ in FORMS + [("other", "")]:
        print(f, f"{totals[('seed', f)]}, {by_form[('seed', f, 2)]}, {by_form[('seed', f, 3)]}",
              f"{totals[('real', f)]}, {by_form[('real', f, 2)]}, {by_form[('real', f, 3)]}", sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None)
