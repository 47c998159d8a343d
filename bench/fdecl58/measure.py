"""fdecl58's measure: the rows of an evaluation run declined by the source-silent ("... does not speak of this") or
own-topic ("... but never of ...") rule, answerable and not, by how many of the eight shared transcripts hold the
least common word the named source never says (Snowball stems of the raw texts; `source_unsaid`, `own_topic_unsaid`).

    .venv/bin/python bench/fdecl58/measure.py /work/main/bench/out/eval-dev-s44g/dev-real+unanswerable/results.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import Stemmer

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "transcripts"


def main(path: str) -> None:
    stem = Stemmer.Stemmer("english").stemWord
    held = [{stem(w) for w in re.findall(r"[a-z]+", p.read_text().lower())}
            for p in sorted(SHARED.iterdir()) if p.name != "PROVENANCE.md"]

    def holding(word: str) -> int:
        return sum(stem(word.lower()) in h for h in held)
    for rule, mark, key in (("source-silent", "not speak of this", "source_unsaid"),
                            ("own-topic", "but never of", "own_topic_unsaid")):
        least = {True: Counter(), False: Counter()}
        for line in open(path):
            row = json.loads(line)
            answer = row["answer"]
            if answer["answerable"] or mark not in (answer.get("note") or ""):
                continue
            unsaid = answer["evidence"].get(key) or []
            n = min(map(holding, unsaid)) if unsaid else -1
            least[row["answerable"]][n] += 1
            if n >= 4:
                print(f"  {rule} {row['id']} answerable={row['answerable']} {unsaid}: {row['question']}")
        for answerable in (True, False):
            print(rule, "answerable" if answerable else "unanswerable", sorted(least[answerable].items()))


if __name__ == "__main__":
    main(sys.argv[1])
