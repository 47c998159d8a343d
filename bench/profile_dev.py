"""The ask path's CPU cost on the development sets, this tree beside earlier commits', in one run: the CPU time
(`time.process_time`, every thread) of `TranscriptQA.ask` (k=5, with the question's history) per question, the
encoder's calls and the texts it encodes per question, over the seed, real (with the unanswerable) and conversation
development questions, against the prebuilt dev indexes (read, never written: no ingest).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/profile_dev.py --base 6d9feb1 [--base d899ff4] [--rounds 3]
    ... --profile seed [--tree DIR]  # cProfile of one tree over one set's questions (by cumulative, own time)

Each round runs one process per tree and set, in turn (A B C A B C ...), so that a shared machine's noise hits each
alike; each process asks one warm-up question, then each question once. Per question the figure is the median over
rounds; a first table gives each set's p50 and p95 of those, a second, per set and per kind of question (its first
word; "follow-up" for one with history), the median CPU ms of each tree and its ratio to the first --base, and the
mean encoder calls and texts encoded. CPU ms are only for comparing trees measured side by side: the latency of
record is bench/latency_compare.py's.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INDEXES = REPO.parent / "main" / "bench" / "out" / "idx-s20"
SETS = {"seed": ("index-seed", [REPO / "qa/data/seed_questions.jsonl"]),
        "real": ("index-shared", [REPO / "bench/questions/real-dev.jsonl",
                                  REPO / "bench/questions/unanswerable-dev.jsonl"]),
        "conversations": ("index-shared", [REPO / "bench/questions/conversations-dev.jsonl"])}


def questions_of(name: str, every: int) -> list[dict]:
    return [json.loads(line) for f in SETS[name][1] for line in f.read_text().splitlines() if line.strip()][::every]


def kind_of(q: dict) -> str:
    if q.get("history"):
        return "follow-up"
    first = q["question"].split()[0].lower().strip("?,")
    return first if first in {"what", "which", "who", "how", "why", "when", "where", "did", "does", "is"} else "other"


def measure(tree: Path, name: str, indexes: Path, every: int, profile: bool = False) -> dict:
    """In this process: ask each question of set `name` once with the code of `tree`."""
    sys.path.insert(0, str(tree))
    from qa.api import TranscriptQA
    from qa.config import Settings

    questions = questions_of(name, every)
    tqa = TranscriptQA(Settings(index_dir=indexes / SETS[name][0]))
    tqa.ask(questions[0]["question"], k=5)
    encoder = tqa.query_encoder
    encode, calls = encoder.encode, []

    def counted(texts, *args, **kwargs):
        calls.append(len(texts))
        return encode(texts, *args, **kwargs)

    encoder.encode = counted
    cpu, encodes, texts = [], [], []
    profiler = cProfile.Profile(time.process_time) if profile else None
    for q in questions:
        calls.clear()
        started = time.process_time()
        if profiler:
            profiler.enable()
        tqa.ask(q["question"], history=q.get("history", ()), k=5)
        if profiler:
            profiler.disable()
        cpu.append((time.process_time() - started) * 1000)
        encodes.append(len(calls))
        texts.append(sum(calls))
    if profiler:
        if os.environ.get("PROFILE_DEV_STATS"):  # the raw statistics too, for pstats' callers and callees
            profiler.dump_stats(os.environ["PROFILE_DEV_STATS"])
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(70)
        stats.sort_stats("tottime").print_stats(40)
    return {"cpu": cpu, "encodes": encodes, "texts": texts, "kinds": [kind_of(q) for q in questions]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", action="append", help="an earlier commit (repeatable; the first is the reference "
                        "of the ratios; default 6d9feb1)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=int, default=3, help="every Nth question of each set")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: every set")
    parser.add_argument("--indexes", type=Path, default=INDEXES)
    parser.add_argument("--profile", choices=sorted(SETS), help="cProfile one tree over one set")
    parser.add_argument("--tree", type=Path, default=REPO, help="with --profile: the tree whose code is profiled")
    parser.add_argument("--child", nargs=2, metavar=("TREE", "SET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or args.profile:
        tree, name = args.child or (str(args.tree), args.profile)
        print(json.dumps(measure(Path(tree), name, args.indexes, args.every, bool(args.profile))))
        return
    names, bases = args.set or list(SETS), args.base or ["6d9feb1"]
    with tempfile.TemporaryDirectory(prefix="tqa-base-") as folder:
        trees = {base: Path(folder) / base for base in bases}
        for base, tree in trees.items():
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), base], check=True,
                           capture_output=True)
        trees["this"] = REPO
        try:
            runs = {(n, t): [] for n in names for t in trees}
            for round_ in range(1, args.rounds + 1):
                for name in names:
                    for label, tree in trees.items():
                        run = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(tree),
                                              name, "--every", str(args.every), "--indexes", str(args.indexes)],
                                             capture_output=True, text=True, check=True)
                        runs[(name, label)].append(json.loads(run.stdout.strip().splitlines()[-1]))
                        print(f"round {round_} {name} {label}: median "
                              f"{statistics.median(runs[(name, label)][-1]['cpu']):.1f} ms", file=sys.stderr,
                              flush=True)
        finally:
            for base in bases:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(trees[base])],
                               capture_output=True)
    reference = bases[0]
    print("| set | n | " + " | ".join(f"{t} CPU p50 / p95 ms" for t in trees) + " | "
          + " | ".join(f"{t} / {reference}" for t in trees if t != reference) + " |")
    print("| --- " * (2 + 2 * len(trees) - 1) + "|")
    for name in names:  # each question's median over rounds, then the set's p50 and p95 of those
        cpu = {t: sorted(statistics.median(r["cpu"][i] for r in runs[(name, t)])
                         for i in range(len(runs[(name, t)][0]["cpu"]))) for t in trees}
        p = {t: (statistics.median(v), v[min(len(v) - 1, round(0.95 * (len(v) - 1)))]) for t, v in cpu.items()}
        print(f"| {name} | {len(cpu[reference])} | " + " | ".join(f"{p[t][0]:.1f} / {p[t][1]:.1f}" for t in trees)
              + " | " + " | ".join(f"{p[t][0] / p[reference][0]:.2f} / {p[t][1] / p[reference][1]:.2f}"
                                   for t in trees if t != reference) + " |")
    print()
    print("| set | kind | n | " + " | ".join(f"{t} CPU ms" for t in trees) + " | "
          + " | ".join(f"{t} / {reference}" for t in trees if t != reference) + " | "
          + " | ".join(f"{t} encodes (texts)" for t in trees) + " |")
    print("| --- " * (3 + 3 * len(trees) - 1) + "|")
    for name in names:
        per = {}
        for label in trees:
            rounds = runs[(name, label)]
            per[label] = {"cpu": [statistics.median(r["cpu"][i] for r in rounds) for i in range(len(rounds[0]["cpu"]))],
                          "encodes": rounds[0]["encodes"], "texts": rounds[0]["texts"], "kinds": rounds[0]["kinds"]}
        kinds = per["this"]["kinds"]
        for kind in ["all"] + sorted(set(kinds)):
            at = [i for i, k in enumerate(kinds) if kind == "all" or k == kind]
            med = {label: statistics.median(per[label]["cpu"][i] for i in at) for label in trees}
            enc = {label: (statistics.mean(per[label]["encodes"][i] for i in at),
                           statistics.mean(per[label]["texts"][i] for i in at)) for label in trees}
            print(f"| {name} | {kind} | {len(at)} | " + " | ".join(f"{med[t]:.1f}" for t in trees) + " | "
                  + " | ".join(f"{med[t] / med[reference]:.2f}" for t in trees if t != reference) + " | "
                  + " | ".join(f"{enc[t][0]:.2f} ({enc[t][1]:.2f})" for t in trees) + " |")


if __name__ == "__main__":
    main()
