"""A learned map of the question's vector (issue 10 point 6; docs/retrieval.md, "A learned query adapter"):
q -> normalise(W q), fitted by bench/fit_adapter.py for one model, read where passages are ordered (qa.api); the
highlight's choice and the decline evidence read the plain vector. Stored vectors never change; texts other than
the question are never mapped. Off by default: measured, not adopted.

The file is a NumPy .npz: `model` (the name it was fitted for), `dim` and `matrix` (dim x dim).
"""

from __future__ import annotations

import functools
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

@dataclass(frozen=True)
class QueryAdapter:
    model: str
    matrix: np.ndarray  # dim x dim

    def mapped(self, vector: np.ndarray) -> np.ndarray:
        """normalise(W q): the question's vector as passage ranking reads it."""
        out = self.matrix @ np.asarray(vector, dtype=np.float32)
        return (out / max(float(np.linalg.norm(out)), 1e-12)).astype(np.float32)


def save_adapter(path: Path | str, model: str, matrix: np.ndarray) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        np.savez(f, model=np.array(model), dim=np.array(matrix.shape[0]), matrix=matrix.astype(np.float32))


def load_adapter(path: Path | str, model: str, dim: int) -> tuple[QueryAdapter | None, str | None]:
    """The adapter in `path` when it was fitted for `model` at `dim`; else (None, a one-line message why not)."""
    try:
        with np.load(Path(path), allow_pickle=False) as data:
            fitted, fitted_dim = str(data["model"]), int(data["dim"])
            matrix = data["matrix"]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        return None, f"query adapter {path} not used: it cannot be read ({type(error).__name__})"
    if fitted != model or fitted_dim != dim:
        return None, (f"query adapter {path} not used: it was fitted for {fitted} ({fitted_dim} dimensions), "
                      f"not {model} ({dim})")
    if matrix.shape != (dim, dim):
        return None, f"query adapter {path} not used: its map is not {dim} x {dim}"
    return QueryAdapter(fitted, matrix.astype(np.float32)), None


class AdapterNotUsed(UserWarning):
    """A query adapter named by the settings that cannot serve this model: answers are given without it."""


@functools.lru_cache(maxsize=8)
def adapter_for(path: str, model: str, dim: int) -> QueryAdapter | None:
    """The adapter the settings name (`query_adapter`; "" : none), read once per path, model and dimension; a file
    that cannot serve `model` warns once, in one line (AdapterNotUsed), and gives None."""
    if not path:
        return None
    adapter, why = load_adapter(path, model, dim)
    if why:
        warnings.warn(why, AdapterNotUsed, stacklevel=2)
    return adapter
