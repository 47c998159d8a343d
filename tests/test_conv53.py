"""A follow-up asked in a register's frame whose topic points back to its history ("what was the purpose of that pay
bump?") is read without the pointing phrase where `qa.answerable.FRAMED_REFERENT` is on (conv53, docs/retrieval.md
"conv53": off as shipped; these tests turn it on)."""

import pytest

from qa import answerable
from qa.answerable import framed_own_part

PAY = "What did Biden say about firefighter pay?"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"


@pytest.fixture
def referent_on(monkeypatch):
    monkeypatch.setattr(answerable, "FRAMED_REFERENT", True)


@pytest.mark.parametrize("phrase, own", [
    ("that expulsion", ""),
    ("the latter", ""),
    ("this whole thing", "thing"),
    ("Chinese vendors those networks", "Chinese vendors"),
    ("that cost-share adjustment for Oregon", "for Oregon"),
    ("its companion website", "its companion website"),  # a possessive names a new thing of the referent
    ("his decision", "his decision"),
    ("the wildfires burning in Siskiyou County", "the wildfires burning in Siskiyou County"),
])
def test_the_pointing_phrase_is_left_out(phrase, own):
    assert framed_own_part(phrase) == own


def test_on_by_default():
    assert answerable.FRAMED_REFERENT


def test_a_follow_up_naming_its_referent_otherwise_is_answered(eight_qa, referent_on, monkeypatch):
    question = "what was the purpose of that pay bump?"
    answer = eight_qa.ask(question, history=[PAY])
    assert answer.answerable and answer.citations[0].transcript == WILDFIRES
    monkeypatch.setattr(answerable, "FRAMED_REFERENT", False)
    declined = eight_qa.ask(question, history=[PAY])
    assert not declined.answerable and declined.note == "No passage speaks of that pay bump."


def test_the_latter_is_no_topic_to_find(eight_qa, referent_on):
    answer = eight_qa.ask("what sparked the latter?", history=["What grant did Biden announce for Sonoma County?"])
    assert answer.answerable and answer.citations[0].transcript == WILDFIRES


def test_a_possessive_phrase_is_still_asked_for(eight_qa, referent_on):
    # batch B's conv-dev-4726, unanswerable: the first version read "its" as pointing back and answered it
    answer = eight_qa.ask("what is the purpose of its companion website?", history=["What book is Lamport writing?"])
    assert not answer.answerable and answer.note == "No passage speaks of its companion website."


def test_a_question_asked_alone_is_read_as_before(eight_qa, referent_on, monkeypatch):
    question = "what was the purpose of that pay bump?"
    on = eight_qa.ask(question)
    monkeypatch.setattr(answerable, "FRAMED_REFERENT", False)
    off = eight_qa.ask(question)
    assert (on.answerable, on.note, on.answer) == (off.answerable, off.note, off.answer)
