"""unans46, point 1 of its brief: the unanswerable dev and fresh4 questions a saved run answers, classed by the shape
of what is asked (the last turn, for a conversation) and by the writer's `category`.

    .venv/bin/python bench/unans46/classes.py bench/out/eval-dev-base38 bench/out/eval-fresh4-base38 [--show SHAPE]

Shapes, first match wins: term (what a term means, in any shape: "mean by", "define", "refer to", "what's that",
"what are the names"), did-say (a yes/no "did X mention / say / talk about Y"), stance (feel, think, view, position,
support, oppose), cause ("why", "how come", "what caused"), step ("how do/does/did", "steps"), figure ("how many /
much / long / old ...", or a figure noun: price, cost, rate, score, number, amount, ...), time ("when", "what year /
date"), which (who, whom, which, where), said-about ("what did X say about Y", "quote", "exact words"), other. A
prefix "follow-up:" marks a turn with history. Dev and fresh4 runs only (COMMON.md).
"""
from __future__ import annotations

import collections
import glob
import json
import re
import sys

SHAPES = [
    ("term", r"\b(mean by|meant by|meaning of|definition of|define|defines|defined|stand for|stands for|referring to|"
             r"refer to|what'?s an? |what is an? |what are |what's that|what is that)\b"),
    ("did-say", r"^\W*(did|does|has|have|was|were|is)\b.*\b(mention|say|said|bring up|brought up|talk|discuss|raise|"
                r"address|cover|refer|use the (phrase|word|term))"),
    ("stance", r"\b(feel|think|thinks|view|views|opinion|stance|position|attitude|take on|support|oppose|favou?r|"
               r"against|agree|criticis|believe)\b"),
    ("cause", r"^\W*(why|how come)\b|\bwhat (caused|causes|led to|was the reason|reason)\b"),
    ("step", r"^\W*how (do|does|did|to|can|should|would)\b|\bsteps?\b"),
    ("figure", r"\bhow (many|much|long|old|big|far|often|fast|hot|large|high)\b|\b(price|cost|salary|budget|percent|"
               r"percentage|rate|score|value|number|amount|figure|toll|size)\b"),
    ("time", r"^\W*(when)\b|\b(what|which) (year|date|day|month|time)\b|\bsince when\b"),
    ("which", r"^\W*(who|whom|which|where)\b"),
    ("said-about", r"\b(say|said|says|talk|mention|comment)\w*\b.*\babout\b|\bquote\b|\bexact words\b"),
]


def answered_unanswerable(runs):
    for run in runs:
        for path in sorted(glob.glob(run + "/*/results.jsonl")):
            for line in open(path, encoding="utf-8"):
                row = json.loads(line)
                if row.get("answerable") is False and row["answer"].get("answerable"):
                    yield row


def shape_of(row) -> str:
    asked = row["question"]
    for name, pattern in SHAPES:
        if re.search(pattern, asked, re.IGNORECASE):
            break
    else:
        name = "other"
    return ("follow-up:" if row.get("history") else "") + name


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("--show") + 1] if "--show" in args else None
    runs = [a for a in args if not a.startswith("--") and a != show]
    total = collections.Counter()
    for run in runs:
        for path in sorted(glob.glob(run + "/*/results.jsonl")):
            for line in open(path, encoding="utf-8"):
                total["unanswerable"] += json.loads(line).get("answerable") is False
    by_shape = collections.Counter()
    by_cat = collections.defaultdict(collections.Counter)
    for row in answered_unanswerable(runs):
        shape = shape_of(row)
        by_shape[shape] += 1
        by_cat[shape][row.get("category")] += 1
        if show and shape == show:
            print(row["id"], row.get("category"), "|", row["question"])
    print(f"unanswerable {total['unanswerable']}, answered {sum(by_shape.values())}")
    for shape, n in by_shape.most_common():
        print(f"{n:4} {shape:22} " + ", ".join(f"{c} {k}" for c, k in
                                              sorted(((k, c) for c, k in by_cat[shape].items()), reverse=True)[:5]))


if __name__ == "__main__":
    main()
