"""Definition questions ("What is X?", "What does X stand for?"), one line each: the first relevant rank, whether
the first highlight is a gold sentence, and the first highlight (docs/retrieval.md, "Definition questions").

    HF_HUB_OFFLINE=1 .venv/bin/python bench/eval_define.py [--questions bench/questions/define-dev.jsonl]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval, summarize  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=REPO / "bench" / "questions" / "define-dev.jsonl")
    parser.add_argument("--corpus", type=Path, default=SHARED)
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "index-shared")
    args = parser.parse_args(argv)
    settings = Settings.from_env({})
    run = run_eval(args.questions, settings=settings, corpus=args.corpus, index=args.index)
    for r in run.results:
        first = r.answer.citations[0].highlight if r.answer.citations else ""
        print(f"{r.question.id}\trank={r.scores.get('first_relevant_rank')}\thl@1={r.scores.get('highlight@1')}\t"
              f"{r.question.question}\t[1] {first[:90]!r}")
    s = summarize(run.results, settings.k)
    print({key: s.get(key) for key in ("hit@1", "hit@3", "highlight@1", "mrr@10", "questions")})


if __name__ == "__main__":
    main()
