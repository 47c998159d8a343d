"""Rank passages for a question: FAISS dense search and BM25 lexical search, fused by weighted reciprocal rank.

A follow-up question is searched together with the conversation so far: its vector leans towards the earlier
questions' vectors and its lexical query takes in their words (see docs/retrieval.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from qa.lexical import LexicalIndex, english_stemmer  # noqa: F401  (english_stemmer: re-exported)
from qa.store import Store
from qa.types import Hit, Passage

HISTORY_WEIGHT = 0.5  # how far an earlier question pulls a follow-up's vector (the latest weighs most)


@dataclass(frozen=True)
class Query:
    question: str
    lexical_text: str  # what BM25 searches: the question and, for a follow-up, the earlier questions
    vector: np.ndarray  # unit-length query vector
    text: str  # what was searched, in words, for the Answer


def build_query(question: str, history: Sequence[str], encode, history_turns: int) -> Query:
    """The question with up to `history_turns` earlier questions of its conversation folded in."""
    earlier = [h for h in history if h and h.strip()][-history_turns:] if history_turns else []
    vectors = encode([question, *earlier])
    vector = vectors[0].copy()
    for age, v in enumerate(reversed(vectors[1:]), 1):
        vector += (HISTORY_WEIGHT / age) * v
    vector /= max(np.linalg.norm(vector), 1e-12)
    lexical = " ".join([*earlier, question])
    text = question if not earlier else f"{question} (after: {' / '.join(earlier)})"
    return Query(question=question, lexical_text=lexical, vector=vector.astype(np.float32), text=text)


def allowed_rows(index: Store, transcripts: Sequence[str] | None,
                 speakers: Sequence[str] | None) -> np.ndarray | None:
    """Live rows that pass the filters (None: no filter). Unknown names are a user error that lists the known ones;
    the store filters with arrays, with no loop over passages."""
    return index.rows(transcripts, speakers)


def resolve_transcript(index: Store, name: str) -> str:
    """The indexed transcript `name` means: its file name, or the file name without suffix (any case)."""
    return index.resolve(name)


def rank_dense(index: Store, query: Query, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    return index.search(query.vector, n, rows)


def rank_lexical(lexical: LexicalIndex, query: Query, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    return lexical.top(query.lexical_text, rows, n)


def fuse_rankings(dense: list[tuple[int, float]], lexical: list[tuple[int, float]], dense_weight: float,
                  rrf_k: int) -> list[tuple[int, float]]:
    """Weighted reciprocal rank fusion: w / (rrf_k + dense rank) + (1 - w) / (rrf_k + lexical rank)."""
    fused: dict[int, float] = {}
    for weight, ranking in ((dense_weight, dense), (1.0 - dense_weight, lexical)):
        for rank, (row, _) in enumerate(ranking, 1):
            fused[row] = fused.get(row, 0.0) + weight / (rrf_k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def is_answerable(best_similarity: float | None, unknown_names: Sequence[str], min_similarity: float,
                  name_similarity: float) -> bool:
    """Whether the passages can answer: the nearest passage is close enough, and closer still when the question
    names something (a person, a place, a treaty) that appears in no passage at all."""
    if best_similarity is None or best_similarity < min_similarity:
        return False
    return not unknown_names or best_similarity >= name_similarity


def rank_sections(index: Store, lexical: LexicalIndex | None, query: Query, rows: np.ndarray | None,
                  mode: str, dense_weight: float, rrf_k: int, n: int) -> dict[int, float]:
    """Section row -> fused score (the passages' weighted reciprocal rank fusion, applied to sections), over
    the sections that hold the passages `rows` (None: all)."""
    if not index.section_count:
        return {}
    allowed = index.section_rows(rows)
    dense, lex = [], []
    if mode in ("hybrid", "dense"):  # the store's search: no copy of the section matrix, a top-n partition
        dense = index.search_sections(query.vector, n, allowed)
    if mode in ("hybrid", "lexical") and lexical is not None:
        lex = rank_lexical(lexical, query, allowed, n)
    return dict(fuse_rankings(dense, lex, _dense_share(mode, dense_weight), rrf_k))


def _dense_share(mode: str, dense_weight: float) -> float:
    """The dense list's weight in fusion: all of it in dense mode, none in lexical, `dense_weight` in hybrid."""
    return {"dense": 1.0, "lexical": 0.0}.get(mode, dense_weight)


@dataclass(frozen=True)
class Ranking:
    hits: list[Hit]  # best first
    nearest: float | None  # the highest cosine of any allowed passage to the query (None: no passage)


def retrieve(index: Store, lexical: LexicalIndex, query: Query, *, k: int, mode: str, dense_weight: float,
             rrf_k: int, candidates: int, rows: np.ndarray | None, section_weight: float = 0.0,
             section_lexical: LexicalIndex | None = None) -> Ranking:
    """The k best passages for `query` under `mode` (hybrid, dense or lexical), and the nearest passage's cosine,
    which decides whether the passages can answer at all (`is_answerable`).

    With `section_weight` > 0, a passage's score is its own fused rank score plus `section_weight` times its
    section's (see `rank_sections`): passages of the exchanges that match the question as a whole come first.
    """
    n = max(candidates, k)
    dense = rank_dense(index, query, rows, n) if mode in ("hybrid", "dense") else []
    # the dense list is exact and best first, so its head is the nearest passage; lexical mode searches for it
    nearest = (dense or rank_dense(index, query, rows, 1))[:1]
    lex = rank_lexical(lexical, query, rows, n) if mode in ("hybrid", "lexical") else []
    if section_weight > 0 and index.section_count:
        by_section = rank_sections(index, section_lexical, query, rows, mode, dense_weight, rrf_k, n)
        fused = fuse_rankings(dense, lex, _dense_share(mode, dense_weight), rrf_k)
        section_of = index.section_of([row for row, _ in fused])
        ranked = sorted(((row, score + section_weight * by_section.get(int(section), 0.0))
                         for (row, score), section in zip(fused, section_of)),
                        key=lambda item: (-item[1], item[0]))
    elif mode == "dense":
        ranked = dense
    elif mode == "lexical":
        ranked = lex
    else:
        ranked = fuse_rankings(dense, lex, dense_weight, rrf_k)
    dense_scores, lexical_scores = dict(dense), dict(lex)
    hits = [
        Hit(passage=index.passage(row), score=score, dense=dense_scores.get(row), lexical=lexical_scores.get(row),
            row=row)
        for row, score in ranked[:k]
    ]
    return Ranking(hits, nearest[0][1] if nearest else None)
