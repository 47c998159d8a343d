"""scale53: an index of noisy copies of a real index, its sentence units' own vectors copied too, for the gate's read of
every unit at size (`Store.best_unit_cosine`; docs/scale.md "scale53").

`bench/bench_scale.py build` copies the QMSum test meetings with their passage vectors, and gives each sentence unit
its passage's vector plus noise (enough to time a search, not to say which unit a phrase is nearest). This script
copies every live transcript of an index (for example `index-mixed`: the shared transcripts with QMSum val and test)
with its passages, sections and sentence units, renamed `name~N`, each vector (passage and unit) perturbed by the
same noise as `bench_scale.py` (sigma 0.02 per dimension, then renormalised), through the product's `StoreWriter`,
until the index holds `--size` passages: so the units are real sentences' vectors, near-duplicated. The write's
maintenance builds the IVF indexes its size calls for (the units' among them).

    HF_HUB_OFFLINE=1 nice -n 10 python bench/unit_copies.py bench/out/index-mixed bench/out/index-mixed-100k \
        --size 100000
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_scale import _noisy  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.store import Addition, StoredTranscript, StoreWriter, writer_lock  # noqa: E402


def copy_of(store, name: str, copy: int, rng: np.random.Generator) -> Addition:
    """Transcript `name` of `store` renamed `name~copy`, its passage and unit vectors noisy."""
    new = f"{name}~{copy}"
    stored = store.transcript(name)
    rows = store.transcript_rows(name)
    read = store.passages(rows)
    passages = [dataclasses.replace(read[int(r)], transcript=new) for r in rows]
    sections = [dataclasses.replace(store.section(int(s)), transcript=new) for s in np.unique(store.section_of(rows))
                if s >= 0]
    units = [store.units(int(r)) for r in rows]
    unit_vectors = np.concatenate([store.unit_vectors(int(r)) for r in rows]) if len(rows) else None
    return Addition(StoredTranscript(dataclasses.replace(stored.info, name=new), stored.text, stored.turns),
                    passages, _noisy(store.vectors(rows), rng), sections, units,
                    None if unit_vectors is None else _noisy(unit_vectors, rng))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="an index folder to copy")
    parser.add_argument("out", type=Path, help="the index folder to write (replaced)")
    parser.add_argument("--size", type=int, default=100_000, help="passages to write, at least")
    parser.add_argument("--batch-rows", type=int, default=25_000, help="passages a commit")
    parser.add_argument("--append", action="store_true", help="add to `out` as it is (an interrupted build: a crash "
                        "leaves its last commit) instead of replacing it, the copies numbered after its own")
    args = parser.parse_args(argv)
    qa = TranscriptQA(Settings(index_dir=str(args.source)))
    store = qa.store()
    names = [t.name for t in store.all_infos()]
    written, copy = 0, 0
    if args.append and args.out.exists():
        done = TranscriptQA(Settings(index_dir=str(args.out))).store()
        written = len(done)
        copy = 1 + max((int(t.name.rsplit("~", 1)[1]) for t in done.all_infos() if "~" in t.name), default=-1)
        del done
    elif args.out.exists():
        shutil.rmtree(args.out)
    rng = np.random.default_rng(7 + copy)
    started, batch = time.perf_counter(), []
    while written < args.size:
        for name in names:
            batch.append(copy_of(store, name, copy, rng))
            written += len(batch[-1].passages)
            if sum(len(a.passages) for a in batch) >= args.batch_rows or written >= args.size:
                with writer_lock(args.out):
                    writer = StoreWriter(args.out, store.shape, ann=qa.settings.ann(),
                                         window_words=store.window_words)
                    try:
                        writer.apply([], batch)
                    finally:
                        writer.close()
                batch = []
                print(f"{written} passages written, {time.perf_counter() - started:.0f}s", flush=True)
            if written >= args.size:
                break
        copy += 1
    if batch:
        with writer_lock(args.out):
            writer = StoreWriter(args.out, store.shape, ann=qa.settings.ann(), window_words=store.window_words)
            try:
                writer.apply([], batch)
            finally:
                writer.close()
    print(f"built {written} passages in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
