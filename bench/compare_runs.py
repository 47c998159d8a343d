"""Two dev runs of bench/eval_sets.py compared record by record on the questions of the first ("old ids"): for
each set, the summed Hit@1, Hit@3, highlight@1 and MRR@10 of its answerable questions with gold, the unanswerable
questions declined, the answerable ones declined, follow-up Hit@3 and switches cited as when asked alone.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_sets.py --split dev --out bench/out/before    # one tree
    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_sets.py --split dev --out bench/out/after     # the other
    .venv/bin/python bench/compare_runs.py bench/out/before bench/out/after

Questions added between the runs are counted ("new") but left out of the sums, so that a rule is judged on the
questions it was chosen on, and the new ones are a check of their own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SETS = ("seed", "real+unanswerable", "conversations")
SUMMED = ("hit@1", "hit@3", "highlight@1", "mrr@10")


def records(run: Path, name: str) -> dict[str, dict]:
    """A run's records of one set, by question id."""
    with open(run / name / "results.jsonl", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def declined(record: dict) -> bool:
    return not record["answer"]["answerable"]


def compare(before: dict[str, dict], after: dict[str, dict]) -> dict[str, str]:
    """Each figure as 'before -> after / n' over the ids of `before` that `after` holds too."""
    ids = [i for i in before if i in after]
    out = {}
    for metric in SUMMED:
        scored = [i for i in ids if before[i]["answerable"] and before[i]["metrics"].get(metric) is not None]
        was = sum(float(before[i]["metrics"][metric]) for i in scored)
        now = sum(float(after[i]["metrics"].get(metric) or 0) for i in scored)
        out[metric] = f"{was:.1f} -> {now:.1f} / {len(scored)}"
    for label, ids_of in (("declined (unanswerable)", [i for i in ids if not before[i]["answerable"]]),
                          ("declined (answerable)", [i for i in ids if before[i]["answerable"]])):
        out[label] = (f"{sum(map(declined, (before[i] for i in ids_of)))} -> "
                      f"{sum(map(declined, (after[i] for i in ids_of)))} / {len(ids_of)}")
    follow = [i for i in ids if before[i].get("category") == "follow-up" and
              before[i]["metrics"].get("hit@3") is not None]
    if follow:
        out["follow-up hit@3"] = (f"{sum(before[i]['metrics']['hit@3'] for i in follow):.0f} -> "
                                  f"{sum(after[i]['metrics'].get('hit@3') or 0 for i in follow):.0f} / {len(follow)}")
    switches = [i for i in ids if before[i].get("category") == "switch"]
    if switches:
        same = lambda run: sum(bool(run[i]["metrics"].get("alone_identical")) for i in switches)  # noqa: E731
        out["switches as alone"] = f"{same(before)} -> {same(after)} / {len(switches)}"
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="the earlier dev run's --out folder")
    parser.add_argument("after", type=Path, help="the later dev run's --out folder")
    parser.add_argument("--split", default="dev",
                        help="the split both runs hold (default dev; fresh4 is development data since 2026-12-05 09:20)")
    args = parser.parse_args(argv)
    for name in (f"{args.split}-{s}" for s in SETS):
        if not (args.before / name).is_dir() or not (args.after / name).is_dir():
            sys.exit(f"{name} is missing from {args.before} or {args.after}: give two --split {args.split} runs of "
                     "bench/eval_sets.py")
        before, after = records(args.before, name), records(args.after, name)
        added = sum(i not in before for i in after)
        print(f"{name} (old {len(before)}, new {added})")
        for figure, text in compare(before, after).items():
            print(f"  {figure}: {text}")


if __name__ == "__main__":
    main()
