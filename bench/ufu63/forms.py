"""ufu63: how many dev questions have each form this work reads (by file, category and whether answerable), and
with -v the rows: a why-question with history (`why-follow-up`), a request in the imperative ("tell me / give me /
list ...": `imperative`), a lead before the question proper ("about that bonus, when ...", "he said 10, by what
date ...": `lead-clause`). Usage (from a tree's root): forms.py [-v FORM]"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, ".")
from qa.cite import asked_kind  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl", "bench/questions/real-dev.jsonl",
         "bench/questions/unanswerable-dev.jsonl", "qa/data/seed_questions.jsonl", "bench/questions/decline-dev.jsonl")
IMPERATIVE = re.compile(r"^\W*(?:(?:and|so|ok|okay|now|then|also|pls|please)\W+)*(?:can\s+you\s+|could\s+you\s+)?"
                        r"(?:tell|give|show|list|name|explain|describe)\b", re.IGNORECASE)
LEAD = re.compile(r"^(?!\W*(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|will|can|"
                  r"could|would|has|have|had)\b)[^?]{6,}?,\s*(?:(?:and|so|but|then)\s+)?(?:what|which|who|whom|whose|"
                  r"when|where|why|how|did|does|do|is|are|was|were|will|can|could|would|has|have|had)\b",
                  re.IGNORECASE)


def forms(row):
    q, history = row["question"], row.get("history") or []
    found = []
    if history and asked_kind(q) == "reason":
        found.append("why-follow-up")
    if IMPERATIVE.search(q):
        found.append("imperative")
    if LEAD.search(q):
        found.append("lead-clause")
    return found


def main():
    verbose = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "-v" else None
    counts = Counter()
    for name in FILES:
        if not Path(name).exists():
            continue
        for line in open(name, encoding="utf-8"):
            row = json.loads(line)
            for form in forms(row):
                counts[(form, Path(name).stem, row.get("category"), row.get("answerable", True))] += 1
                if form == verbose:
                    print(row["id"], row.get("category"), row.get("history"), "||", row["question"])
    for key, n in sorted(counts.items(), key=str):
        print(*key, n, sep="\t")


if __name__ == "__main__":
    main()
