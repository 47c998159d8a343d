"""Where a question's time goes: cProfile with a CPU clock over `TranscriptQA.ask` (k=5, highlights included) on a
scale index (bench/bench_scale.py builds them), the first N QMSum test questions each asked once after two warm-up
questions. The clock is the process's CPU time, so it counts every thread: the BM25 computed in the worker thread
while a question is encoded shows up as time of whatever the main thread was doing meanwhile.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/profile_ask.py --size 100000 --questions 40
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--lines", type=int, default=60, help="rows of each listing")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="cpu: the process's CPU time (every thread); wall: the main thread's wall clock, so "
                             "that waiting on a worker thread shows as the time of the wait (the critical path)")
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in (args.qmsum / "questions.jsonl").read_text().splitlines()
                 if line.strip()][:args.questions]
    qa = TranscriptQA(Settings(index_dir=REPO / "bench" / "out" / "scale" / f"index-{args.size}"))
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
