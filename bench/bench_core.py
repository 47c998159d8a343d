"""Core figures: ingest throughput next to raw model.encode, ask latency p50/p95, peak memory.

    .venv/bin/python bench/bench_core.py [--qmsum ../shared/bench/qmsum/test] [--repeats 3]

Ingest and raw encode are timed in the same process, alternately, on the same passages, so that the noise of a
shared machine hits both alike; the ratio is the figure to read. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import BUNDLED_CORPUS, Settings  # noqa: E402
from qa.parse import parse_file  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "test"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import torch

    return (f"{os.cpu_count()} cores ({cpu}), {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB,"
            f" Python {platform.python_version()}, torch {torch.__version__} ({torch.get_num_threads()} threads)")


def time_ingest(corpus: list[Path], settings: Settings) -> tuple[float, int]:
    folder = Path(tempfile.mkdtemp(prefix="bench-index-"))
    try:
        tqa = TranscriptQA(settings.replace(index_dir=folder))
        started = time.perf_counter()
        report = tqa.ingest(corpus)
        return time.perf_counter() - started, report.passages_embedded
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def time_raw_encode(tqa: TranscriptQA, texts: list[str]) -> float:
    started = time.perf_counter()
    tqa.encoder.model.encode(texts, batch_size=tqa.settings.batch_size, show_progress_bar=False)
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def ask_latencies(tqa: TranscriptQA, questions: list[str], k: int = 5) -> list[float]:
    tqa.ask(questions[0], k=k)  # warm-up
    out = []
    for q in questions:
        started = time.perf_counter()
        tqa.ask(q, k=k)
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="a QMSum split folder (transcripts/, questions.jsonl)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=6, help="QMSum meetings in the throughput runs")
    args = parser.parse_args()
    settings = Settings()
    print(f"machine: {machine()}")

    corpora = {"bundled corpus (seed)": [BUNDLED_CORPUS]}
    if args.qmsum.exists():
        meetings = sorted((args.qmsum / "transcripts").iterdir())[:args.meetings]
        corpora[f"QMSum {args.qmsum.name}, first {len(meetings)} meetings"] = meetings
    else:
        print(f"skipping QMSum: {args.qmsum} is not present (../shared exists only in CI)")

    probe = TranscriptQA(settings.replace(index_dir=Path(tempfile.mkdtemp())))
    rows = []
    for label, corpus in corpora.items():
        files = sorted(p for c in corpus for p in (c.iterdir() if c.is_dir() else [c])
                       if p.is_file() and p.suffix == ".txt")
        transcripts = [parse_file(f) for f in files]
        texts = [text for t in transcripts for text in probe.embedding_texts(t, probe.segment(t))]
        time_raw_encode(probe, texts[:64])  # warm-up
        ingest_s, raw_s = [], []
        for _ in range(args.repeats):
            seconds, embedded = time_ingest(corpus, settings)
            assert embedded == len(texts), (embedded, len(texts))
            ingest_s.append(seconds)
            raw_s.append(time_raw_encode(probe, texts))
        ingest_rate = len(texts) / statistics.median(ingest_s)
        raw_rate = len(texts) / statistics.median(raw_s)
        ratios = [r / i for i, r in zip(ingest_s, raw_s)]
        rows.append((label, len(files), len(texts), ingest_rate, raw_rate, statistics.median(ratios)))

    print("\n| corpus | transcripts | passages | ingest passages/s (median) | raw model.encode passages/s (median) "
          "| ingest / raw (median of paired runs) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, n_files, n_passages, ingest_rate, raw_rate, ratio in rows:
        print(f"| {label} | {n_files} | {n_passages} | {ingest_rate:.1f} | {raw_rate:.1f} | {ratio:.0%} |")

    print("\n| index | questions | ask p50 ms | ask p95 ms |")
    print("| --- | --- | --- | --- |")
    seed_dir = Path(tempfile.mkdtemp(prefix="bench-seed-"))
    seed = TranscriptQA(settings.replace(index_dir=seed_dir))
    seed.ingest([BUNDLED_CORPUS])
    seed_questions = [json.loads(l)["question"] for l in (REPO / "qa/data/seed_questions.jsonl").read_text().splitlines()]
    lat = ask_latencies(seed, seed_questions)
    print(f"| bundled corpus | {len(lat)} | {statistics.median(lat):.0f} | {percentile(lat, 0.95):.0f} |")
    if args.qmsum.exists():
        qdir = Path(tempfile.mkdtemp(prefix="bench-qmsum-"))
        qm = TranscriptQA(settings.replace(index_dir=qdir))
        qm.ingest([args.qmsum / "transcripts"])
        qs = [json.loads(l)["question"] for l in (args.qmsum / "questions.jsonl").read_text().splitlines()]
        lat = ask_latencies(qm, qs)
        print(f"| QMSum {args.qmsum.name}, all 35 meetings in one index | {len(lat)} | {statistics.median(lat):.0f} "
              f"| {percentile(lat, 0.95):.0f} |")
        shutil.rmtree(qdir, ignore_errors=True)
    shutil.rmtree(seed_dir, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS of this whole run): {peak:.0f} MiB")
    print(f"command: .venv/bin/python bench/bench_core.py --repeats {args.repeats} --meetings {args.meetings}")


if __name__ == "__main__":
    main()
