"""Held-out splits' figures summed over the splits, with 95% intervals, and two code versions compared question by
question with an exact sign test. Prints counts only: never a question, an answer or a quote, so that held-out runs
can be compared without being read.

    for s in test fresh fresh2 fresh3 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 \\
             fresh15 fresh16 fresh17 fresh18 fresh19 fresh20 fresh21 fresh22 fresh23 fresh24 \\
             fresh25 fresh26; do
        HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_sets.py --split $s --indexes bench/out/idx-s20 --out bench/out/eval-$s-X
    done
    .venv/bin/python bench/heldout_pooled.py X                 # one version, pooled
    .venv/bin/python bench/heldout_pooled.py BEFORE AFTER      # two versions: gains, losses, sign test

A tag X stands for the runs `bench/out/eval-SPLIT-X`. Each split's held-out questions are small (24-64 per figure),
so one question moves a split's figure by 2-4 points; pooled, the interval says what a change of a few questions is
worth.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

SPLITS = ("test", "fresh", "fresh2", "fresh3", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
          "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
          "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
          "fresh26")
SETS = ("real+unanswerable", "seed", "conversations")


def _records(path: Path) -> dict[str, dict]:
    with open(path / "results.jsonl", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def _declined(record: dict) -> bool:
    return not record["answer"]["answerable"]


def _figures(record: dict, kind: str) -> dict[str, bool]:
    """The record's yes/no outcomes that count towards each pooled figure (absent: not counted)."""
    out: dict[str, bool] = {}
    metrics = record["metrics"]
    category = record.get("category")
    prefix = {"real+unanswerable": "real", "seed": "seed", "conversations": "conv"}[kind]
    if record["answerable"]:
        if kind != "conversations" or category not in ("follow-up", "switch"):
            for metric in ("hit@1", "hit@3", "highlight@1"):
                if metrics.get(metric) is not None:
                    out[f"{prefix} {metric}"] = bool(metrics[metric])
        out[f"{prefix} false declines"] = _declined(record)
        if category == "follow-up" and metrics.get("hit@3") is not None:
            out["conv follow-up hit@3"] = bool(metrics["hit@3"])
        if category == "switch":
            out["conv switches as alone"] = bool(metrics.get("alone_identical"))
    else:
        name = {"nonsense": "conv nonsense declined",
                "unanswerable-follow-up": "conv unanswerable follow-ups declined"}.get(category, f"{prefix} decline recall")
        out[name] = _declined(record)
    return out


def outcomes(out_dir: Path, tag: str) -> tuple[dict[str, dict[str, bool]], list[str]]:
    """figure -> {split:id -> outcome}, and the splits found for the tag."""
    pooled: dict[str, dict[str, bool]] = {}
    found = []
    for split in SPLITS:
        run = out_dir / f"eval-{split}-{tag}"
        if not run.is_dir():
            continue
        found.append(split)
        for kind in SETS:
            if not (run / f"{split}-{kind}").is_dir():
                sys.exit(f"{run / f'{split}-{kind}'} is missing: rerun bench/eval_sets.py --split {split}")
            for qid, record in _records(run / f"{split}-{kind}").items():
                for figure, value in _figures(record, kind).items():
                    pooled.setdefault(figure, {})[f"{split}:{qid}"] = value
    return pooled, found


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion k/n."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def sign_test(gained: int, lost: int) -> float:
    """Two-sided exact p-value that gains and losses are equally likely (ties left out)."""
    n = gained + lost
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(0, min(gained, lost) + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tags", nargs="+", help="one tag (pooled figures) or two (before, after)")
    parser.add_argument("--out-dir", type=Path, default=Path("bench/out"), help="where the eval-SPLIT-TAG runs are")
    args = parser.parse_args(argv)
    if len(args.tags) > 2:
        sys.exit("give one tag, or two to compare")
    runs = [outcomes(args.out_dir, tag) for tag in args.tags]
    for (_, found), tag in zip(runs, args.tags):
        if not found:
            sys.exit(f"no bench/out/eval-SPLIT-{tag} run found for any of {', '.join(SPLITS)}")
    splits = sorted(set.intersection(*(set(found) for _, found in runs)), key=SPLITS.index)
    print(f"splits: {' '.join(splits)}")
    first = runs[0][0]
    for figure in sorted(first):
        ids = [i for i in first[figure] if i.split(":")[0] in splits and all(i in r[0].get(figure, {}) for r in runs)]
        cells = []
        for pooled, _ in runs:
            k = sum(pooled[figure][i] for i in ids)
            low, high = wilson(k, len(ids))
            cells.append(f"{k}/{len(ids)} = {k / len(ids):.3f} [{low:.2f}, {high:.2f}]")
        line = f"{figure:40s} " + "  ->  ".join(cells)
        if len(runs) == 2:
            before, after = runs[0][0][figure], runs[1][0][figure]
            gained = sum(after[i] and not before[i] for i in ids)
            lost = sum(before[i] and not after[i] for i in ids)
            line += f"   +{gained} -{lost} (sign test p = {sign_test(gained, lost):.2f})"
        print(line)


if __name__ == "__main__":
    main()
