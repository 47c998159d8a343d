"""Rank passages for a question: FAISS dense search and BM25 lexical search, fused by weighted reciprocal rank.

The query (a question, with the earlier questions of its conversation where it depends on them) comes from
qa.conversation; whether the passages answer at all is decided in qa.answerable.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from embeddings.index import PassageIndex
from qa.errors import TqaError
from qa.types import Hit, Passage


_THREAD = threading.local()


def english_stemmer():
    """A Snowball English stemmer for this thread: PyStemmer objects must not be shared between threads, and
    the UI answers several questions at once."""
    stemmer = getattr(_THREAD, "stemmer", None)
    if stemmer is None:
        import Stemmer

        stemmer = _THREAD.stemmer = Stemmer.Stemmer("english")
    return stemmer


@dataclass(frozen=True)
class Query:
    question: str
    lexical_text: str  # what BM25 searches: the question and, for a follow-up, the earlier questions
    vector: np.ndarray  # unit-length query vector
    text: str  # what was searched, in words, for the Answer


class LexicalIndex:
    """BM25 over texts (bm25s, English stop words, Snowball stemming): 'speaker: text' of every passage
    (`LexicalIndex.of_passages`), or the text of every section."""

    def __init__(self, corpus: Sequence[str]):
        import bm25s
        self._bm25s = bm25s
        self.size = len(corpus)
        self._retriever = None
        if corpus:
            tokens = bm25s.tokenize(corpus, stopwords="en", stemmer=english_stemmer(), show_progress=False)
            self._retriever = bm25s.BM25()
            self._retriever.index(tokens, show_progress=False)

    @classmethod
    def of_passages(cls, passages: Sequence[Passage]) -> "LexicalIndex":
        return cls([f"{p.speaker}: {p.text}" for p in passages])

    def scores(self, text: str) -> np.ndarray:
        if self._retriever is None:
            return np.zeros(0, dtype=np.float32)
        tokens = self._bm25s.tokenize([text], stopwords="en", stemmer=english_stemmer(), show_progress=False,
                                      return_ids=False)[0]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)


def allowed_rows(index: PassageIndex, transcripts: Sequence[str] | None,
                 speakers: Sequence[str] | None) -> np.ndarray | None:
    """Rows that pass the filters (None: no filter). Unknown names are a user error that lists the known ones."""
    if not transcripts and not speakers:
        return None
    names = None
    if transcripts:
        names = {resolve_transcript(index, t) for t in transcripts}
    wanted = [s.strip().lower() for s in speakers or () if s.strip()]
    rows = [
        i for i, p in enumerate(index.passages)
        if (names is None or p.transcript in names)
        and (not wanted or any(w in p.speaker.lower() for w in wanted))
    ]
    if wanted and not rows:
        known = sorted({p.speaker for p in index.passages if names is None or p.transcript in names} - {""})
        raise TqaError(f"no speaker matches {', '.join(speakers)}; speakers here: {', '.join(known) or 'none'}")
    return np.asarray(rows, dtype=np.int64)


def resolve_transcript(index: PassageIndex, name: str) -> str:
    """The indexed transcript `name` means: its file name, or the file name without suffix (any case)."""
    if name in index.transcripts:
        return name
    low = name.strip().lower()
    for known in index.transcripts:
        if known.lower() == low or known.rsplit(".", 1)[0].lower() == low:
            return known
    listed = ", ".join(sorted(index.transcripts)) or "none (run `tqa ingest PATH` first)"
    raise TqaError(f"no transcript named {name!r} in the index; indexed: {listed}")


def rank_dense(index: PassageIndex, query: Query, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    return index.search(query.vector, n, rows)


def rank_lexical(lexical: LexicalIndex, query: Query, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    scores = lexical.scores(query.lexical_text)
    if not len(scores):
        return []
    if rows is not None:
        masked = np.full_like(scores, -1.0)
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


def rank_sections(index: PassageIndex, lexical: LexicalIndex | None, query: Query, rows: np.ndarray | None,
                  mode: str, dense_weight: float, rrf_k: int, n: int) -> dict[int, float]:
    """Section row -> fused score (the passages' weighted reciprocal rank fusion, applied to sections), over
    the sections that hold the passages `rows` (None: all)."""
    if not len(index.sections):
        return {}
    allowed = index.section_rows(rows)
    dense, lex = [], []
    if mode in ("hybrid", "dense"):
        pool = np.arange(len(index.sections)) if allowed is None else allowed
        sims = index.section_vectors[pool] @ query.vector
        top = np.argsort(-sims, kind="stable")[:n]
        dense = [(int(pool[i]), float(sims[i])) for i in top]
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


def retrieve(index: PassageIndex, lexical: LexicalIndex, query: Query, *, k: int, mode: str, dense_weight: float,
             rrf_k: int, candidates: int, rows: np.ndarray | None, section_weight: float = 0.0,
             section_lexical: LexicalIndex | None = None) -> Ranking:
    """The k best passages for `query` under `mode` (hybrid, dense or lexical), and the nearest passage's cosine,
    one of the signals of whether the passages can answer at all (qa.answerable).

    With `section_weight` > 0, a passage's score is its own fused rank score plus `section_weight` times its
    section's (see `rank_sections`): passages of the exchanges that match the question as a whole come first.
    """
    n = max(candidates, k)
    dense = rank_dense(index, query, rows, n) if mode in ("hybrid", "dense") else []
    # the dense list is exact and best first, so its head is the nearest passage; lexical mode searches for it
    nearest = (dense or rank_dense(index, query, rows, 1))[:1]
    lex = rank_lexical(lexical, query, rows, n) if mode in ("hybrid", "lexical") else []
    if section_weight > 0 and len(index.sections):
        by_section = rank_sections(index, section_lexical, query, rows, mode, dense_weight, rrf_k, n)
        ranked = sorted(((row, score + section_weight * by_section.get(int(index.section_of[row]), 0.0))
                         for row, score in fuse_rankings(dense, lex, _dense_share(mode, dense_weight), rrf_k)),
                        key=lambda item: (-item[1], item[0]))
    elif mode == "dense":
        ranked = dense
    elif mode == "lexical":
        ranked = lex
    else:
        ranked = fuse_rankings(dense, lex, dense_weight, rrf_k)
    dense_scores, lexical_scores = dict(dense), dict(lex)
    hits = [
        Hit(passage=index.passages[row], score=score, dense=dense_scores.get(row), lexical=lexical_scores.get(row))
        for row, score in ranked[:k]
    ]
    return Ranking(hits, nearest[0][1] if nearest else None)
