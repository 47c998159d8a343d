"""Re-rank the first passages by their best sentence.

A passage's vector averages all of its sentences, so a long answer that holds the one answering sentence can
rank below a passage that is about the question's topic throughout. Every sentence unit's vector is stored at
ingest (for highlights), so the best sentence of each of the first passages is a lookup: each of them scores
`(1 - weight) * fused / best fused + weight * best sentence cosine`. The weight was chosen on the development
sets (bench/tune_units.py, docs/retrieval.md).
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

import numpy as np

from qa.types import Hit

UnitVectors = Callable[[int], np.ndarray]  # a passage row -> its sentence units' vectors, a row each


def best_sentence(unit_vectors: UnitVectors, hit: Hit, query_vector: np.ndarray) -> float | None:
    """The highest cosine of a sentence unit of `hit` to the question (None: no unit vectors stored)."""
    vectors = unit_vectors(hit.row) if hit.row >= 0 else np.zeros((0, len(query_vector)), np.float32)
    return float(np.max(vectors @ query_vector)) if len(vectors) else None


def rerank_by_sentence(hits: Sequence[Hit], unit_vectors: UnitVectors, query_vector: np.ndarray, *,
                       weight: float, depth: int) -> list[Hit]:
    """`hits` with the first `depth` re-ranked (see the module's doc); their scores become the mixed score. A
    passage without unit vectors keeps its own cosine (`dense`) as its best sentence."""
    head, tail = list(hits[:depth]), list(hits[depth:])
    if weight <= 0 or len(head) < 2:
        return list(hits)
    top = max(h.score for h in head) or 1.0
    mixed = []
    for h in head:
        sentence = best_sentence(unit_vectors, h, query_vector)
        sentence = sentence if sentence is not None else (h.dense or 0.0)
        mixed.append(dataclasses.replace(h, score=(1 - weight) * h.score / top + weight * sentence))
    mixed.sort(key=lambda h: -h.score)
    return mixed + tail
