"""nm57: a question asked alone that asks when something was done or will be (`qa.answerable.asks_time`: "When did
...?", "When will ...?", "In what year ...?") asks for a time; where the first citation's highlight (with the sentence
after it) says none, nor a sentence of its passage a point of time with one of the question's own words, nor the
second citation's highlight a point of time (`time_unsaid`), the topic is found and the time asked is not said there:
`qa.answerable.TIME_UNSAID` declines it, the note saying what was looked for (a near miss)."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import TIME_NOTE, asks_time, time_unsaid


@pytest.mark.parametrize("question, asked", [
    ("When did Lamport join Microsoft?", True),
    ("When will Russia stop American diplomatic missions from hiring Russian citizens?", True),
    ("In what year did the United States leave the Open Skies Treaty?", True),
    ("Since what year has Lamport been programming?", True),
    # a condition, a moment of the recording, a "when" clause that sets the scene: no time asked
    ("When should I use TLA+ instead of testing?", False),
    ("When was SolarWinds first mentioned on the background call?", False),
    ("When in the lecture does he explain CLS?", False),
    ("What did Biden say when Suga thanked him?", False),
])
def test_a_time_is_asked_by_the_question_form(question, asked):
    assert asks_time(question) is asked


def _cited(text: str, highlight: str) -> tuple[str, int, int]:
    start = text.index(highlight)
    return text, start, start + len(highlight)


def test_a_time_is_unsaid_where_no_highlight_says_one():
    question = "When did Lamport join Microsoft?"
    intro = ("Alright, I'm here with Leslie Lamport, a distinguished scientist at Microsoft Research, creator of LaTeX."
             " Welcome to the show.")
    users = "So a lot of the users today are people in Azure, basically the web services of Microsoft."
    assert time_unsaid(question, [_cited(intro, intro.split(". ")[0]), _cited(users, users)])
    # a time said in the first highlight, or a point of time in the second one: not unsaid
    joined = "I joined Microsoft Research in 2001, after Compaq."
    assert not time_unsaid(question, [_cited(joined, joined), _cited(users, users)])
    later = "That was back in 2001, when the lab was small."
    assert not time_unsaid(question, [_cited(intro, intro.split(". ")[0]), _cited(later, later)])
    # ... a word of sequence or of a condition is no time of its own
    first = "The first thing I did at Microsoft was write the book, if you can believe it."
    assert time_unsaid(question, [_cited(first, first), _cited(users, users)])


def test_the_rule_off_reads_nothing(monkeypatch):
    intro = "Alright, I'm here with Leslie Lamport, a distinguished scientist at Microsoft Research."
    monkeypatch.setattr(answerable, "TIME_UNSAID", False)
    assert not time_unsaid("When did Lamport join Microsoft?", [_cited(intro, intro)])


def test_a_time_never_said_of_the_topic_is_declined(eight_qa, monkeypatch):
    question = "When did Lamport join Microsoft?"  # dev-un-4189: Microsoft Research said, no year of joining
    answer = eight_qa.ask(question)
    assert not answer.answerable and answer.note == TIME_NOTE and not answer.citations
    monkeypatch.setattr(answerable, "TIME_UNSAID", False)
    assert eight_qa.ask(question).answerable  # answered with the rule off
    monkeypatch.setattr(answerable, "TIME_UNSAID", True)
    # ... and where the time is said, answered as before (dev-nm57-014)
    answer = eight_qa.ask("In which year did the Turing Award go to Lamport?")
    assert answer.answerable and "2013" in answer.citations[0].text
