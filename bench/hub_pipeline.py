"""The hub correction of bench/hub_probe.py through the whole pipeline (docs/retrieval.md, "Passages near every
question"): the dense lists (passages and context windows) re-ordered by cosine - HUB_LAMBDA * cosine to the centroid
of the rows searched, each row keeping its own cosine (fusion reads ranks; the evidence reads cosines). An
experiment, not a setting:

    HUB_LAMBDA=0.2 HF_HUB_OFFLINE=1 .venv/bin/python bench/hub_pipeline.py --split dev --indexes bench/out/idx-s20 --out bench/out/hub02
"""

import os
import runpy
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.retrieve as retrieve  # noqa: E402

LAMBDA = float(os.environ.get("HUB_LAMBDA", "0.2"))
_HUBS: dict[int, tuple[object, np.ndarray]] = {}


def _hub(owner, vectors) -> np.ndarray:
    kept = _HUBS.get(id(owner))
    if kept is None or kept[0] is not owner:
        arr = np.asarray(vectors() if callable(vectors) else vectors, dtype=np.float32)
        live = np.linalg.norm(arr, axis=1) > 0
        centre = arr[live].mean(0)
        centre /= np.linalg.norm(centre)
        kept = _HUBS[id(owner)] = (owner, arr @ centre)
    return kept[1]


def _reordered(found, hubs, n):
    return sorted(found, key=lambda rc: -(rc[1] - LAMBDA * hubs[rc[0]]))[:n]


_dense, _windows = retrieve.rank_dense, retrieve.rank_windows_dense


def rank_dense(index, query, rows, n):
    hubs = _hub(index, lambda: index.vectors(np.arange(index.rows_total)))
    return _reordered(_dense(index, query, rows, max(3 * n, n + 30)), hubs, n)


def rank_windows_dense(windows, query, rows, n):
    hubs = _hub(windows, windows.vectors)
    return _reordered(_windows(windows, query, rows, max(3 * n, n + 30)), hubs, n)


if __name__ == "__main__":
    retrieve.rank_dense, retrieve.rank_windows_dense = rank_dense, rank_windows_dense
    sys.argv = [str(REPO / "bench" / "eval_sets.py")] + sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
