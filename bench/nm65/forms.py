"""Count the two near-miss classes of nm65's brief over a dev run's saved answers.

(1) yes/no questions holding an embedded wh-phrase ("Will there be new limits on how far ...?"), by answerable and
declined; (2) time questions answered for an unanswerable question (a time of another act), by the note.
Usage: forms.py RESULTS.jsonl [RESULTS.jsonl ...] [--list]
"""
import json
import re
import sys
from collections import Counter

AUX = r"(is|are|was|were|will|would|do|does|did|can|could|has|have|had|should|shall|may|might|must)"
YES_NO = re.compile(rf"^(and |so |but )?{AUX}\b", re.I)
EMBEDDED = re.compile(r"\b(how (far|many|much|long|often|old|big|soon|large)|when|where|who|whom|which|why|what)\b",
                      re.I)


def rows(paths):
    for path in paths:
        for line in open(path):
            yield json.loads(line)


def main():
    paths = [p for p in sys.argv[1:] if not p.startswith("--")]
    show = "--list" in sys.argv
    table = Counter()
    listed = []
    for r in rows(paths):
        if r.get("history"):
            continue
        q = r["question"]
        a = r["answer"]
        declined = not a["answerable"]
        if YES_NO.match(q) and EMBEDDED.search(q[3:]):
            key = ("yn+wh", r["answerable"], declined)
            table[key] += 1
            if show and r["answerable"] and declined:
                listed.append(("FALSE-DECL", r["id"], q, a.get("note")))
            if show and not r["answerable"] and not declined:
                listed.append(("UNANS-ANSWERED", r["id"], q, a.get("note")))
        if re.match(r"^(and )?when\b", q, re.I):
            table[("when", r["answerable"], declined)] += 1
    for k in sorted(table):
        print(k, table[k])
    for item in listed:
        print(*item, sep=" | ")


if __name__ == "__main__":
    main()
