"""nm63: the time and sum checks of a question asked alone (`qa.answerable.time_unsaid`, nm57; `sum_unsaid`, nm59)
read the next citations' highlights for the time or the sum asked only where the citation ranks near the first
(`next_near_first`: a fused score at least `NEXT_SCORE_SHARE` of the first's): a passage far below the first, often
of another recording, that happens to say a year or a sum does not answer "when" or "how much" of the topic the
first passage found."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import SUM_NOTE, TIME_NOTE, next_near_first, sum_unsaid, time_unsaid


def _cited(text: str, highlight: str | None = None) -> tuple[str, int, int]:
    highlight = highlight or text
    start = text.index(highlight)
    return text, start, start + len(highlight)


BRIC = "This grant is part of FEMA's BRIC program. My administration doubled BRIC funding to support local efforts."
PROGRAMMING = "Well, the big change since I started - and I started programming in 1957 - is that nobody understands."
GRANT = "And today, I'm announcing a $37 million federal grant to Sonoma County, California."


def test_next_citations_far_below_the_first_are_not_read():
    cited = [_cited(BRIC), _cited(PROGRAMMING), _cited(GRANT)]
    assert next_near_first(cited, [1.0, 0.9, 0.7], 3) == cited[1:2]
    assert next_near_first(cited, [1.0, 0.9, 0.7], 2) == cited[1:2]
    assert next_near_first(cited, [1.0, 0.5, 0.95], 3) == cited[2:3]
    # no scores, a first score not above 0: every next citation to the depth, as before
    assert next_near_first(cited, None, 3) == cited[1:]
    assert next_near_first(cited, [0.0, 0.5, 0.5], 3) == cited[1:]


def test_a_time_said_only_far_below_the_first_does_not_answer_when(monkeypatch):
    question = "When did FEMA's BRIC program start?"
    cited = [_cited(BRIC), _cited(PROGRAMMING)]
    assert time_unsaid(question, cited, scores=[1.0, 0.74])  # "1957", of something else, far below
    assert not time_unsaid(question, cited, scores=[1.0, 0.95])  # ... near the first: read, as before
    assert not time_unsaid(question, cited)  # ... no scores: read
    monkeypatch.setattr(answerable, "NEXT_SCORE_SHARE", 0.0)
    assert not time_unsaid(question, cited, scores=[1.0, 0.74])  # off: main's reading


def test_a_sum_said_only_far_below_the_first_does_not_answer_how_much(monkeypatch):
    question = "How much money does the BRIC program hand out each year?"
    cited = [_cited(BRIC), _cited(PROGRAMMING), _cited(GRANT)]
    assert sum_unsaid(question, cited, scores=[1.0, 0.9, 0.6])
    assert not sum_unsaid(question, cited, scores=[1.0, 0.9, 0.97])
    monkeypatch.setattr(answerable, "NEXT_SCORE_SHARE", 0.0)
    assert not sum_unsaid(question, cited, scores=[1.0, 0.9, 0.6])


@pytest.mark.parametrize("question", [
    "When did FEMA's BRIC program start?",  # dev-un-5015: "1957" of Lamport's programming, second
    "When did Google introduce First Input Delay as a metric?",  # dev-un-5010: Dijkstra's "1965", second
])
def test_a_near_miss_whose_time_is_another_recordings_is_declined(eight_qa, monkeypatch, question):
    answer = eight_qa.ask(question)
    assert not answer.answerable and answer.note == TIME_NOTE and not answer.citations
    monkeypatch.setattr(answerable, "NEXT_SCORE_SHARE", 0.0)
    assert eight_qa.ask(question).answerable  # answered with the gate off


def test_a_time_or_sum_in_a_second_citation_near_the_first_is_still_answered(eight_qa):
    # dev-unans47-58: "I realized they had that insight in 1983." is cited second, at 0.94 of the first's score
    answer = eight_qa.ask("In what year did the hardware designers have that insight, according to Lamport?")
    assert answer.answerable and any("1983" in c.highlight for c in answer.citations[:2])
    # dev-nm59-001: the sum in the first passage, as before
    answer = eight_qa.ask("How much is the federal grant Biden announced for Sonoma County?")
    assert answer.answerable and "$37 million" in answer.citations[0].text


def test_a_sum_near_miss_whose_sum_is_far_below_is_declined(eight_qa, monkeypatch):
    question = "How much will the EPA's new air quality app cost?"  # dev-un-2103
    answer = eight_qa.ask(question)
    assert not answer.answerable and answer.note == SUM_NOTE
    monkeypatch.setattr(answerable, "NEXT_SCORE_SHARE", 0.0)
    assert eight_qa.ask(question).answerable
