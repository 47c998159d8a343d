"""Ingest time per word of transcript against one plain fp32 encode of the same text, for each ingest precision.

    nice -n 5 .venv/bin/python bench/bench_ingest.py [--meetings 8] [--repeats 2]

The plain pass is what a user would otherwise run: the meetings' text cut into 140-word windows, encoded by a bare
fp32 `SentenceTransformer.encode`. Each repeat times, in one process and alternating, the plain pass and a whole
library ingest (parse, segment, embed passages and sentence units, write) into an empty folder under each
`ingest_precision` (fp32, bf16 autocast, int8 ONNX). Agreement with fp32 ingest: the mean cosine of the passage
vectors, and overlap@10 of the dense top 10 for the QMSum val questions of those meetings.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "val"
PRECISIONS = ("fp32", "bf16", "int8")


def windows(files: list[Path], size: int = 140) -> list[str]:
    out = []
    for path in files:
        words = path.read_text(encoding="utf-8").split()
        out += [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--meetings", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--precisions", nargs="+", default=list(PRECISIONS))
    args = parser.parse_args()
    files = sorted((args.qmsum / "transcripts").iterdir())[:args.meetings]
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    plain_texts = windows(files)
    base = Settings()
    probe = TranscriptQA(base.replace(index_dir=Path(tempfile.mkdtemp())))
    model = probe.encoder.model
    model.encode(plain_texts[:32], batch_size=32)  # warm-up
    probe.ingest([])  # makes the ONNX export if it is missing
    times: dict[str, list[float]] = {p: [] for p in ["plain", *args.precisions]}
    stores = {}
    for repeat in range(args.repeats):
        order = ["plain", *args.precisions]
        if repeat % 2:
            order.reverse()
        for what in order:
            started = time.perf_counter()
            if what == "plain":
                model.encode(plain_texts, batch_size=32, show_progress_bar=False)
            else:
                folder = Path(tempfile.mkdtemp(prefix=f"ingest-{what}-"))
                qa = TranscriptQA(base.replace(index_dir=folder, ingest_precision=what))
                qa.ingest(files)
            times[what].append(time.perf_counter() - started)
            if what != "plain":
                if repeat == 0:
                    stores[what] = (qa, folder)
                else:
                    shutil.rmtree(folder, ignore_errors=True)
    plain = statistics.median(times["plain"])
    questions = [json.loads(line) for line in (args.qmsum / "questions.jsonl").read_text().splitlines() if line.strip()]
    names = {f.name for f in files}
    asked = [q["question"] for q in questions if q.get("transcript") in names]
    reference = stores.get("fp32", (None,))[0]
    print(f"{len(files)} QMSum {args.qmsum.name} meetings, {words} words, {len(plain_texts)} windows of 140 words; "
          f"medians of {args.repeats} paired runs\n")
    print("| ingest precision | ingest s | plain fp32 encode s | ingest / plain | passage cosine to fp32 | "
          "overlap@10 to fp32 |\n| --- | --- | --- | --- | --- | --- |")
    for what in args.precisions:
        seconds = statistics.median(times[what])
        cosine = overlap = float("nan")
        if reference is not None:
            cosine, overlap = agreement(reference, stores[what][0], asked)
        print(f"| {what} | {seconds:.1f} | {plain:.1f} | {seconds / plain:.2f}x | {cosine:.5f} | {overlap:.3f} |")
    for qa, folder in stores.values():
        shutil.rmtree(folder, ignore_errors=True)


def agreement(reference: TranscriptQA, other: TranscriptQA, questions: list[str]) -> tuple[float, float]:
    ours, theirs = reference.store(), other.store()
    rows = np.arange(len(ours))
    cosine = float((ours.vectors(rows) * theirs.vectors(rows)).sum(axis=1).mean())
    vectors = reference.encoder.encode(questions)
    overlap = np.mean([len({r for r, _ in ours.search(v, 10)} & {r for r, _ in theirs.search(v, 10)}) / 10
                       for v in vectors]) if len(questions) else float("nan")
    return cosine, float(overlap)


if __name__ == "__main__":
    main()
