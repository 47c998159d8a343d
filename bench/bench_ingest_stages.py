"""Where ingest time goes, stage by stage, beside one plain fp32 encode of the same text (140-word windows).

    nice -n 10 .venv/bin/python bench/bench_ingest_stages.py [--meetings 8] [--repeats 3] [--clock cpu]
        [--configs separate:fp32 pooled:fp32 pooled:bf16] [--threads 1]

Runs the library's own ingest stages (qa.ingest.Pipeline) on the QMSum val meetings, timing each: parse, segment
(passages, sections, sentence units), passage encode, unit encode (0 when units are pooled from the passages'
forward pass, `unit_vectors=pooled`), write (the store, BM25 included), for each unit_vectors:ingest_precision
pair ("window:<precision>": ingest_passes window, one forward pass per window of passages; "units:<precision>":
ingest_passes units, every sentence unit encoded alone and each passage summed from them). Each repeat also
times the plain pass, in the same process; medians are printed. `--threads 1` runs torch on one thread, plain pass
included: on a machine shared with other work, CPU seconds then count the work done, where two threads that wait
for each other at every operator also count the time one spins while the other is off the CPU.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_ingest import QMSUM, windows  # noqa: E402
from qa import ingest as ingesting  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}  # cpu: this process's CPU seconds, all threads
clock = time.perf_counter


STAGES = ("parse", "segment", "passage encode", "unit encode", "write")


def run_stages(qa: TranscriptQA, files: list[Path], folder: Path) -> dict[str, float]:
    """Seconds of each stage of one ingest of `files` into the empty `folder`."""
    pipeline = qa._pipeline()
    times = dict.fromkeys(STAGES, 0.0)
    t = clock()
    sources = [ingesting.Source(f.name, f.read_bytes(), str(f.resolve())) for f in files]
    from qa.parse import parse_bytes

    transcripts = [parse_bytes(s.data, s.name) for s in sources]
    times["parse"] = clock() - t
    t = clock()
    parsed = []
    for source, transcript in zip(sources, transcripts):
        passages = pipeline.segment(transcript)
        passages, sections = pipeline.sections(transcript, passages)
        units = [ingesting.sentence_units(transcript.turns[p.turn_index], p) for p in passages]
        parsed.append((source, hashlib.sha256(source.data).hexdigest(), (transcript, passages, sections, units)))
    times["segment"] = clock() - t
    passage_texts, unit_spans, unit_texts = pipeline.texts([p for _, _, p in parsed])
    t = clock()
    if pipeline.settings.ingest_passes in ("window", "units"):
        embed = pipeline.embed_windows if pipeline.settings.ingest_passes == "window" else pipeline.embed_units
        passage_vectors, unit_vectors = embed([p for _, _, p in parsed], None)
        times["passage encode"] = clock() - t
        t = clock()
    elif pipeline.pooled():
        passage_vectors, unit_vectors = pipeline.embed_pooled(passage_texts, unit_spans, None)
    else:
        passage_vectors = pipeline.embed(passage_texts, None)
        times["passage encode"] = clock() - t
        t = clock()
        unit_vectors = pipeline.embed(unit_texts, None)
    if pipeline.settings.ingest_passes == "passage":
        times["unit encode" if not pipeline.pooled() else "passage encode"] = clock() - t
    additions, p_at, u_at = [], 0, 0
    for source, digest, (transcript, passages, sections, units) in parsed:
        n, m = len(passages), sum(len(u) for u in units)
        stored = ingesting._stored(transcript, passages, digest, source.path)
        additions.append(ingesting.Addition(stored, passages, passage_vectors[p_at:p_at + n], sections, units,
                                            unit_vectors[u_at:u_at + m]))
        p_at, u_at = p_at + n, u_at + m
    counts = (len(passage_texts), sum(len(s) for s in unit_spans))
    t = clock()
    ingesting._write(folder, qa._shape(), qa.settings, [], additions, True)
    times["write"] = clock() - t
    return times, counts


def torch_threads() -> int:
    import torch

    return torch.get_num_threads()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--meetings", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--configs", nargs="+", default=["separate:fp32", "pooled:fp32", "pooled:bf16"],
                        help="unit_vectors:ingest_precision pairs, each timed in every repeat")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep each config's index of the first repeat here (<keep>/<units>-<precision>), for "
                        "`tqa eval --index` on the same meetings")
    parser.add_argument("--clock", choices=list(CLOCKS), default="wall",
                        help="cpu: CPU seconds of this process (steadier than wall time on a shared machine)")
    parser.add_argument("--threads", type=int, default=None,
                        help="torch threads for everything timed (default: torch's own choice, one per core)")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    global clock
    clock = CLOCKS[args.clock]
    files = sorted((args.qmsum / "transcripts").iterdir())[:args.meetings]
    plain_texts = windows(files)
    base = Settings().replace(index_dir=Path(tempfile.mkdtemp()))
    probe = TranscriptQA(base)
    model = probe.encoder.model
    model.encode(plain_texts[:32], batch_size=32)  # warm-up
    plain, runs = [], {c: [] for c in args.configs}
    for repeat in range(args.repeats):
        t = clock()
        model.encode(plain_texts, batch_size=32, show_progress_bar=False)
        plain.append(clock() - t)
        print(f"repeat {repeat}: plain {plain[-1]:.1f} s", flush=True)
        for config in args.configs:
            # units "window": ingest_passes window (units pooled in it); "units": ingest_passes units (passages
            # summed from their units encoded alone)
            units, precision = config.split(":")
            passes = units if units in ("window", "units") else "passage"
            unit_vectors = {"window": "pooled", "units": "separate"}.get(units, units)
            qa = TranscriptQA(base.replace(unit_vectors=unit_vectors,
                                           ingest_precision=precision, ingest_passes=passes))
            folder = Path(tempfile.mkdtemp(prefix="stages-"))
            if args.keep and repeat == 0:
                folder = args.keep / config.replace(":", "-")
                shutil.rmtree(folder, ignore_errors=True)
            times, counts = run_stages(qa, files, folder)
            if folder.parent != args.keep:
                shutil.rmtree(folder, ignore_errors=True)
            runs[config].append(times)
            print(f"  {config}: " + ", ".join(f"{k} {v:.1f}" for k, v in times.items()), flush=True)
    p = statistics.median(plain)
    print(f"\n{len(files)} QMSum {args.qmsum.name} meetings, {len(plain_texts)} windows of 140 words, {counts[0]} "
          f"passages, {counts[1]} sentence units; {args.clock} seconds, medians of {args.repeats}, "
          f"{torch_threads()} torch threads\n")
    print("| stage | " + " | ".join(args.configs) + " |\n| --- |" + " --- |" * len(args.configs))
    print(f"| plain fp32 encode (140-word windows) | " + " | ".join(f"{p:.1f}" for _ in args.configs) + " |")
    for stage in STAGES:
        print(f"| {stage} | " + " | ".join(f"{statistics.median([r[stage] for r in runs[c]]):.1f}"
                                           for c in args.configs) + " |")
    totals = {c: statistics.median([sum(r.values()) for r in runs[c]]) for c in args.configs}
    print("| ingest total | " + " | ".join(f"{totals[c]:.1f}" for c in args.configs) + " |")
    print("| ingest / plain | " + " | ".join(f"{totals[c] / p:.2f}x" for c in args.configs) + " |")


if __name__ == "__main__":
    main()
