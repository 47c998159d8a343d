"""rank45's probes over a run's per-question results (bench/eval_sets.py --out RUN: RUN/dev-real+unanswerable/
results.jsonl), reading the citations as ranked (docs/retrieval.md, "rank45"):

    python bench/rank45_probe.py classes RESULTS   # answered questions with gold at rank 2-10, by how [1] relates to gold
    python bench/rank45_probe.py adjacent RESULTS  # [1] and gold adjacent pieces of one speaker's talk; hits alike
    python bench/rank45_probe.py simulate RESULTS  # three reorderings of the cited list, gains and losses at Hit@1

`simulate` reorders the citations as a rule would and counts first citations moved onto gold (+) and off it (-):
`lone`: [1] of a recording none of the next N share while those N share one (N = 2, 3, 4); `asks`: [1]'s highlight
a question ("?"), the first citation whose highlight is not first; `unnamed`: the question speaks of an unnamed
presenter (qa.rerank.asks_unnamed_presenter) and [1] has a speaker label, the first of the first five without one
first. It reads the files only; it asks nothing.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.rerank import asks_unnamed_presenter  # noqa: E402


def _answered(path):
    for line in open(path, encoding="utf-8"):
        x = json.loads(line)
        if x["answerable"] and x["answer"]["answerable"] and x["answer"]["citations"]:
            yield x


def _gold(c, x):
    return any(c["start_char"] < e and s < c["end_char"] for s, e in x["gold"])


def _adjacent(a, b):
    return (a["transcript"] == b["transcript"] and a["speaker"] == b["speaker"]
            and (abs(a["end_char"] - b["start_char"]) < 60 or abs(b["end_char"] - a["start_char"]) < 60
                 or (a["start_char"] < b["end_char"] and b["start_char"] < a["end_char"])))


def classes(path):
    counts = collections.Counter()
    for x in _answered(path):
        r = x["first_relevant_rank"]
        if not r or not 2 <= r <= 10:
            continue
        cs = x["answer"]["citations"]
        first, gold = cs[0], cs[r - 1]
        if first["transcript"] != gold["transcript"]:
            kind = "[1] of another recording"
        elif first["speaker"] != gold["speaker"]:
            kind = "[1] another speaker's, " + ("adjacent" if _adjacent(first, gold) else "apart")
        else:
            kind = "[1] the same speaker's, " + ("adjacent" if _adjacent(first, gold) else "apart")
        counts[kind] += 1
    for kind, n in counts.most_common():
        print(f"{n:5d}  {kind}")


def adjacent(path):
    counts = collections.Counter()
    for x in _answered(path):
        r, cs = x["first_relevant_rank"], x["answer"]["citations"]
        if r == 1 and len(cs) > 1:
            counts["hit: [2] adjacent to [1]" if _adjacent(cs[0], cs[1]) else "hit: [2] not adjacent"] += 1
        elif r and 2 <= r <= 10:
            counts["miss: gold adjacent to [1]" if _adjacent(cs[0], cs[r - 1]) else "miss: gold not adjacent"] += 1
    for kind, n in sorted(counts.items()):
        print(f"{n:5d}  {kind}")


def _count(moves):
    gain = [i for i, before, after in moves if after and not before]
    loss = [i for i, before, after in moves if before and not after]
    return f"fired {len(moves)}, +{len(gain)} -{len(loss)}  + {gain[:6]}  - {loss[:6]}"


def simulate(path):
    rows = list(_answered(path))
    for n in (2, 3, 4):
        moves = []
        for x in rows:
            cs = x["answer"]["citations"]
            if len(cs) > n and cs[0]["transcript"] != cs[1]["transcript"] and \
                    len({c["transcript"] for c in cs[1:n + 1]}) == 1:
                moves.append((x["id"], _gold(cs[0], x), _gold(cs[1], x)))
        print(f"lone {n}: {_count(moves)}")
    moves = []
    for x in rows:
        cs = x["answer"]["citations"]
        if (cs[0].get("highlight") or "").rstrip().endswith("?"):
            j = next((i for i, c in enumerate(cs) if not (c.get("highlight") or "").rstrip().endswith("?")), None)
            if j is not None:
                moves.append((x["id"], _gold(cs[0], x), _gold(cs[j], x)))
    print(f"asks: {_count(moves)}")
    moves = []
    for x in rows:
        cs = x["answer"]["citations"]
        if asks_unnamed_presenter(x["question"]) and cs[0]["speaker"].strip():
            j = next((i for i, c in enumerate(cs[:5]) if not c["speaker"].strip()), None)
            if j is not None:
                moves.append((x["id"], _gold(cs[0], x), _gold(cs[j], x)))
    print(f"unnamed: {_count(moves)}")


if __name__ == "__main__":
    {"classes": classes, "adjacent": adjacent, "simulate": simulate}[sys.argv[1]](sys.argv[2])
