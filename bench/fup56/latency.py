"""fup56: the cost of the search of the earlier answer's recording alone, on the follow-ups whose first k mix
recordings (the only ones it runs for): each asked with the rule on and off, interleaved, N times (after one untimed
round). Prints p50 / p95 in ms of each.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup56/latency.py --index bench/out/idx-copy/index-shared
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qa import conversation  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

CASES = [  # (history, follow-up): batch A's follow-ups whose first three mixed recordings with the rule off
    (["Why did the lecturer write lorem 45?"], "Does he use any other number like that?"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True)
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    tqa = TranscriptQA(Settings(index_dir=args.index))
    times = {True: [], False: []}
    for round_ in range(args.n + 1):
        for on in (True, False):
            conversation.ANSWERED_RECORDING_FIRST = on
            for history, question in CASES:
                tqa.ask(history[-1], history=history[:-1])  # the earlier answer, remembered as in a conversation
                start = time.perf_counter()
                tqa.ask(question, history=history)
                if round_:
                    times[on].append(1000 * (time.perf_counter() - start))
    for on, values in times.items():
        values.sort()
        print(f"rule {'on ' if on else 'off'}: p50 {statistics.median(values):.1f} ms, "
              f"p95 {values[int(0.95 * (len(values) - 1))]:.1f} ms ({len(values)} asks)")


if __name__ == "__main__":
    main()
