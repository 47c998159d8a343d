"""Rank passages for a question: FAISS dense search and BM25 lexical search, fused (see `retrieve`): by a convex
combination of their scores (the default) or by weighted reciprocal rank.

The query (a question, with the earlier questions of its conversation where it depends on them) comes from
qa.conversation; whether the passages answer at all is decided in qa.answerable.
"""

from __future__ import annotations

import functools
import re
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Collection, Sequence

import numpy as np

from qa.lexical import LexicalIndex, Scores, best_first, english_stemmer, top_rows  # noqa: F401  (re-exported)
from qa.segment import split_sentences
from qa.store import Store, median_turn_words, window_vectors
from qa.types import Hit, Passage, SentenceUnit


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

    vectors: np.ndarray  # per row: the unit vector of its window's summed passage vectors (zeros: not computed)
    order: np.ndarray  # the rows in file order, transcript after transcript
    lo: np.ndarray  # per row: its window is order[lo[row]:hi[row]]
    hi: np.ndarray
    active: np.ndarray  # per row: True where its transcript is rapid talk
    same: np.ndarray  # per row: the first row, in file order, whose window is the same as its own
    # (row, cosine) of the k rows with the nearest windows among rows: the store's search (approximate past a
    # size) where it holds these windows and has an approximate index over them; None: scan `vectors`
    search: Callable[[np.ndarray, int, np.ndarray], list[tuple[int, float]]] | None = None

    def cosines_once(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The cosine of each of `rows`' (ascending) window to `vector`, the same for the same window: BLAS rounds
        a row's product by the row's position, which made equal windows' order, and a clean rebuild's answers
        against an incrementally grown index's, depend on where the rows sat."""
        sims = self.cosines(vector, rows)
        reps = self.same[rows]  # non-decreasing: a transcript's rows are consecutive and its windows advance
        first = np.concatenate(([True], reps[1:] != reps[:-1]))
        return sims[np.flatnonzero(first)[np.cumsum(first) - 1]]

    def lexical(self, scores: Scores) -> Scores:
        """Per row with a window (`active`): the summed BM25 `scores` of the passages in its window (float64; the
        rows without a window score 0), as `Scores` whose values may be 0. Once per question: the last result is
        kept for the same `scores`."""
        with _SUMS_LOCK:  # computed ahead in another thread (qa.api): a second caller waits for the first's result
            last = self.__dict__.get("_last_lexical")
            if last is not None and last[0] is scores:
                return last[1]
            found = self._sums(scores)
            self.__dict__["_last_lexical"] = (scores, found)  # a frozen dataclass: the cache is not a field
            return found

    def _sums(self, scores: Scores) -> Scores:
        # the scored rows' values put straight into file order, in float64, and summed there in place: the same
        # float64 sums in the same order as a cumulative sum of every row's score (a 0 adds exactly nothing),
        # without a dense array of every row's score, its gather into file order and two more copies (1M: 18 -> 15 ms)
        at = self._positions[scores.rows]
        scored = at >= 0  # a row outside file order is in no live transcript: it has no window and is in none
        summed = np.zeros(len(self.order) + 1, dtype=np.float64)
        summed[at[scored] + 1] = scores.values[scored]
        np.cumsum(summed, out=summed)
        rows, lo, hi = self._active_spans
        # every windowed row, 0 where its window holds no scored passage: at 1M most windows hold one (790k of 890k
        # for the median question), and picking out the rest cost three more passages over them (6 ms)
        sums = summed[hi]
        sums -= summed[lo]
        return Scores(rows, sums, len(self.active))

    @cached_property
    def _positions(self) -> np.ndarray:
        """Per row, its position in file order (`order`); -1 for a row in none (a removed transcript's)."""
        positions = np.full(len(self.active), -1, dtype=np.int64)
        positions[self.order] = np.arange(len(self.order))
        return positions

    @cached_property
    def _active_spans(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows with a window, ascending, and their windows' bounds in file order."""
        rows = np.flatnonzero(self.active)
        rows.setflags(write=False)  # the same pool every question: the store's search keeps its bitmap
        return rows, self.lo[rows], self.hi[rows]

    def cosines(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The cosine of each of `rows`' window to the unit `vector`, without copying the whole matrix."""
        if len(rows) <= _GATHER_ROWS:
            return self.vectors[rows] @ vector
        # many rows: every row's cosine, block by block over the (memory-mapped) matrix itself, then those of `rows`
        return np.concatenate([self.vectors[i:i + _GATHER_ROWS] @ vector
                               for i in range(0, len(self.vectors), _GATHER_ROWS)])[rows]


_GATHER_ROWS = 65_536  # up to this many rows, their windows are gathered (a copy of at most 96 MiB at 384 dimensions)
_WINDOWS: "weakref.WeakKeyDictionary[Store, dict]" = weakref.WeakKeyDictionary()
_WINDOWS_LOCK = threading.Lock()
_SUMS_LOCK = threading.Lock()  # Windows.lexical's last sums
_WORKER = ThreadPoolExecutor(1, thread_name_prefix="tqa-windows")  # retrieve: the windows' search


def rapid_talk(turns, max_turn_words: float) -> bool:
    """Whether a transcript's median turn is shorter than `max_turn_words` words."""
    median = median_turn_words(turns)
    return median is not None and median < max_turn_words


def context_windows(index: Store, words: int, max_turn_words: float) -> Windows:
    """The passages' context windows (see `Windows`), once per loaded index and settings. From arrays the store
    keeps (word counts, median turn lengths, the window vectors written at ingest): no passage is read. A window
    size other than the stored one computes the vectors of the rapid-talk transcripts only."""
    with _WINDOWS_LOCK:
        found = _WINDOWS.setdefault(index, {}).get((words, max_turn_words))
    if found is not None:
        return found
    n = index.rows_total
    names = list(index.infos())
    spans = [index.transcript_rows(name) for name in names]
    order = np.concatenate([np.zeros(0, dtype=np.int64), *spans])
    lengths = np.asarray([len(rows) for rows in spans], dtype=np.int64)
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)  # per position: where its transcript starts
    ends = starts + np.repeat(lengths, lengths)
    before = np.concatenate(([0], np.cumsum(index.passage_words(order))))  # words before each position
    at = np.arange(len(order))
    # window_spans over the whole order at once, kept inside each transcript
    left = np.minimum(np.maximum(np.searchsorted(before, before[at] - words, side="left"), starts), at)
    right = np.maximum(np.minimum(np.searchsorted(before, before[at + 1] + words, side="right") - 1, ends), at + 1)
    lo, hi, active = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool)
    lo[order], hi[order] = left, right
    same, changed = np.zeros(n, dtype=np.int64), np.ones(len(order), dtype=bool)
    changed[1:] = (left[1:] != left[:-1]) | (right[1:] != right[:-1])
    same[order] = order[np.maximum.accumulate(np.where(changed, at, 0))]
    rapid = [rows for name, rows in zip(names, spans)
             if words > 0 and (tw := index.turn_words(name)) is not None and tw < max_turn_words]
    for rows in rapid:
        active[rows] = True
    vectors = stored = index.stored_windows(words)
    if vectors is None:  # zeros are not allocated until written: only the rapid-talk transcripts' rows cost memory
        vectors = np.zeros((n, index.shape.dim), dtype=np.float32)
        for rows in rapid:
            vectors[rows] = window_vectors(index.vectors(rows), index.passage_words(rows), words)
    # the store's search object, not a method of the store: the cache's values must not hold its keys
    search = index.window_search.search if stored is not None and index.window_search.kind == "ivf" else None
    windows = Windows(vectors, order, lo, hi, active, same, search)
    with _WINDOWS_LOCK:
        _WINDOWS.setdefault(index, {})[(words, max_turn_words)] = windows
    return windows


_top_stable = best_first  # the n best positions, ties by position (qa.lexical)


def as_scores(scores: Scores | np.ndarray) -> Scores:
    """`scores` as sparse `Scores` (a dense array of every row's score is converted; an empty one: no row)."""
    if isinstance(scores, Scores):
        return scores
    rows = np.flatnonzero(scores > 0)
    return Scores(rows, np.asarray(scores)[rows], len(scores))


def rank_windows(windows: Windows, query: Query, lexical_scores: Scores | np.ndarray, rows: np.ndarray | None,
                 n: int, dense: list[tuple[int, float]] | None = None
                 ) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """The n best allowed passages with a context window by their window's cosine (`dense` when given:
    `rank_windows_dense`), and by its summed BM25 (`lexical_scores` empty: none by BM25)."""
    if dense is None:
        dense = rank_windows_dense(windows, query, rows, n)
    lexical = []  # none when no allowed passage has a window: `among(rows)` leaves no sum above 0
    if len(lexical_scores):
        lexical = windows.lexical(as_scores(lexical_scores)).among(rows).top(n)
    return dense, lexical


def rank_windows_dense(windows: Windows, query: Query, rows: np.ndarray | None, n: int) -> list[tuple[int, float]]:
    """The n best allowed passages with a context window by their window's cosine."""
    pool = windows._active_spans[0]
    if rows is not None:
        # the allowed rows that have a window: what `np.intersect1d(pool, rows)` returns (the pool is every row with
        # a window, ascending), from the filter's side; intersect1d sorted the whole pool with them, for every
        # filtered question (888k rows at 1M: about 1 s of CPU a question)
        pool = _ascending_unique(rows)
        pool = pool[windows.active[pool]]
    if not len(pool):
        return []
    if windows.search is not None:
        return windows.search(query.vector, n, pool)
    sims = windows.cosines_once(query.vector, pool)
    return [(int(pool[i]), float(sims[i])) for i in _top_stable(sims, n)]


def _ascending_unique(rows: np.ndarray) -> np.ndarray:
    """`rows` as ascending unique int64 (the store's filters already are: then no sort)."""
    rows = np.asarray(rows, dtype=np.int64)
    return rows if len(rows) < 2 or bool((rows[1:] > rows[:-1]).all()) else np.unique(rows)


def convex_scores(dense: np.ndarray, lexical: np.ndarray, section_dense: np.ndarray, section_lexical: np.ndarray,
                  window_dense: np.ndarray, window_lexical: np.ndarray, active: np.ndarray, *, dense_weight: float,
                  section_weight: float, window_weights: tuple[float, float]) -> np.ndarray:
    """Per candidate passage: the convex combination of its scores (Bruch et al., "An Analysis of Fusion Functions
    for Hybrid Retrieval", 2023): w * cosine + (1 - w) * BM25 / the best BM25, plus `section_weight` times the
    same for its section. Where the passage has a context window (`active`), its cosine and BM25 are first
    averaged with its window's, weighted 1 : `window_weights` (dense, lexical), so that passages with and without
    windows stay on one scale. Unlike rank fusion it keeps magnitudes: a clear win on one signal is not flattened
    to one rank, and near-equal candidates stay near-equal rather than a rank apart. The lexical arrays come
    divided by their maximum (0..1); cosines are used as they are."""
    a, b = window_weights
    dense = np.where(active, (dense + a * window_dense) / (1.0 + a), dense)
    lexical = np.where(active, (lexical + b * window_lexical) / (1.0 + b), lexical)
    own = dense_weight * dense + (1.0 - dense_weight) * lexical
    return own + section_weight * (dense_weight * section_dense + (1.0 - dense_weight) * section_lexical)


def is_question_only(passage: Passage) -> bool:
    """Whether a passage is itself a question (its text ends with a question mark) that no label marks as a
    reporter's question: the interviewer's "How many hives do you keep?" shares the words of "How many hives are
    on the roof?" but rarely answers it. A labelled question (role `question`) is cited together with its answer
    (`question_exchanges`, qa.exchange), and an answer is never one."""
    return passage.role == "statement" and ends_asking(passage.text)


def ends_asking(text: str) -> bool:
    """Whether `text` ends with a question mark (quotes and closing brackets after it aside)."""
    return text.rstrip().rstrip("\"'”’)]").endswith("?")


def is_request_only(passage: Passage) -> bool:
    """Whether a passage that no label marks as a question ends by asking the other speaker to speak in a form
    other than a question (`is_request`): the Lamport interview's host's "It's separate. Real quick, describe
    your bakery algorithm. ... Explain it first, and then I'll explain why I'm trying to tie it together." ends with
    a full stop, yet only asks. Read as asking only in the turns of a transcript's `interviewer` (`only_asks`):
    a lecturer's or a guest's "Take the bakery algorithm." explains."""
    return passage.role == "statement" and _ends_requesting(passage.text)


@functools.lru_cache(maxsize=1 << 14)
def _ends_requesting(text: str) -> bool:
    """Whether the last sentence of `text` requests (`is_request`); kept per text, as the same passages come up
    question after question."""
    spans = split_sentences(text)
    return bool(spans) and is_request(text[spans[-1][0]:spans[-1][1]])


def only_asks(index: Store, row: int, passage: Passage, vector: np.ndarray | None = None) -> bool:
    """Whether `passage` (store row `row`) only asks: a question no label marks (`is_question_only`), or a request
    that ends a passage of the transcript's interviewer (`is_request_only`, `interviewer`) whose sentence nearest
    `vector` (the question's; None: any) asks too. A host's long setup may state what is asked ("at the top I
    mentioned this Turing Award which you won in 2013 ... And I'm curious what you think ..."): where the question
    meets the setup rather than the request, the passage answers."""
    if is_question_only(passage):
        return True
    # the passage's last sentence first: the interviewer is read from the whole transcript the first time it is
    # asked for (at 1M passages most questions meet transcripts not read yet), and few passages end on a request
    if (passage.role != "statement" or not is_request_only(passage)
            or passage.speaker != interviewer(index, passage.transcript)):
        return False
    return vector is None or _nearest_sentence_asks(index, row, passage, vector)


def nearest_unit(index: Store, row: int, vector: np.ndarray) -> SentenceUnit | None:
    """The sentence unit of passage `row` whose stored vector is nearest `vector`; None where the passage has no
    units, or not one vector each."""
    units, vectors = index.units(row), index.unit_vectors(row)
    if not units or len(vectors) != len(units):
        return None
    return units[int(np.argmax(vectors @ vector))]


def _nearest_sentence_asks(index: Store, row: int, passage: Passage, vector: np.ndarray) -> bool:
    unit = nearest_unit(index, row, vector)
    if unit is None:
        return True
    at = unit.start
    for start, end in split_sentences(passage.text):
        if start <= at < end or at < start:
            sentence = passage.text[start:end]
            return is_request(sentence) or ends_asking(sentence)
    return True


# An asking turn that requests (docs/retrieval.md, "The host's request before its answer"): a sentence that, after
# its openers ("So", "Real quick,", "Leslie,"), asks the listener to speak by grammar, not by topic: an imperative
# of a verb of telling ("Describe your ...", "Explain it first", "Tell us ...", "Walk us through ...", "Help me
# with ...", "Go ahead."); a modal addressed to the listener with "us"/"me" ("you could give us an overview", "can
# you tell me ..."); the asker's wish or curiosity about what the listener says ("I want to know about ...", "I'm
# curious what you think ...", "I wonder how ..."). Handing over the floor ("The floor is yours.") is not one: the
# chair's "Governor Brown, if you'd be willing, you could give us an overview ... The floor is yours." also says
# who she is (dev-rank3-1002, docs/retrieval.md).
_OPENERS = (r"(?:(?:so|now|okay|ok|well|and|but|alright|all\s+right|then|first|quickly|real\s+quick|just|please|"
            r"maybe|perhaps|briefly|again|finally|lastly|also)\b[\s,.]*|\\?\[\w+\\?\]\s*"
            r"|[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,2},\s*)*")
_TELLING = (r"(?:describe|explain|tell|talk|elaborate|expand|share|define|clarify|unpack|comment|summari[sz]e|"
            r"outline|recap|speak)")
_TO_US = r"(?:(?:walk|take|give|help|remind|fill|show|teach)\s+(?:us|me)|go\s+ahead)"
_REQUEST = re.compile(
    rf"^{_OPENERS}(?:please\s+)?(?:{_TELLING}|{_TO_US})\b"
    rf"|\byou\s+(?:could|can|might|would|will)\s+(?:please\s+)?(?:just\s+)?(?:{_TELLING}\s+(?:us|me)|{_TO_US})\b"
    rf"|^{_OPENERS}i(?:\s+really)?\s*(?:want|wanted|'d\s+like|’d\s+like|would\s+like|'d\s+love|’d\s+love|"
    rf"would\s+love)\s+(?:you\s+)?to\s+(?:know|hear|ask\s+you|learn|understand|{_TELLING})\b"
    rf"|^{_OPENERS}i(?:'m|’m|\s+am)\s+(?:just\s+|really\s+|very\s+)?(?:curious|wondering)\b"
    rf"|^{_OPENERS}i\s+wonder\b",
    re.IGNORECASE)


def is_request(sentence: str) -> bool:
    """Whether `sentence` asks the listener to speak without a question mark (`_REQUEST`)."""
    return bool(_REQUEST.search(sentence.strip()))


_INTERVIEWERS: "weakref.WeakKeyDictionary[Store, dict[str, str | None]]" = weakref.WeakKeyDictionary()
_INTERVIEWERS_LOCK = threading.Lock()


def interviewer(store: Store, transcript: str) -> str | None:
    """The speaker who asks in `transcript`: of its speakers, the one with the most passages that only ask
    (`is_question_only`), where no turn is labelled a question and another speaker speaks too (an
    interview's host, a chair); None otherwise. Read once per loaded index and transcript, from its passages."""
    with _INTERVIEWERS_LOCK:
        known = _INTERVIEWERS.setdefault(store, {})
        if transcript in known:
            return known[transcript]
    speaking = store.speaking(transcript)  # (speaker, role, text): `is_question_only` of each passage, unbuilt
    asks: dict[str, int] = {}
    for speaker, role, text in speaking:
        asks[speaker] = asks.get(speaker, 0) + int(role == "statement" and ends_asking(text))
    found = None
    if len(asks) >= 2 and not any(role == "question" for _, role, _ in speaking):
        speaker, n = max(sorted(asks.items()), key=lambda item: item[1])
        found = speaker if n > 0 else None
    with _INTERVIEWERS_LOCK:
        _INTERVIEWERS.setdefault(store, {})[transcript] = found
    return found


def _normalised(scores: Scores, rows: np.ndarray | None, at: np.ndarray) -> np.ndarray:
    """`scores` at `at` divided by the best score among `rows` (all when None); zeros when there is none above 0."""
    if not len(scores):
        return np.zeros(len(at))
    best = scores.among(rows if rows is not None and len(rows) else None).best()
    return scores.at(at) / best if best > 0 else np.zeros(len(at))


def fuse_convex(index: Store, query: Query, candidates: np.ndarray, lexical_scores: Scores | np.ndarray,
                rows: np.ndarray | None, mode: str, dense_weight: float, section_weight: float,
                section_lexical: LexicalIndex | None, windows: "Windows | None",
                window_weights: tuple[float, float]) -> dict[int, float]:
    """Row -> `convex_scores` of each candidate, from the store's vectors and the BM25 scores of every row."""
    w = _dense_share(mode, dense_weight)
    lexical_scores = as_scores(lexical_scores)
    cosine = index.vectors(candidates) @ query.vector
    lexical = _normalised(lexical_scores, rows, candidates)
    zeros = np.zeros(len(candidates))
    section_dense, section_lexical_n = zeros, zeros
    if section_weight > 0 and index.section_count:
        sections = index.section_of(candidates)
        section_dense = index.section_vectors(sections) @ query.vector
        if section_lexical is not None and w < 1:
            section_scores = section_lexical.kept_sparse_scores(query.lexical_text)
            section_lexical_n = _normalised(section_scores, index.section_rows(rows), sections)
    window_dense, window_lexical, active = zeros, zeros, np.zeros(len(candidates), dtype=bool)
    if windows is not None:
        active = windows.active[candidates]
        window_dense = windows.vectors[candidates] @ query.vector
        if len(lexical_scores):
            window_lexical = _normalised(windows.lexical(lexical_scores), rows, candidates)
    if LOCAL_LEXICAL_WEIGHT > 0 and w < 1 and len(candidates):
        lexical = within_transcript_lexical(index, query, candidates, lexical, LOCAL_LEXICAL_WEIGHT)
    weights = {"dense": (window_weights[0], 0.0), "lexical": (0.0, window_weights[1])}.get(mode, window_weights)
    fused = convex_scores(cosine if w > 0 else zeros, lexical, section_dense, section_lexical_n, window_dense,
                          window_lexical, active, dense_weight=w, section_weight=section_weight,
                          window_weights=weights)
    return {int(row): float(score) for row, score in zip(candidates, fused)}


# rank39: how much of a candidate's lexical score is its BM25 with idf counted inside its own transcript
# (`within_transcript_lexical`); 0: off
LOCAL_LEXICAL_WEIGHT = 0.0


def within_transcript_lexical(index: Store, query: Query, candidates: np.ndarray, lexical: np.ndarray,
                              weight: float) -> np.ndarray:
    """The candidates' normalised BM25 (`lexical`, 0..1) blended with their BM25 whose idf is counted among their
    own transcript's passages: (1 - weight) * lexical + weight * local, where each transcript's local scores are
    scaled so that its best candidate's equals its best `lexical`. A word that every passage of a transcript
    holds ("Japan" in the Biden-Suga press conference) no longer ranks its passages against each other; the words
    that part them do. Each transcript keeps its best lexical value; its other candidates' values move."""
    names = index.transcript_names(candidates)
    out = np.asarray(lexical, dtype=np.float64).copy()
    for name in {n for n in names if n is not None}:
        at = np.flatnonzero(names == name)
        span = index.transcript_rows(name)
        if not len(span):
            continue
        local = index.lexical.scores_within(query.lexical_text, candidates[at], int(span[0]),
                                            int(span[-1]) + 1).astype(np.float64)
        top, best = local.max(), out[at].max()
        scaled = local / top * best if top > 0 else np.zeros(len(at))
        out[at] = (1.0 - weight) * out[at] + weight * scaled
    return out


@dataclass(frozen=True)
class Ranking:
    hits: list[Hit]  # best first
    nearest: float | None  # the highest cosine of any allowed passage to the query (None: no passage)


def retrieve(index: Store, lexical: LexicalIndex, query: Query, *, k: int, mode: str, dense_weight: float,
             rrf_k: int, candidates: int, rows: np.ndarray | None, section_weight: float = 0.0,
             section_lexical: LexicalIndex | None = None, window_words: int = 0,
             window_weights: tuple[float, float] = (0.0, 0.0), window_turn_words: float = 0.0,
             fusion: str = "rrf", question_weight: float = 1.0) -> Ranking:
    """The k best passages for `query` under `mode` (hybrid, dense or lexical), and the nearest passage's cosine,
    one of the signals of whether the passages can answer at all (qa.answerable).

    Each method ranks `candidates` passages; their union is fused. `fusion` "convex" scores each by
    `convex_scores` (magnitudes kept), "rrf" by weighted reciprocal rank: w / (rrf_k + rank) per ranking.
    With `section_weight` > 0, a passage's score adds `section_weight` times its section's (see
    `rank_sections`): passages of the exchanges that match the question as a whole come first. With
    `window_words` > 0, passages of rapid talk also rank by their context window (`Windows`): the windows' cosine
    and BM25 join the fusion with `window_weights` (dense, lexical). A passage that only asks (a question, or
    an interviewer's request: `only_asks`) among the first candidates has its score multiplied by `question_weight`.
    """
    n = max(candidates, k)
    weights = {"dense": (window_weights[0], 0.0), "lexical": (0.0, window_weights[1])}.get(mode, window_weights)
    windows = context_windows(index, window_words, window_turn_words) if window_words > 0 and max(weights) > 0 \
        else None
    # the windows' vector search beside the passages' (the second core; FAISS lets go of the GIL while it searches)
    window_dense = _WORKER.submit(rank_windows_dense, windows, query, rows, n) if windows is not None else None
    if fusion == "convex" and section_weight > 0 and section_lexical is not None and index.section_count \
            and mode != "dense":
        # then the sections' BM25, unless the thread that computes it while the question is encoded (qa.api) has
        # done it by then: at 1M that thread is still summing the windows' BM25 when the searches end (the same
        # kept value: whichever thread comes first computes it, the other waits for it or reads it)
        _WORKER.submit(section_lexical.kept_sparse_scores, query.lexical_text)
    dense = rank_dense(index, query, rows, n) if mode in ("hybrid", "dense") else []
    # the dense list is exact and best first, so its head is the nearest passage; lexical mode searches for it
    nearest = (dense or rank_dense(index, query, rows, 1))[:1]
    lexical_scores = lexical.kept_sparse_scores(query.lexical_text) if mode in ("hybrid", "lexical") \
        else Scores(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), 0)
    lex = lexical_scores.among(rows).top(n)
    window_lists = rank_windows(windows, query, lexical_scores, rows, n, window_dense.result()) \
        if window_dense is not None else ([], [])
    if fusion == "convex":
        pool = [row for ranking in (dense, lex, *window_lists) for row, _ in ranking]
        fused = fuse_convex(index, query, np.unique(np.asarray(pool, dtype=np.int64)), lexical_scores, rows, mode,
                            dense_weight, section_weight, section_lexical, windows, window_weights)
    else:
        fused = _fuse_rrf(index, query, dense, lex, window_lists, rows, mode, dense_weight, rrf_k, section_weight,
                          section_lexical, weights, n)
    ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
    ranked, passages = _demote_questions(index, ranked, question_weight, QUESTION_DEPTH, query.vector)
    dense_scores, lexical_scores = dict(dense), dict(lex)
    if any(row not in passages for row, _ in ranked[:k]):  # one read for the head's passages, not one a row
        passages = {**passages, **index.passages([row for row, _ in ranked[:k] if row not in passages])}
    hits = [
        Hit(passage=passages[row], score=score, dense=dense_scores.get(row),
            lexical=lexical_scores.get(row), row=row)
        for row, score in ranked[:k]
    ]
    return Ranking(hits, nearest[0][1] if nearest else None)


def spread_reading(passages: Sequence[Passage], *, head: int, radius: int, weight: float,
                   spread: Collection[str]) -> list[Passage]:
    """qm61: `passages` (best first) with the first `head` in place and the rest taken greedily by the least
    place + `weight` x (passages taken so far, of the same transcript, within `radius` characters of it); only a
    passage of a transcript in `spread` (rapid talk) counts the ones near it, so the others keep their order among
    themselves and, where no transcript is in `spread`, the list is returned as it was."""
    if weight <= 0 or len(passages) <= head or not any(p.transcript in spread for p in passages[head:]):
        return list(passages)
    names = np.asarray([p.transcript for p in passages], dtype=object)
    starts = np.asarray([p.start_char for p in passages], dtype=np.int64)
    ends = np.asarray([p.end_char for p in passages], dtype=np.int64)
    counted = np.asarray([p.transcript in spread for p in passages])
    near = np.zeros(len(passages))
    left = np.ones(len(passages), dtype=bool)
    place = np.arange(len(passages), dtype=np.float64)
    order = []

    def take(i: int) -> None:
        order.append(i)
        left[i] = False
        near[:] += counted & (names == names[i]) & (starts < ends[i] + radius) & (starts[i] - radius < ends)

    for i in range(head):
        take(i)
    while left.any():
        take(int(np.argmin(np.where(left, place + weight * near, np.inf))))
    return [passages[i] for i in order]


# How deep the question-only demotion looks, whatever k: it reorders the head of the ranking (what is cited and
# read first), each look is a passage read, and the same depth for `ask` (k = 5) and `tqa eval` (300 deep) keeps
# their first citations the same.
QUESTION_DEPTH = 20


def _demote_questions(index: Store, ranked: list[tuple[int, float]], weight: float, depth: int,
                      vector: np.ndarray | None = None) -> tuple[list[tuple[int, float]], dict[int, Passage]]:
    """`ranked` with the score of each passage that only asks (`only_asks`, its nearest sentence to the question's
    `vector`) among the first `depth` multiplied by `weight`, and the passages read on the way (row -> passage)."""
    if weight == 1.0 or not ranked:
        return ranked, {}
    passages = index.passages([row for row, _ in ranked[:depth]])
    head = [(row, score * weight if only_asks(index, row, passages[row], vector) else score)
            for row, score in ranked[:depth]]
    head.sort(key=lambda item: (-item[1], item[0]))
    return head + ranked[depth:], passages


def _fuse_rrf(index: Store, query: Query, dense, lex, window_lists, rows, mode: str, dense_weight: float, rrf_k: int,
              section_weight: float, section_lexical: LexicalIndex | None, weights: tuple[float, float],
              n: int) -> dict[int, float]:
    """Row -> weighted reciprocal rank fusion of the passage, section and window rankings."""
    fused = dict(fuse_rankings(dense, lex, _dense_share(mode, dense_weight), rrf_k))
    if section_weight > 0 and index.section_count:
        by_section = rank_sections(index, section_lexical, query, rows, mode, dense_weight, rrf_k, n)
        rows_fused = list(fused)
        fused = {row: fused[row] + section_weight * by_section.get(int(section), 0.0)
                 for row, section in zip(rows_fused, index.section_of(rows_fused))}
    for weight, ranking in zip(weights, window_lists):
        for rank, (row, _) in enumerate(ranking, 1):
            fused[row] = fused.get(row, 0.0) + weight / (rrf_k + rank)
    return fused
