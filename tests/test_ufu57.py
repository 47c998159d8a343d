"""A follow-up's own names are read with its referent's, as the question written out and asked alone reads them:
"did india join as well?" after the Crimea sanctions asks of India and Crimea together, and no transcript that speaks
of Crimea speaks of India (ufu57, docs/retrieval.md "ufu57"; `qa.answerable.REFERENT_NAMES`, on as shipped since
ufu58: each test here turns it on but the one that turns it off)."""

import pytest

from qa import answerable, conversation

CRIMEA = "Which countries joined Treasury in sanctioning people over Crimea?"


@pytest.fixture
def referent_on(monkeypatch):
    monkeypatch.setattr(answerable, "REFERENT_NAMES", True)


def test_a_follow_up_naming_what_its_referents_recording_never_says_is_declined(eight_qa, referent_on):
    answer = eight_qa.ask("did india join as well?", history=[CRIMEA])
    assert not answer.answerable
    assert answer.note == "No transcript that speaks of Treasury and Crimea speaks of India."
    assert answer.evidence.referent_unheld == ("india",)
    assert not answer.citations


def test_off_the_follow_up_is_answered_as_before(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "REFERENT_NAMES", False)  # on as shipped since ufu58
    # ufu63's place rule declines it too (India, a place the follow-up adds, is not in the passage cited first)
    monkeypatch.setattr(conversation, "PLACE_FIRST_PASSAGE", False)
    answer = eight_qa.ask("did india join as well?", history=[CRIMEA])
    assert answer.answerable
    assert answer.evidence.referent_unheld == ()


def test_a_follow_up_naming_what_its_referents_recording_says_is_answered(eight_qa, referent_on):
    canada = eight_qa.ask("did canada join them too?", history=[CRIMEA])
    assert canada.answerable and canada.evidence.referent_unheld == ()
    assert canada.citations[0].transcript == "wh-background-press-call-russia-sanctions-2021-04-15.md"
    india = eight_qa.ask("And India?", history=["What did Biden say about the Quad Vaccine Partnership?"])
    assert india.answerable and india.evidence.referent_unheld == ()


def test_asked_alone_no_referent_is_read(eight_qa, referent_on):
    answer = eight_qa.ask("did india join as well?")
    assert answer.evidence is None or answer.evidence.referent_unheld == ()
