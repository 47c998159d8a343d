"""fdecl47's gate at size: the best sentence-unit cosine of a topic phrase over every passage, read three ways.

fdecl47's gate (docs/retrieval.md "fdecl47") compares a declined topic phrase, encoded alone, with the stored
sentence-unit vectors of every passage a question may cite: read passage by passage, about a second a declined
question at 100k passages (docs/scale.md). This script replays the gate's phrases of an evaluation run (each
record's `tested_phrase`, where the gate read one) over the index the run asked, and prints the median time of each
read of the best cosine over every passage (`phrase_anywhere`): passage by passage (as before), `Store.
best_unit_cosine` (one pass over the stored units), and, measured and not adopted, the units of only the K passages
whose own vectors are nearest the phrase, with how many best cosines that lowers and how many gate verdicts (cosine at
least `DeclineRule.phrase_similarity`) it flips. `--shared-index` replays the shared transcripts' phrases
over another index (a larger one that holds them among other recordings: the recorded cosines are then not checked).
`--unit-ivf SHARE...` (scale53) writes a copy of each index with an IVF over its sentence units (as the next ingest
into an index past the IVF threshold does; `--unit-threshold` forces it on a small index) and reads the best cosine
through it (`Store.best_unit_cosine`'s IVF read) scanning each SHARE of its lists: the median time, how many best
cosines differ from the one pass, and how many gate verdicts flip. scale55: an index whose unit IVF holds other codes
than `qa.store.UNIT_CODES` (scale53's SQ8) is copied and its unit IVF trained again with them, unless `--as-is`;
`--batched-truth` takes the one pass's cosines from one blocked product for every phrase (at 1M units the one pass
takes seconds a phrase), and `--phrases N` replays only the first N.
Usage:

    HF_HUB_OFFLINE=1 python bench/phrase_bound.py RUN_DIR --index bench/out/idx-s20 [--k 10 20 50 100]
    HF_HUB_OFFLINE=1 python bench/phrase_bound.py RUN_DIR --index bench/out/idx-s20 --shared-index bench/out/index-mixed
    HF_HUB_OFFLINE=1 python bench/phrase_bound.py RUN_DIR --index bench/out/idx-s20 --k 200 --unit-ivf 0.25 0.5 1 \
        --unit-threshold 1000
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import DeclineRule  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
import qa.store as qa_store  # noqa: E402
from qa.store import StoreWriter, writer_lock  # noqa: E402

OUT = REPO / "bench" / "out" / "phrase-bound"


def best_cosine(store, rows, unit: np.ndarray) -> float | None:
    """The highest cosine between `unit` and the stored sentence-unit vectors of `rows` (as the gate reads it)."""
    best = None
    for row in rows:
        vectors = store.unit_vectors(int(row))
        if len(vectors):
            norms = np.linalg.norm(vectors, axis=1)
            top = float(np.max(vectors @ unit / np.where(norms > 0, norms, 1.0)))
            best = top if best is None or top > best else best
    return best


def batched_truth(store, rows, vectors: np.ndarray, block: int = 20_000) -> np.ndarray:
    """Each vector's best cosine over the sentence units of the passages `rows`, as the one pass reads it, for every
    vector at once: one product over the units of `block` passages at a time instead of a pass a phrase."""
    queries = np.asarray(vectors, dtype=np.float32)
    queries = queries / np.linalg.norm(queries, axis=1, keepdims=True)
    rows = np.sort(np.asarray(rows, dtype=np.int64))
    best = np.full(len(queries), -np.inf, dtype=np.float32)
    for begin in range(0, len(rows), block):
        part = [store.unit_vectors(int(r)) for r in rows[begin:begin + block]]
        part = np.concatenate([u for u in part if len(u)]) if any(len(u) for u in part) else None
        if part is not None:
            norms = np.linalg.norm(part, axis=1)
            best = np.maximum(best, (part / np.where(norms > 0, norms, 1.0)[:, None] @ queries.T).max(axis=0))
    return best


def with_unit_ivf(store, threshold: int | None, as_is: bool = False) -> Path:
    """A copy of `store`'s folder under bench/out/phrase-bound/ with the IVF over its sentence units written: a write
    that adds and removes nothing, whose maintenance builds what the index's size calls for (past `threshold` units,
    the product's `ann_threshold` when None; the passages' own IVF is built too where they pass it). An index that
    has its unit IVF already is read as it is where its codes are `UNIT_CODES` (or `as_is`); one of other codes is
    copied and trained again with them (scale55)."""
    units = json.loads((store.folder / "manifest.json").read_text())["vector_index"].get("units")
    if threshold is None and units and (as_is or units["kind"].endswith(qa_store.UNIT_CODES)):
        return store.folder
    copy = OUT / store.folder.name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store.folder, copy)
    settings = Settings(index_dir=str(copy))
    ann = settings.replace(ann_threshold=threshold).ann() if threshold is not None else settings.ann()
    if units:  # scale55: a unit IVF of other codes (scale53's SQ8), trained again with UNIT_CODES by a write past
        ann = dataclasses.replace(ann, tail=-1)  # its tail (every kind's IVF is rewritten, none changes)
    with writer_lock(copy):
        writer = StoreWriter(copy, store.shape, ann=ann)
        try:
            writer.apply([], [])
        finally:
            writer.close()
    return copy


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="an eval_sets.py output folder (its */results.jsonl are read)")
    parser.add_argument("--index", type=Path, required=True, help="the folder holding index-shared and index-seed")
    parser.add_argument("--k", type=int, nargs="+", default=[10, 20, 50, 100])
    parser.add_argument("--shared-index", type=Path, help="replay the shared phrases over this index instead")
    parser.add_argument("--unit-ivf", type=float, nargs="*", default=[], metavar="SHARE",
                        help="read through an IVF over the sentence units, scanning each of these shares of its lists "
                        "(qa.store.UNIT_LISTS_PROBED; scale53)")
    parser.add_argument("--one-pass-only", action="store_true",
                        help="take the one pass's cosine for the passage-by-passage read's (the same to 1.2e-7) "
                        "and skip that read: its time is not printed")
    parser.add_argument("--unit-threshold", type=int, help="build the unit IVF past this many units (small indexes)")
    parser.add_argument("--batched-truth", action="store_true",
                        help="scale55: the one pass's cosines for every phrase at once (a blocked product over every "
                        "unit of the passages read, the same figure to float rounding), and no one pass per phrase: "
                        "its time is not printed (at 1M units it takes seconds a phrase)")
    parser.add_argument("--phrases", type=int, help="replay only the first N phrases of each index")
    parser.add_argument("--as-is", action="store_true",
                        help="read an index's unit IVF as written, whatever its codes (scale53's SQ8 as shipped)")
    args = parser.parse_args(argv)
    threshold = DeclineRule().phrase_similarity
    rows_of: dict[str, list[dict]] = {"shared": [], "seed": []}
    for path in sorted(args.run.glob("*/results.jsonl")):
        kind = "seed" if "seed" in path.parent.name else "shared"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            evidence = record["answer"].get("evidence") or {}
            if evidence.get("phrase_anywhere") is not None and evidence.get("tested_phrase"):
                rows_of[kind].append({"phrase": evidence["tested_phrase"], "recorded": evidence["phrase_anywhere"]})
    if args.shared_index is not None:
        rows_of.pop("seed")
    changed = {k: 0 for k in args.k}
    seconds: dict[object, list[float]] = {k: [] for k in ["all", "scan", *args.k]}
    differences: list[float] = []
    flipped = {k: 0 for k in args.k}
    total = mismatched = 0
    ivf: dict[int, dict] = {n: {"ms": [], "differ": 0, "flipped": 0, "largest": 0.0, "highest": None}
                           for n in args.unit_ivf}
    unit_lists = {}
    for kind, records in rows_of.items():
        if not records:
            continue
        folder = args.shared_index or args.index / f"index-{kind}"
        qa = TranscriptQA(Settings(index_dir=str(folder)))
        store = qa.store()
        every = store.rows([t.name for t in store.all_infos()], None)
        encode = qa.query_encoder.encode
        ivf_stores = {}
        if args.unit_ivf:
            copy = with_unit_ivf(store, args.unit_threshold, args.as_is)
            ivf_store = TranscriptQA(Settings(index_dir=str(copy))).store()
            ivf_stores = {n: ivf_store for n in args.unit_ivf}
            unit_lists[kind] = json.loads((copy / "manifest.json").read_text())["vector_index"].get("units")
        records = records[:args.phrases] if args.phrases else records
        truths = batched_truth(store, every, encode([r["phrase"] for r in records])) if args.batched_truth else None
        for i, record in enumerate(records):
            vector = encode([record["phrase"]])[0]
            unit = vector / (float(np.linalg.norm(vector)) or 1.0)
            start = time.perf_counter()
            full = None if args.one_pass_only or truths is not None else best_cosine(store, every, unit)
            seconds["all"].append(time.perf_counter() - start)
            qa_store.UNIT_SEARCH = False  # the one pass, where the index has a unit IVF too
            start = time.perf_counter()
            scan = store.best_unit_cosine(every, vector) if truths is None else float(truths[i])
            qa_store.UNIT_SEARCH = True
            seconds["scan"].append(time.perf_counter() - start)
            full = scan if args.one_pass_only or truths is not None else full
            differences.append(abs(scan - full))
            total += 1
            for n, ivf_store in ivf_stores.items():
                qa_store.UNIT_LISTS_PROBED = n
                start = time.perf_counter()
                found = ivf_store.best_unit_cosine(every, vector)
                ivf[n]["ms"].append(1000 * (time.perf_counter() - start))
                found = -1.0 if found is None else found
                if abs(found - scan) > 1e-6:
                    ivf[n]["differ"] += 1  # the highest one-pass cosine whose phrase the IVF read misses
                    ivf[n]["highest"] = max(scan, ivf[n]["highest"] if ivf[n]["highest"] is not None else -1.0)
                ivf[n]["largest"] = max(ivf[n]["largest"], abs(found - scan))
                ivf[n]["flipped"] += (found >= threshold) != (scan >= threshold)
            if full is None or (args.shared_index is None and abs(full - record["recorded"]) > 1e-4):
                mismatched += 1  # a question asked over fewer transcripts than all, or another encoder
                continue
            for k in args.k:
                start = time.perf_counter()
                near = [row for row, _ in store.search(vector, k, None if len(every) >= len(store) else every)]
                bound = best_cosine(store, near, unit)
                seconds[k].append(time.perf_counter() - start)
                bound = -1.0 if bound is None else bound
                changed[k] += bound < full - 1e-6
                flipped[k] += (bound >= threshold) != (full >= threshold)
        print(f"{kind}: {len(records)} phrases over {len(every)} passages")
    print(f"phrases {total}, replayed as recorded {total - mismatched} (threshold {threshold})")
    print(f"every passage read one by one: median {1000 * statistics.median(seconds['all']):.1f} ms a phrase; "
          f"in one pass (Store.best_unit_cosine): {1000 * statistics.median(seconds['scan']):.1f} ms, "
          f"largest difference {max(differences):.2g}")
    if ivf:
        print(f"unit IVF: {unit_lists}")
        print("| share of lists | best cosine differs | largest difference | highest one-pass cosine of those | "
              "gate verdicts flipped | median ms | p95 ms |\n| --- | --- | --- | --- | --- | --- | --- |")
        for n, got in ivf.items():
            ms = sorted(got["ms"])
            highest = "-" if got["highest"] is None else f"{got['highest']:.3f}"
            print(f"| {n} | {got['differ']} | {got['largest']:.2g} | {highest} | {got['flipped']} | "
                  f"{statistics.median(ms):.2f} | "
                  f"{ms[int(0.95 * (len(ms) - 1))]:.2f} |")
    print("| K | best cosine lowered | gate verdicts flipped | median ms a phrase |\n| --- | --- | --- | --- |")
    for k in args.k:
        print(f"| {k} | {changed[k]} | {flipped[k]} | {1000 * statistics.median(seconds[k]):.1f} |")


if __name__ == "__main__":
    main()
