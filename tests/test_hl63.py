"""A question that asks when ("When is the Belgrade plant due to begin ...?", "What year ...?"): once the verdict is
taken, the first citation's highlight is chosen again with a unit that says a point in time favoured
(`qa.cite.TIME_WEIGHT`, `says_time`, `timed_reading`; docs/retrieval.md, "hl63"); the decline reads the highlights as
chosen without it. Turned on and off here by its constant."""

import pytest

import qa.cite as cite
from bench import constants
from qa.cite import says_time, time_asked


@pytest.mark.parametrize("question", [
    "When is the Belgrade plant due to begin turning out Sputnik V?",
    "In what month should the Belgrade plant start making the Russian vaccine?",
    "What year did Lamport start programming?",
    "when do the debt sanctions start",
])
def test_a_question_that_asks_when(question):
    assert time_asked(question)


@pytest.mark.parametrize("question", [
    "When the extreme heat hits, what happens to the roads?",  # a "when" clause that sets the scene
    "At what time does the lecturer explain out-of-bag points?",  # a time in the recording: its place, no words
    "How many diplomats will Russia expel?",
    "Where will the Sputnik V doses be produced?",
])
def test_a_question_that_does_not_ask_when(question):
    assert not time_asked(question)


def test_a_unit_that_says_a_point_in_time():
    said = says_time(["We expect the launch of Sputnik V production in Belgrade scheduled for May.",
                      "I started programming in 1957.", "Last week, I learned that some firefighters are paid less.",
                      "We were 123 down in Palm Springs two days ago.",
                      "as the Minister noted today",  # the speaker's day, said in passing
                      "\\[16:30\\] Actually, there are two things that you should do.",  # the transcript's time stamp
                      "We may see more of this in the next three years."])  # a word of time, no point in it
    assert said.tolist() == [1, 1, 1, 1, 0, 0, 0]
    with constants(cite, TIME_DAYS=True):
        assert says_time(["as the Minister noted today"]).tolist() == [1]


MAY = "In what month should the Belgrade plant start making the Russian vaccine?"


def test_through_the_api_the_sentence_with_the_month_is_highlighted(seed_qa):
    with constants(cite, TIME_WEIGHT=0.5):
        on = seed_qa.ask(MAY)
    with constants(cite, TIME_WEIGHT=0):
        off = seed_qa.ask(MAY)
    assert on.answerable and off.answerable
    assert "scheduled for May" in on.citations[0].highlight
    assert "scheduled for May" not in off.citations[0].highlight
    # only the first citation's highlight is chosen again: the others are as they were
    assert [c.highlight for c in on.citations[1:]] == [c.highlight for c in off.citations[1:]]


def test_the_decline_reads_the_highlights_as_chosen_without_the_weight(seed_qa):
    # the railway programme is said, its end is not: a later citation's unit of "last year" drawn into its highlight
    # by the weight would have told the decline that a time is given (the first form of the rule did)
    question = "When will the Serbian railway improvement programme be finished?"
    with constants(cite, TIME_WEIGHT=0.5):
        on = seed_qa.ask(question)
    with constants(cite, TIME_WEIGHT=0):
        off = seed_qa.ask(question)
    assert not off.answerable
    assert not on.answerable and on.note == off.note
