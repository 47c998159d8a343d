"""The encoder loaded without sentence-transformers against the SentenceTransformer path: same vectors, less load time.

    HF_HUB_OFFLINE=1 PYTHONPATH=OLD_OR_NEW_CHECKOUT .venv/bin/python bench/encoder_paths.py vectors OUT.npz \
        --precision fp32 [--files ../shared/data/transcripts]
    .venv/bin/python bench/encoder_paths.py compare A.npz B.npz
    .venv/bin/python bench/encoder_paths.py load OLD_CHECKOUT NEW_CHECKOUT [--repeats 5]
    .venv/bin/python bench/encoder_paths.py ingest OLD_CHECKOUT NEW_CHECKOUT [--meetings 2] [--repeats 1]

`vectors` runs the ingest pipeline (parse, segment, embed passages and sentence units, default settings but
`--precision`) of the files, with the `embeddings` and `qa` of whatever checkout PYTHONPATH names, into a fresh index
folder, and saves the float32 passage and unit vectors before they are stored (unit vectors are stored as float16).
`compare` prints the largest absolute difference between two such files. `load` times, in fresh processes and
alternating old and new, the import of `embeddings.encoder` and the loading of the default model, and each
process's wall time; medians. `ingest` times whole `python -m qa.cli ingest` processes of the first QMSum val
meetings into fresh folders, old and new alternating: wall and CPU seconds, and the report's own seconds. Children
run from a neutral folder, so that PYTHONPATH alone picks the checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
LOAD = ("import time; t = time.perf_counter(); from embeddings.encoder import Encoder; "
        "e = Encoder('all-MiniLM-L6-v2'); e.encode(['a first text']); "
        "print(time.perf_counter() - t, getattr(e, 'plain', False))")


def vectors(out: Path, precision: str, files: Path) -> None:
    from qa.api import TranscriptQA
    from qa.config import Settings
    from qa.ingest import Pipeline, Source

    paths = sorted(p for p in files.iterdir() if p.is_file() and p.name != "PROVENANCE.md")
    settings = Settings(index_dir=Path(tempfile.mkdtemp(dir=out.parent, prefix="index-")), ingest_precision=precision)
    qa = TranscriptQA(settings)
    pipeline = Pipeline(settings, qa.encoder)
    parsed = [pipeline.parse(Source(p.name, p.read_bytes(), None)) for p in paths]
    start = time.perf_counter()
    passages, units = pipeline.vectors(parsed, None)
    print(f"{len(paths)} files, {len(passages)} passages, {len(units)} units, {precision}, "
          f"plain load: {getattr(qa.encoder, 'plain', False)}, embedded in {time.perf_counter() - start:.1f} s")
    np.savez(out, passages=passages, units=units)


def compare(a: Path, b: Path) -> None:
    x, y = np.load(a), np.load(b)
    for key in ("passages", "units"):
        assert x[key].shape == y[key].shape, (key, x[key].shape, y[key].shape)
        diff = np.abs(x[key] - y[key])
        cosine = (x[key] * y[key]).sum(axis=1)
        print(f"{key}: {len(x[key])} vectors, max abs difference {diff.max():.3g}, lowest cosine {cosine.min():.8f}")


def load(old: Path, new: Path, repeats: int) -> None:
    times: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
    for repeat in range(repeats):
        for label in (("old", "new") if repeat % 2 == 0 else ("new", "old")):
            env = dict(os.environ, PYTHONPATH=str(old if label == "old" else new), HF_HUB_OFFLINE="1",
                       PYTHONDONTWRITEBYTECODE="1")
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, check=True,
                                  cwd=tempfile.gettempdir())
            wall = time.perf_counter() - start
            inner, plain = done.stdout.split()
            times[label].append((float(inner), wall))
            print(f"repeat {repeat + 1} {label}: import+load {float(inner):.2f} s, process {wall:.2f} s, plain {plain}",
                  flush=True)
    for label, rows in times.items():
        print(f"{label}: median import+load {statistics.median(r[0] for r in rows):.2f} s, "
              f"median process {statistics.median(r[1] for r in rows):.2f} s ({repeats} processes)")


def ingest(old: Path, new: Path, meetings: int, repeats: int) -> None:
    files = sorted((REPO.parent / "shared" / "bench" / "qmsum" / "val" / "transcripts").iterdir())[:meetings]
    for repeat in range(repeats):
        for label in (("old", "new") if repeat % 2 == 0 else ("new", "old")):
            env = dict(os.environ, PYTHONPATH=str(old if label == "old" else new), HF_HUB_OFFLINE="1",
                       PYTHONDONTWRITEBYTECODE="1")
            folder = Path(tempfile.mkdtemp(prefix="ingest-")) / "index"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "qa.cli", "ingest", *map(str, files), "--index", str(folder)],
                                  env=env, capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            shutil.rmtree(folder.parent, ignore_errors=True)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            report = done.stdout.strip().splitlines()[-1]
            seconds = re.search(r"in ([0-9.]+)s", report)
            print(f"repeat {repeat + 1} {label}: {len(files)} meetings, process {wall:.1f} s wall, {cpu:.1f} s CPU; "
                  f"report's {seconds.group(1) if seconds else '?'} s: {report}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    v = commands.add_parser("vectors")
    v.add_argument("out", type=Path)
    v.add_argument("--precision", default="fp32", choices=("fp32", "bf16"))
    v.add_argument("--files", type=Path, default=REPO.parent / "shared" / "data" / "transcripts")
    c = commands.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    lo = commands.add_parser("load")
    lo.add_argument("old", type=Path)
    lo.add_argument("new", type=Path)
    lo.add_argument("--repeats", type=int, default=5)
    ig = commands.add_parser("ingest")
    ig.add_argument("old", type=Path)
    ig.add_argument("new", type=Path)
    ig.add_argument("--meetings", type=int, default=2)
    ig.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    if args.command == "vectors":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        vectors(args.out.resolve(), args.precision, args.files)
    elif args.command == "compare":
        compare(args.a, args.b)
    elif args.command == "load":
        load(args.old.resolve(), args.new.resolve(), args.repeats)
    else:
        ingest(args.old.resolve(), args.new.resolve(), args.meetings, args.repeats)


if __name__ == "__main__":
    main()
