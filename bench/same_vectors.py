"""Whether two index folders hold the same passages and vectors: built from the same files by two checkouts (the
encoder without transformers against main's, enc30), or by two settings.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/same_vectors.py INDEX_A INDEX_B

Per transcript: passages and sentence units identical or not, vectors bit for bit identical or not, the lowest
cosine of the passage vectors and of the unit vectors (row against row: the stored rows are float16, so a row
against itself is about 0.9999, not 1) and the largest absolute difference; the last line sums them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.store import read_manifest  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402


def store(folder: Path):
    manifest = read_manifest(folder) or {}
    return TranscriptQA(Settings(index_dir=folder, model=manifest.get("model", Settings().model))).store()


def main(argv: list[str]) -> int:
    a, b = store(Path(argv[0])), store(Path(argv[1]))
    if set(a.infos()) != set(b.infos()):
        print(f"other transcripts: {sorted(set(a.infos()) ^ set(b.infos()))}")
        return 1
    lowest, largest, same_all, equal_all = 1.0, 0.0, True, True
    for name in sorted(a.infos()):
        rows, other = a.transcript_rows(name), b.transcript_rows(name)
        same = ([a.passage(r) for r in rows] == [b.passage(r) for r in other]
                and [a.units(r) for r in rows] == [b.units(r) for r in other])
        passages, theirs = a.vectors(rows), b.vectors(other)
        units = [(a.unit_vectors(r), b.unit_vectors(o)) for r, o in zip(rows, other)]
        ours_u = np.concatenate([u for u, _ in units]) if units else np.zeros((0, 1))
        theirs_u = np.concatenate([u for _, u in units]) if units else np.zeros((0, 1))
        cos = float(min((passages * theirs).sum(axis=1).min(), (ours_u * theirs_u).sum(axis=1).min()))
        diff = float(max(np.abs(passages - theirs).max(), np.abs(ours_u - theirs_u).max()))
        equal = bool(np.array_equal(passages, theirs) and np.array_equal(ours_u, theirs_u))
        lowest, largest = min(lowest, cos), max(largest, diff)
        same_all, equal_all = same_all and same, equal_all and equal
        print(f"{name}: {len(rows)} passages, {len(ours_u)} units, same texts {same}, identical vectors {equal}, "
              f"lowest cosine {cos:.8f}, "
              f"largest abs difference {diff:.2e}")
    print(f"all: same texts {same_all}, identical vectors {equal_all}, lowest cosine {lowest:.8f}, "
          f"largest abs difference {largest:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
