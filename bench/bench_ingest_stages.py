"""Where ingest time goes, stage by stage, beside one plain fp32 encode of the same text (140-word windows).

    nice -n 10 .venv/bin/python bench/bench_ingest_stages.py [--meetings 8] [--repeats 3] [--clock cpu]
        [--configs separate:fp32 pooled:fp32 pooled:bf16] [--threads 1]

Runs the library's own ingest stages (qa.ingest.Pipeline) on the QMSum val meetings, timing each: parse, segment
(passages, sections, sentence units), passage encode, unit encode (0 when units are pooled from the passages'
forward pass, `unit_vectors=pooled`), write (the store, BM25 included), for each unit_vectors:ingest_precision
pair ("auto:<precision>": the default, units pooled in rapid talk and encoded alone elsewhere; "pooled<N>:
<precision>": pooled, units of at most N tokens encoded alone, unit_alone_tokens N; "window:<precision>":
ingest_passes window, one forward pass per window of passages; "units:<precision>": ingest_passes units, every
sentence unit encoded alone and each passage summed from them); a third field sets the context words of every
passage, rapid talk's too ("auto:bf16:48": the default before rapid_context_words 16).
Each repeat also
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

import numpy as np

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
    if pipeline.settings.ingest_passes in ("window", "units"):
        t = clock()
        embed = pipeline.embed_windows if pipeline.settings.ingest_passes == "window" else pipeline.embed_units
        passage_vectors, unit_vectors = embed([p for _, _, p in parsed], None)
        times["passage encode"] = clock() - t
    else:  # each transcript's units pooled (unit_vectors pooled, or auto in rapid talk) or encoded alone
        pools = [pipeline.pools(p[0]) for _, _, p in parsed]
        parsed = ([x for x, pooled in zip(parsed, pools) if pooled]
                  + [x for x, pooled in zip(parsed, pools) if not pooled])
        pools = sorted(pools, reverse=True)  # the pooled transcripts first, in the order `parsed` now has
        vectors = []
        for flag in (True, False):
            group = [p for (_, _, p), pooled in zip(parsed, pools) if pooled == flag]
            texts, spans, alone = pipeline.texts(group)
            t = clock()
            if flag:
                passage_vectors, unit_vectors = pipeline.embed_pooled(texts, spans, None)
                times["passage encode"] += clock() - t
                t = clock()
                unit_vectors = pipeline.short_units_alone(alone, unit_vectors)  # unit_alone_tokens: short ones alone
            else:
                passage_vectors = pipeline.embed(texts, None)
                times["passage encode"] += clock() - t
                t = clock()
                unit_vectors = pipeline.embed(alone, None)
            times["unit encode"] += clock() - t
            vectors.append((passage_vectors, unit_vectors))
        passage_vectors = np.concatenate([v[0] for v in vectors])
        unit_vectors = np.concatenate([v[1] for v in vectors])
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
    parser.add_argument("--names", nargs="+", default=None,
                        help="these val meetings (file names) instead of the first --meetings in name order")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--configs", nargs="+", default=["separate:fp32", "pooled:fp32", "pooled:bf16"],
                        help="unit_vectors:ingest_precision pairs, each timed in every repeat")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep each config's index of the first repeat here (<keep>/<units>-<precision>), for "
                        "`tqa eval --index` on the same meetings")
    parser.add_argument("--clock", choices=list(CLOCKS), default="wall",
                        help="cpu: CPU seconds of this process (steadier than wall time on a shared machine)")
    parser.add_argument("--batch-size", type=int, default=None, help="ingest's batch_size (default: the setting's)")
    parser.add_argument("--threads", type=int, default=None,
                        help="torch threads for everything timed (default: torch's own choice, one per core)")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    global clock
    clock = CLOCKS[args.clock]
    files = sorted((args.qmsum / "transcripts").iterdir())[:args.meetings]
    if args.names:
        files = [args.qmsum / "transcripts" / name for name in args.names]
    plain_texts = windows(files)
    base = Settings().replace(index_dir=Path(tempfile.mkdtemp()), batch_size=args.batch_size)
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
            # "pooled<N>": pooled, units of at most N tokens encoded alone (unit_alone_tokens N)
            # a third field: the context words of every passage, rapid talk's too (default: the settings')
            units, precision, *context = config.split(":")
            alone = int(units[len("pooled"):]) if units.startswith("pooled") and units != "pooled" else 0
            units = "pooled" if alone else units  # "auto": pooled in rapid talk, alone elsewhere
            passes = units if units in ("window", "units") else "passage"
            unit_vectors = {"window": "pooled", "units": "separate"}.get(units, units)
            qa = TranscriptQA(base.replace(unit_vectors=unit_vectors, unit_alone_tokens=alone,
                                           ingest_precision=precision, ingest_passes=passes,
                                           context_words=int(context[0]) if context else base.context_words,
                                           rapid_context_words=-1 if context else base.rapid_context_words))
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
