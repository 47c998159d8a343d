"""A turn after a conversation that its wording reads as standalone, whose alone answer is uncertain, whose first
passage holds only part of its own words and lies in none of the recordings the earlier answer cited, and which its
history does not answer either, is declined where `conversation.ASTRAY_ALONE` is on (ufup52, docs/retrieval.md
"ufup52": off as shipped; these tests turn it on)."""

import pytest

from qa import conversation
from qa.conversation import ASTRAY_NOTE, Context, astray_alone

AGENTIC = "agentic-ai-explained-youtube-captions.vtt"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
LOOSE = "Uncertain: the passages below are only loosely related to the question."
EARLIER = Context(("What is agentic AI?",), None, answered=((AGENTIC, 0, 400),))


@pytest.fixture
def astray_on(monkeypatch):
    monkeypatch.setattr(conversation, "ASTRAY_ALONE", True)


def test_an_uncertain_answer_from_another_recording_short_of_its_words_is_declined(astray_on):
    assert astray_alone(True, LOOSE, 0.5, WILDFIRES, EARLIER)


@pytest.mark.parametrize("answerable, note, coverage, first, context", [
    (True, LOOSE, 0.5, AGENTIC, EARLIER),  # in the recording the earlier answer cited
    (True, LOOSE, 1.0, WILDFIRES, EARLIER),  # its first passage holds every word of its own
    (True, None, 0.5, WILDFIRES, EARLIER),  # a confident answer
    (False, LOOSE, 0.5, WILDFIRES, EARLIER),  # already declined
    (True, LOOSE, 0.5, WILDFIRES, Context(("What is agentic AI?",), None)),  # the earlier answer cited nothing
    (True, LOOSE, None, WILDFIRES, EARLIER),  # no evidence
])
def test_not_read(astray_on, answerable, note, coverage, first, context):
    assert not astray_alone(answerable, note, coverage, first, context)


def test_off_reads_nothing():
    assert not conversation.ASTRAY_ALONE  # off as shipped
    assert not astray_alone(True, LOOSE, 0.5, WILDFIRES, EARLIER)


def test_a_question_of_the_presenter_never_answered_is_declined_after_the_conversation(eight_qa, monkeypatch):
    # batch A's conv-dev-4627: asked alone after agentic AI, answered loosely from the wildfire meeting
    monkeypatch.setattr(conversation, "ASTRAY_ALONE", True)
    answer = eight_qa.ask("how old is the presenter?", history=["What is agentic AI?"])
    assert not answer.answerable and answer.note == ASTRAY_NOTE and not answer.citations
    monkeypatch.setattr(conversation, "ASTRAY_ALONE", False)
    assert eight_qa.ask("how old is the presenter?", history=["What is agentic AI?"]).answerable


def test_a_switch_is_answered_as_asked_alone(eight_qa, astray_on):
    # batch A's conv-dev-4639: a switch to what the same press conference says of Iran
    question = "on another note, what did Biden say about Iran?"
    answer = eight_qa.ask(question, history=["What did Biden and Suga say about climate change?"])
    alone = eight_qa.ask(question)
    assert answer.answerable and answer.citations[0].transcript == SUGA
    assert (answer.answer, answer.note) == (alone.answer, alone.note)
