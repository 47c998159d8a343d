"""BM25 over row-aligned documents (passages, or sections), saved with the index and updated incrementally.

The scores are bm25s's (its default Lucene variant: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), term part
tf / (tf + k1 (1 - b + b len / avglen)), k1 1.5, b 0.75; English stop words, Snowball stems; a query word counted
as often as it occurs), computed at query time from stored term frequencies and the live corpus's statistics, so
that adding or removing a transcript changes only its own postings and the document frequencies of its words.

Postings live in segments (one per write, merged when there are many), each a term-major table of (row, tf)
saved as memory-mapped .npy files; document frequencies and the vocabulary in the store's SQLite database.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

K1, B = 1.5, 0.75  # bm25s's defaults, which the product has always used
MAX_SEGMENTS = 8  # past this many segments of one index, a write merges the small ones

_THREAD = threading.local()
_WORD = re.compile(r"(?u)\b\w\w+\b")
# bm25s's English stop words (bm25s.stopwords.STOPWORDS_EN, MIT licence), copied so that asking a question needs
# no import of bm25s (with scipy and numba, a second of a cold start); tests/test_store.py checks they agree.
STOPWORDS_EN = frozenset("""
    a an and are as at be but by for if in into is it no not of on or such that the their then there these they
    this to was will with
""".split())


def english_stemmer():
    """A Snowball English stemmer for this thread: PyStemmer objects must not be shared between threads, and
    the UI answers several questions at once."""
    stemmer = getattr(_THREAD, "stemmer", None)
    if stemmer is None:
        import Stemmer

        stemmer = _THREAD.stemmer = Stemmer.Stemmer("english")
    return stemmer


def bm25_idf(documents: int, df: int) -> np.float32:
    """BM25's idf of a term that `df` of `documents` rows hold, as bm25s computes it (Lucene's, always above 0)."""
    return np.float32(np.log(1.0 + (documents - df + 0.5) / (df + 0.5)))


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """The BM25 terms of each text as bm25s.tokenize makes them: lower-cased words of 2+ characters, English stop
    words out, Snowball stems."""
    stem = english_stemmer().stemWords
    return [stem([w for w in _WORD.findall(text.lower()) if w not in STOPWORDS_EN]) for text in texts]


@dataclass(frozen=True)
class Segment:
    """Postings of some rows: for term `terms[i]`, rows `rows[indptr[i]:indptr[i+1]]` with frequencies `tf[...]`."""

    terms: np.ndarray  # int32, sorted
    indptr: np.ndarray  # int64
    rows: np.ndarray  # int32, global row ids
    tf: np.ndarray  # float32

    def postings(self, term: int) -> tuple[np.ndarray, np.ndarray] | None:
        i = int(np.searchsorted(self.terms, term))
        if i >= len(self.terms) or self.terms[i] != term:
            return None
        a, b = int(self.indptr[i]), int(self.indptr[i + 1])
        # the rows as numpy's own index type: indexing with int32 takes a path five times slower than the cast
        # (a question's 340k postings at 1M: 4 ms of scattering its scores)
        return self.rows[a:b].astype(np.intp), self.tf[a:b]

    @property
    def size(self) -> int:
        return len(self.rows)

    @classmethod
    def of(cls, rows: np.ndarray, terms: np.ndarray, tf: np.ndarray) -> "Segment":
        """A segment from (row, term, tf) triples in any order."""
        order = np.lexsort((rows, terms))
        rows, terms, tf = rows[order].astype(np.int32), terms[order].astype(np.int32), tf[order].astype(np.float32)
        unique, starts = np.unique(terms, return_index=True)
        indptr = np.append(starts, len(terms)).astype(np.int64)
        return cls(unique.astype(np.int32), indptr, rows, tf)

    def triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        terms = np.repeat(self.terms, np.diff(self.indptr))
        return np.asarray(self.rows), terms, np.asarray(self.tf)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        for name in ("terms", "indptr", "rows", "tf"):
            np.save(folder / f"{name}.npy", getattr(self, name), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> "Segment":
        # plain arrays over the mappings: np.memmap's slices cost about 20 us each (its __array_finalize__), and a
        # question slices two of them for every term and segment
        return cls(*(np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False))
                     for name in ("terms", "indptr", "rows", "tf")))


def count_terms(token_lists: Sequence[Sequence[str]], first_row: int, ids: dict[str, int]) -> Segment:
    """The postings of documents `token_lists` (rows first_row, first_row + 1, ...); `ids` maps every term."""
    rows, terms, tf = [], [], []
    for offset, tokens in enumerate(token_lists):
        for term, n in Counter(tokens).items():
            rows.append(first_row + offset)
            terms.append(ids[term])
            tf.append(n)
    return Segment.of(np.asarray(rows, dtype=np.int64), np.asarray(terms, dtype=np.int64),
                      np.asarray(tf, dtype=np.float32))


def merge_segments(segments: Sequence[Segment], live: np.ndarray) -> Segment:
    """One segment holding the postings of `segments` for live rows only."""
    parts = [s.triples() for s in segments]
    rows = np.concatenate([p[0] for p in parts])
    keep = live[rows]
    return Segment.of(rows[keep], np.concatenate([p[1] for p in parts])[keep],
                      np.concatenate([p[2] for p in parts])[keep])


class LexicalIndex:
    """BM25 scores of a question for every row. `lengths[row]` is a document's term count; `live` marks the
    rows that count (None: all); `vocab` maps a term to (id, document frequency among live rows)."""

    def __init__(self, vocab: dict[str, tuple[int, int]], lengths: np.ndarray, segments: Sequence[Segment],
                 live: np.ndarray | None = None):
        self.vocab = vocab
        self.lengths = lengths
        self.segments = list(segments)
        self.live = live
        self.size = len(lengths)
        self.documents = int(live.sum()) if live is not None else self.size
        total = float(np.asarray(lengths, dtype=np.float64)[live].sum() if live is not None else np.sum(lengths))
        self.average_length = total / self.documents if self.documents else 1.0
        # the rows a score must leave at 0: few, so a question zeroes them rather than masking every row
        self._dead = np.flatnonzero(~live) if live is not None else np.zeros(0, dtype=np.int64)
        self._norm: np.ndarray | None = None
        self._kept: tuple[str, Scores] | None = None  # kept_sparse_scores: the last text and its scores
        self._kept_lock = threading.Lock()
        self._shares: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}  # _term_shares, oldest first
        self._shares_kept = 0  # postings held in _shares
        self._shares_lock = threading.Lock()

    @classmethod
    def of_texts(cls, texts: Sequence[str]) -> "LexicalIndex":
        """An in-memory index of `texts` (row i is texts[i])."""
        tokens = tokenize(texts)
        counts = Counter(term for doc in tokens for term in set(doc))
        ids = {term: i for i, term in enumerate(sorted(counts))}
        vocab = {term: (ids[term], counts[term]) for term in ids}
        lengths = np.asarray([len(doc) for doc in tokens], dtype=np.int32)
        return cls(vocab, lengths, [count_terms(tokens, 0, ids)] if tokens else [])

    @classmethod
    def of_passages(cls, passages) -> "LexicalIndex":
        return cls.of_texts([f"{p.speaker}: {p.text}" for p in passages])

    # ---- what the corpus holds ------------------------------------------------------------------------------

    def document_frequency(self, word: str) -> int:
        """How many live documents hold `word` (stemmed as BM25 stems it; a word of several terms: the rarest;
        a stop word or a word of no term: 0)."""
        terms = tokenize([word])[0]
        if not terms:
            return 0
        return min(self.vocab.get(term, (0, 0))[1] for term in terms)

    def contains(self, word: str) -> bool:
        """Whether some live document holds `word` (as a stem); stop words count as absent."""
        return self.document_frequency(word) > 0

    def unknown_names(self, question: str) -> list[str]:
        """Names in `question` (capitalised words past the first, acronyms) that no passage contains."""
        if not self.documents:
            return []
        words = re.findall(r"\b[A-Z][\w’'-]*[A-Za-z]", question)[0 if not question[:1].isupper() else 1:]
        unknown = []
        for word in words:
            terms = tokenize([word])[0]
            if terms and not all(self.vocab.get(term, (0, 0))[1] > 0 for term in terms):
                unknown.append(word)
        return unknown

    # ---- scores ---------------------------------------------------------------------------------------------

    def scores(self, text: str) -> np.ndarray:
        """BM25 score of `text` for every row (0 for rows that hold none of its terms, and for dead rows)."""
        scores = np.zeros(self.size, dtype=np.float32)
        if not self.documents:
            return scores
        for term in tokenize([text])[0]:
            for rows, shares in self._term_shares(term):
                scores[rows] += shares
        scores[self._dead] = 0.0
        return scores

    def _term_shares(self, term: str) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per segment, the rows that hold `term` and its share of their BM25 score, idf tf / (tf + norm); none for
        a term no live row holds. Kept for the loaded index (the same float32 values, computed once): questions
        repeat their terms (88% of the postings the first 100 QMSum test questions read at 1M had been read for an
        earlier question), and this is a third of a question's BM25 there. At most `KEPT_SHARES` postings are kept,
        the least recently used dropped first."""
        with self._shares_lock:
            found = self._shares.pop(term, None)
            if found is not None:
                self._shares[term] = found  # the most recently used last
                return found
        entry = self.vocab.get(term)
        found = []
        if entry is not None and entry[1] > 0:
            (term_id, df), n, norm = entry, self.documents, self._length_norms()
            idf = bm25_idf(n, df)
            for segment in self.segments:
                postings = segment.postings(term_id)
                if postings is not None:
                    rows, tf = postings
                    found.append((rows, idf * tf / (tf + norm[rows])))
        with self._shares_lock:
            self._shares[term] = found
            self._shares_kept += sum(len(rows) for rows, _ in found)
            while self._shares_kept > KEPT_SHARES and len(self._shares) > 1:
                oldest = next(iter(self._shares))
                self._shares_kept -= sum(len(rows) for rows, _ in self._shares.pop(oldest))
        return found

    def holding(self, text: str) -> np.ndarray:
        """Per row, whether it holds a term of `text`: `scores(text) > 0` without the scores (every term's part of
        a score is above 0), for the answer's evidence, which asks it of single words (1M: a third of the time)."""
        held = np.zeros(self.size, dtype=bool)
        if not self.documents:
            return held
        for term in tokenize([text])[0]:
            entry = self.vocab.get(term)
            if entry is None or entry[1] <= 0:
                continue
            for segment in self.segments:
                found = segment.postings(entry[0])
                if found is not None:
                    held[found[0]] = True
        held[self._dead] = False
        return held

    def sparse_scores(self, text: str) -> "Scores":
        """`scores(text)` as `Scores`: the rows above 0 and their scores, the same values."""
        scores = self.scores(text)
        rows = np.flatnonzero(scores > 0)  # every term's part is above 0; a bool mask's nonzero is 3x a float's
        return Scores(rows, scores[rows], self.size)

    def kept_sparse_scores(self, text: str) -> "Scores":
        """`sparse_scores(text)`, the last text's kept: a question's are computed once, and may be computed ahead,
        in another thread, while its vector is encoded (qa.api); a caller of the text being computed waits for it."""
        with self._kept_lock:
            kept = self._kept
            if kept is None or kept[0] != text:
                kept = self._kept = (text, self.sparse_scores(text))
            return kept[1]

    def scores_within(self, text: str, rows: np.ndarray, first: int, end: int) -> np.ndarray:
        """BM25 of `text` for each of `rows` (all in [first, end): one transcript's rows), with each term's idf
        counted among the live rows of [first, end) only: a word every passage of that transcript holds weighs
        little there, however rare it is in the corpus (docs/retrieval.md, "rank39")."""
        rows = np.asarray(rows, dtype=np.int64)
        scores = np.zeros(len(rows), dtype=np.float32)
        inside = np.ones(end - first, dtype=bool) if self.live is None else np.asarray(self.live[first:end], bool)
        n = int(inside.sum())
        if not n or not len(rows):
            return scores
        norm = self._length_norms()
        for term in tokenize([text])[0]:
            entry = self.vocab.get(term)
            if entry is None or entry[1] <= 0:
                continue
            held, tfs = [], []
            for segment in self.segments:
                postings = segment.postings(entry[0])
                if postings is not None:
                    at, tf = postings
                    keep = (at >= first) & (at < end)
                    held.append(at[keep])
                    tfs.append(tf[keep])
            if not held:
                continue
            at, tf = np.concatenate(held), np.concatenate(tfs)
            live = inside[at - first]
            at, tf = at[live], tf[live]
            order = np.argsort(at, kind="stable")
            at, tf = at[order], tf[order]
            df = len(at)
            if not df:
                continue
            idf = bm25_idf(n, df)
            where = np.searchsorted(at, rows)
            found = (where < len(at)) & (at[np.minimum(where, len(at) - 1)] == rows)
            tf_rows = tf[where[found]].astype(np.float32)
            scores[found] += idf * tf_rows / (tf_rows + norm[rows[found]])
        return scores

    def _length_norms(self) -> np.ndarray:
        """Per row, BM25's length normalisation k1 (1 - b + b len / avglen), in float32 and in the order of
        operations the per-posting computation used, so the scores are bit for bit the same; once per loaded
        index (4 bytes a row) instead of for every posting of every question."""
        if self._norm is None:
            lengths = np.asarray(self.lengths).astype(np.float32)
            self._norm = K1 * (1 - B + B * lengths / np.float32(self.average_length))
        return self._norm

    def top(self, text: str, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
        """The n best-scoring rows for `text` with a score above 0 (among `rows` when given), best first, ties by
        row."""
        return self.sparse_scores(text).among(rows).top(n)


def top_rows(scores: np.ndarray, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    """The n best rows of `scores` with a score above 0 (among `rows` when given), best first, ties by row."""
    if not len(scores) or n <= 0:
        return []
    if rows is not None:
        masked = np.zeros_like(scores)
        masked[rows] = scores[rows]
        scores = masked
    positive = np.flatnonzero(scores > 0)
    return Scores(positive, scores[positive], len(scores)).top(n)


def best_first(values: np.ndarray, n: int, above: float | None = None) -> np.ndarray:
    """The positions of the n highest `values` (only those above `above`, when given), highest first, ties by
    position: `np.argsort(-values, kind="stable")[:n]` without sorting them all."""
    if n < len(values):
        # the n-th highest value from the values themselves: no negated copy of every value (two passes over the
        # windows' 890k sums at 1M); negation is exact, so these are the positions of -values <= -kth
        candidates = _at_least_nth_highest(values, n)  # every position that can be among the n, ties included
        kth = np.partition(values[candidates], len(candidates) - n)[len(candidates) - n]
        if above is None or kth > above:
            candidates = candidates[values[candidates] >= kth]
            return candidates[np.argsort(-values[candidates], kind="stable")][:n]
    candidates = np.arange(len(values)) if above is None else np.flatnonzero(values > above)
    return candidates[np.argsort(-values[candidates], kind="stable")][:n]


KEPT_SHARES = 2_000_000  # postings whose BM25 shares a loaded index keeps (12 bytes each: 24 MB at most)
SAMPLE_FROM = 65_536  # values; past this many, `_at_least_nth_highest` bounds the n-th highest by a sample first


def _at_least_nth_highest(values: np.ndarray, n: int) -> np.ndarray:
    """The positions (ascending) of a set of values that holds every value at least the n-th highest (n < len).
    A large array: the n-th highest of every k-th value is at most the n-th highest of all, so the values at least
    that one hold them, and are few; partitioning those instead of every value finds the same n-th highest in a
    third of the time (the windows' 890k sums at 1M: 8 -> 2 ms)."""
    step = len(values) // (64 * n) if len(values) > SAMPLE_FROM else 0
    if step < 2:
        return np.arange(len(values))
    sample = values[::step]
    bound = np.partition(sample, len(sample) - n)[len(sample) - n]
    return np.flatnonzero(values >= bound)


@dataclass(frozen=True)
class Scores:
    """Scores of one text over `size` rows, kept sparse: `rows` (ascending) are the rows above 0, `values` their
    scores; every other row scores 0. A question's terms reach a part of a large index (a sixth of the 1M
    benchmark's rows for the median question), and what ranking reads (the best rows, the best score among
    some rows, a few candidates' scores) needs only these: no pass over every row."""

    rows: np.ndarray  # int64, ascending
    values: np.ndarray  # float32 (BM25, all above 0) or float64 (window sums of it, 0 or above: Windows.lexical)
    size: int

    def __len__(self) -> int:
        return self.size

    def dense(self) -> np.ndarray:
        out = np.zeros(self.size, dtype=self.values.dtype)
        out[self.rows] = self.values
        return out

    def among(self, rows: np.ndarray | None) -> "Scores":
        """These scores with every row outside `rows` (None: none outside) at 0."""
        if rows is None or not len(self.rows):
            return self
        allowed = np.zeros(self.size, dtype=bool)
        allowed[rows] = True
        keep = allowed[self.rows]
        return Scores(self.rows[keep], self.values[keep], self.size)

    def at(self, rows: np.ndarray) -> np.ndarray:
        """The score of each of `rows` (0 where it has none)."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(self.rows):
            return np.zeros(len(rows), dtype=self.values.dtype)
        i = np.minimum(np.searchsorted(self.rows, rows), len(self.rows) - 1)
        return np.where(self.rows[i] == rows, self.values[i], 0).astype(self.values.dtype)

    def best(self) -> float:
        """The highest score (0 when no row scores)."""
        return float(self.values.max()) if len(self.values) else 0.0

    def top(self, n: int) -> list[tuple[int, float]]:
        """The n best (row, score) with a score above 0, best first, ties by row."""
        if n <= 0:
            return []
        return [(int(self.rows[i]), float(self.values[i])) for i in best_first(self.values, n, above=0.0)]
