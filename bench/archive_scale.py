"""scale57: a whole archive measured end to end, its sentence units included: answered questions and questions a topic
rule declines (fdecl47's gate reads every unit), load, memory after 100 answers, and adding and removing a transcript.

`bench/bench_scale.py measure` times the QMSum test questions on `build`'s indexes, whose sentence units are their
passage's vector plus noise and which a declined question's read of every unit (`Store.best_unit_cosine`) never met at
size. This script measures any index folder, for example `bench/unit_copies.py`'s noisy copies of `index-mixed` (the
shared transcripts with QMSum val and test, their units real sentences' vectors), in a fresh process, library API,
k=5, highlights included:

- load (the `Store` opened) and the first answer (the model loaded), untimed in the medians;
- `--answered` QMSum test questions, each asked once: wall and CPU p50 / p95 (the figures of issue 12 point 4);
- `--declined` questions of a dev run (`--run`) that a topic rule declined with its phrase read over every unit
  (`evidence.phrase_anywhere`, asked alone as the run asked them, no transcript filter): wall and CPU p50 / p95, how
  many are still declined and still read a phrase, and the gate's read alone (`Store.best_unit_cosine` over every
  live passage, the phrase encoded once outside the timing);
- resident memory after the answered questions and after the declined ones, anonymous (the process's own pages) and
  file-backed (mapped index pages: page cache);
- adding one transcript of about 34 passages (a noisy copy of one of the index's own, vectors given: the write alone,
  under the lock) and removing it (`TranscriptQA.remove`), `--writes` times each.

    HF_HUB_OFFLINE=1 nice -n 10 python bench/archive_scale.py bench/out/index-mixed-1mp \
        --run /work/main/bench/out/eval-dev-s44g
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_scale import QMSUM, disk_mib, percentile, rss_mib, rss_parts  # noqa: E402
from bench.unit_copies import copy_of  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.store import StoreWriter, writer_lock  # noqa: E402
from qa.types import to_json  # noqa: E402


def declined_questions(run: Path) -> list[str]:
    """The questions of `run` (an evaluation folder) asked alone that a topic rule declined after reading its phrase
    over every unit (`phrase_anywhere` recorded), in the run's order, each once."""
    out: dict[str, None] = {}
    for path in sorted(run.glob("*/results.jsonl")):
        if "seed" in path.parent.name:  # the seed's questions read the seed index, not the shared transcripts
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            evidence = record["answer"].get("evidence") or {}
            if (not record.get("history") and not record["answer"]["answerable"] and evidence.get("tested_phrase")
                    and evidence.get("phrase_anywhere") is not None):
                out[record["question"]] = None
    return list(out)


def timed_asks(qa: TranscriptQA, questions: list[str]) -> tuple[list[float], list[float], list]:
    walls, cpus, answers = [], [], []
    for q in questions:
        t, c = time.perf_counter(), time.process_time()
        answers.append(qa.ask(q, k=5))
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return walls, cpus, answers


def figures(prefix: str, walls: list[float], cpus: list[float]) -> dict:
    return {f"{prefix}_p50_ms": round(statistics.median(walls), 1), f"{prefix}_p95_ms": round(percentile(walls, 95), 1),
            f"{prefix}_cpu_p50_ms": round(statistics.median(cpus), 1),
            f"{prefix}_cpu_p95_ms": round(percentile(cpus, 95), 1), f"{prefix}_n": len(walls)}


def memory(prefix: str) -> dict:
    anon, file = rss_parts()
    return {f"rss_{prefix}_mib": round(rss_mib()), f"rss_anon_{prefix}_mib": round(anon),
            f"rss_file_{prefix}_mib": round(file)}


def add_and_remove(qa: TranscriptQA, times: int) -> tuple[list[float], list[float], int]:
    """Write a noisy copy of the index's transcript nearest 34 passages, renamed, and remove it; `times` rounds."""
    store = qa.store()
    sizes = {info.name: len(store.transcript_rows(info.name)) for info in store.all_infos()}
    name = min(sizes, key=lambda n: (abs(sizes[n] - 34), n))
    rng = np.random.default_rng(11)
    adds, removes = [], []
    folder = Path(qa.settings.index_dir)
    for round_ in range(times):
        addition = copy_of(store, name, f"added{round_}", rng)
        t = time.perf_counter()
        with writer_lock(folder):
            writer = StoreWriter(folder, store.shape, ann=qa.settings.ann(), window_words=store.window_words)
            try:
                writer.apply([], [addition])
            finally:
                writer.close()
        adds.append(time.perf_counter() - t)
        t = time.perf_counter()
        qa.remove(addition.stored.info.name)
        removes.append(time.perf_counter() - t)
    return adds, removes, sizes[name]


def profile(qa: TranscriptQA, questions: list[str], what: str) -> None:
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for q in questions:
        qa.ask(q, k=5)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(45)
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(30)
    print(f"== profile of {len(questions)} {what} questions ==", file=sys.stderr)
    print(out.getvalue(), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="the index folder (written into by the add and remove)")
    parser.add_argument("--run", type=Path, required=True, help="a dev evaluation folder: its declined questions")
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--answered", type=int, default=100, help="QMSum test questions asked")
    parser.add_argument("--declined", type=int, default=100, help="the run's declined questions asked")
    parser.add_argument("--writes", type=int, default=3, help="adds and removes of one transcript")
    parser.add_argument("--loads", type=int, default=0, help="instead, only time this many loads of the index in this "
                        "process, one after another (`prefetch_index` off), and print them with their median")
    parser.add_argument("--answers", type=Path, help="write every timed answer here (JSON lines, `qa.types.to_json`), "
                        "to compare two codes' answers record by record (scale59)")
    parser.add_argument("--profile", type=int, default=0, help="then profile this many declined and as many answered "
                        "questions asked again (cProfile, the functions of most cumulative time)")
    args = parser.parse_args(argv)
    if args.loads:
        loads = []
        for _ in range(args.loads):
            t = time.perf_counter()
            TranscriptQA(Settings(index_dir=str(args.index), prefetch_index=False)).store()
            loads.append(time.perf_counter() - t)
        print(json.dumps({"index": str(args.index), "loads_s": [round(s, 2) for s in loads],
                          "median_s": round(statistics.median(loads), 2),
                          "load_average": round(os.getloadavg()[0], 1)}), flush=True)
        return
    answered = [json.loads(line)["question"] for line in (args.qmsum / "questions.jsonl").read_text().splitlines()
                if line.strip()][:args.answered]
    declined = declined_questions(args.run)[:args.declined]
    result: dict = {"index": str(args.index), "load_average_start": round(os.getloadavg()[0], 1)}
    started = time.perf_counter()
    qa = TranscriptQA(Settings(index_dir=str(args.index)))
    store = qa.store()
    result["load_s"] = round(time.perf_counter() - started, 2)
    result["passages"], result["units"] = len(store), int(store.counts["units"])
    result.update(memory("after_load"))
    t = time.perf_counter()
    qa.ask(answered[0], k=5)  # the model loads (untimed in the medians)
    result["first_ask_s"] = round(time.perf_counter() - t, 2)
    result.update(memory("with_model"))
    walls, cpus, answers = timed_asks(qa, answered)
    answered_all = answers
    result.update(figures("answered", walls, cpus))
    result["answered_declined"] = sum(not a.answerable for a in answers)
    result.update(memory("after_answered"))
    walls, cpus, answers = timed_asks(qa, declined)
    result.update(figures("declined", walls, cpus))
    result["declined_still_declined"] = sum(not a.answerable for a in answers)
    result["declined_phrase_read"] = sum(a.evidence is not None and a.evidence.phrase_anywhere is not None
                                         for a in answers)
    result.update(memory("after_declined"))
    if args.answers:
        with args.answers.open("w", encoding="utf-8") as out:
            for answer in answered_all + answers:
                out.write(json.dumps(to_json(answer), sort_keys=True, default=str) + "\n")
    phrases = [a.evidence.tested_phrase for a in answers if a.evidence is not None and a.evidence.tested_phrase]
    every = store.rows([t.name for t in store.all_infos()], None)
    reads = []
    for vector in qa.query_encoder.encode(phrases) if phrases else []:
        t = time.perf_counter()
        store.best_unit_cosine(every, vector)
        reads.append((time.perf_counter() - t) * 1000)
    if reads:
        result["gate_read_p50_ms"] = round(statistics.median(reads), 1)
        result["gate_read_p95_ms"] = round(percentile(reads, 95), 1)
    if args.profile:
        profile(qa, declined[:args.profile], "declined")
        profile(qa, answered[1:args.profile + 1], "answered")
    if args.writes:
        adds, removes, size = add_and_remove(qa, args.writes)
        result.update({"added_passages": size, "add_s": [round(s, 2) for s in adds],
                       "remove_s": [round(s, 2) for s in removes], "add_s_median": round(statistics.median(adds), 2),
                       "remove_s_median": round(statistics.median(removes), 2)})
    result["disk_mib"] = round(disk_mib(args.index))
    result["load_average_end"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
