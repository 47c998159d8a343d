"""Where a question's time goes, on a scale index (bench/bench_scale.py builds them): `TranscriptQA.ask` (k=5,
highlights included) over the first N QMSum test questions, each asked once after two warm-up questions.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/profile_ask.py --size 100000 --questions 40 [--clock wall]
    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/profile_ask.py --size 100000 --stages

Default: cProfile. `--clock cpu` counts the process's CPU time, every thread's (the BM25 computed in the worker
thread while a question is encoded shows up as time of whatever the main thread was doing meanwhile); `--clock
wall` the main thread's wall clock, so that waiting on a worker shows as the wait (the critical path).

`--stages`: no profiler; each stage of `ask` timed where it runs, medians over the questions: the main thread's
stages in wall-clock time (what a question waits for), the worker threads' (the question's BM25, the windows' sums
and the windows' vector search, which run beside the encoder and the passages' search) in their own thread's CPU
time. The main thread's rows add up to about the `ask` wall time; "the rest" is what no row covers.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.api as api  # noqa: E402
import qa.retrieve as retrieve  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.lexical import LexicalIndex  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "test"
# (module or class, function, row label): the main thread's stages, timed in wall-clock time
MAIN = ((api, "build_query", "query encoding (tokenizer + ONNX)"),
        (retrieve, "rank_dense", "passages' vector search (IVF + exact tail + re-rank)"),
        (retrieve, "rank_windows", "windows' BM25 top (waits for the sums)"),
        (retrieve, "fuse_convex", "fusion (candidates' vectors, sections, windows)"),
        (retrieve, "_demote_questions", "question-only demotion (reads the head's passages)"),
        (api, "rerank_by_sentence", "sentence re-ranking"),
        (TranscriptQA, "_cite", "citing and highlights"),
        (api, "gather_evidence", "the answer's evidence (decline facts)"),
        (api, "context_of", "conversation context and word checks"))
# the worker threads' stages, timed in their own thread's CPU time
BESIDE = ((retrieve, "rank_windows_dense", "windows' vector search (worker)"),
          (retrieve.Windows, "_sums", "windows' summed BM25 (worker)"))


def _timed(owner, name: str, label: str, clock, into: dict) -> None:
    fn = getattr(owner, name)

    def timed(*args, **kwargs):
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            into.setdefault(label, []).append((clock() - started) * 1000)

    setattr(owner, name, timed)


def stages(qa: TranscriptQA, questions: list[str]) -> None:
    times: dict[str, list[float]] = {}
    for owner, name, label in MAIN:
        _timed(owner, name, label, time.perf_counter, times)
    for owner, name, label in BESIDE:
        _timed(owner, name, label, time.thread_time, times)
    store = qa.store()
    sparse = LexicalIndex.sparse_scores

    def bm25(self, text):  # the passages' and the sections' BM25 apart
        started = time.thread_time()
        try:
            return sparse(self, text)
        finally:
            label = "passages' BM25 (worker)" if self is store.lexical else "sections' BM25 (worker)"
            times.setdefault(label, []).append((time.thread_time() - started) * 1000)

    LexicalIndex.sparse_scores = bm25
    for question in questions[:2]:
        qa.ask(question)
    times.clear()
    wall, cpu = [], []
    for question in questions:
        started, cpu_started = time.perf_counter(), time.process_time()
        qa.ask(question, k=5)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    n = len(questions)
    main_rows = [label for _, _, label in MAIN]
    print(f"| stage | ms (median over {n} questions) | ms (mean) |\n| --- | --- | --- |")
    for label in main_rows + [k for k in times if k not in main_rows]:
        values = times.get(label, [0.0]) + [0.0] * (n - len(times.get(label, [])))  # a stage not run: 0
        print(f"| {label} | {statistics.median(values):.2f} | {statistics.mean(values):.2f} |")
    rest = statistics.median(w - sum(times[label][i] for label in main_rows if len(times.get(label, [])) == n)
                             for i, w in enumerate(wall))
    print(f"| the rest of `ask` (main thread) | {rest:.2f} | |")
    print(f"| **`ask`, wall** (p95) | **{statistics.median(wall):.2f}** ({sorted(wall)[int(0.95 * (n - 1))]:.1f}) | "
          f"{statistics.mean(wall):.2f} |")
    print(f"| `ask`, CPU of the process (every thread) | {statistics.median(cpu):.2f} | {statistics.mean(cpu):.2f} |")
    print(f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--lines", type=int, default=60, help="rows of each listing")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="cpu: the process's CPU time (every thread); wall: the main thread's wall clock, so "
                             "that waiting on a worker thread shows as the time of the wait (the critical path)")
    parser.add_argument("--stages", action="store_true", help="a table of the stages' times, no profiler")
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in (args.qmsum / "questions.jsonl").read_text().splitlines()
                 if line.strip()][:args.questions]
    qa = TranscriptQA(Settings(index_dir=REPO / "bench" / "out" / "scale" / f"index-{args.size}"))
    if args.stages:
        stages(qa, questions)
        return
    for question in questions[:2]:  # the model and the per-index state load
        qa.ask(question)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    profile = cProfile.Profile(clock)
    started = clock()
    profile.enable()
    for question in questions:
        qa.ask(question, k=5)
    profile.disable()
    print(f"{args.clock} time per question: {(clock() - started) * 1000 / len(questions):.1f} ms (under the profiler)")
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.lines)
    stats.sort_stats("tottime").print_stats(args.lines // 2)


if __name__ == "__main__":
    main()
