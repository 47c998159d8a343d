"""Evaluation throughput (questions/s) on QMSum test and the share of the time spent outside retrieval.

    .venv/bin/python bench/bench_eval.py [--index bench/out/qmsum/index-test] [--runs 3]

"Retrieval" is the time inside `TranscriptQA.ask` (query encoding, FAISS + BM25, fusion, citing); everything
else (loading and checking the question file, locating gold, the no-op ingest check, scoring with ranx, writing
the five output files) is evaluation overhead. Reads ../shared/bench/qmsum in place; run bench/eval_qmsum.py
first, or pass --index, so that the split's index exists (otherwise the first run embeds it and is excluded).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum"


def one_run(questions: Path, corpus: Path, index: Path, scope: str, mode: str) -> dict:
    started = time.perf_counter()
    result = run_eval(questions, corpus=corpus, index=index, scope=scope, mode=mode)
    evaluated = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_report(result, Path(tmp) / "out")
    finished = time.perf_counter()
    total = finished - started
    asking = sum(r.latency_ms for r in result.results) / 1000
    seconds = result.config["seconds"]
    return {"questions": len(result.results), "total_s": total, "ask_s": asking,
            "questions_per_s": len(result.results) / total, "outside_retrieval": (total - asking) / total,
            "ingest_check_s": seconds["ingest"], "score_s": seconds["score"], "write_s": finished - evaluated,
            "passages_embedded": result.config["passages_embedded"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--split", default="test")
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "qmsum" / "index-test")
    parser.add_argument("--scope", default="transcript")
    parser.add_argument("--mode", default="hybrid")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.qmsum.is_dir():
        sys.exit(f"{args.qmsum} is not present (../shared exists only in the project's CI); nothing to measure")
    split = args.qmsum / args.split
    runs = []
    while len(runs) < args.runs:
        measured = one_run(split / "questions.jsonl", split / "transcripts", args.index, args.scope, args.mode)
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in measured.items()}), flush=True)
        if measured["passages_embedded"]:
            print("(the index was built in this run; not counted)", flush=True)
            continue
        runs.append(measured)
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"\nmedian of {len(runs)} runs, QMSum {args.split}, scope {args.scope}, mode {args.mode}: "
          f"{median['questions_per_s']:.2f} questions/s ({median['questions']:.0f} questions in "
          f"{median['total_s']:.1f} s); inside ask {median['ask_s']:.1f} s; outside retrieval "
          f"{100 * median['outside_retrieval']:.1f}% (ingest check {median['ingest_check_s']:.1f} s, scoring "
          f"{median['score_s']:.1f} s, writing {median['write_s']:.1f} s)")


if __name__ == "__main__":
    main()
