"""Metric functions against cases worked by hand: no model, no index."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from qa.evaluate import metrics as m
from qa.evaluate.questions import EvalQuestion
from qa.evaluate.run import QuestionResult, summarize_run
from qa.types import Answer

T = "t.txt"


def test_overlap_is_half_open():
    assert m.overlaps((10, 20), [(19, 30)])
    assert not m.overlaps((10, 20), [(20, 30)])  # end is exclusive
    assert not m.overlaps((10, 20), [(0, 10)])
    assert not m.overlaps((10, 20), [])


def test_relevance_needs_the_questions_own_transcript():
    cited = [("other.txt", 0, 100), (T, 0, 5), (T, 40, 60)]
    assert m.relevance(cited, T, [(50, 55)]) == [False, False, True]


def test_first_relevant_rank_and_no_hits():
    assert m.first_relevant_rank([False, False, True, True]) == 3
    assert m.first_relevant_rank([False, False]) is None
    assert m.first_relevant_rank([]) is None


def test_gold_matches_credit_each_gold_span_once():
    gold = [(0, 10), (100, 110)]
    cited = [(T, 5, 8), (T, 0, 50), (T, 90, 200), ("x.txt", 0, 10), (T, 300, 400)]
    # the second citation overlaps only gold 0, already credited to the first: no new gold
    assert m.gold_matches(cited, T, gold) == [0, None, 1, None, None]


def test_a_citation_spanning_two_gold_spans_is_credited_with_the_first_free_one():
    gold = [(0, 10), (20, 30)]
    assert m.gold_matches([(T, 0, 30), (T, 0, 30)], T, gold) == [0, 1]


def test_ranking_metrics_worked_by_hand():
    # q0: one gold, found at rank 3 -> hit@1 0, hit@3 1, RR 1/3, nDCG 1/log2(4) = 0.5
    # q1: two gold, found at ranks 1 and 4 -> RR 1, DCG 1 + 1/log2(5), IDCG 1 + 1/log2(3)
    # q2: one gold, nothing relevant cited -> all zero
    # q3: one gold, nothing cited at all (the system declined) -> all zero
    scores = m.ranking_metrics([[None, None, 0], [0, None, None, 1], [None] * 10, []], [1, 2, 1, 1])
    assert list(scores["hit@1"]) == [0, 1, 0, 0]
    assert list(scores["hit@3"]) == [1, 1, 0, 0]
    assert list(scores["hit@5"]) == [1, 1, 0, 0]
    assert scores["mrr@10"] == pytest.approx([1 / 3, 1, 0, 0])
    ndcg_q1 = (1 + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert scores["ndcg@10"] == pytest.approx([0.5, ndcg_q1, 0, 0])


def test_ranking_metrics_keep_the_systems_order_when_its_scores_tie():
    # gold_matches carries no scores: rank order alone decides, so tied system scores cannot reorder hits
    scores = m.ranking_metrics([[None, 0]], [1])
    assert scores["hit@1"][0] == 0 and scores["mrr@10"][0] == pytest.approx(0.5)


def test_ranking_metrics_beyond_ten_are_not_counted():
    scores = m.ranking_metrics([[None] * 10 + [0]], [1])
    assert scores["hit@10"][0] == 0 and scores["mrr@10"][0] == 0


def test_ranking_metrics_refuse_a_question_without_gold():
    with pytest.raises(ValueError, match="no gold"):
        m.ranking_metrics([[None]], [0])


def test_char_recall_counts_non_whitespace_characters():
    text = "ab cd  ef gh"  # gold [0, 8) = "ab cd  e": 5 non-space characters
    prefix = m.nonspace_prefix(text)
    assert m.char_recall([(0, 2)], [(0, 8)], prefix) == pytest.approx(2 / 5)
    assert m.char_recall([(2, 7)], [(0, 8)], prefix) == pytest.approx(2 / 5)  # " cd  " holds c, d
    assert m.char_recall([(0, 3), (1, 5), (6, 100)], [(0, 8)], prefix) == 1.0  # overlaps counted once
    assert m.char_recall([], [(0, 8)], prefix) == 0.0
    assert m.char_recall([(0, 8)], [], prefix) == 0.0  # no gold: nothing to cover


def test_char_recall_over_two_gold_spans():
    text = "abcdefghij"
    prefix = m.nonspace_prefix(text)
    assert m.char_recall([(1, 3), (8, 9)], [(0, 4), (7, 10)], prefix) == pytest.approx(3 / 7)


def test_merge_spans():
    assert m.merge_spans([(5, 8), (0, 2), (1, 3), (8, 9), (4, 4)]) == [(0, 3), (5, 9)]


def test_answerability_with_not_answerable_as_the_positive_class():
    gold = [True, True, False, False, False]  # True: the question is not answerable
    said = [True, False, True, False, False]  # True: the system said "not in these transcripts"
    scores = m.answerability(gold, said)
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5 and scores["f1"] == 0.5
    assert scores["accuracy"] == pytest.approx(3 / 5)


def test_answerability_undefined_ratios_are_none():
    never_declined = m.answerability([True, False], [False, False])
    assert never_declined["precision"] is None and never_declined["recall"] == 0.0 and never_declined["f1"] is None
    nothing_unanswerable = m.answerability([False, False], [True, False])
    assert nothing_unanswerable["precision"] == 0.0 and nothing_unanswerable["recall"] is None
    assert m.answerability([], [])["accuracy"] is None


def test_percentiles_with_ties():
    assert m.percentile([10, 10, 10, 40], 50) == 10
    assert m.percentile([1, 2, 3, 4], 50) == 2.5
    assert m.percentile([1, 2, 3, 4, 5], 95) == pytest.approx(4.8)
    assert m.percentile([], 50) is None


def test_random_hit_rate_is_the_exact_expectation():
    assert m.random_hit_rate(10, 1, 1) == pytest.approx(0.1)
    assert m.random_hit_rate(10, 2, 3) == pytest.approx(1 - (8 * 7 * 6) / (10 * 9 * 8))
    assert m.random_hit_rate(4, 2, 3) == 1.0  # any three of four passages include one of two relevant
    assert m.random_hit_rate(10, 0, 5) == 0.0


def test_estimated_relevant_passages():
    # 10 passages of 100 characters; a 150-character gold span overlaps about 2.5 of them
    assert m.estimated_relevant_passages([(0, 150)], 1000, 10) in (2, 3)
    assert m.estimated_relevant_passages([(0, 1000)], 1000, 10) == 10


def test_locate_highlight_inside_the_citation_span():
    text = "A: Because  the\nrain came. Then it stopped."
    end = text.index(" Then")
    at = m.locate_highlight(text, 0, end, "Because the rain came.")  # whitespace differs in the file
    assert at is not None and text[at[0]:at[1]] == "Because  the\nrain came."
    assert m.locate_highlight(text, 0, end, "rain came.") == (text.index("rain"), end)
    assert m.locate_highlight(text, 0, end, "Then it stopped.") is None  # in the file, outside the citation


def test_highlight_span_falls_back_to_the_file_span_of_captions():
    text = "1\n00:00:01,000 --> 00:00:02,000\nthe rain came\n\n2\n00:00:02,000 --> 00:00:03,000\nthen it stopped\n"
    cue = text.index("then")
    # joined caption text is not in the file verbatim: the highlight's own file span places it
    assert m.highlight_span(text, 0, len(text), "the rain came then it", (0, cue + 7)) == (0, cue + 7)
    assert m.highlight_span(text, 0, len(text), "the rain came then it") is None  # no span given: unplaced
    assert m.highlight_span(text, 0, len(text), "then it stopped", (0, 1)) == (cue, cue + 15)  # verbatim first


def test_within_budget_reads_in_rank_order_and_never_overshoots():
    assert m.within_budget([50, 50, 100, 10], 200) == 3  # 50 + 50 + 100 = 200 fits exactly
    assert m.within_budget([50, 50, 101, 10], 200) == 2  # reading stops at the first that does not fit
    assert m.within_budget([250, 10], 200) == 1  # the first citation always counts
    assert m.within_budget([], 200) == 0
    assert m.within_budget([0, 0, 0], 0) == 3


def _result(qid: str, category: str, *, answerable: bool, declined: bool, hit1: float | None = None,
            alone_identical: bool | None = None):
    """A scored question as `score_questions` leaves it: gold and ranking scores only when it is answerable."""
    question = EvalQuestion(id=qid, question=f"{qid}?", line=1, transcript="t.txt", answerable=answerable,
                            history=("earlier?",) if alone_identical is not None else (),
                            extra={"category": category})
    answer = Answer(question=question.question, answerable=not declined, answer="")
    scores: dict = {"cited_words": None}
    if answerable:
        scores.update({"hit@1": hit1, "hit@3": 1.0, "mrr@10": hit1})
    if alone_identical is not None:
        scores["alone_identical"] = alone_identical
    return QuestionResult(question, answer, ((0, 5),) if answerable else (), 1.0, scores)


def test_metrics_by_category_worked_by_hand():
    """Two switches (one hit at rank 1, one at rank 2 to 3; one cites what it cites alone), two nonsense
    questions (one declined) and a factoid declined by mistake: per category and overall."""
    results = [_result("s1", "switch", answerable=True, declined=False, hit1=1.0, alone_identical=True),
               _result("s2", "switch", answerable=True, declined=False, hit1=0.0, alone_identical=False),
               _result("n1", "nonsense", answerable=False, declined=True, alone_identical=True),
               _result("n2", "nonsense", answerable=False, declined=False, alone_identical=False),
               _result("f1", "factoid", answerable=True, declined=True, hit1=0.0)]
    summary = summarize_run(results, k=5)
    switch, nonsense, factoid = (summary["per_category"][c] for c in ("switch", "nonsense", "factoid"))
    assert list(summary["per_category"]) == ["factoid", "nonsense", "switch"]
    assert (switch["hit@1"], switch["hit@3"], switch["alone_identical"], switch["with_history"]) == (0.5, 1.0, 0.5, 2)
    assert (switch["declined"], switch["false_declines"]) == (0.0, 0.0)
    # the nonsense question declined is a correct decline: recall 1/2, precision 1/1
    assert nonsense["declined"] == 0.5 and nonsense["hit@1"] is None
    assert (nonsense["answerability"]["recall"], nonsense["answerability"]["precision"]) == (0.5, 1.0)
    assert factoid["false_declines"] == 1.0 and factoid["answerability"]["precision"] == 0.0
    overall = summary["overall"]
    assert overall["answerability"]["precision"] == 0.5 and overall["answerability"]["recall"] == 0.5
    assert overall["false_declines"] == pytest.approx(1 / 3) and overall["declined"] == pytest.approx(2 / 5)
    assert overall["alone_identical"] == 0.5 and overall["with_history"] == 4


def test_no_category_breakdown_without_categories():
    result = _result("a", "x", answerable=True, declined=False, hit1=1.0)
    plain = QuestionResult(dataclasses.replace(result.question, extra={}), result.answer, result.gold, 1.0,
                           result.scores)
    assert "per_category" not in summarize_run([plain], k=5)


def test_ranking_metrics_stay_with_their_questions_past_ten_questions():
    # ids "q10" sort before "q2": each question's scores must still be its own
    matches = [[None, None]] * 12
    matches[2], matches[11] = [0], [None, 0]
    scores = m.ranking_metrics(matches, [1] * 12)
    assert np.flatnonzero(scores["hit@1"]).tolist() == [2]
    assert np.flatnonzero(scores["hit@3"]).tolist() == [2, 11]
    assert scores["mrr@10"][11] == 0.5


def test_ranking_metrics_agree_with_ranx_on_many_rankings():
    # ranx is the reference implementation: the same rankings as its qrels and runs give the same scores
    from ranx import Qrels, Run, evaluate

    rng = np.random.default_rng(7)
    matches, gold_counts = [], []
    for _ in range(300):
        n_gold = int(rng.integers(1, 30))
        pool = list(rng.permutation(n_gold))
        row = [int(pool.pop()) if pool and rng.random() < 0.3 else None for _ in range(int(rng.integers(0, 14)))]
        matches.append(row)
        gold_counts.append(n_gold)
    ours = m.ranking_metrics(matches, gold_counts)
    qrels = {f"q{i:04d}": {f"g{g}": 1 for g in range(n)} for i, n in enumerate(gold_counts)}
    run = {f"q{i:04d}": ({(f"g{x}" if x is not None else f"c{rank}"): float(len(row) - rank)
                          for rank, x in enumerate(row)} or {"none": 0.0}) for i, row in enumerate(matches)}
    names = {f"hit@{k}": f"hit_rate@{k}" for k in m.HIT_KS} | {"mrr@10": "mrr@10", "ndcg@10": "ndcg@10"}
    theirs = evaluate(Qrels(qrels), Run(run), list(names.values()), return_mean=False, make_comparable=True)
    for name, ranx_name in names.items():
        assert ours[name] == pytest.approx(theirs[ranx_name]), name
