"""A trial, not a product path: make pooled sentence-unit vectors closer to the units encoded alone by a linear map.

    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/unit_map_trial.py --separate bench/out/qmsum-base/index-val \
        --pooled bench/out/qmsum-pooled/index-val --apply bench/out/pooled/index-seed bench/out/pooled/index-shared \
        bench/out/qmsum-pooled/index-val --out bench/out/map1 [--ridge 1.0]

Fits, by ridge regression, a map from [pooled unit vector, its passage's vector, 1] to the unit's vector encoded
alone, on the units of two indexes of the same transcripts (`--separate`: units encoded alone, built when that
was the default, no unit_vectors in its manifest; `--pooled`: built with TQA_UNIT_VECTORS=pooled; no questions
are read), prints the cosine to the units alone before and after the map on the other half of the transcripts
when fitted on one half, then writes a copy of each `--apply` index
(pooled) under `--out` with its unit vectors mapped (`--out/<index name>`; a QMSum index goes to
`--out/qmsum/index-val`), to be asked with TQA_UNIT_VECTORS=pooled (bench/eval_sets.py --indexes, eval_qmsum.py
--out). docs/scale.md ("Pooled units chosen again") has the figures.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def open_store(folder: Path, kind: str):
    """The store of an index built with unit_vectors `kind` ("default": one whose manifest records none, as
    main's index-val, built when separate was the default)."""
    settings = Settings(index_dir=folder)
    return TranscriptQA(settings if kind == "default" else settings.replace(unit_vectors=kind)).store()


def units_and_passages(store) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every unit vector in row order, its passage's vector beside it, and its transcript's name."""
    rows = np.arange(len(store))
    passages, names = store.vectors(rows).astype(np.float32), store.transcript_names(rows)
    units = [store.unit_vectors(r).astype(np.float32) for r in rows]
    counts = [len(u) for u in units]
    return np.concatenate(units), np.repeat(passages, counts, axis=0), np.repeat(names, counts)


def features(pooled: np.ndarray, passages: np.ndarray) -> np.ndarray:
    return np.hstack([pooled, passages, np.ones((len(pooled), 1), np.float32)])


def fit(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    return np.linalg.solve(x.T @ x + ridge * np.eye(x.shape[1]), x.T @ y)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    return float((a * (b / np.linalg.norm(b, axis=1, keepdims=True))).sum(axis=1).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--separate", type=Path, required=True)
    parser.add_argument("--pooled", type=Path, required=True)
    parser.add_argument("--apply", type=Path, nargs="*", default=[])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--ridge", type=float, default=1.0)
    args = parser.parse_args()
    alone, _, _ = units_and_passages(open_store(args.separate, "default"))
    pooled, passages, names = units_and_passages(open_store(args.pooled, "pooled"))
    x = features(pooled, passages)
    half = np.isin(names, np.unique(names)[::2])
    w = fit(x[half], alone[half], args.ridge)
    print("fitted on half the transcripts, the other half: cosine to the units alone "
          f"{cosine(pooled[~half], alone[~half]):.3f} pooled, {cosine(x[~half] @ w, alone[~half]):.3f} mapped")
    w = fit(x, alone, args.ridge)
    for source in args.apply:
        target = args.out / ("qmsum" if source.name == "index-val" else "") / source.name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
        store = open_store(target, "pooled")
        units, beside, _ = units_and_passages(store)
        store.close()
        mapped = features(units, beside) @ w
        mapped /= np.linalg.norm(mapped, axis=1, keepdims=True)
        stored = sorted(target.glob("gen-*"))[-1] / "units.f16"  # the live generation's unit vectors, in row order
        assert np.fromfile(stored, dtype=np.float16).size == mapped.size
        mapped.astype(np.float16).tofile(stored)
        print(f"{target}: {len(mapped)} unit vectors mapped")


if __name__ == "__main__":
    main()
