"""The QMSum val questions the product declines (all QMSum questions are answerable: each decline is a miss), per
meeting and over the corpus, with the note that says why; and the same decisions replayed under other DeclineRule
thresholds, from the same evidence.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/qmsum_declines.py bench/out/qmsum/index-val \
        [--rule '{"focus_similarity": 0, "focus_near_similarity": 0}']

The index is `bench/eval_qmsum.py`'s val index (built once by it, or copied). Development data only: val, never test.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import DeclineRule, decide  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="the QMSum val index (bench/out/qmsum/index-val)")
    parser.add_argument("--questions", type=Path, default=QMSUM / "val" / "questions.jsonl")
    parser.add_argument("--rule", default="{}", help="JSON: DeclineRule fields to replay the decisions under")
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args(argv)
    if "test" in str(args.questions) or "test" in args.index.name:
        sys.exit("QMSum test is held out: val only")
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=args.index))
    other = dataclasses.replace(DeclineRule(), **json.loads(args.rule))
    questions = [json.loads(line) for line in args.questions.read_text().splitlines()]
    for scope in ("transcript", "corpus"):
        declined, replayed = [], []
        for q in questions:
            evidence = tqa.ask(q["question"], k=args.k,
                               transcripts=[q["transcript"]] if scope == "transcript" else None).evidence
            now, then = decide(evidence), decide(evidence, other)
            if not now.answerable:
                declined.append(f"  {q['id']}: {q['question']} | {now.note}")
            if not then.answerable:
                replayed.append(f"  {q['id']}: {q['question']} | {then.note}")
        print(f"{scope}: {len(declined)} of {len(questions)} declined (defaults)", *declined, sep="\n")
        if args.rule != "{}":
            print(f"{scope}: {len(replayed)} of {len(questions)} declined under {args.rule}", *replayed, sep="\n")


if __name__ == "__main__":
    main()
