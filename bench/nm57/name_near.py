"""nm57: of the dev questions asked alone that ask for a name by their form (`asks_name`: "Which bank ...?", "What
are the names of ...?", "Who ...?"), answered: whether a sentence of the first three passages names something the
question does not (`names_said`, less the question's own words) with one of the question's own content words, or
within WINDOW sentences of one; answerable against unanswerable.

    .venv/bin/python bench/nm57/name_near.py [window=N] [list] [RUN_DIR ...]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import _kept_stems, asks_name, names_said, words  # noqa: E402
from qa.segment import split_sentences  # noqa: E402

RUNS = ["/work/main/bench/out/eval-dev-s44g/dev-real+unanswerable", "/work/main/bench/out/eval-dev-s44g/dev-seed"]
OPTS = dict(a.split("=") for a in sys.argv[1:] if "=" in a)
WINDOW = int(OPTS.get("window", 0))
FRAME = _kept_stems("what which who name names called title")


def named_near(question: str, texts: list[str]) -> bool:
    own = _kept_stems(question) - FRAME
    asked = {w.lower() for w in words(question)}
    for text in texts:
        sents = [text[a:b] for a, b in split_sentences(text)]
        capitalised = any(w[:1].isupper() for s in sents for w in s.split()[1:])
        if not capitalised:
            return True  # captions in lower case: no name can be read
        for i, s in enumerate(sents):
            new = [n for n in names_said(s) if n.lower().rstrip("’'s") not in asked and n.lower() not in asked]
            if not new:
                continue
            near = " ".join(sents[max(0, i - WINDOW):i + WINDOW + 1])
            if not own or _kept_stems(near) & own:
                return True
    return False


def main() -> None:
    counts: Counter = Counter()
    for run in [a for a in sys.argv[1:] if "=" not in a and a != "list"] or RUNS:
        for line in open(Path(run) / "results.jsonl"):
            r = json.loads(line)
            a = r["answer"]
            kind = asks_name(r["question"])
            if r.get("history") or kind is None:
                continue
            opening = "who" if re.match(r"\W*who", r["question"], re.I) else "other"
            if not a["answerable"]:
                counts[(opening, r["answerable"], "declined")] += 1
                continue
            near = named_near(r["question"], [c["text"] for c in a["citations"][:3]])
            counts[(opening, r["answerable"], near)] += 1
            if not near and (not r["answerable"] or "list" in sys.argv):
                print("ans" if r["answerable"] else "UN ", r["id"], r["question"][:110], "| cos %.2f" %
                      ((a.get("evidence") or {}).get("cosine") or 0))
    for k, n in sorted(counts.items(), key=str):
        print(k, n)


if __name__ == "__main__":
    main()
