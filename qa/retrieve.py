"""Rank passages for a question: FAISS dense search and BM25 lexical search, fused by weighted reciprocal rank.

The query (a question, with the earlier questions of its conversation where it depends on them) comes from
qa.conversation; whether the passages answer at all is decided in qa.answerable.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from qa.lexical import LexicalIndex, english_stemmer  # noqa: F401  (english_stemmer: re-exported)
from qa.store import Store
from qa.types import Hit, Passage


@dataclass(frozen=True)
class Query:
    question: str
    lexical_text: str  # what BM25 searches: the question and, for a follow-up, the earlier questions
    vector: np.ndarray  # unit-length query vector
    text: str  # what was searched, in words, for the Answer


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


def _top(scores: np.ndarray, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    """The n best rows of `scores` with a score above 0 (among `rows` when given), best first."""
    if not len(scores) or n <= 0:
        return []
    if rows is not None:
        masked = np.zeros_like(scores)
        masked[rows] = scores[rows]
        scores = masked
    n = min(n, len(scores))
    top = np.argpartition(-scores, n - 1)[:n]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


def fuse_rankings(dense: list[tuple[int, float]], lexical: list[tuple[int, float]], dense_weight: float,
                  rrf_k: int) -> list[tuple[int, float]]:
    """Weighted reciprocal rank fusion: w / (rrf_k + dense rank) + (1 - w) / (rrf_k + lexical rank)."""
    fused: dict[int, float] = {}
    for weight, ranking in ((dense_weight, dense), (1.0 - dense_weight, lexical)):
        for rank, (row, _) in enumerate(ranking, 1):
            fused[row] = fused.get(row, 0.0) + weight / (rrf_k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


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
class Windows:
    """Each passage's context window: the passage and its neighbours in the same transcript, up to a number of
    words on each side. In rapid talk (meetings: half the turns are "Yeah.", a point is made over many short
    turns) a passage is relevant with the stretch around it, and the window's match says so; passages of
    transcripts with longer turns get no window and stand alone."""

    vectors: np.ndarray  # per row: the unit vector of its window's summed passage vectors (zeros: no window)
    order: np.ndarray  # the rows in file order, transcript after transcript
    lo: np.ndarray  # per row: its window is order[lo[row]:hi[row]]
    hi: np.ndarray
    active: np.ndarray  # per row: True where its transcript is rapid talk

    def lexical(self, scores: np.ndarray) -> np.ndarray:
        """Per row: the summed BM25 `scores` of the passages in its window."""
        summed = np.concatenate(([0.0], np.cumsum(scores[self.order], dtype=np.float64)))
        return summed[self.hi] - summed[self.lo]


_WINDOWS: "weakref.WeakKeyDictionary[Store, dict]" = weakref.WeakKeyDictionary()
_WINDOWS_LOCK = threading.Lock()


def rapid_talk(turns, max_turn_words: float) -> bool:
    """Whether a transcript's median turn is shorter than `max_turn_words` words."""
    words = [len(t.text.split()) for t in turns]
    return bool(words) and float(np.median(words)) < max_turn_words


def context_windows(index: Store, words: int, max_turn_words: float) -> Windows:
    """The passages' context windows (see `Windows`), computed once per loaded index and settings."""
    with _WINDOWS_LOCK:
        found = _WINDOWS.setdefault(index, {}).get((words, max_turn_words))
    if found is not None:
        return found
    n = index.rows_total
    vectors = np.zeros((n, index.shape.dim), dtype=np.float32)
    lo, hi, active, order = (np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool),
                             [])
    for name in index.infos():
        rows = index.transcript_rows(name)  # in file order
        first = len(order)
        order.extend(rows.tolist())
        if not len(rows):
            continue
        counts = np.asarray([len(index.passage(r).text.split()) for r in rows], dtype=np.int64)
        before = np.concatenate(([0], np.cumsum(counts)))  # words before each position
        at = np.arange(len(rows))
        left = np.minimum(np.searchsorted(before, before[at] - words, side="left"), at)
        right = np.maximum(np.searchsorted(before, before[at + 1] + words, side="right") - 1, at + 1)
        lo[rows], hi[rows] = first + left, first + right
        summed = np.concatenate((np.zeros((1, vectors.shape[1]), np.float32),
                                 np.cumsum(index.vectors(rows), axis=0, dtype=np.float32)))
        window = summed[right] - summed[left]
        vectors[rows] = window / np.maximum(np.linalg.norm(window, axis=1, keepdims=True), 1e-12)
        active[rows] = words > 0 and rapid_talk(index.transcript(name).turns, max_turn_words)
    windows = Windows(vectors, np.asarray(order, dtype=np.int64), lo, hi, active)
    with _WINDOWS_LOCK:
        _WINDOWS.setdefault(index, {})[(words, max_turn_words)] = windows
    return windows


def rank_windows(windows: Windows, query: Query, lexical_scores: np.ndarray, rows: np.ndarray | None,
                 n: int) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """The n best allowed passages with a context window by their window's cosine, and by its summed BM25."""
    pool = np.flatnonzero(windows.active)
    if rows is not None:
        pool = np.intersect1d(pool, rows)
    if not len(pool):
        return [], []
    sims = windows.vectors[pool] @ query.vector
    top = np.argsort(-sims, kind="stable")[:n]
    dense = [(int(pool[i]), float(sims[i])) for i in top]
    lexical = []
    if len(lexical_scores):
        summed = windows.lexical(lexical_scores)[pool]
        top = np.argsort(-summed, kind="stable")[:n]
        lexical = [(int(pool[i]), float(summed[i])) for i in top if summed[i] > 0]
    return dense, lexical


@dataclass(frozen=True)
class Ranking:
    hits: list[Hit]  # best first
    nearest: float | None  # the highest cosine of any allowed passage to the query (None: no passage)


def retrieve(index: Store, lexical: LexicalIndex, query: Query, *, k: int, mode: str, dense_weight: float,
             rrf_k: int, candidates: int, rows: np.ndarray | None, section_weight: float = 0.0,
             section_lexical: LexicalIndex | None = None, window_words: int = 0,
             window_weights: tuple[float, float] = (0.0, 0.0), window_turn_words: float = 0.0) -> Ranking:
    """The k best passages for `query` under `mode` (hybrid, dense or lexical), and the nearest passage's cosine,
    one of the signals of whether the passages can answer at all (qa.answerable).

    With `section_weight` > 0, a passage's score is its own fused rank score plus `section_weight` times its
    section's (see `rank_sections`): passages of the exchanges that match the question as a whole come first.
    With `window_words` > 0, passages of rapid talk also rank by their context window (`Windows`): the
    windows' cosine and BM25 rankings join the fusion with `window_weights` (dense, lexical).
    """
    n = max(candidates, k)
    dense = rank_dense(index, query, rows, n) if mode in ("hybrid", "dense") else []
    # the dense list is exact and best first, so its head is the nearest passage; lexical mode searches for it
    nearest = (dense or rank_dense(index, query, rows, 1))[:1]
    lexical_scores = lexical.scores(query.lexical_text) if mode in ("hybrid", "lexical") else np.zeros(0)
    lex = _top(lexical_scores, rows, n)
    fused = dict(fuse_rankings(dense, lex, _dense_share(mode, dense_weight), rrf_k))
    if section_weight > 0 and index.section_count:
        by_section = rank_sections(index, section_lexical, query, rows, mode, dense_weight, rrf_k, n)
        rows_fused = list(fused)
        fused = {row: fused[row] + section_weight * by_section.get(int(section), 0.0)
                 for row, section in zip(rows_fused, index.section_of(rows_fused))}
    weights = {"dense": (window_weights[0], 0.0), "lexical": (0.0, window_weights[1])}.get(mode, window_weights)
    if window_words > 0 and max(weights) > 0:
        windows = context_windows(index, window_words, window_turn_words)
        for weight, ranking in zip(weights, rank_windows(windows, query, lexical_scores, rows, n)):
            for rank, (row, _) in enumerate(ranking, 1):
                fused[row] = fused.get(row, 0.0) + weight / (rrf_k + rank)
    ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
    dense_scores, lexical_scores = dict(dense), dict(lex)
    hits = [
        Hit(passage=index.passage(row), score=score, dense=dense_scores.get(row), lexical=lexical_scores.get(row),
            row=row)
        for row, score in ranked[:k]
    ]
    return Ranking(hits, nearest[0][1] if nearest else None)
