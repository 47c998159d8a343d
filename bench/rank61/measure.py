"""rank61, step 1: dev Hit@1 misses whose gold is at 2-5, classed by what the first citation has instead; and, per
class, the Hit@1 rows where the same form holds between [1] and a later citation (a rule of that form's risk).

    python bench/rank61/measure.py /work/main/bench/out/eval-dev-s46f [--list CLASS]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

NEAR = 1  # paragraphs apart counted as a neighbouring turn


def overlaps(c, spans):
    return any(c["start_char"] < e and c["end_char"] > s for s, e in spans)


def klass(first, other, transcript):
    """The class of the pair ([1], a later citation `other`), read from [1]'s place beside `other`."""
    if first["transcript"] != other["transcript"]:
        return "another transcript"
    if first.get("role") == "question" and other.get("role") != "question":
        return "host's question"
    if abs((first.get("paragraph") or 0) - (other.get("paragraph") or 0)) <= NEAR:
        return "neighbouring turn"
    if first.get("speaker") == other.get("speaker"):
        return "same speaker other turn"
    return "other speaker far"


def main(run: str, listing: str | None) -> None:
    gains: Counter = Counter()
    risks: Counter = Counter()
    for part in ("dev-seed", "dev-real+unanswerable"):
        tag = "seed" if part == "dev-seed" else "real"
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            if not r["answerable"] or not r["gold"] or r["history"]:
                continue
            cites = r["answer"]["citations"][:5]
            rank = r["first_relevant_rank"]
            if not cites or not rank:
                continue
            if rank == 1:
                # risk: a later citation not on the gold stands to [1] as a miss's [1] stands to its gold
                seen = set()
                for c in cites[1:]:
                    if overlaps(c, r["gold"]):
                        continue
                    k = klass(c, cites[0], r["transcript"])
                    if k not in seen:
                        seen.add(k)
                        risks[(tag, k)] += 1
            elif rank <= 5:
                k = klass(cites[0], cites[rank - 1], r["transcript"])
                gains[(tag, k)] += 1
                if listing and listing in k:
                    print(tag, r["id"], rank, r["question"], "|", cites[0]["speaker"], cites[0].get("role"),
                          cites[0]["paragraph"], "->", cites[rank - 1]["speaker"], cites[rank - 1].get("role"),
                          cites[rank - 1]["paragraph"])
    for key in sorted(set(gains) | set(risks)):
        print(*key, "misses at 2-5:", gains[key], "Hit@1 rows with the form (risk):", risks[key], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None)
