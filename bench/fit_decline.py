"""A calibrated score (docs/retrieval.md, "Not in these transcripts", "A calibrated score"): logistic models
over the features of qa.calibrated (the evidence the pipeline gathers, qa.types.Evidence, and the first
citations), fitted on dev and judged by cross-validation; the hedge's constants of qa.calibrated reproduced.

    # the answers of a full dev run hold the evidence of real-dev, unanswerable-dev and the seed set; ask the rest
    # (decline-dev, mention-dev) over a copy of the shared index, and run `tqa eval` on the questions kept apart:
    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/fit_decline.py collect /tmp/my-index out/cal-extra.jsonl
    .venv/bin/python bench/fit_decline.py fit bench/out/eval-dev-s26g out/eval-new/results.jsonl \\
        out/cal-extra.jsonl --new 'dev-un-22[0-3]\\d|dev-cal29-\\d+'

`fit` prints 2-fold (an md5 of the id) and leave-one-transcript-out figures for three uses of an answerability
score (decline answered questions that score low; answer declined ones that score high; both), each cut chosen on
the fitting fold for a budget of wrong acts and reported on the other; then the hedge ("Uncertain: ...") placed by
a score of being right against today's; the constants qa.calibrated should hold; and the questions kept apart
(`--new`, never fitted on). Of several saved answers to one id the first read is kept. It reads dev files only.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

QUESTIONS = REPO / "bench" / "questions"


def collect(index: Path, out: Path, files: list[str], also: str | None) -> None:
    """Ask every question of `files` (and those of real-dev / unanswerable-dev whose id matches `also`) and save
    each answer with its evidence."""
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=index))
    todo = [(name, q) for name in files
            for q in map(json.loads, (QUESTIONS / f"{name}.jsonl").read_text().splitlines())]
    if also:
        todo += [(name, q) for name in ("real-dev", "unanswerable-dev")
                 for q in map(json.loads, (QUESTIONS / f"{name}.jsonl").read_text().splitlines())
                 if re.fullmatch(also, q["id"])]
    with out.open("w") as sink:
        for name, q in todo:
            answer = tqa.ask(q["question"], history=q.get("history") or (), k=10)
            sink.write(json.dumps(dict(id=q["id"], file=name, answerable=q.get("answerable", True),
                                       transcript=q.get("transcript"), question=q["question"],
                                       history=q.get("history") or [], answer=dataclasses.asdict(answer))) + "\n")



def features(answer: dict) -> list[float]:
    """qa.calibrated's features of a saved answer (its JSON form); a declined one cites nothing."""
    from qa.calibrated import features as of
    from qa.types import answer_from_json

    read = answer_from_json(answer)
    return of(read.evidence, read.note, read.citations)


def load(run: Path, extra: list[Path]) -> list[dict]:
    """One row per dev question: id, set, gold answerability, group (the transcript it names, else the first
    cited, else '-'; the seed set's own group), the rule's verdict, today's hedge, hit@1 where it has gold and was
    answered, features."""
    rows = []
    sources = [(name, run / name / "results.jsonl") for name in ("dev-real+unanswerable", "dev-seed")]
    sources += [("extra", path) for path in extra]
    seen = set()
    for name, path in sources:
        for record in map(json.loads, path.read_text().splitlines()):
            if record["id"] in seen:
                continue
            seen.add(record["id"])
            answer = record["answer"]
            cites = answer.get("citations") or ()
            group = "seed" if name == "dev-seed" else (record.get("transcript") or (cites[0]["transcript"] if cites
                                                                                     else "-"))
            hit = (record.get("metrics") or {}).get("hit@1")
            declined = not answer["answerable"]
            if answer.get("evidence") is None:  # cited without a verdict read (an order asked, a time): no score
                continue
            rows.append(dict(id=record["id"], gold=bool(record["answerable"]), group=group, declined=declined,
                             alone=not answer.get("history_used"),
                             hedged=(answer.get("note") or "").startswith("Uncertain"),
                             # right: answered, and its first citation holds gold (hit@1); wrong: hit@1 missed,
                             # or an unanswerable question answered; None: declined, or answerable without gold
                             hit=(None if declined else False if not record["answerable"] else None
                                  if hit is None or not record.get("gold") else bool(hit)),
                             x=features(answer),
                             question=record["question"]))
    return rows


def fold_of(qid: str) -> int:
    return hashlib.md5(qid.encode()).digest()[0] % 2


def model(rows: list[dict], target: str = "gold", c: float = 1.0):
    """A logistic model of `target` over the rows' features: its weights on the raw features, and its bias."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([r["x"] for r in rows])
    y = np.array([bool(r[target]) for r in rows])
    mean, scale = x.mean(0), x.std(0) + 1e-9
    fitted = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    weights = fitted.coef_[0] / scale
    return weights, float(fitted.intercept_[0] - (weights * mean).sum())


def score(weights, bias, x) -> float:
    import numpy as np
    return float(1 / (1 + np.exp(-(np.dot(weights, x) + bias))))


def threshold(scores: list[float], budget: int, low: bool) -> float:
    """The cut that lets `budget` of the wrong side's `scores` through (those it would wrongly act on)."""
    ordered = sorted(scores, reverse=not low)
    if budget >= len(ordered):
        return 1.0 if low else 0.0
    return ordered[budget]


def tally(rows, verdicts) -> tuple[int, int, int, int]:
    caught = sum(v and not r["gold"] for r, v in zip(rows, verdicts))
    false = sum(v and r["gold"] for r, v in zip(rows, verdicts))
    return caught, sum(not r["gold"] for r in rows), false, sum(r["gold"] for r in rows)


def judged(train: list[dict], test: list[dict], use: str, budget: float) -> list[bool]:
    """The test fold's verdicts with the score used as `use` says, its models and cuts fitted on `train`:
    'decline' declines answered questions scoring below the cut that, on `train`, declines `budget` (a share of
    its answerable questions) answerable ones; 'rescue' answers declined questions scoring above the cut that,
    on `train`, answers that share of its unanswerable ones; 'both' does both."""
    verdicts = [r["declined"] for r in test]
    answerable = sum(r["gold"] for r in train)
    unanswerable = len(train) - answerable
    if use in ("decline", "both"):
        part = [r for r in train if not r["declined"]]
        weights, bias = model(part)
        cut = threshold([score(weights, bias, r["x"]) for r in part if r["gold"]], int(budget * answerable), True)
        verdicts = [v or (not r["declined"] and score(weights, bias, r["x"]) < cut) for r, v in zip(test, verdicts)]
    if use in ("rescue", "both"):
        part = [r for r in train if r["declined"]]
        weights, bias = model(part)
        cut = threshold([score(weights, bias, r["x"]) for r in part if not r["gold"]], int(budget * unanswerable),
                        False)
        verdicts = [v and not (r["declined"] and score(weights, bias, r["x"]) > cut) for r, v in zip(test, verdicts)]
    return verdicts


def hedge(rows: list[dict], fresh: list[dict]) -> None:
    """Among answered questions asked alone (no history used; right: hit@1; wrong: hit@1 missed, or unanswerable), does "Uncertain: ..." placed
    where the score of being right (a model of `hit`) is below a cut find the wrong answers better than today's?
    Cross-validated (2-fold, by transcript) at three cuts, then the constants of qa.calibrated, fitted on every
    graded dev row, and the new rows."""
    from qa import calibrated

    graded = [r for r in rows if r["hit"] is not None and r["alone"]]  # qa.calibrated.hedged: asked alone only
    print(f"hedge over {len(graded)} answered, {sum(not r['hit'] for r in graded)} wrong; today's hedge "
          f"{sum(r['hedged'] for r in graded)}, wrong {sum(r['hedged'] and not r['hit'] for r in graded)}")
    groups = sorted({r["group"] for r in graded})
    splits = {"2-fold": [[r for r in graded if fold_of(r["id"]) == k] for k in (0, 1)],
              "by transcript": [[r for r in graded if r["group"] == g] for g in groups]}
    for name, folds in splits.items():
        for cut in (0.3, 0.4, 0.5):
            flagged = wrong = hedged = hedged_wrong = 0
            parts = []
            for k, test in enumerate(folds):
                weights, bias = model([r for j, f in enumerate(folds) if j != k for r in f], "hit")
                low = [r for r in test if score(weights, bias, r["x"]) < cut]
                today = [r for r in test if r["hedged"]]
                counts = (len(low), sum(not r["hit"] for r in low), len(today), sum(not r["hit"] for r in today))
                flagged, wrong, hedged, hedged_wrong = (flagged + counts[0], wrong + counts[1], hedged + counts[2],
                                                        hedged_wrong + counts[3])
                label = f"fold {k}" if name == "2-fold" else test[0]["group"][:12]
                parts.append(f"{label} {counts[1]}/{counts[0]} vs {counts[3]}/{counts[2]}")
            print(f"{name:13s} below {cut}: wrong {wrong} of {flagged} flagged ({wrong / max(1, flagged):.2f}); "
                  f"today's {hedged_wrong} of {hedged} ({hedged_wrong / max(1, hedged):.2f})  ({', '.join(parts)})")
    weights, bias = model(graded, "hit")
    fitted = tuple(round(float(w), 4) for w in weights), round(bias, 4)
    print(f"WEIGHTS = {fitted[0]}\nBIAS = {fitted[1]}")
    print("qa.calibrated holds these" if fitted == (tuple(calibrated.WEIGHTS), calibrated.BIAS)
          else "qa.calibrated holds OTHER constants: paste the two lines above")
    graded_new = [r for r in fresh if r["hit"] is not None and r["alone"]]
    low = [r for r in graded_new if calibrated.BIAS + sum(w * x for w, x in zip(calibrated.WEIGHTS, r["x"]))
           < math.log(calibrated.UNCERTAIN_BELOW / (1 - calibrated.UNCERTAIN_BELOW))]
    print(f"new rows: {len(graded_new)} answered, {sum(not r['hit'] for r in graded_new)} wrong; below "
          f"{calibrated.UNCERTAIN_BELOW}: {len(low)}, wrong {sum(not r['hit'] for r in low)}; today's hedge "
          f"{sum(r['hedged'] for r in graded_new)}, wrong {sum(r['hedged'] and not r['hit'] for r in graded_new)}; "
          f"flagged: {' '.join(r['id'] for r in low)}")


def fit(run: Path, extra: list[Path], new: str | None, budgets: list[float]) -> None:
    from qa.calibrated import FEATURES

    rows = load(run, extra)
    fresh = [r for r in rows if new and re.fullmatch(new, r["id"])]
    rows = [r for r in rows if not (new and re.fullmatch(new, r["id"]))]
    print(f"{len(rows)} dev rows fitted ({sum(r['gold'] for r in rows)} answerable), {len(fresh)} new rows apart")
    groups = sorted({r["group"] for r in rows})
    splits = {"2-fold": [[r for r in rows if fold_of(r["id"]) == k] for k in (0, 1)],
              "by transcript": [[r for r in rows if r["group"] == g] for g in groups]}
    for name, folds in splits.items():
        for budget in budgets:
            for use in ("decline", "rescue", "both"):
                sums, gaining, losing = [0, 0], 0, 0
                parts = []
                for k, test in enumerate(folds):
                    train = [r for j, f in enumerate(folds) if j != k for r in f]
                    before = tally(test, [r["declined"] for r in test])
                    after = tally(test, judged(train, test, use, budget))
                    d_recall, d_false = after[0] - before[0], after[2] - before[2]
                    sums = [sums[0] + d_recall, sums[1] + d_false]
                    gaining += (d_recall >= 0 and d_false <= 0) and (d_recall > 0 or d_false < 0)
                    losing += d_recall < 0 or d_false > 0
                    label = f"fold {k}" if name == "2-fold" else test[0]["group"][:12]
                    parts.append(f"{label} {d_recall:+d}/{d_false:+d}")
                print(f"{name:13s} budget {budget:g} {use:7s}: recall {sums[0]:+d}, false declines {sums[1]:+d}; "
                      f"folds gaining {gaining}, losing {losing} of {len(folds)}  ({', '.join(parts)})")
    for label, part in (("answered", [r for r in rows if not r["declined"]]),
                        ("declined", [r for r in rows if r["declined"]])):
        weights, bias = model(part)
        print(f"weights of the {label} model (answerability), fitted on all its dev rows: "
              + ", ".join(f"{n} {w:+.3f}" for n, w in zip(FEATURES, weights)) + f", bias {bias:+.3f}")
    hedge(rows, fresh)
    if fresh:
        for budget in budgets:
            for use in ("decline", "rescue", "both"):
                verdicts = judged(rows, fresh, use, budget)
                before, after = tally(fresh, [r["declined"] for r in fresh]), tally(fresh, verdicts)
                print(f"new, budget {budget:g} {use:7s}: recall {before[0]}/{before[1]} -> {after[0]}, false declines "
                      f"{before[2]}/{before[3]} -> {after[2]}; changed "
                      + " ".join(r["id"] for r, v in zip(fresh, verdicts) if v != r["declined"]))

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    asking = sub.add_parser("collect", help="ask questions and save their answers and evidence")
    asking.add_argument("index", type=Path)
    asking.add_argument("out", type=Path)
    asking.add_argument("--files", nargs="*", default=["decline-dev", "mention-dev"])
    asking.add_argument("--also", default=None)
    fitting = sub.add_parser("fit", help="cross-validate and fit the score")
    fitting.add_argument("run", type=Path, help="a full dev run of bench/eval_sets.py (its answers and evidence)")
    fitting.add_argument("extra", type=Path, nargs="*", help="answers saved by collect, or results.jsonl of `tqa eval`")
    fitting.add_argument("--new", default=None, help="ids kept apart, never fitted on (a regular expression)")
    fitting.add_argument("--budget", type=float, nargs="*", default=[0.0, 0.0025, 0.005, 0.01])
    args = parser.parse_args(argv)
    if args.command == "collect":
        collect(args.index, args.out, args.files, args.also)
    else:
        fit(args.run, args.extra, args.new, args.budget)


if __name__ == "__main__":
    main()
