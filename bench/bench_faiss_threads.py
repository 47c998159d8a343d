"""`ask` latency with FAISS on one OpenMP thread (the product's setting, embeddings/vectors.py) against two.

    .venv/bin/python bench/bench_faiss_threads.py [--index bench/out/qmsum/index-test]

Paired in one process: each question is asked under both settings, in alternating order, once with the
highlight cache emptied ("cold": the sentences are embedded) and once again at once ("warm": they are cached,
as for a follow-up). Uses the QMSum test index that bench/eval_qmsum.py builds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import faiss
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QUESTIONS = REPO.parent / "shared" / "bench" / "qmsum" / "test" / "questions.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "qmsum" / "index-test")
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    args = parser.parse_args()
    if not args.index.is_dir() or not args.questions.is_file():
        sys.exit(f"needs {args.index} (bench/eval_qmsum.py builds it) and {args.questions}")
    qa = TranscriptQA(Settings(index_dir=args.index))
    questions = [json.loads(line)["question"] for line in args.questions.read_text().splitlines() if line.strip()]
    qa.ask(questions[0])  # load the model and the index
    timings: dict[tuple[int, str], list[float]] = {(t, c): [] for t in (1, 2) for c in ("cold", "warm")}
    for i, question in enumerate(questions):
        for threads in ((1, 2) if i % 2 else (2, 1)):
            faiss.omp_set_num_threads(threads)
            for cache in ("cold", "warm"):
                started = time.perf_counter()
                qa.ask(question)
                timings[threads, cache].append((time.perf_counter() - started) * 1000)
    faiss.omp_set_num_threads(1)
    print(f"{len(questions)} questions, {args.index}\n")
    print("| FAISS threads | highlight cache | ask p50 ms | ask p95 ms |\n| --- | --- | --- | --- |")
    for (threads, cache), values in timings.items():
        print(f"| {threads} | {cache} | {statistics.median(values):.0f} | {np.percentile(values, 95):.0f} |")


if __name__ == "__main__":
    main()
