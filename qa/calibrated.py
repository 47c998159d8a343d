"""A calibrated hedge (docs/retrieval.md, "Not in these transcripts", "A calibrated score"): the chance that an
answered question's first citation answers it, from a logistic model of a few features of the evidence the
decline decision read (qa.types.Evidence) and of the first citations; an answer whose chance is below
UNCERTAIN_BELOW says so ("Uncertain: ..."). The weights were fitted on dev by `bench/fit_decline.py hedge`, which
prints these constants and checks them against this module; numpy is not needed to apply them.

The same score used to decline answered questions, or to answer declined ones, was measured and rejected: on
every cross-validated fold it trades recall for false declines at about one for one (docs/retrieval.md).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Sequence

from qa.types import Answer, Citation, Evidence

# the features, in WEIGHTS' order: of the evidence (None read as the value that says nothing is missing), then of
# the first citations (the fused score of the first, its lead over the second, the first's BM25 as log(1 + x), its
# cosine lead over the second)
FEATURES = ("cosine", "sentence", "coverage", "top_coverage", "transcript_coverage", "source_coverage",
            "source_named", "missing_share", "unknown_name", "topic_coverage", "company_coverage", "follow_up",
            "expected_unfound", "count_unfound", "displaced_name", "absent_speaker", "apart_share", "hedged",
            "first_score", "score_gap", "log_bm25", "cosine_gap")
WEIGHTS = (2.7581, 0.3934, 0.0, 0.9416, 0.0, -2.0735, -0.3342, 0.0, 0.0, 2.819, -1.5374, 0.0, -1.7779, -1.1189,
           -0.2155, -1.1586, -3.316, -0.1193, 0.7804, 5.829, -0.2332, -0.1517)
BIAS = -2.09
UNCERTAIN_BELOW = 0.3  # answers scoring below this say they are uncertain (2-fold: 69% of them wrong, today's 44%)
NOTE = "Uncertain: answers scored like this one are often wrong; the first passage may not answer the question."


def features(evidence: Evidence, note: str | None, citations: Sequence[Citation]) -> list[float]:
    """The FEATURES of an answer: its evidence, whether its note already says it is uncertain, its citations."""
    content = max(1, evidence.content_words)

    def num(value, default: float) -> float:
        return default if value is None else float(value)
    first = citations[0].score if citations else 0.0
    second = citations[1].score if len(citations) > 1 else 0.0
    cosines = [num(c.cosine, 0.0) for c in citations[:2]] + [0.0, 0.0]
    bm25 = num(citations[0].bm25, 0.0) if citations else 0.0
    return [num(evidence.cosine, 0.0), num(evidence.sentence, 0.0), float(evidence.coverage),
            float(evidence.top_coverage), float(evidence.transcript_coverage), num(evidence.source_coverage, 1.0),
            float(evidence.source_coverage is not None), len(evidence.missing) / content,
            float(bool(evidence.unknown_names)), num(None if evidence.topic_framed else evidence.topic_coverage, 1.0),
            num(evidence.company_coverage, 1.0), float(evidence.follow_up), float(evidence.expected_found is False),
            float(evidence.count_found is False), float(bool(evidence.displaced_names)),
            float(bool(evidence.absent_speakers)), len(evidence.apart_words) / content,
            float((note or "").startswith("Uncertain")),
            float(first), float(first - second), math.log1p(max(0.0, bm25)), cosines[0] - cosines[1]]


def right_chance(answer: Answer) -> float | None:
    """The modelled chance that the answer's first citation answers it; None where it is declined or cites
    nothing, or no evidence was read, or earlier questions shaped its search (the model was fitted on questions
    asked alone: over conversations-dev's follow-ups, not fitted on, it flagged 284 of 916 answers, 34% of them
    wrong, docs/retrieval.md)."""
    if not answer.answerable or not answer.citations or answer.evidence is None or answer.history_used:
        return None
    z = BIAS + sum(w * x for w, x in zip(WEIGHTS, features(answer.evidence, answer.note, answer.citations)))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def hedged(answer: Answer) -> Answer:
    """The answer with its chance as its `confidence`, saying it is uncertain (NOTE after its own note) where the
    chance is below UNCERTAIN_BELOW and its note does not say so already; as it is where it has no chance."""
    chance = right_chance(answer)
    if chance is None:
        return answer
    if chance >= UNCERTAIN_BELOW or "Uncertain:" in (answer.note or ""):
        return dataclasses.replace(answer, confidence=round(chance, 4))
    return dataclasses.replace(answer, confidence=round(chance, 4), note=" ".join(filter(None, (answer.note, NOTE))))
