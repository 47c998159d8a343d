"""Replay the "not in these transcripts" decision over the evidence a run of bench/eval_sets.py recorded, under a
grid of DeclineRule thresholds, and print decline recall against false declines on the development sets.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/eval_sets.py --split dev --out bench/out/eval-sets-dev
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_decline.py bench/out/eval-sets-dev \
        --ask bench/questions/mention-dev.jsonl --ask bench/questions/decline-dev.jsonl \
        [--grid '{"min_similarity": [0.25, 0.3]}'] [--new 'dev-(un|dec)-11[0-9][0-9]']

Every question's answer carries its Evidence (`answer.evidence`), and `qa.answerable.decide` reads nothing else, so
a replay gives exactly the decisions a run with those thresholds would give. Unanswerable questions: all those of
unanswerable-dev, the seed's and conversations-dev's (nonsense, unanswerable follow-ups); answerable: the rest.
False declines are given over all answerable dev questions and over real-dev's alone (the "mixed" row of
eval_sets). `--ask FILE` also asks a file's questions (answerability only, no gold quotes needed: the mixed
"did X mention Y" / "what did X say about Y" questions of mention-dev.jsonl; decline-dev.jsonl's mixed ones) over
the shared transcripts' index that eval_sets built. Development data only: run it on a --split test output and it refuses.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import DeclineRule, decide  # noqa: E402
from qa.types import Evidence  # noqa: E402

RUNS = ("dev-seed", "dev-real+unanswerable", "dev-conversations")


def load(folder: Path) -> list[dict]:
    """Every dev question's record (its gold answerability, id, set and recorded evidence)."""
    if not (folder / RUNS[0]).exists():
        sys.exit(f"{folder} holds no dev run of bench/eval_sets.py (held-out runs are not for tuning)")
    records = []
    for run in RUNS:
        for line in (folder / run / "results.jsonl").read_text().splitlines():
            r = json.loads(line)
            records.append(dict(run=run, id=r["id"], question=r["question"], answerable=r["answerable"],
                                evidence=evidence_of(r["answer"]["evidence"])))
    return records


def ask(path: Path, index: Path = REPO / "bench" / "out" / "index-shared") -> list[dict]:
    """The records of `path`'s questions, asked over `index` (bench/eval_sets.py's shared index) after their `history`
    (none for most: asked alone)."""
    from qa.api import TranscriptQA
    from qa.config import Settings

    if "test" in path.name:
        sys.exit(f"{path} is a held-out file: not for tuning")
    tqa = TranscriptQA(Settings(index_dir=index))
    records = []
    for line in path.read_text().splitlines():
        q = json.loads(line)
        answer = tqa.ask(q["question"], history=q.get("history") or (), k=10)
        records.append(dict(run=path.stem, id=q["id"], question=q["question"], answerable=q["answerable"],
                            evidence=answer.evidence))
    return records


def evidence_of(fields: dict) -> Evidence:
    known = {f.name for f in dataclasses.fields(Evidence)}
    return Evidence(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items() if k in known})


def replay(records: list[dict], rule: DeclineRule) -> dict:
    """Recall of declines, false declines (all answerable; real-dev alone) and the questions each way."""
    declined = [not decide(r["evidence"], rule).answerable for r in records]
    pos = [(r, d) for r, d in zip(records, declined) if not r["answerable"]]
    neg = [(r, d) for r, d in zip(records, declined) if r["answerable"]]
    real = [(r, d) for r, d in neg if r["run"] == "dev-real+unanswerable"]
    asked = [(r, d) for r, d in zip(records, declined) if r["run"] not in RUNS]
    return dict(asked_recall=_share([d for r, d in asked if not r["answerable"]]),
                asked_false=_share([d for r, d in asked if r["answerable"]]),recall=sum(d for _, d in pos) / len(pos), false=sum(d for _, d in neg) / len(neg),
                false_real=sum(d for _, d in real) / len(real),
                missed=[r["id"] for r, d in pos if not d], false_ids=[r["id"] for r, d in neg if d],
                n=(len(pos), len(neg), len(real)))


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the --out folder of a `bench/eval_sets.py --split dev` run")
    parser.add_argument("--ask", type=Path, action="append", default=[], help="also ask this file's questions")
    parser.add_argument("--grid", default="{}", help="JSON: DeclineRule field -> values to try (others: defaults)")
    parser.add_argument("--verbose", action="store_true", help="also list the best rule's missed questions")
    parser.add_argument("--max-false", type=float, default=0.05, help="most false declines kept (both shares)")
    parser.add_argument("--new", default=None, help="regular expression of the ids of questions written to check a "
                        "rule, not to choose it: left out of the grid, and reported apart under each row")
    args = parser.parse_args(argv)
    records = load(args.folder) + [r for path in args.ask for r in ask(path)]
    new = [r for r in records if args.new and re.fullmatch(args.new, r["id"])]
    records = [r for r in records if not (args.new and re.fullmatch(args.new, r["id"]))]
    grid = json.loads(args.grid)
    rows = []
    for values in itertools.product(*grid.values()):
        rule = dataclasses.replace(DeclineRule(), **dict(zip(grid, values)))
        rows.append((replay(records, rule), dict(zip(grid, values))))
    base = replay(records, DeclineRule())
    print(f"defaults: recall {base['recall']:.3f} false {base['false']:.3f} (real-dev {base['false_real']:.3f}) "
          f"n unanswerable/answerable/real-dev answerable {base['n']}; false: {base['false_ids']}; "
          f"asked files alone: recall {base['asked_recall']} false {base['asked_false']}")
    kept = [r for r in rows if r[0]["false"] <= args.max_false and r[0]["false_real"] <= args.max_false]
    for result, values in sorted(kept, key=lambda r: (-r[0]["recall"], r[0]["false"]))[:20]:
        print(f"recall {result['recall']:.3f} false {result['false']:.3f} (real-dev {result['false_real']:.3f}) "
              f"{values} false: {result['false_ids']}; asked files: recall {result['asked_recall']} "
              f"false {result['asked_false']}")
        if new:
            rule = dataclasses.replace(DeclineRule(), **values)
            declined = {r["id"]: not decide(r["evidence"], rule).answerable for r in new}
            pos, neg = [r for r in new if not r["answerable"]], [r for r in new if r["answerable"]]
            print(f"    new: declined {sum(declined[r['id']] for r in pos)} of {len(pos)} unanswerable, "
                  f"{sum(declined[r['id']] for r in neg)} of {len(neg)} answerable "
                  f"{[r['id'] for r in neg if declined[r['id']]]}")
    if args.verbose:
        best = sorted(kept, key=lambda r: (-r[0]["recall"], r[0]["false"]))[0][0] if kept else base
        print("missed:", best["missed"])


if __name__ == "__main__":
    main()
