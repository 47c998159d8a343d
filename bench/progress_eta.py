"""How true `tqa ingest`'s progress bar is: what it counts, and the time left it shows against the time that was left.

    HF_HUB_OFFLINE=1 PYTHONPATH=<checkout> nice .venv/bin/python bench/progress_eta.py FILE... [--threads 2]

Ingests FILES into a fresh folder with the checkout's library (PYTHONPATH picks the code: run it once with main's
checkout and once with a branch's, to see both bars on the same files), recording every progress call
(seconds since the first, done, total). Prints the bar's total against the passages the report says were embedded,
and at 10%, 25%, 50% and 75% of the embedding time the time left as tqdm shows it (its default rate: the done
count over the elapsed time, `smoothing=0` here, an average; the CLI's bar smooths it over recent updates) against
the time that was in fact left.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    tqa = TranscriptQA(Settings().replace(index_dir=Path(tempfile.mkdtemp()) / "index"))
    tqa.encoder.encode(["warm up"])
    calls: list[tuple[float, int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        calls.append((time.perf_counter(), done, total, what))

    report = tqa.ingest(args.files, progress=progress)
    start, end = calls[0][0], calls[-1][0]
    totals = sorted({c[2] for c in calls})
    print(f"{len(calls)} progress calls; bar total(s) {totals}; report: {report.passages_embedded} passages embedded "
          f"in {report.seconds:.1f} s; embedding {end - start:.1f} s; what: {sorted({c[3] for c in calls})}")
    print(f"shown rate at the end: {calls[-1][1] / max(end - start, 1e-9):.1f} per s "
          f"(passages embedded per s: {report.passages_embedded / max(end - start, 1e-9):.1f})")
    for share in (0.10, 0.25, 0.50, 0.75):
        at, done, total, _ = next(c for c in calls if c[0] - start >= share * (end - start))
        elapsed = at - start
        shown = elapsed / done * (total - done) if done else float("inf")
        print(f"at {share:.0%} of the time ({elapsed:.1f} s): {done}/{total} done, time left shown {shown:.1f} s, "
              f"in fact {end - at:.1f} s")


if __name__ == "__main__":
    main()
