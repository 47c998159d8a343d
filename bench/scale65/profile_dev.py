"""scale65: where the ask time of the real dev questions goes (library API, k=5, as `bench/latency_compare.py`).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/scale65/profile_dev.py --index bench/out/scale65-lat \
        --out bench/out/scale65-prof [--tree TREE] [--limit N] [--skip-all] [--slow-from OTHER/times.json]

Builds (or reuses) INDEX over ../shared/data/transcripts with the code of TREE (default: this tree), answers one
warm-up question, then (1) times each development question of bench/questions/real-dev.jsonl once (times.json: id,
ms), (2) profiles them all in one cProfile (all.prof), (3) profiles the slowest 5% again alone (slow.prof), and
prints p50/p95 and the top cumulative and own-time costs of both profiles. `--skip-all`: no profile of them all;
`--slow-from`: the slowest 5% are those of another run's times.json (the same questions profiled before and after).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--tree", type=Path, default=REPO)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--skip-all", action="store_true")
    parser.add_argument("--slow-from", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from qa.api import TranscriptQA
    from qa.config import Settings

    questions = [json.loads(line) for line in (REPO / "bench/questions/real-dev.jsonl").read_text().splitlines()
                 if line.strip()]
    questions = questions[:args.limit] if args.limit else questions
    tqa = TranscriptQA(Settings(index_dir=args.index))
    tqa.ingest([REPO.parent / "shared" / "data" / "transcripts"])
    tqa.ask(questions[0]["question"], k=5)

    def ask(q: dict) -> None:
        tqa.ask(q["question"], history=q.get("history", ()), k=5)

    times = []
    for q in questions:
        started = time.perf_counter()
        ask(q)
        times.append(((time.perf_counter() - started) * 1000, q["id"]))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "times.json").write_text(json.dumps([[i, round(t, 3)] for t, i in times]))
    ordered = sorted(t for t, _ in times)
    p = lambda f: ordered[min(len(ordered) - 1, int(round(f * (len(ordered) - 1))))]
    print(f"{len(times)} questions: p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, mean {sum(ordered) / len(ordered):.1f}")
    if args.slow_from:
        times = [(t, i) for i, t in json.loads(args.slow_from.read_text())]
    slow = {i for t, i in sorted(times, reverse=True)[:max(1, len(times) // 20)]}
    for name, chosen in (("all", [] if args.skip_all else questions),
                         ("slow", [q for q in questions if q["id"] in slow])):
        if not chosen:
            continue
        profile = cProfile.Profile()
        profile.enable()
        for q in chosen:
            ask(q)
        profile.disable()
        profile.dump_stats(str(args.out / f"{name}.prof"))
        stats = pstats.Stats(profile)
        print(f"\n===== {name}: {len(chosen)} questions, {stats.total_tt:.1f} s profiled")
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
