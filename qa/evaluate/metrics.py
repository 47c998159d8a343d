"""Pure metric functions: relevance by character-span overlap, ranking metrics, character recall,
answerability, latency percentiles. No model, no index: lists and spans in, numbers out.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

Span = tuple[int, int]
HIT_KS = (1, 3, 5, 10)
DEPTH = 10  # MRR@10 and nDCG@10 look this deep
# Words a reader goes through: about 1, 3, 5 and 10 passages of 200 words, so that segmentings with passages of
# any length can be compared at equal reading (Hit@k rewards long passages).
WORD_BUDGETS = (200, 600, 1000, 2000)
# Passages ranked (not all cited) for the budgets, so that even short passages fill the largest budget: at 100,
# 111 of QMSum val's 237 questions read fewer than 2000 words per meeting (median passage 15 words; docs/evaluation.md)
BUDGET_DEPTH = 300


def overlaps(span: Span, gold: Sequence[Span]) -> bool:
    """True when [start, end) shares at least one character with any gold span."""
    start, end = span
    return any(start < g_end and g_start < end for g_start, g_end in gold)


def relevance(cited: Sequence[tuple[str, int, int]], transcript: str | None, gold: Sequence[Span]) -> list[bool]:
    """Per citation (transcript, start_char, end_char): does it overlap a gold span of the question's transcript?"""
    return [name == transcript and overlaps((start, end), gold) for name, start, end in cited]


def first_relevant_rank(relevant: Sequence[bool]) -> int | None:
    """1-based rank of the first relevant citation, None when there is none."""
    return next((rank for rank, flag in enumerate(relevant, 1) if flag), None)


def gold_matches(cited: Sequence[tuple[str, int, int]], transcript: str | None,
                 gold: Sequence[Span]) -> list[int | None]:
    """Per citation, the index of the gold span it is credited with, or None.

    A citation is credited with the first gold span it overlaps that no earlier citation was credited with; a
    citation that overlaps only gold already credited gets None (it repeats what was found). This turns
    relevance by character overlap into the document ids that ranked-list metrics need, whatever the segmenting.
    """
    credited: set[int] = set()
    matches: list[int | None] = []
    for name, start, end in cited:
        match = None
        if name == transcript:
            for i, (g_start, g_end) in enumerate(gold):
                if i not in credited and start < g_end and g_start < end:
                    match = i
                    break
        if match is not None:
            credited.add(match)
        matches.append(match)
    return matches


def ranking_metrics(matches: Sequence[Sequence[int | None]], gold_counts: Sequence[int],
                    ks: Sequence[int] = HIT_KS) -> dict[str, np.ndarray]:
    """Hit@k for each k, MRR@10 and nDCG@10 per question.

    `matches[i]` is `gold_matches` for question i (citations in rank order), `gold_counts[i]` its number of gold
    spans (at least 1). The gold spans are the relevant documents; a citation counts as the gold span it is
    credited with. Hit@k: any relevant citation in the top k. MRR@10: one over the rank of the first relevant
    citation in the top 10. nDCG@10: binary gain 1 / log2(rank + 1) per newly found gold span in the top 10, over
    the ideal of all gold spans at the top. These are ranx's `hit_rate@k`, `mrr@10` and `ndcg@10` on the same
    documents (tests/test_metrics.py checks them against ranx); they are computed here because ranx's parallel
    numba loops, run in a process that had just ingested, twice scored the wrong questions (docs/evaluation.md).
    """
    if len(matches) != len(gold_counts):
        raise ValueError("one gold count per question")
    names = [f"hit@{k}" for k in ks] + ["mrr@10", "ndcg@10"]
    scores = {name: np.zeros(len(matches)) for name in names}
    for qi, (row, n_gold) in enumerate(zip(matches, gold_counts)):
        if n_gold < 1:
            raise ValueError(f"question {qi} has no gold; leave it out of ranking metrics")
        found = [rank for rank, m in enumerate(row) if m is not None]
        for k in ks:
            scores[f"hit@{k}"][qi] = float(bool(found) and found[0] < k)
        top = [rank for rank in found if rank < DEPTH]
        if top:
            scores["mrr@10"][qi] = 1.0 / (top[0] + 1)
            ideal = sum(1.0 / math.log2(rank + 2) for rank in range(min(n_gold, DEPTH)))
            scores["ndcg@10"][qi] = sum(1.0 / math.log2(rank + 2) for rank in top) / ideal
    return scores


def within_budget(words: Sequence[int], budget: int) -> int:
    """How many citations, read in rank order, fit in `budget` words.

    The first citation always counts (one passage is the least anyone reads); each later one counts only when
    the words read so far plus its own stay within the budget, so a system never gains by overshooting it.
    """
    total, n = 0, 0
    for count in words:
        if n and total + count > budget:
            break
        total += count
        n += 1
    return n


def budget_scores(ranked: Sequence[tuple[str, int, int, int]], transcript: str | None, gold: Sequence[Span],
                  prefix: np.ndarray) -> dict[str, float]:
    """`hit@Nw` and `recall@Nw` for each word budget N: whether the passages read within N words (in rank order,
    see `within_budget`) hold a relevant one, and the share of the gold they cover. `ranked` holds
    (transcript, start_char, end_char, words) in rank order; `prefix` is `nonspace_prefix` of `transcript`."""
    relevant = relevance([r[:3] for r in ranked], transcript, gold)
    scores = {}
    for budget in WORD_BUDGETS:
        read = within_budget([r[3] for r in ranked], budget)
        scores[f"hit@{budget}w"] = float(any(relevant[:read]))
        scores[f"recall@{budget}w"] = char_recall([(s, e) for name, s, e, _ in ranked[:read] if name == transcript],
                                                  gold, prefix)
    return scores


def nonspace_prefix(text: str) -> np.ndarray:
    """prefix[i] = number of non-whitespace characters in text[:i] (length len(text) + 1)."""
    mask = np.fromiter((not ch.isspace() for ch in text), dtype=np.int64, count=len(text))
    return np.concatenate(([0], np.cumsum(mask)))


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorted, non-overlapping union of spans."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def char_recall(cited: Sequence[Span], gold: Sequence[Span], prefix: np.ndarray) -> float:
    """Share of the gold's non-whitespace characters that the cited spans cover (0 when gold has none).

    `prefix` is `nonspace_prefix` of the transcript both span lists index into.
    """
    gold_u, cited_u = merge_spans(gold), merge_spans(cited)
    total = sum(int(prefix[b] - prefix[a]) for a, b in gold_u)
    if total == 0:
        return 0.0
    covered, j = 0, 0
    for a, b in gold_u:
        while j < len(cited_u) and cited_u[j][1] <= a:
            j += 1
        i = j
        while i < len(cited_u) and cited_u[i][0] < b:
            lo, hi = max(a, cited_u[i][0]), min(b, cited_u[i][1])
            covered += int(prefix[hi] - prefix[lo])
            i += 1
    return covered / total


def locate_highlight(text: str, start: int, end: int, highlight: str) -> Span | None:
    """Where `highlight` lies in text[start:end] (the citation's span in its transcript), or None.

    Found verbatim first; else up to runs of whitespace (a passage's text may join lines the file breaks).
    """
    highlight = highlight.strip()
    if not highlight:
        return None
    window = text[start:end]
    at = window.find(highlight)
    if at >= 0:
        return start + at, start + at + len(highlight)
    from qa.evaluate.questions import find_quote

    found = find_quote(window, highlight)
    return (start + found[0][0], start + found[0][1]) if found else None


def highlight_span(text: str, start: int, end: int, highlight: str,
                   file_span: tuple[int | None, int | None] = (None, None)) -> Span | None:
    """Where a citation's highlight lies in the file: found as text inside the citation's span `start`..`end`
    (`locate_highlight`), else its own span in the file, `file_span` (the citation's highlight_start_char and
    highlight_end_char), where it gives one. Captions and Whisper JSON do not hold their words verbatim (cue
    numbers, times, JSON quoting): their highlights are placed by the covering cues, so that they are scored
    rather than left out."""
    found = locate_highlight(text, start, end, highlight)
    if found is not None or not highlight.strip():
        return found
    a, b = file_span
    return (a, b) if a is not None and b is not None and a < b else None


def answerability(gold_unanswerable: Sequence[bool], said_unanswerable: Sequence[bool]) -> dict:
    """Precision, recall and F1 of the "not in these transcripts" decision (the positive class).

    None where a ratio has a zero denominator (no such questions, or the system never declined).
    """
    tp = sum(g and s for g, s in zip(gold_unanswerable, said_unanswerable))
    fp = sum((not g) and s for g, s in zip(gold_unanswerable, said_unanswerable))
    fn = sum(g and not s for g, s in zip(gold_unanswerable, said_unanswerable))
    n = len(gold_unanswerable)
    correct = sum(g == s for g, s in zip(gold_unanswerable, said_unanswerable))
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = (2 * precision * recall / (precision + recall) if precision and recall else
          (0.0 if precision is not None and recall is not None else None))
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": correct / n if n else None,
            "unanswerable": tp + fn, "declined": tp + fp}


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (linear interpolation, numpy's default); None for no values."""
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else None


def random_hit_rate(n_passages: int, n_relevant: int, k: int) -> float:
    """Chance that k passages drawn at random (no repeats) from n_passages include one of n_relevant."""
    if n_passages <= 0 or n_relevant <= 0:
        return 0.0
    k = min(k, n_passages)
    if n_passages - n_relevant < k:
        return 1.0
    return 1.0 - math.comb(n_passages - n_relevant, k) / math.comb(n_passages, k)


def estimated_relevant_passages(gold: Sequence[Span], text_chars: int, n_passages: int) -> int:
    """About how many of a transcript's n_passages overlap the gold, taking passages as equal cuts of its text.

    A gold span of g characters overlaps about g / L + 1 passages of length L = text_chars / n_passages.
    """
    if n_passages <= 0 or text_chars <= 0:
        return 0
    length = text_chars / n_passages
    count = sum((b - a) / length + 1 for a, b in merge_spans(gold))
    return min(n_passages, max(1, round(count)))


def mean(values: Sequence[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return float(np.mean(kept)) if kept else None
