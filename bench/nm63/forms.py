"""nm63: the forms that ask whom or which thing a named doer acted on ("Whom did Lavrov thank for ...?", "Which
country did Lavrov praise ...?") or who will act ("Who will replace Sullivan ...?"), counted over saved runs: for each
answered question asked alone, whether a form of the verb is said in its first three citations' passages (the
relation rule's reading, less the words around them).

    PYTHONPATH=. .venv/bin/python bench/nm63/forms.py RESULTS.jsonl [...] [--list]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import relation_said, relation_verb, _verb_stem, _irregular, FUNCTION_WORDS, _NOT_ACTS  # noqa
from qa.lexical import english_stemmer  # noqa: E402

HELP = r"(?:did|does|do|will|would|could|should|can|might|has|have|had)"
OBJ_WHO = re.compile(rf"^\s*(?:and\s+)?(?:who|whom)\s+{HELP}\s+((?:[\w’'.-]+\s+){{1,4}}?)([a-z]+)\b(.*)$", re.I)
OBJ_WHICH = re.compile(rf"^\s*(?:and\s+)?(?:which|what)\s+((?:[a-z-]+\s+){{1,2}}?){HELP}\s+((?:[\w’'.-]+\s+){{1,4}}?)"
                       r"([a-z]+)\b(.*)$", re.I)
WHO_WILL = re.compile(r"^\s*(?:and\s+)?who\s+(?:will|would|is\s+going\s+to|is\s+to)\s+([a-z]+)\b(.*)$", re.I)


def base_stem(verb: str) -> str | None:
    verb = verb.lower()
    if verb in _NOT_ACTS | FUNCTION_WORDS or verb.endswith("ly"):
        return None
    return english_stemmer().stemWord(verb)


def form(question: str):
    if relation_verb(question):
        return "relation", relation_verb(question)
    m = WHO_WILL.match(question)
    if m:
        s = base_stem(m.group(1))
        return ("who-will", s) if s else None
    m = OBJ_WHO.match(question)
    if m:
        s = base_stem(m.group(2))
        return ("whom-did", s) if s else None
    m = OBJ_WHICH.match(question)
    if m:
        s = base_stem(m.group(3))
        return ("which-did", s) if s else None
    return None


def main() -> None:
    listing = "--list" in sys.argv
    count = collections.Counter()
    rows = []
    for path in [a for a in sys.argv[1:] if not a.startswith("--")]:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r["history"] or not r["answer"]["citations"]:
                continue
            f = form(r["question"])
            if not f or f[0] == "relation":
                continue
            texts = [c["text"] for c in r["answer"]["citations"][:3]]
            said = relation_said(f[1], texts)
            key = (f[0], "ans" if r["answerable"] else "UNANS", "answered" if r["answer"]["answerable"] else "declined",
                   "said" if said else "unsaid")
            count[key] += 1
            rows.append((key, r["id"], f[1], r["question"]))
    for k, v in sorted(count.items()):
        print(k, v)
    if listing:
        for key, i, s, q in sorted(rows):
            if key[2] == "answered" and key[3] == "unsaid":
                print(key[:2], i, s, "|", q)


if __name__ == "__main__":
    main()
