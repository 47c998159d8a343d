"""Measure `Evidence.source_shift` (docs/retrieval.md, "A named source that says it in other words") on the dev
questions whose named source's passages hold too few of their words: each is asked again with the shift always read,
and the "not in these transcripts" decision replayed under thresholds of `DeclineRule.source_shift`.

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/source_shift.py bench/out/eval-dev-RUN \
        --index-shared bench/out/idx-s20/index-shared --index-seed bench/out/idx-s20/index-seed

RUN is a `bench/eval_sets.py --split dev` output (held-out runs refused). Prints each question's shift and, per
threshold, how many answerable questions the source rule no longer declines and how many unanswerable ones it lets go.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.api  # noqa: E402
from qa.answerable import DeclineRule, decide  # noqa: E402
from qa.config import Settings  # noqa: E402

RUNS = ("dev-seed", "dev-real+unanswerable", "dev-conversations")
THRESHOLDS = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.07, 0.1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--index-shared", type=Path, required=True)
    parser.add_argument("--index-seed", type=Path, required=True)
    args = parser.parse_args(argv)
    if not (args.folder / RUNS[0]).exists():
        sys.exit(f"{args.folder} holds no dev run of bench/eval_sets.py")
    base = DeclineRule()
    # the shift read wherever the source rule would decline: a threshold below any shift
    qa.api.DeclineRule = functools.partial(DeclineRule, source_shift=float("-inf"))
    asker = {"seed": qa.api.TranscriptQA(Settings(index_dir=args.index_seed)),
             "shared": qa.api.TranscriptQA(Settings(index_dir=args.index_shared))}
    records = []
    for run in RUNS:
        for line in (args.folder / run / "results.jsonl").read_text().splitlines():
            r = json.loads(line)
            e = r["answer"].get("evidence")
            if not e or e.get("source_coverage") is None or e["source_coverage"] >= base.min_source_coverage:
                continue
            answer = asker["seed" if run == "dev-seed" else "shared"].ask(r["question"], history=r.get("history") or ())
            if answer.evidence is None or answer.evidence.source_shift is None:
                continue
            records.append((r["id"], r["answerable"], answer.evidence))
            print(f"{answer.evidence.source_shift:+.3f} {'answerable' if r['answerable'] else 'unanswerable'} "
                  f"{r['id']} {answer.evidence.source_unsaid}")
    for threshold in THRESHOLDS:
        rule = dataclasses.replace(base, source_shift=threshold)
        before = {i: decide(dataclasses.replace(e, source_shift=None), base).answerable for i, _, e in records}
        after = {i: decide(e, rule).answerable for i, _, e in records}
        freed = [i for i, a, _ in records if a and not before[i] and after[i]]
        lost = [i for i, a, _ in records if not a and not before[i] and after[i]]
        print(f"source_shift {threshold}: answerable no longer declined {len(freed)} {freed}; "
              f"unanswerable let go {len(lost)} {lost}")


if __name__ == "__main__":
    main()
