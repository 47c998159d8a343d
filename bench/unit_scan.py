"""scale55: the gate's read of every sentence unit at 1M and 2M units, by FAISS structure, on real unit vectors.

fdecl47's gate reads the best cosine of a topic phrase over every stored sentence unit (`Store.best_unit_cosine`;
docs/scale.md "fdecl47's gate at size", "scale53", "scale55"). This script takes the real unit vectors of an index
(`index-mixed`: the shared transcripts with QMSum val and test, 46,727 units) and a dev run's gate phrases, makes
SIZE units of noisy copies of them (`bench_scale.py`'s noise, the first copy the real vectors themselves), and, for
each structure, times per phrase the search of the structure (one thread, every list probed) plus the exact re-read
of its K candidates from the half-precision units (as `Store.best_unit_cosine` reads them), against the exact best
over every unit: how many best cosines differ (1e-6) and how many gate verdicts (cosine at least 0.6) flip.

    HF_HUB_OFFLINE=1 nice -n 10 python bench/unit_scan.py /work/main/bench/out/eval-dev-s43f \
        --units-from /work/main/bench/out/index-mixed --size 1000000
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import faiss  # noqa: E402

from bench.bench_scale import _noisy  # noqa: E402
from embeddings.vectors import inner_products  # noqa: E402

faiss.omp_set_num_threads(1)
BLOCK = 65_536


def phrases_of(run: Path) -> list[str]:
    """The gate's phrases over the shared transcripts of an evaluation run (`tested_phrase`, where it read one)."""
    out = []
    for path in sorted(run.glob("*/results.jsonl")):
        if "seed" in path.parent.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            evidence = json.loads(line)["answer"].get("evidence") or {}
            if evidence.get("phrase_anywhere") is not None and evidence.get("tested_phrase"):
                out.append(evidence["tested_phrase"])
    return out


def copies(units: np.ndarray, size: int, seed: int = 7) -> np.ndarray:
    """`size` half-precision units: `units` itself, then noisy copies of it."""
    rng = np.random.default_rng(seed)
    out = np.empty((size, units.shape[1]), dtype=np.float16)
    out[:min(size, len(units))] = units[:size]
    for begin in range(len(units), size, len(units)):
        end = min(size, begin + len(units))
        out[begin:end] = _noisy(units[:end - begin].astype(np.float32), rng)
    return out


def exact_best(units: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Each query's best cosine over every unit (the one pass's figure), read a block at a time."""
    best = np.full(len(queries), -np.inf, dtype=np.float32)
    for begin in range(0, len(units), BLOCK):
        block = units[begin:begin + BLOCK].astype(np.float32)
        norms = np.linalg.norm(block, axis=1)
        block /= np.where(norms > 0, norms, 1.0)[:, None]
        best = np.maximum(best, (block @ queries.T).max(axis=0))
    return best


def build(units: np.ndarray, key: str, lists: int, seed: int = 1234):
    dim = units.shape[1]
    index = faiss.index_factory(dim, key.format(lists=lists), faiss.METRIC_INNER_PRODUCT)
    sample = min(len(units), lists * 40)
    picked = np.sort(np.random.default_rng(seed).choice(len(units), sample, replace=False))
    ivf = faiss.extract_index_ivf(index)
    ivf.cp.seed, ivf.cp.niter = seed, 10
    index.train(units[picked].astype(np.float32))
    for begin in range(0, len(units), BLOCK):
        end = min(len(units), begin + BLOCK)
        index.add_with_ids(units[begin:end].astype(np.float32), np.arange(begin, end, dtype=np.int64))
    ivf.nprobe = ivf.nlist
    return index


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--units-from", type=Path, required=True, help="an index folder whose units are copied")
    parser.add_argument("--size", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--lists", type=int, default=2048)
    parser.add_argument("--keys", nargs="+", default=["IVF{lists},PQ48x4fs", "IVF{lists},PQ96x4fs"],
                        help="FAISS index_factory keys ({lists}: --lists); IVF{lists},SQ8 is scale53's codes")
    parser.add_argument("--k", type=int, nargs="+", default=[64, 256, 1024])
    args = parser.parse_args(argv)
    from qa.api import TranscriptQA
    from qa.config import Settings

    qa = TranscriptQA(Settings(index_dir=str(args.units_from)))
    store = qa.store()
    real = np.concatenate([store.unit_vectors(int(r)) for r in range(len(store))]).astype(np.float16)
    phrases = phrases_of(args.run)
    queries = np.asarray(qa.query_encoder.encode(phrases), dtype=np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    print(f"{len(phrases)} phrases, {len(real)} real units")
    for size in args.size:
        units = copies(real, size)
        truth = exact_best(units, queries)
        print(f"\n## {size:,} units ({units.nbytes / 2**20:.0f} MiB of float16), {args.lists} lists; "
              f"{int((truth >= 0.6).sum())} phrases at 0.6 or more")
        print("| structure | codes MiB | build s | K | median ms | p95 ms | differ | largest difference | "
              "highest cosine of those | flips |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for key in args.keys:
            started = time.perf_counter()
            index = build(units, key, args.lists)
            built = time.perf_counter() - started
            codes = faiss.serialize_index(index).nbytes / 2**20
            for k in args.k:
                ms, found = [], []
                for q in queries:
                    start = time.perf_counter()
                    _, ids = index.search(q.reshape(1, -1), k)
                    rows = np.sort(ids[0][ids[0] >= 0])
                    vectors = units[rows].astype(np.float32)
                    norms = np.linalg.norm(vectors, axis=1)
                    found.append(float(np.max(inner_products(vectors, q) / np.where(norms > 0, norms, 1.0))))
                    ms.append(1000 * (time.perf_counter() - start))
                found = np.asarray(found)
                ms.sort()
                differ = np.abs(found - truth) > 1e-6
                highest = f"{truth[differ].max():.3f}" if differ.any() else "-"
                print(f"| {key.format(lists=args.lists)} | {codes:.0f} | {built:.0f} | {k} | "
                      f"{statistics.median(ms):.1f} | {ms[int(0.95 * (len(ms) - 1))]:.1f} | {int(differ.sum())} | "
                      f"{np.abs(found - truth).max():.2g} | {highest} | "
                      f"{int(((found >= 0.6) != (truth >= 0.6)).sum())} |", flush=True)
            del index


if __name__ == "__main__":
    main()
