"""Turn ranked hits into an Answer: the sentence of each passage that answers best (the highlight), the answer
text with [n] markers, or "not in these transcripts" when nothing is close enough."""

from __future__ import annotations

import re
from typing import Callable, Mapping, Sequence
from urllib.parse import urlencode, urlparse, urlunparse, parse_qsl

import numpy as np

from qa.lexical import STOPWORDS_EN, english_stemmer
from qa.types import Answer, Citation, CitedTurn, Hit, Passage, SentenceUnit, TranscriptInfo

SentenceScorer = Callable[[Sequence[str]], np.ndarray]  # sentences -> similarity to the question
UnitsOf = Callable[[Passage], Sequence[SentenceUnit]]  # a passage's highlightable units (qa.segment.sentence_units)
ANSWER_CITATIONS = 3  # at most this many highlights make up the answer text
DENSE_HIGHLIGHTS = ANSWER_CITATIONS  # passages whose sentences are scored by the encoder
OVERLAP_WEIGHT = 0.5  # share of the question's words a sentence holds, added to its cosine (seed set: 0.49 -> 0.57)
ANSWER_MARGIN = 0.7  # a citation joins the answer when its highlight scores this share of the best one
_STOP_WORDS = frozenset(STOPWORDS_EN)
NOT_ANSWERED = "Not in these transcripts: no passage answers this question closely enough."


def highlight_units(text: str, scores: np.ndarray, units: Sequence[SentenceUnit]) -> tuple[SentenceUnit, SentenceUnit]:
    """The first and last unit of the highlight: the best-scoring unit, extended by the next one when it is too
    short to stand alone."""
    best = int(np.argmax(scores))
    first = last = units[best]
    if len(text[first.start:first.end].split()) < 8 and best + 1 < len(units):
        last = units[best + 1]
    return first, last


def media_link(url: str | None, seconds: float | None) -> str | None:
    """`url` opened at `seconds`: YouTube takes t=123s, other media the #t=123 fragment."""
    if not url:
        return None
    if seconds is None:
        return url
    t = int(seconds)
    parts = urlparse(url)
    if "youtube.com" in parts.netloc or "youtu.be" in parts.netloc:
        query = [(k, v) for k, v in parse_qsl(parts.query) if k != "t"] + [("t", f"{t}s")]
        return urlunparse(parts._replace(query=urlencode(query)))
    return urlunparse(parts._replace(fragment=f"t={t}"))


def cite(question: str, query_text: str, hits: Sequence[Hit], transcripts: Mapping[str, TranscriptInfo],
         score_sentences: SentenceScorer, units_of: UnitsOf, answerable: bool) -> Answer:
    """An Answer citing `hits` in order. `score_sentences` rates sentences against the question; it runs on the
    first DENSE_HIGHLIGHTS passages (those the answer text is made of), the rest are highlighted by word overlap,
    since embedding every sentence of ten passages costs as much as the whole search."""
    if not answerable or not hits:
        return Answer(question=question, answerable=False, answer=NOT_ANSWERED, citations=(), query=query_text)
    sentence_units = [list(units_of(h.passage)) for h in hits]
    sentence_spans = [[(u.start, u.end) for u in units] for units in sentence_units]
    dense = [h.passage.text[a:b] for h, spans in zip(hits[:DENSE_HIGHLIGHTS], sentence_spans) for a, b in spans]
    dense_scores = np.asarray(score_sentences(dense), dtype=np.float32)
    question_words = _stems(question)
    citations, best_scores = [], []
    offset = 0
    for rank, (hit, units, spans) in enumerate(zip(hits, sentence_units, sentence_spans), 1):
        overlap = np.array([len(question_words & _stems(hit.passage.text[a:b])) for a, b in spans], np.float32)
        if rank <= DENSE_HIGHLIGHTS:
            scores = dense_scores[offset:offset + len(spans)]
            offset += len(spans)
            best_scores.append(float(scores.max()))
            scores = scores + OVERLAP_WEIGHT * overlap / max(len(question_words), 1)
        else:
            scores = overlap
        first, last = highlight_units(hit.passage.text, scores, units)
        p = hit.passage
        info = transcripts[p.transcript]
        turn = CitedTurn(speaker=p.speaker, role=p.role, start_char=p.start_char, end_char=p.end_char,
                         start_time=p.start_time, end_time=p.end_time, paragraph=p.paragraph, text_start=0,
                         text_end=len(p.text))
        citations.append(Citation(
            rank=rank, transcript=p.transcript, title=info.title, date=info.date, speaker=p.speaker, role=p.role,
            question=p.question, start_char=p.start_char, end_char=p.end_char, start_time=p.start_time,
            end_time=p.end_time, text=p.text, highlight=p.text[first.start:last.end], score=round(float(hit.score), 6),
            paragraph=p.paragraph, media_url=media_link(info.media_url, first.start_time), turns=(turn,),
            highlight_start=first.start, highlight_end=last.end, highlight_start_char=first.start_char,
            highlight_end_char=last.end_char, highlight_start_time=first.start_time, highlight_end_time=last.end_time,
            cosine=hit.dense, bm25=hit.lexical,
        ))
    # A reporter's question is worth citing (it says what was asked) but is no answer: the answer text takes the
    # other passages when there are any.
    scored = [(c, s) for c, s in zip(citations, best_scores) if c.role != "question"] or list(zip(citations, best_scores))
    top = max(s for _, s in scored)
    chosen = [c for c, s in scored if s >= ANSWER_MARGIN * top][:ANSWER_CITATIONS]
    answer = " ".join(f"{' '.join(c.highlight.split())} [{c.rank}]" for c in chosen)  # hard wraps undone
    return Answer(question=question, answerable=True, answer=answer, citations=tuple(citations), query=query_text)


def _stems(text: str) -> set[str]:
    """Content words of `text`, stemmed (for word-overlap highlights)."""
    words = [w for w in re.findall(r"\w\w+", text.lower()) if w not in _STOP_WORDS]
    return set(english_stemmer().stemWords(words))
