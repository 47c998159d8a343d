"""rank43 (docs/retrieval.md, "rank43"): the dev questions whose gold ranks 2nd or 3rd, by class; the questions a figure
weight can move; and two runs of them compared.

    .venv/bin/python bench/rank43_probe.py classes bench/out/eval-dev-base35/dev-real+unanswerable/results.jsonl
    .venv/bin/python bench/rank43_probe.py subset OUT_FOLDER   # q-real.jsonl, q-un.jsonl, q-seed.jsonl, q-f4*.jsonl
    .venv/bin/python bench/rank43_probe.py compare RUN_A RUN_B  # two `tqa eval` output folders of the same file

`subset` writes every development question without history that asks a count or an amount (`answer_type`) or a
number in other words (qa.cite's `asks_quantity`): the only questions `qa.rerank.figure_weight` gives a weight, so
a run of them with FIGURE_WEIGHT or COUNT_WEIGHT set (`bench.set_constant` before `tqa eval ... --index` over a copy
of idx-s20's indexes) shows every first citation the constants move (rank43's own batches, `kind` rank43, left out:
they are run apart). Reads development files only.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import answer_type  # noqa: E402
from qa.rerank import content_stems, holds_figure, word_shares  # noqa: E402

SETS = {"real": "bench/questions/real-dev.jsonl", "un": "bench/questions/unanswerable-dev.jsonl",
        "seed": "qa/data/seed_questions.jsonl", "f4real": "bench/questions/real-fresh4.jsonl",
        "f4un": "bench/questions/unanswerable-fresh4.jsonl", "f4seed": "qa/data/seed_questions_fresh4.jsonl"}
_YES_NO = re.compile(r"^\s*(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|must|might|may)\b",
                     re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|none|nobody|neither|nor)\b|n[’']t\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,.]*")


def weighed(question: str) -> bool:
    """Whether `qa.rerank.figure_weight` may weigh `question`: a count or an amount asked, or a number otherwise."""
    from qa.cite import asks_quantity
    typed = answer_type(question)
    return typed.kind in ("count", "amount") if typed is not None else asks_quantity(question)


def subset(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, path in SETS.items():
        rows = [json.loads(line) for line in (REPO / path).read_text(encoding="utf-8").splitlines() if line.strip()]
        kept = [r for r in rows if not r.get("history") and r.get("kind") != "rank43" and weighed(r["question"])]
        (out / f"q-{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept),
                                             encoding="utf-8")
        print(name, len(kept))


def kind_of_miss(x: dict) -> str:
    """The class of a question whose gold ranks 2nd or 3rd: [1] of another recording; a yes/no question whose gold
    says no and [1]'s highlight does not; gold gives a figure and [1]'s highlight none; both give one (the same
    digits: a copy of the statement; else a figure of another thing); [1]'s highlight holds more of the question's
    content words than the gold quote (it restates the question); else gold holds as many or more."""
    cs = x["answer"]["citations"]
    first, gold = cs[0], cs[x["first_relevant_rank"] - 1]
    quoted = " ".join(x["gold_quotes"])
    if first["transcript"] != gold["transcript"]:
        return "[1] another recording"
    if _YES_NO.search(x["question"]):
        return ("yes/no: gold says no, [1] does not" if _NEGATION.search(quoted)
                and not _NEGATION.search(first["highlight"]) else "yes/no: other")
    if holds_figure(quoted) and not holds_figure(first["highlight"]):
        return "gold gives a figure, [1]'s highlight none"
    if holds_figure(quoted):
        same = set(_DIGITS.findall(quoted)) & set(_DIGITS.findall(first["highlight"]))
        return "both give a figure: the same (a copy)" if same else "both give a figure: another thing's"
    stems = content_stems(x["question"])
    more = word_shares(stems, [first["highlight"]])[0] > word_shares(stems, [quoted])[0]
    return "[1] holds more of the question's words" if more else "gold holds as many or more of its words"


def classes(results: Path) -> None:
    rows = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()]
    missed = [x for x in rows if x["answerable"] and not x["history"] and x["first_relevant_rank"] in (2, 3)]
    for category in ("number", "factoid", None):
        counts = collections.Counter(kind_of_miss(x) for x in missed if category in (None, x["category"]))
        print(f"== {category or 'all'} ({sum(counts.values())})")
        for kind, n in counts.most_common():
            print(f"  {n:4d}  {kind}")


def compare(a: Path, b: Path) -> None:
    def load(folder: Path) -> dict:
        return {(r := json.loads(line))["id"]: r for line in (folder / "results.jsonl").read_text().splitlines()}
    before, after = load(a), load(b)
    sums = collections.Counter()
    for key, x in before.items():
        y = after[key]
        for tag, r in (("a", x), ("b", y)):
            rank, said = r["first_relevant_rank"], r["answer"]["answerable"]
            if r["answerable"]:
                sums[tag, "hit1"] += rank == 1
                sums[tag, "mrr"] += 1 / rank if rank and rank <= 10 else 0
                sums[tag, "declined"] += not said
            else:
                sums[tag, "un declined"] += not said
        if (x["answerable"] and (x["first_relevant_rank"] == 1) != (y["first_relevant_rank"] == 1)
                or x["answer"]["answerable"] != y["answer"]["answerable"]):
            print(f"  {key} {x['first_relevant_rank']} -> {y['first_relevant_rank']} answered "
                  f"{x['answer']['answerable']} -> {y['answer']['answerable']} | {x['question'][:90]}")
    measures = ("hit1", "mrr", "declined", "un declined")
    print(", ".join(f"{m} {sums['a', m]:.2f} -> {sums['b', m]:.2f}" for m in measures))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"classes": lambda: classes(Path(args[0])), "subset": lambda: subset(Path(args[0])),
     "compare": lambda: compare(Path(args[0]), Path(args[1]))}[command]()
