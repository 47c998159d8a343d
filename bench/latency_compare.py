"""Ask latency of this tree beside an earlier commit's, side by side: p50/p95 of `TranscriptQA.ask` (k=5) over
the seed questions (bundled corpus) and the real-transcript questions (../shared/data/transcripts).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/latency_compare.py --base c63b721 [--rounds 3] [--dev]

The earlier commit is checked out into a temporary git worktree and run with this tree's virtual environment.
Each round runs one process per tree, alternately (A B A B ...), so that the noise of a shared machine hits both
alike; each process builds (or reuses) its own index under bench/out/latency/, answers one warm-up question, then
times every question once (`--dev`: only the development questions, the held-out files left unread). Prints each
round and the medians over rounds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "transcripts"
CORPORA = {
    "seed": (REPO / "corpus", [REPO / "qa/data/seed_questions.jsonl", REPO / "qa/data/seed_questions_heldout.jsonl"]),
    "real": (SHARED, [REPO / "bench/questions/real-dev.jsonl", REPO / "bench/questions/real-test.jsonl"]),
}
HELD_OUT = {REPO / "qa/data/seed_questions_heldout.jsonl", REPO / "bench/questions/real-test.jsonl"}


def measure(tree: Path, corpus: str, index: Path, dev: bool = False) -> dict:
    """In this process: ask every question of `corpus` (`dev`: its development questions alone) once with the code
    of `tree`; latencies in ms."""
    sys.path.insert(0, str(tree))
    from qa.api import TranscriptQA
    from qa.config import Settings

    folder, files = CORPORA[corpus]
    questions = [json.loads(line) for f in files if not (dev and f in HELD_OUT)
                 for line in f.read_text().splitlines() if line.strip()]
    tqa = TranscriptQA(Settings(index_dir=index))
    tqa.ingest([folder])
    times = ask_times(tqa, questions)
    return {"n": len(times), "p50": percentile(times, 0.5), "p95": percentile(times, 0.95)}


def ask_times(tqa, questions: list[dict]) -> list[float]:
    """Each question asked once (k=5, with its history), after one question that warms the process; ms each."""
    tqa.ask(questions[0]["question"], k=5)
    times = []
    for q in questions:
        started = time.perf_counter()
        tqa.ask(q["question"], history=q.get("history", ()), k=5)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="c63b721", help="the earlier commit (default: before issue 10's answer work)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="default: both")
    parser.add_argument("--dev", action="store_true", help="time the development questions alone (no held-out file)")
    parser.add_argument("--child", nargs=3, metavar=("TREE", "CORPUS", "INDEX"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        tree, corpus, index = args.child
        print(json.dumps(measure(Path(tree), corpus, Path(index), args.dev)))
        return
    corpora = args.corpus or sorted(CORPORA)
    out = REPO / "bench" / "out" / "latency"
    with tempfile.TemporaryDirectory(prefix="tqa-base-") as base:
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", base, args.base], check=True,
                       capture_output=True)
        try:
            trees = {"after (this tree)": REPO, f"before ({args.base})": Path(base)}
            results = {(c, t): [] for c in corpora for t in trees}
            for round_ in range(1, args.rounds + 1):
                for corpus in corpora:
                    for label, tree in trees.items():
                        index = out / f"{corpus}-{'after' if tree == REPO else 'before'}"
                        run = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(tree),
                                              corpus, str(index), *(["--dev"] if args.dev else [])],
                                             capture_output=True, text=True, check=True)
                        figures = json.loads(run.stdout.strip().splitlines()[-1])
                        results[(corpus, label)].append(figures)
                        print(f"round {round_} {corpus} {label}: p50 {figures['p50']:.0f} ms, p95 {figures['p95']:.0f} "
                              f"ms ({figures['n']} questions)", flush=True)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", base], capture_output=True)
    print("\n| corpus | code | questions | p50 ms (median of rounds) | p95 ms (median of rounds) |")
    print("| --- | --- | --- | --- | --- |")
    for (corpus, label), runs in results.items():
        print(f"| {corpus} | {label} | {runs[0]['n']} | {statistics.median(r['p50'] for r in runs):.0f} | "
              f"{statistics.median(r['p95'] for r in runs):.0f} |")


if __name__ == "__main__":
    main()
