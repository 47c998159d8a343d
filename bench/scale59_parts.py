"""scale59: the three reads this branch mends, before and after side by side in one process on an index folder, each
checked equal: a stored record's JSON (`json.loads` against `qa.store.read_json`: every transcript's turns and the
units of the first passages), a transcript's rows (`Store.rows` of one and of a few transcripts: the mask of every row
before, the spans after) and `present_near`'s "is this row's transcript among the source's" (`np.isin` over transcript
names against `qa.answerable.named_among`, for the rows of words held by 1%, 10% and 50% of the passages).

    HF_HUB_OFFLINE=1 nice -n 10 python bench/scale59_parts.py /work/wt-scale57/bench/out/index-mixed-1mp
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import sys
import time
import zlib
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import named_among, run_names  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.store import DB, read_json, read_manifest  # noqa: E402


def spans_before(store, transcripts: list[str]) -> np.ndarray:
    """`Store.rows(transcripts, None)` as the code before scale59 computed it: a mask of every row."""
    mask = store.live.copy()
    within = np.zeros(len(mask), dtype=bool)
    for t in transcripts:
        first, end = store.transcript_rows(t)[[0, -1]]
        within[first:end + 1] = True
    mask &= within
    return np.flatnonzero(mask).astype(np.int64)


def timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), out  # the least of the repeats: on a loaded machine a median still holds other processes' turns


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    store = TranscriptQA(Settings(index_dir=str(args.index), prefetch_index=False)).store()
    result: dict = {"index": str(args.index), "passages": len(store),
                    "load_average_start": round(os.getloadavg()[0], 1)}
    db = sqlite3.connect(f"file:{args.index / read_manifest(args.index)['generation'] / DB}?mode=ro", uri=True)
    turns = [zlib.decompress(t) for (t,) in db.execute("SELECT turns FROM texts LIMIT 400")]
    units = [u for (u,) in db.execute("SELECT units FROM passages LIMIT 20000")]
    db.close()
    for what, records in (("turns", turns), ("units", units)):
        before, after = 0.0, 0.0
        for record in records:  # one record at a time, alternately, nothing kept (a garbage collection's pass over
            # every object kept would fall on whichever came second)
            b, parsed = timed(lambda: json.loads(record), 5)
            a, read = timed(lambda: read_json(record), 5)
            assert parsed == read
            before, after = before + b, after + a
        result[f"json_{what}_per_record_ms"] = (round(before / len(records), 4), round(after / len(records), 4))
    del turns, units, parsed, read
    names = sorted(i.name for i in store.all_infos())
    rng = np.random.default_rng(59)
    for count in (1, 3):
        picks = [list(rng.choice(names, count, replace=False)) for _ in range(20)]
        befores, afters = [], []
        for pick in picks:
            b, old = timed(lambda: spans_before(store, pick), args.repeat)
            a, new = timed(lambda: store.rows(pick, None), args.repeat)
            assert np.array_equal(old, new) and old.dtype == new.dtype
            befores.append(b)
            afters.append(a)
        result[f"rows_of_{count}_transcripts_ms"] = (round(statistics.median(befores), 3),
                                                     round(statistics.median(afters), 3))
    live = np.flatnonzero(store.live)
    gc.collect()
    gc.disable()  # no collection's pass falls into one side's timing
    for share in (0.01, 0.1, 0.5):
        rows = np.sort(rng.choice(live, int(len(live) * share), replace=False))
        for owners in (1, 30, len(names)):  # the source: one transcript, a speaker of 30, of every one
            own = store.rows(list(rng.choice(names, owners, replace=False)), None)
            b, old = timed(lambda: np.isin(store.transcript_names(rows), np.unique(store.transcript_names(own))), 7)
            a, new = timed(lambda: named_among(store.transcript_names(rows),
                                               set(run_names(store.transcript_names(own)).tolist())), 7)
            assert np.array_equal(old, new)
            result[f"near_{share}_of_rows_{owners}_transcripts_ms"] = (round(b, 2), round(a, 2))
    gc.enable()
    result["load_average_end"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
