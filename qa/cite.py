"""Turn ranked hits into an Answer: the sentence of each passage that answers best (the highlight), and the answer
text made of the best highlights with [n] markers; or "not in these transcripts" when qa.answerable says so."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Collection, Mapping, Sequence
from urllib.parse import urlencode, urlparse, urlunparse, parse_qsl

import numpy as np

from qa.answerable import FUNCTION_WORDS, NOT_ANSWERED, CorpusWords, Verdict, gather, words
from qa.lexical import english_stemmer
from qa.segment import MAX_UNIT_WORDS
from qa.exchange import exchange_text
from qa.types import Answer, Citation, CitedTurn, Evidence, Hit, Passage, SentenceUnit, TranscriptInfo, Turn

UnitsOf = Callable[[Passage], Sequence[SentenceUnit]]  # a passage's highlightable units (qa.segment.sentence_units)
UnitVectorsOf = Callable[[Passage, Sequence[SentenceUnit]], np.ndarray]  # their unit-length vectors, a row each
ANSWER_CITATIONS = 3  # at most this many highlights make up the answer text
DENSE_HIGHLIGHTS = ANSWER_CITATIONS  # passages whose units are scored by their vectors (the rest by word overlap)
OVERLAP_WEIGHT = 0.5  # share of the question's words a unit holds, added to its cosine (chosen on the dev sets)
ANSWER_MARGIN = 0.7  # a citation joins the answer when its highlight scores this share of the best one


@dataclass(frozen=True)
class Highlighted:
    """A citation and how well its highlight answers (the highlight unit's cosine to the question; None where it
    was chosen by word overlap alone)."""

    citation: Citation
    similarity: float | None


def unit_scores(similarities: np.ndarray | None, overlaps: np.ndarray) -> np.ndarray:
    """How well each unit of a passage answers: its cosine to the question plus OVERLAP_WEIGHT times the share of
    the question's content words it holds (word overlap alone where no vectors were read)."""
    if similarities is None:
        return overlaps
    return similarities + OVERLAP_WEIGHT * overlaps


def highlight_units(texts: Sequence[str], scores: np.ndarray) -> tuple[int, int]:
    """The first and last unit (indexes) of the highlight: the best-scoring unit with the better-scoring of its
    neighbours, when the two stay within MAX_UNIT_WORDS. An answer often sits next to the sentence that matches
    the question best ("There is much talk about Biden's proposal." / "We have already responded positively to
    it."): on the development sets the neighbour lifted the share of first citations whose highlight is the
    answer from 0.67 to 0.76 (docs/retrieval.md)."""
    best = int(np.argmax(scores))
    sizes = [len(t.split()) for t in texts]
    options = [(float(scores[n]), min(best, n), max(best, n)) for n in (best - 1, best + 1)
               if 0 <= n < len(texts) and sizes[best] + sizes[n] <= MAX_UNIT_WORDS]
    if not options:
        return best, best
    _, first, last = max(options)
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


def cite(question: str, question_vector: np.ndarray, hits: Sequence[Hit], transcripts: Mapping[str, TranscriptInfo],
         units_of: UnitsOf, vectors_of: UnitVectorsOf,
         file_of: Callable[[str], tuple[str, Sequence[Turn]]] | None = None) -> list[Highlighted]:
    """A citation for each of `hits`, in order, with its highlight. The units of the first DENSE_HIGHLIGHTS
    passages (those the answer text is made of) are scored by their vectors against `question_vector`; the rest
    by word overlap alone."""
    stems = _stems(question)
    out = []
    for rank, hit in enumerate(hits, 1):
        if hit.is_exchange and file_of is not None:
            out.append(_cite_exchange(rank, hit, stems, question_vector, transcripts[hit.passage.transcript],
                                      units_of, vectors_of, file_of(hit.passage.transcript)))
            continue
        chosen = _passage_highlight(hit.passage, stems, question_vector if rank <= DENSE_HIGHLIGHTS else None,
                                    units_of, vectors_of)
        out.append(Highlighted(_citation(rank, hit, transcripts[hit.passage.transcript], chosen.first, chosen.last),
                               chosen.similarity))
    return out


@dataclass(frozen=True)
class _Chosen:
    """A passage's highlight: its first and last unit, the best unit's score and cosine (None: overlap only)."""

    first: SentenceUnit
    last: SentenceUnit
    score: float
    similarity: float | None


def _passage_highlight(passage: Passage, stems: set[str], question_vector: np.ndarray | None, units_of: UnitsOf,
                       vectors_of: UnitVectorsOf) -> _Chosen:
    """The highlight of one passage: its units scored by cosine (where `question_vector` is given) and word
    overlap, the best with its better neighbour (`highlight_units`)."""
    units = list(units_of(passage))
    texts = [passage.text[u.start:u.end] for u in units]
    overlaps = np.array([len(stems & _stems(t)) for t in texts], np.float32) / max(len(stems), 1)
    similarities = vectors_of(passage, units) @ question_vector if question_vector is not None else None
    scores = unit_scores(similarities, overlaps)
    first, last = highlight_units(texts, scores)
    best = int(np.argmax(scores))
    return _Chosen(units[first], units[last], float(scores[best]),
                   None if similarities is None else float(similarities[best]))


def _cite_exchange(rank: int, hit: Hit, stems: set[str], question_vector: np.ndarray, info: TranscriptInfo,
                   units_of: UnitsOf, vectors_of: UnitVectorsOf, file: tuple[str, Sequence[Turn]]) -> Highlighted:
    """An exchange's citation: its turns' text, and the highlight in the passage (not a question) whose best unit
    answers best, chosen as for a passage (DESIGN.md: the highlight is always inside one turn)."""
    cited = exchange_text(hit, *file)
    answering = [(p, at) for p, at in zip(hit.passages, cited.passage_offsets) if p.role != "question"]
    candidates = [(_passage_highlight(p, stems, question_vector, units_of, vectors_of), p, at)
                  for p, at in answering or list(zip(hit.passages, cited.passage_offsets))]
    chosen, passage, at = max(candidates, key=lambda c: c[0].score)
    a, b, similarity = chosen.first, chosen.last, chosen.similarity
    return Highlighted(Citation(
        rank=rank, transcript=passage.transcript, title=info.title, date=info.date, speaker=passage.speaker,
        role=passage.role, question=passage.question, start_char=cited.start_char, end_char=cited.end_char,
        start_time=cited.start_time, end_time=cited.end_time, text=cited.text,
        highlight=passage.text[a.start:b.end], score=round(float(hit.score), 6), paragraph=cited.paragraph,
        media_url=media_link(info.media_url, a.start_time), kind="exchange", turns=cited.turns,
        highlight_start=at + a.start, highlight_end=at + b.end, highlight_start_char=a.start_char,
        highlight_end_char=b.end_char, highlight_start_time=a.start_time, highlight_end_time=b.end_time,
        cosine=hit.dense, bm25=hit.lexical), similarity)


def gather_evidence(question: str, nearest: float | None, cited: Sequence[Highlighted], corpus: CorpusWords,
                    transcripts: Sequence[TranscriptInfo], rapid: Collection[str] = ()) -> Evidence:
    """The evidence qa.answerable decides on, from the first ANSWER_CITATIONS citations: the passages and
    highlights the answer would be made of."""
    first = cited[:ANSWER_CITATIONS]
    similarities = [h.similarity for h in first if h.similarity is not None]
    return gather(question, cosine=nearest, sentence=max(similarities) if similarities else None,
                  top_texts=[f"{h.citation.speaker}: {h.citation.text}" for h in first],
                  highlights=[h.citation.highlight for h in first], corpus=corpus, transcripts=transcripts,
                  rapid=rapid)


def compose_answer(question: str, query_text: str, history_used: bool, cited: Sequence[Highlighted],
                   verdict: Verdict, evidence: Evidence | None = None) -> Answer:
    """The Answer: declined (nothing cited) unless `verdict` says the passages answer; else the answer text made
    of the highlights of up to ANSWER_CITATIONS citations that score at least ANSWER_MARGIN of the best one."""
    if not verdict.answerable or not cited:
        return Answer(question=question, answerable=False, answer=NOT_ANSWERED, citations=(), query=query_text,
                      history_used=history_used, note=verdict.note, evidence=evidence)
    return Answer(question=question, answerable=True, answer=answer_text(cited),
                  citations=tuple(h.citation for h in cited), query=query_text, history_used=history_used,
                  note=verdict.note, evidence=evidence)


def answer_text(cited: Sequence[Highlighted]) -> str:
    """The best highlights, each followed by its [n] marker. A reporter's question is worth citing (it says what
    was asked) but is no answer: the answer text takes the other passages when there are any."""
    scored = [h for h in cited if h.similarity is not None]
    pool = [h for h in scored if h.citation.role != "question"] or scored or list(cited[:1])
    top = max((h.similarity or 0.0) for h in pool)
    chosen = [h.citation for h in pool if (h.similarity or 0.0) >= ANSWER_MARGIN * top][:ANSWER_CITATIONS]
    return " ".join(f"{' '.join(c.highlight.split())} [{c.rank}]" for c in chosen)  # hard wraps undone


def _citation(rank: int, hit: Hit, info: TranscriptInfo, first: SentenceUnit, last: SentenceUnit) -> Citation:
    p = hit.passage
    turn = CitedTurn(speaker=p.speaker, role=p.role, start_char=p.start_char, end_char=p.end_char,
                     start_time=p.start_time, end_time=p.end_time, paragraph=p.paragraph, text_start=0,
                     text_end=len(p.text))
    return Citation(
        rank=rank, transcript=p.transcript, title=info.title, date=info.date, speaker=p.speaker, role=p.role,
        question=p.question, start_char=p.start_char, end_char=p.end_char, start_time=p.start_time,
        end_time=p.end_time, text=p.text, highlight=p.text[first.start:last.end], score=round(float(hit.score), 6),
        paragraph=p.paragraph, media_url=media_link(info.media_url, first.start_time), turns=(turn,),
        highlight_start=first.start, highlight_end=last.end, highlight_start_char=first.start_char,
        highlight_end_char=last.end_char, highlight_start_time=first.start_time, highlight_end_time=last.end_time,
        cosine=hit.dense, bm25=hit.lexical,
    )


def _stems(text: str) -> set[str]:
    """Content words of `text`, stemmed (for word-overlap scores)."""
    return set(english_stemmer().stemWords([w for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]))
