"""Ask latency of dev follow-ups with the fup51 rule on and off (interleaved, same process, same index), over the
follow-ups searched with history that have at least ALONE_OWN_WORDS words of their own (the ones the rule asks alone
too) and over all follow-ups of a sample (fup51). Each question is asked twice untimed first (with the rule on), so
that both timings read the same kept vectors: what they differ by is the search asked alone and its citing.

    HF_HUB_OFFLINE=1 PYTHONPATH=. /work/main/.venv/bin/python bench/fup51/latency.py \\
        --indexes bench/out/idx-copy [--n 60]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402
from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--indexes", type=Path, required=True)
    parser.add_argument("--n", type=int, default=60)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in (REPO / "bench/questions/conversations-dev.jsonl").read_text().splitlines()]
    rows = [r for r in rows if r.get("history") and r["category"] == "follow-up"][:args.n * 3]
    qa = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    times = {"on": [], "off": []}
    own = {"on": [], "off": []}
    for r in rows[:args.n * 3]:
        many = len(content_stems(r["question"]) - set().union(*(content_stems(h) for h in r["history"]))) >= 3
        qa.ask(r["question"], history=r["history"])  # warm: the question's and its history's vectors kept
        conversation.ALONE_PLACE = 3
        qa.ask(r["question"], history=r["history"])  # ... and its search asked alone
        for name, place in (("off", 0), ("on", 3), ("on", 3), ("off", 0)):
            conversation.ALONE_PLACE = place
            start = time.perf_counter()
            qa.ask(r["question"], history=r["history"])
            ms = 1000 * (time.perf_counter() - start)
            times[name].append(ms)
            if many:
                own[name].append(ms)
    conversation.ALONE_PLACE = 3
    for label, t in (("all follow-ups", times), ("three own words or more", own)):
        for name in ("off", "on"):
            v = sorted(t[name])
            p95 = v[int(0.95 * (len(v) - 1))]
            print(f"{label} {name}: n {len(v)} p50 {statistics.median(v):.0f} ms p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
