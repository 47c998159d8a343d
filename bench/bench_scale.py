"""Scale figures: indexes of 10k, 100k and 1M passages built from real passages and vectors, and what they cost.

    nice -n 5 .venv/bin/python bench/bench_scale.py source              # parse, segment, embed QMSum test once
    nice -n 5 .venv/bin/python bench/bench_scale.py build --size 100000 # copies of it, with noisy vectors
    nice -n 5 .venv/bin/python bench/bench_scale.py measure --size 100000
    nice -n 5 .venv/bin/python bench/bench_scale.py recall --vectors-from bench/out/qmsum/index-val \
        --questions-from ../shared/bench/qmsum/val/questions.jsonl --nprobe 8 24 96   # real vectors, IVF forced on
    nice -n 10 .venv/bin/python bench/bench_scale.py recall --vectors-from INDEX... --kind passages windows units \
        sections --pad-to 1000000 --timed 200   # every real vector pooled, padded to 1M with noisy copies
    nice -n 19 .venv/bin/python bench/bench_scale.py windows   # new real vectors: sliding windows of ../shared's text
    nice -n 10 .venv/bin/python bench/bench_scale.py crossover --sizes 5000 20000 50000   # exact vs IVF (ann_threshold)

`source` ingests the QMSum test meetings with the product's own pipeline (passages, sections, sentence units) and
embeds their passages with the real model (the sentence units get their passage's vector plus noise, which costs
no encoder time and is enough for timing). `build` writes copies of those transcripts (named `name~N`) with every
vector perturbed by Gaussian noise (sigma 0.02 per dimension, then renormalised, so copies are near but not equal
duplicates) through the product's own `StoreWriter`, a commit per batch of transcripts. `measure` runs in a fresh
process: load time, memory after load and after the first answer (model included), `ask` p50/p95 with
highlights (k=5, the QMSum test questions, each asked once; wall and CPU time), query encoding, vector search,
section scoring, BM25 and the context windows alone (wall and CPU time each), recall@10 (`--no-recall` skips it), and
adding and removing one 34-passage transcript (the write alone; its vectors are given), `ask` with a transcript
filter (`--filtered` questions, each filtered to its own meeting), and resident memory split into anonymous pages
(the process's own) and file pages (mapped index files: page cache). Everything lands under
bench/out/scale/ (git ignores it).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.ingest import Source  # noqa: E402
from qa.store import Addition, StoredTranscript, StoreWriter, writer_lock  # noqa: E402

OUT = REPO / "bench" / "out" / "scale"
QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "test"
NOISE = 0.02


def rss_mib(field: str = "VmRSS") -> float:
    """The process's resident memory (MiB) from /proc/self/status: VmRSS (all of it), RssAnon (its own
    allocations: what it holds) or RssFile (pages of mapped files: page cache the kernel can drop and read again)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_parts() -> tuple[float, float]:
    """(anonymous, file-backed) resident MiB."""
    return rss_mib("RssAnon"), rss_mib("RssFile")


def make_source(args) -> None:
    """Parse, segment and embed the QMSum test meetings once (real passage vectors)."""
    folder = OUT / "source"
    folder.mkdir(parents=True, exist_ok=True)
    qa = TranscriptQA(Settings(index_dir=folder / "unused"))
    pipeline = qa._pipeline()
    parsed = []
    for path in sorted((args.qmsum / "transcripts").iterdir()):
        data = path.read_bytes()
        parsed.append((Source(path.name, data, None), "", pipeline.parse(Source(path.name, data, None))))
    texts = [t for _, _, (transcript, passages, _, _) in parsed for t in pipeline.embedding_texts(transcript, passages)]
    started = time.perf_counter()
    vectors = pipeline.embed(texts, None)
    print(f"embedded {len(texts)} passages in {time.perf_counter() - started:.0f}s")
    records = [(transcript, passages, sections, units) for _, _, (transcript, passages, sections, units) in parsed]
    (folder / "records.pkl").write_bytes(pickle.dumps(records))
    np.save(folder / "vectors.npy", vectors)


def _load_source():
    folder = OUT / "source"
    return pickle.loads((folder / "records.pkl").read_bytes()), np.load(folder / "vectors.npy")


def _noisy(vectors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    noisy = vectors + rng.normal(0, NOISE, vectors.shape).astype(np.float32)
    return (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)


def additions(records, vectors, copy: int, rng: np.random.Generator) -> list[Addition]:
    """One copy of every source transcript, renamed `name~copy`, with noisy vectors."""
    from qa.ingest import _stored

    out, at = [], 0
    for transcript, passages, sections, units in records:
        name = f"{transcript.name}~{copy}"
        block = vectors[at:at + len(passages)]
        at += len(passages)
        renamed = [dataclasses.replace(p, transcript=name) for p in passages]
        stored = _stored(dataclasses.replace(transcript, name=name), renamed, f"copy-{copy}-{transcript.name}", None)
        unit_vectors = np.repeat(block, [len(u) for u in units], axis=0)
        out.append(Addition(stored, renamed, _noisy(block, rng), [dataclasses.replace(s, transcript=name)
                                                                    for s in sections],
                            units, _noisy(unit_vectors, rng).astype(np.float32)))
    return out


def build(args) -> None:
    records, vectors = _load_source()
    per_copy = len(vectors)
    copies = max(1, round(args.size / per_copy))
    folder = OUT / f"index-{args.size}"
    if folder.exists():
        shutil.rmtree(folder)
    qa = TranscriptQA(Settings(index_dir=folder))
    shape = qa._shape()
    rng = np.random.default_rng(7)
    started = time.perf_counter()
    batch = max(1, args.batch_rows // per_copy)
    for first in range(0, copies, batch):
        adds = [a for c in range(first, min(copies, first + batch)) for a in additions(records, vectors, c, rng)]
        with writer_lock(folder):
            writer = StoreWriter(folder, shape, ann=qa.settings.ann(), window_words=qa.settings.window_words)
            writer.apply([], adds)
            writer.close()
        print(f"{min(copies, first + batch) * per_copy} passages written, {time.perf_counter() - started:.0f}s, "
              f"RSS {rss_mib():.0f} MiB", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"built {copies * per_copy} passages in {time.perf_counter() - started:.0f}s; peak RSS {peak:.0f} MiB; "
          f"disk {disk_mib(folder):.0f} MiB")


def disk_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def percentile(values, q):
    return float(np.percentile(values, q))


def measure(args) -> None:
    from qa.conversation import Context, build_query
    from qa.retrieve import context_windows, rank_lexical, rank_sections, rank_windows

    folder = OUT / f"index-{args.size}"
    questions = [json.loads(line)["question"] for line in (args.qmsum / "questions.jsonl").read_text().splitlines()
                 if line.strip()][:args.questions]
    started = time.perf_counter()
    qa = TranscriptQA(Settings(index_dir=folder))
    store = qa.store()
    load_s = time.perf_counter() - started
    load_rss = rss_mib()
    settings = qa.settings
    t = time.perf_counter()
    windows = context_windows(store, settings.window_words, settings.window_turn_words)  # at the first question
    windows_s = time.perf_counter() - t
    t = time.perf_counter()
    qa.ask(questions[0])  # the model loads
    first_ask_s = time.perf_counter() - t
    model_rss, model_parts = rss_mib(), rss_parts()
    asks, ask_cpu = [], []
    stages: dict[str, list[tuple[float, float]]] = {name: [] for name in ("encode", "search", "sections", "bm25",
                                                                         "windows")}
    sparse = getattr(store.lexical, "sparse_scores", store.lexical.scores)  # the code before sparse scores: dense
    for q in questions:
        t, c = time.perf_counter(), time.process_time()
        qa.ask(q, k=5)
        asks.append((time.perf_counter() - t) * 1000)
        ask_cpu.append((time.process_time() - c) * 1000)
        query = timed(stages["encode"], build_query, q, Context((), None), qa.query_encoder.encode)
        timed(stages["search"], store.search, query.vector, 100)
        timed(stages["sections"], rank_sections, store, store.section_lexical, query, None, "hybrid", 0.5, 60, 100)
        timed(stages["bm25"], rank_lexical, store.lexical, query, None, 100)
        timed(stages["windows"], lambda: rank_windows(windows, query, sparse(query.lexical_text), None, 100))
    after_rss, after_parts = rss_mib(), rss_parts()
    filtered, filtered_cpu = ask_filtered(qa, args.qmsum, args.filtered)
    recall = recall_at_10(qa, store, questions) if args.recall else float("nan")
    window_recall = window_recall_at_10(qa, store, windows, questions) if args.recall else float("nan")
    add_s, remove_s = add_and_remove(qa)
    result = {
        "passages": len(store), "vector_index": store.vector_index, "load_s": round(load_s, 2),
        "windows_s": round(windows_s, 2), "first_ask_s": round(first_ask_s, 2),
        "rss_after_load_mib": round(load_rss), "rss_with_model_mib": round(model_rss),
        "rss_after_asks_mib": round(after_rss),
        # resident = anonymous (the process's own allocations: what it holds) + file pages (the mapped index files'
        # pages that the searches touched: page cache, dropped by the kernel under memory pressure)
        "rss_anon_with_model_mib": round(model_parts[0]), "rss_file_with_model_mib": round(model_parts[1]),
        "rss_anon_after_asks_mib": round(after_parts[0]), "rss_file_after_asks_mib": round(after_parts[1]),
        "ask_p50_ms": round(statistics.median(asks), 1), "ask_p95_ms": round(percentile(asks, 95), 1),
        "ask_cpu_p50_ms": round(statistics.median(ask_cpu), 1), "ask_cpu_p95_ms": round(percentile(ask_cpu, 95), 1),
        "load_average": round(os.getloadavg()[0], 1),
        "ask_filtered_p50_ms": round(statistics.median(filtered), 1) if filtered else None,
        "ask_filtered_p95_ms": round(percentile(filtered, 95), 1) if filtered else None,
        "ask_filtered_cpu_p50_ms": round(statistics.median(filtered_cpu), 1) if filtered else None,
        **{f"{name}_ms": round(statistics.median(w for w, _ in times), 2) for name, times in stages.items()},
        **{f"{name}_cpu_ms": round(statistics.median(c for _, c in times), 2) for name, times in stages.items()},
        "recall_at_10_vs_exact": round(recall, 4),
        "window_search": store.window_search.kind, "window_recall_at_10_vs_exact": round(window_recall, 4), "add_s": round(add_s, 2), "remove_s": round(remove_s, 2),
        "disk_mib": round(disk_mib(folder)), "questions": len(questions),
    }
    print(json.dumps(result))


def ask_filtered(qa: TranscriptQA, qmsum: Path, n: int) -> tuple[list[float], list[float]]:
    """Wall and CPU times (ms) of `ask` (k=5) for the first n QMSum questions, each filtered to its own meeting (the
    first copy of it in the index), as a user who picks a transcript in the UI asks."""
    records = [json.loads(line) for line in (qmsum / "questions.jsonl").read_text().splitlines() if line.strip()]
    names = [info.name for info in qa.list_transcripts()]
    walls, cpus = [], []
    for record in records[:n]:
        meeting = str(record.get("transcript", "")).rsplit(".", 1)[0]
        found = next((name for name in names if meeting and name.startswith(meeting)), None)
        if found is None:
            continue
        t, c = time.perf_counter(), time.process_time()
        qa.ask(record["question"], k=5, transcripts=[found])
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return walls, cpus


def timed(into: list, fn, *args):
    """fn(*args), its wall and CPU time (ms) appended to `into`."""
    t, c = time.perf_counter(), time.process_time()
    result = fn(*args)
    into.append(((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000))
    return result


def recall_at_10(qa: TranscriptQA, store, questions: list[str]) -> float:
    """Share of the exact top 10 (a full scan) that the store's search returns, for the questions' vectors."""
    from embeddings.vectors import VectorSearch

    exact = VectorSearch(store._vectors, None if store.live.all() else store.live)
    found = []
    for vector in qa.query_encoder.encode(questions):
        truth = {r for r, _ in exact.search(vector, 10)}
        found.append(len(truth & {r for r, _ in store.search(vector, 10)}) / 10)
    return float(np.mean(found))


def window_recall_at_10(qa: TranscriptQA, store, windows, questions: list[str]) -> float:
    """The same for the context windows' search, among the rapid-talk rows, against an exact scan of them."""
    from embeddings.vectors import VectorSearch

    pool = np.flatnonzero(windows.active)
    exact = VectorSearch(store.stored_windows(qa.settings.window_words), store.live)
    found = []
    for vector in qa.query_encoder.encode(questions):
        truth = {r for r, _ in exact.search(vector, 10, pool)}
        found.append(len(truth & {r for r, _ in store.window_search.search(vector, 10, pool)}) / 10)
    return float(np.mean(found)) if len(pool) else 1.0


def recall_on_source(args) -> None:
    """Recall@10 of the IVF index against exact search on real vectors, the IVF forced on whatever their number.

    Vectors: the QMSum test source (default), or `--vectors-from INDEX`: the passage (or `--kind windows`, `units`,
    `sections`) vectors of index folders, read-only from their files, pooled, plus with `--real-windows` every file
    `windows` wrote (new encodes of sliding windows of real text); rows repeated exactly (to float16 precision) are
    kept once. `--pad-to N`: noisy copies of those real rows (as `build` makes them) appended up to N rows, the real
    rows first. Lists: what the product would choose for that many rows (`ann_lists`), or `--lists N`; the IVF is
    trained as `train_ann` trains it. Each `--nprobe` value is measured (default: the product's), 64 candidates
    re-ranked by their exact vectors (`ann_rerank`), as the store's `VectorSearch` searches. Printed per nprobe:
    recall@10 against a full exact scan (mean; per question file in `by_file`); when padded, also the share of the
    exact top 10 that are real rows, and the recall among the real rows alone (the IVF searched with the real rows
    as its filter bitmap, against an exact scan of them); with `--timed N`, the median wall time (ms) of an exact
    and of an IVF search for the `candidates` (100) nearest, side by side on the first N questions."""
    from embeddings.vectors import VectorSearch, ann_lists, extend_ann

    if args.vectors_from or args.real_windows:
        parts = [index_vectors(folder, kind) for folder in args.vectors_from or [] for kind in args.kind]
        parts += [np.load(f) for f in sorted((OUT / "real-windows").glob("*.npy"))] if args.real_windows else []
        vectors = np.concatenate(parts)
    else:
        _, vectors = _load_source()
    pooled = len(vectors)
    _, first = np.unique(vectors.astype(np.float16), axis=0, return_index=True)
    vectors = np.ascontiguousarray(vectors[np.sort(first)], dtype=np.float32)
    real = len(vectors)
    if args.pad_to and args.pad_to > real:
        rng = np.random.default_rng(7)
        copies = [vectors] + [_noisy(vectors, rng) for _ in range(-(-(args.pad_to - real) // real))]
        vectors = np.concatenate(copies)[:args.pad_to]
        del copies
    qa = TranscriptQA(Settings(index_dir=OUT / "unused"))
    files = args.questions_from or [args.qmsum / "questions.jsonl"]
    asked = [(Path(f).parent.name + "/" + Path(f).name, json.loads(line)["question"]) for f in files
             for line in Path(f).read_text().splitlines() if line.strip()]
    questions = [q for _, q in asked]
    lists = args.lists or ann_lists(len(vectors))
    t = time.perf_counter()
    ann = train_ivf(vectors, lists)
    extend_ann(ann, vectors, 0, len(vectors))
    train_s = time.perf_counter() - t
    queries = qa.query_encoder.encode(questions)
    truths = exact_top(vectors, queries, 10)
    real_truths = exact_top(vectors[:real], queries, 10) if len(vectors) > real else None
    real_rows = np.arange(real, dtype=np.int64)
    real_rows.setflags(write=False)  # one fixed pool: the search keeps its bitmap
    exact = VectorSearch(vectors, settings=Settings().ann())
    for nprobe in args.nprobe or [Settings().ann_nprobe]:
        settings = dataclasses.replace(Settings().ann(), nprobe=nprobe)
        approximate = VectorSearch(vectors, ann=ann, ann_rows=len(vectors), settings=settings)
        found = np.array([len(truth & {r for r, _ in approximate.search(vector, 10)}) / 10
                          for vector, truth in zip(queries, truths)])
        by_file = {name: round(float(np.mean([f for (n, _), f in zip(asked, found) if n == name])), 4)
                   for name in dict.fromkeys(n for n, _ in asked)}
        row = {"vectors": len(vectors), "real_vectors": real, "pooled_before_dedupe": pooled,
               "kind": "+".join(args.kind) + ("+real-windows" if args.real_windows else ""),
               "source": " + ".join(map(str, args.vectors_from or ["source"])),
               "questions": len(questions), "lists": int(ann.nlist),
               "lists_chosen_by": "--lists" if args.lists else "ann_lists (the product's)",
               "nprobe": nprobe, "scanned_share": round(min(1.0, nprobe / ann.nlist), 4),
               "rerank": settings.rerank, "recall_at_10_vs_exact": round(float(np.mean(found)), 4),
               "min_recall_at_10": round(float(np.min(found)), 2), "by_file": by_file,
               "train_and_add_s": round(train_s, 1)}
        if real_truths is not None:
            row["real_share_of_exact_top_10"] = round(float(np.mean([sum(r < real for r in t) / 10
                                                                     for t in truths])), 4)
            found_real = [len(truth & {r for r, _ in approximate.search(vector, 10, real_rows)}) / 10
                          for vector, truth in zip(queries, real_truths)]
            row["real_rows_filter_recall_at_10"] = round(float(np.mean(found_real)), 4)
            row["real_rows_filter_min_recall_at_10"] = round(float(np.min(found_real)), 2)
        if args.timed:
            k = Settings().candidates
            times = {"exact": [[] for _ in queries[:args.timed]], "ivf": [[] for _ in queries[:args.timed]]}
            for round_ in range(args.repeats):
                for i, vector in enumerate(queries[:args.timed]):
                    pair = (("exact", exact), ("ivf", approximate))
                    for kind, searcher in pair[::-1] if (i + round_) % 2 else pair:  # each first half the time
                        t = time.perf_counter()
                        searcher.search(vector, k)
                        times[kind][i].append((time.perf_counter() - t) * 1000)
            for kind, per in times.items():
                row[f"{kind}_ms_median"] = round(statistics.median(statistics.median(r) for r in per), 3)
            row["timed_questions"], row["load_average"] = len(times["ivf"]), round(os.getloadavg()[0], 1)
        print(json.dumps(row), flush=True)


def exact_top(vectors: np.ndarray, queries: np.ndarray, k: int, block: int = 32) -> list[set[int]]:
    """The rows of the k largest inner products of each query: a full exact scan, queries in blocks."""
    out = []
    for a in range(0, len(queries), block):
        scores = queries[a:a + block] @ vectors.T
        out += [set(map(int, row)) for row in np.argpartition(-scores, k, axis=1)[:, :k]]
    return out


WINDOW_CHUNK = 2048
WINDOW_SPECS = ((24, 12, 0), (48, 24, 0), (96, 32, 0), (160, 80, 0))  # (words, stride, offset) of `windows`


def real_words() -> list[tuple[str, list[str]]]:
    """The words of every real transcript in ../shared, in order, per transcript (turn texts, the product's parse):
    QMSum val and test, and the shared transcripts."""
    from qa.parse import parse_file

    shared = REPO.parent / "shared"
    files = sorted((shared / "bench" / "qmsum").glob("*/transcripts/*.txt"))
    files += sorted(f for f in (shared / "data" / "transcripts").iterdir() if f.name != "PROVENANCE.md")
    out = []
    for f in files:
        transcript = parse_file(f)
        out.append((f.name, [w for turn in transcript.turns for w in turn.text.split()]))
    return out


def encode_windows(args) -> None:
    """New real vectors: sliding windows of the real transcripts' words (`WINDOW_SPECS`: words, stride, offset;
    windows cross turns), embedded by the product's encoder in bf16 (as ingest embeds on a bf16 CPU), a file per
    2,048 windows under bench/out/scale/real-windows/ (float32, unit rows; a file already written is skipped),
    stopping before a file once `--cpu-minutes` of CPU time are spent. Also prints the words: what "1M real vectors" could be."""
    from embeddings.encoder import load_encoder

    folder = OUT / "real-windows"
    folder.mkdir(parents=True, exist_ok=True)
    texts = real_words()
    total = sum(len(w) for _, w in texts)
    print(json.dumps({"transcripts": len(texts), "words": total,
                      "passages_of_140_words": sum(-(-len(w) // 140) for _, w in texts)}), flush=True)
    encoder = load_encoder(Settings().model)
    if args.shifts:  # how near a window is to the same window moved by a few words (near duplicates?)
        rng = np.random.default_rng(5)
        starts = [(w, int(rng.integers(0, len(w) - 140 - max(args.shifts)))) for _, w in texts
                  if len(w) > 400 for _ in range(2)]
        base = encoder.encode([" ".join(w[i:i + 140]) for w, i in starts], precision="bf16")
        copies = _noisy(base, np.random.default_rng(7))
        row = {"windows_of_140_words": len(starts),
               "noisy_copy_cosine_median": round(float(np.median(np.sum(base * copies, axis=1))), 4)}
        for shift in args.shifts:
            moved = encoder.encode([" ".join(w[i + shift:i + shift + 140]) for w, i in starts], precision="bf16")
            row[f"shift_{shift}_cosine_median"] = round(float(np.median(np.sum(base * moved, axis=1))), 4)
        print(json.dumps(row), flush=True)
        return
    start = time.process_time()
    for words_n, stride, offset in WINDOW_SPECS:
        windows = [" ".join(w[i:i + words_n]) for _, w in texts
                   for i in range(offset, max(offset + 1, len(w) - words_n // 2), stride)]
        for a in range(0, len(windows), WINDOW_CHUNK):  # a file per chunk: an interrupted run keeps what it did
            path = folder / f"w{words_n}-s{stride}-o{offset}-{a // WINDOW_CHUNK:03d}.npy"
            if path.exists():
                continue
            if (time.process_time() - start) / 60 > args.cpu_minutes:
                print(json.dumps({"stopped_before": path.name, "cpu_minutes": args.cpu_minutes}), flush=True)
                return
            t, c = time.perf_counter(), time.process_time()
            vectors = encoder.encode(windows[a:a + WINDOW_CHUNK], batch_size=32, precision="bf16")
            np.save(path, vectors.astype(np.float32))
            print(json.dumps({"file": path.name, "windows": len(vectors), "of": len(windows),
                              "wall_s": round(time.perf_counter() - t, 1),
                              "cpu_s": round(time.process_time() - c, 1)}), flush=True)


def crossover(args) -> None:
    """Exact search against the IVF search, side by side, at each `--sizes` N (for the choice of `ann_threshold`).

    The first N rows of noisy copies of the QMSum test passages' vectors (as `build` writes them; no store, only the
    search) are written to one float32 file and memory-mapped, as the store reads them; the product's IVF is trained
    on all N (`train_ann`: `ann_lists(N)` lists, 8-bit codes), written and mapped as a reader maps it. Each question's
    vector is searched (k = `candidates`, 100) by the store's `VectorSearch` twice, exact (no IVF) and IVF (nprobe 96,
    re-ranked by the exact vectors), alternately, `--repeats` rounds: unfiltered, filtered to the question's own
    meeting (a few hundred rows: exact in both, as any filter that leaves at most `ann_threshold` rows), and filtered
    to half the transcripts (every other meeting of each copy), the IVF forced on with that bitmap whatever its rows
    (as it would be past a lower threshold). Medians over the questions of each one's median wall time, and recall@10
    of the IVF against the exact top 10 (unfiltered, and among the half). `--trained-rows T`: the IVF trained on the
    first T rows (its lists chosen for T), then extended to N, as the product's stays until the rows grow eightfold."""
    from embeddings.vectors import VectorFile, VectorSearch, ann_lists, extend_ann, read_ann, train_ann, write_ann

    records, source = _load_source()
    settings = Settings()
    questions = [json.loads(line) for line in (args.qmsum / "questions.jsonl").read_text().splitlines()
                 if line.strip()][:args.questions]
    qa = TranscriptQA(Settings(index_dir=OUT / "unused"))
    queries = qa.query_encoder.encode([q["question"] for q in questions])
    names = [transcript.name for transcript, *_ in records]
    spans, at = {}, 0  # meeting -> its rows in copy 0
    for transcript, passages, *_ in records:
        spans[transcript.name], at = (at, at + len(passages)), at + len(passages)
    own = [spans.get(q.get("transcript") or q.get("meeting") or "", spans[names[i % len(names)]])
           for i, q in enumerate(questions)]
    folder = OUT / "crossover"
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    k = settings.candidates
    for size in args.sizes:
        copies = -(-size // len(source))
        vectors = np.concatenate([_noisy(source, rng) for _ in range(copies)])[:size]
        path = folder / "vectors.f32"
        vectors.tofile(path)
        mapped = VectorFile(path, vectors.shape[1]).read(size)
        t = time.perf_counter()
        ann = train_ann(mapped[:min(size, args.trained_rows or size)])  # the product trains at the first crossing
        extend_ann(ann, mapped, 0, size)
        write_ann(ann, folder / "ann.faiss")
        train_s = time.perf_counter() - t
        ann = read_ann(folder / "ann.faiss", mmap=True)
        exact = VectorSearch(mapped, settings=settings.ann())
        approx = VectorSearch(mapped, ann=ann, ann_rows=size, settings=settings.ann())
        # for the half pool the IVF is forced whatever its rows (threshold 0): a lower `ann_threshold` would send
        # such a filter to it
        forced = VectorSearch(mapped, ann=ann, ann_rows=size, settings=dataclasses.replace(settings.ann(), threshold=0))
        # half the transcripts: every other meeting of every copy (its rows, read-only, as the store keeps a pool)
        half = np.concatenate([np.arange(c * len(source) + a, min(size, c * len(source) + b), dtype=np.int64)
                               for c in range(copies) for i, (a, b) in enumerate(spans.values()) if i % 2 == 0])
        half.setflags(write=False)
        times = {f"{kind}_{f}": [[] for _ in queries] for kind in ("exact", "ivf") for f in ("all", "own", "half")}
        for round_ in range(args.repeats):
            for i, vector in enumerate(queries):
                rows = np.arange(*own[i], dtype=np.int64) % size  # (a meeting past N rows: as many rows of others)
                for f, pool in (("all", None), ("own", rows), ("half", half)):
                    pair = (("exact", exact), ("ivf", forced if f == "half" else approx))
                    for kind, searcher in pair[::-1] if (i + round_) % 2 else pair:  # each first half the time
                        t = time.perf_counter()
                        searcher.search(vector, k, pool)
                        times[f"{kind}_{f}"][i].append((time.perf_counter() - t) * 1000)
        medians = {name: statistics.median(statistics.median(r) for r in per) for name, per in times.items()}
        found = [len({r for r, _ in exact.search(v, 10)} & {r for r, _ in approx.search(v, 10)}) / 10
                 for v in queries]
        found_half = [len({r for r, _ in exact.search(v, 10, half)} & {r for r, _ in forced.search(v, 10, half)}) / 10
                      for v in queries]
        print(json.dumps({
            "rows": size, "trained_on": min(size, args.trained_rows or size), "lists": int(ann.nlist), "nprobe": settings.ann_nprobe, "k": k,
            "train_and_add_s": round(train_s, 1),
            **{f"{name}_ms": round(v, 3) for name, v in medians.items()},
            **{f"ivf_over_exact_{f}": round(medians[f"ivf_{f}"] / medians[f"exact_{f}"], 3)
               for f in ("all", "own", "half")},
            "half_rows": len(half), "half_recall_at_10_vs_exact": round(float(np.mean(found_half)), 4),
            "recall_at_10_vs_exact": round(float(np.mean(found)), 4),
            "min_recall_at_10": round(float(np.min(found)), 2), "questions": len(queries),
            "repeats": args.repeats, "load_average": round(os.getloadavg()[0], 1)}), flush=True)
        del exact, approx, forced, ann, mapped
    shutil.rmtree(folder)


def index_vectors(folder: Path, kind: str) -> np.ndarray:
    """The committed passage (or window) vectors of an index folder, read from its file without opening the store
    (so an index of an older format is read too: format 2's vectors.npy, format 3's vectors.f32); every row
    counts (the indexes read here have no dead rows)."""
    from embeddings.vectors import VectorFile

    manifest = json.loads((folder / "manifest.json").read_text())
    gen = folder / manifest["generation"]
    if kind == "passages" and (gen / "vectors.npy").exists():  # format 2 (before the SQLite store)
        return np.load(gen / "vectors.npy")
    if kind == "sections":  # every row of the file (normalised sums of their passages' vectors)
        path = gen / "sections.f32"
        return np.fromfile(path, dtype=np.float32).reshape(-1, manifest["dim"]) if path.exists() else \
            np.zeros((0, manifest["dim"]), dtype=np.float32)
    if kind == "units":  # sentence-unit vectors, half precision: as float32, renormalised
        path = gen / "units.f16"
        if not path.exists():  # before format 3: none
            print(f"{folder}: no sentence units", file=sys.stderr)
            return np.zeros((0, manifest["dim"]), dtype=np.float32)
        units = np.fromfile(path, dtype=np.float16).reshape(-1, manifest["dim"]).astype(np.float32)
        return units / np.maximum(np.linalg.norm(units, axis=1, keepdims=True), 1e-12)
    path = gen / {"passages": "vectors.f32", "windows": "windows.f32"}[kind]
    return np.array(VectorFile(path, manifest["dim"]).read(manifest["passages"]))


def train_ivf(vectors: np.ndarray, lists: int):
    """embeddings.vectors.train_ann with the number of lists given (the same quantiser, codes, sample and seed)."""
    import faiss

    quantizer = faiss.IndexFlatIP(vectors.shape[1])
    index = faiss.IndexIVFScalarQuantizer(quantizer, vectors.shape[1], lists, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    sample = min(len(vectors), lists * 40)
    picked = np.sort(np.random.default_rng(1234).choice(len(vectors), sample, replace=False))
    index.cp.seed = 1234
    index.cp.niter = 10
    index.train(np.ascontiguousarray(vectors[picked], dtype=np.float32))
    return index


def add_and_remove(qa: TranscriptQA) -> tuple[float, float]:
    """Write one 34-passage transcript (vectors given) and remove it again: the write alone, under the lock."""
    records, vectors = _load_source()
    rng = np.random.default_rng(11)
    candidates = additions(records, vectors, 999_999, rng)
    addition = min(candidates, key=lambda a: abs(len(a.passages) - 34))
    shape = qa._shape()
    folder = qa.settings.index_dir
    t = time.perf_counter()
    with writer_lock(folder):
        writer = StoreWriter(folder, shape, ann=qa.settings.ann(), window_words=qa.settings.window_words)
        writer.apply([], [addition])
        writer.close()
    add_s = time.perf_counter() - t
    t = time.perf_counter()
    qa.remove(addition.stored.info.name)
    return add_s, time.perf_counter() - t


def resident_share(folder: Path) -> float:
    """The share of the index folder's bytes in the page cache (mincore over a private mapping of each file)."""
    import ctypes
    import mmap

    libc = ctypes.CDLL(None, use_errno=True)
    page, total, resident = os.sysconf("SC_PAGE_SIZE"), 0, 0
    for path in folder.rglob("*"):
        if not path.is_file() or path.stat().st_size == 0:
            continue
        size = path.stat().st_size
        with open(path, "rb") as f, mmap.mmap(f.fileno(), size, access=mmap.ACCESS_COPY) as m:
            pages = (size + page - 1) // page
            vec = (ctypes.c_ubyte * pages)()
            address = ctypes.addressof(ctypes.c_char.from_buffer(m))
            if libc.mincore(ctypes.c_void_p(address), ctypes.c_size_t(size), vec) == 0:
                resident += sum(v & 1 for v in vec) * page
            del address
        total += size
    return resident / max(total, 1)


def drop_cached(folder: Path) -> None:
    """Drop the index's files from the page cache (POSIX_FADV_DONTNEED: no root needed; pages another process maps
    stay): how a cold start (a reboot, or a cache other work has since filled) is approximated here."""
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())  # dirty pages (a copy just written) would stay
                os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def cold(args) -> None:
    """First answers of a fresh process, per mode, each run in its own process, modes alternating `--repeats`
    times: cold (the index dropped from the page cache first), cold with `prefetch_index`, and warm (every file
    read first). Each process loads the index and the query encoder, waits `--delay` seconds (a UI started before
    its first question), then times `--questions` answers (k=5) one by one."""
    import subprocess

    runs: dict[str, list[dict]] = {mode: [] for mode in args.modes}
    for repeat in range(args.repeats):
        for mode in args.modes:
            out = subprocess.run([sys.executable, __file__, "cold-one", "--size", str(args.size), "--mode", mode,
                                  "--questions", str(args.questions), "--delay", str(args.delay)],
                                 capture_output=True, text=True, check=True).stdout
            runs[mode].append(json.loads(out.strip().splitlines()[-1]))
            print(f"repeat {repeat} {mode}: {runs[mode][-1]}", flush=True)
    for mode, results in runs.items():
        med = {k: round(statistics.median(r[k] for r in results), 3) for k in results[0]}
        print(json.dumps({"mode": mode, "repeats": len(results), **med}))


def cold_one(args) -> None:
    folder = OUT / f"index-{args.size}"
    if args.mode == "warm":
        for path in folder.rglob("*"):
            if path.is_file():
                with open(path, "rb") as f:
                    while f.read(1 << 22):
                        pass
    else:
        drop_cached(folder)
    before = resident_share(folder)
    questions = [json.loads(line)["question"] for line in (args.qmsum / "questions.jsonl").read_text().splitlines()
                 if line.strip()][:args.questions]
    t = time.perf_counter()
    qa = TranscriptQA(Settings(index_dir=folder, prefetch_index=args.mode == "prefetch"))
    qa.store()
    load_s = time.perf_counter() - t
    qa.query_encoder.encode(["a question to load the encoder"])
    time.sleep(args.delay)
    at_first = resident_share(folder)
    asks = []
    for q in questions:
        t = time.perf_counter()
        qa.ask(q, k=5)
        asks.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"resident_before": round(before, 3), "resident_at_first": round(at_first, 3),
                      "load_s": round(load_s, 3), "first_ms": round(asks[0], 1),
                      "p50_ms": round(statistics.median(asks[1:] or asks), 1),
                      "p95_ms": round(percentile(asks[1:] or asks, 95), 1), "total_s": round(sum(asks) / 1000, 2),
                      "resident_after": round(resident_share(folder), 3)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["source", "build", "measure", "recall", "crossover", "windows", "cold",
                                           "cold-one"])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 50_000, 100_000, 200_000],
                        help="crossover: numbers of rows (any, not only whole copies)")
    parser.add_argument("--trained-rows", type=int, help="crossover: train the IVF on the first this many rows "
                        "(as the product does when the index first passes `ann_threshold`; default: all)")
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--batch-rows", type=int, default=100_000, help="passages per commit while building")
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--filtered", type=int, default=20,
                        help="measure: questions also asked filtered to their own meeting (0: none)")
    parser.add_argument("--vectors-from", type=Path, nargs="+", help="recall: index folders whose vectors to use "
                        "(read only; several: their vectors pooled)")
    parser.add_argument("--kind", choices=["passages", "windows", "units", "sections"], nargs="+", default=["passages"],
                        help="recall: which vectors of each folder (units: the sentence units')")
    parser.add_argument("--questions-from", type=Path, nargs="+", help="recall: question files (JSONL with "
                        "'question'; default: the QMSum split's questions.jsonl)")
    parser.add_argument("--shifts", type=int, nargs="*", help="windows: instead, the cosine of 140-word windows "
                        "to the same windows moved by these many words (and to noisy copies)")
    parser.add_argument("--cpu-minutes", type=float, default=28.0, help="windows: CPU time after which no "
                        "further spec is started")
    parser.add_argument("--lists", type=int, help="recall: IVF lists (default: what the product chooses)")
    parser.add_argument("--real-windows", action="store_true", help="recall: add the vectors `windows` wrote")
    parser.add_argument("--pad-to", type=int, help="recall: noisy copies of the real vectors appended up to this "
                        "many rows")
    parser.add_argument("--timed", type=int, default=0, help="recall: time exact and IVF searches on this many "
                        "questions (--repeats rounds)")
    parser.add_argument("--nprobe", type=int, nargs="+", help="recall: lists probed (default: the product's)")
    parser.add_argument("--no-recall", dest="recall", action="store_false",
                        help="measure: skip the recall@10 scans (an exact scan of every row per question)")
    parser.add_argument("--modes", nargs="+", choices=["cold", "prefetch", "warm"], default=["cold", "prefetch", "warm"],
                        help="cold: the first answers of a fresh process per mode")
    parser.add_argument("--mode", choices=["cold", "prefetch", "warm"], default="cold", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help="cold: processes per mode; crossover: rounds")
    parser.add_argument("--delay", type=float, default=0.0,
                        help="cold: seconds between load and the first question")
    args = parser.parse_args()
    {"source": make_source, "build": build, "measure": measure, "recall": recall_on_source, "crossover": crossover, "windows": encode_windows, "cold": cold,
     "cold-one": cold_one}[args.step](args)


if __name__ == "__main__":
    main()
