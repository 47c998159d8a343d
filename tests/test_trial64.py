"""trial64 (docs/retrieval.md "trial64"): a US state that asks or says ("What did Oregon ask FEMA to approve?") acts
through its governor, as a country does through its government, and is no absent speaker where its governor speaks
(`answerable.STATE_SPEAKS`, `state_governed`); and an object pronoun whose clause the asker is the subject of ("How
can I preview my site on different phones without owning them?") needs one thing before it to stand for, not two
(`conversation.ASKER_SUBJECT`). Over the eight shared transcripts in one index, as dev's questions are asked."""

import pytest

from qa import answerable, conversation
from qa.conversation import pointing_pronouns, read_dependence

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
OREGON = "What did Oregon ask FEMA to approve?"
PHONES = "How can I preview my site on different phones without owning them?"


def test_a_state_that_asks_is_answered_by_its_governors_words(eight_qa):
    answer = eight_qa.ask(OREGON, k=3)
    assert answer.answerable
    assert "Nobody named" not in (answer.note or "")
    first = answer.citations[0]
    assert first.transcript == WILDFIRES and first.speaker == "GOVERNOR BROWN"
    assert "Individual Assistance be approved" in first.highlight


def test_off_a_state_that_asks_is_read_as_an_absent_speaker(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "STATE_SPEAKS", False)
    answer = eight_qa.ask(OREGON, k=3)
    assert not answer.answerable
    assert "Nobody named Oregon speaks" in answer.note


def test_a_state_no_governor_of_which_speaks_is_still_declined_as_an_absent_speaker(eight_qa):
    answer = eight_qa.ask("What did Utah ask FEMA for?", k=3)
    assert not answer.answerable
    assert "Nobody named Utah speaks" in answer.note


def test_a_decline_of_a_state_keeps_its_reason_and_drops_the_absent_speaker(eight_qa):
    answer = eight_qa.ask("How many fire engines did California ask FEMA for?", k=3)
    assert not answer.answerable
    assert "Nobody named California" not in answer.note and "count" in answer.note


@pytest.mark.parametrize("on, found", [(True, []), (False, ["its"])])
def test_its_after_a_state_that_speaks_is_the_states(monkeypatch, on, found):
    monkeypatch.setattr(answerable, "STATE_SPEAKS", on)
    assert pointing_pronouns("What did Nevada say about its shortage of firefighters?", idioms=True) == found


def test_washington_is_no_state_that_speaks():
    assert not answerable.is_state("Washington") and answerable.is_state("Oregon")


def test_an_object_pronoun_the_asker_acts_on_finds_its_thing_in_the_question(monkeypatch):
    assert read_dependence(PHONES, lambda word: True).reason is None
    monkeypatch.setattr(conversation, "ASKER_SUBJECT", False)
    assert read_dependence(PHONES, lambda word: True).reason == "'them' has nothing to point to in the question"


@pytest.mark.parametrize("question", [
    "How does Lamport work with him?",  # the subject is the one candidate
    "What did Biden tell them?",
    "how do i check them",  # the asker acts, but nothing is said before
])
def test_an_object_pronoun_with_nothing_else_before_it_still_points_back(question):
    assert read_dependence(question, lambda word: True).reason is not None


def test_a_question_asked_first_whose_asker_acts_on_a_pronoun_carries_no_note(eight_qa):
    answer = eight_qa.ask(PHONES, k=3)
    assert answer.answerable and answer.note is None
