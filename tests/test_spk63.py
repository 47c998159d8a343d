"""spk63 (docs/retrieval.md "spk63"): a recording's title words before a noun for its speaker's part ("the Changelog
guest", "the Changelog podcast guest") name that recording's speaker, present where the recording's turns are
labelled; and (PART_WORDS_UNASKED, off as shipped) the recording's noun and the part's noun are no words of what
is asked. Over the eight shared
transcripts in one index, as dev's questions are asked."""

import pytest

from qa import answerable
from qa.answerable import resolve_source, speaker_role_words, titled_role

LAMPORT = "changelog-552-leslie-lamport-interview.md"
OUTSIDE_THE_BOX = "How does the Changelog guest say one should think outside the box?"
EXAMPLE_SPECS = "Where does the Changelog podcast guest send people who want example specs?"


@pytest.fixture(scope="module")
def infos(eight_qa):
    return list(eight_qa.store().infos().values())


def test_the_title_and_the_part_name_the_recordings_speaker(eight_qa):
    answer = eight_qa.ask(OUTSIDE_THE_BOX, k=3)
    assert answer.answerable
    assert "Nobody named" not in (answer.note or "")
    assert answer.citations[0].transcript == LAMPORT
    assert "think outside the box" in answer.citations[0].highlight


def test_off_the_guest_is_read_as_nobody_who_speaks(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "TITLED_ROLE_SPEAKS", False)
    assert "Nobody named the Changelog guest speaks" in (eight_qa.ask(OUTSIDE_THE_BOX, k=3).note or "")


def test_the_recording_and_the_part_are_no_words_of_what_is_asked(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "PART_WORDS_UNASKED", True)
    note = eight_qa.ask(EXAMPLE_SPECS, k=3).note or ""
    assert "'podcast'" not in note and "'guest'" not in note


def test_off_as_shipped_they_are_listed_as_unsaid(eight_qa):
    note = eight_qa.ask(EXAMPLE_SPECS, k=3).note or ""
    assert "'podcast'" in note and "'guest'" in note


def test_a_topic_the_guest_never_speaks_of_is_still_declined(eight_qa):
    answer = eight_qa.ask("What did the Changelog guest say about the Rust borrow checker?", k=3)
    assert not answer.answerable
    assert "Rust" in answer.note and "Nobody named" not in answer.note


@pytest.mark.parametrize("phrase, read", [("the Changelog guest", True), ("the Changelog podcast guest", True),
                                          ("the Changelog interviewee", True), ("the Changelog host", True),
                                          ("the Changelog moderator", False),  # a part the list lacks
                                          ("the Lamport episode guest", False),  # a speaker's label: Lamport
                                          ("the Obama interview guest", False)])  # no recording's title
def test_which_phrases_are_a_titled_part(infos, phrase, read):
    assert titled_role(resolve_source(phrase, infos)) is read


def test_the_words_left_out_of_what_is_asked(infos, monkeypatch):
    monkeypatch.setattr(answerable, "PART_WORDS_UNASKED", True)
    assert speaker_role_words(EXAMPLE_SPECS, infos) == {"podcast", "guest"}
    blamed = "Which tool did the web vitals lecturer blame for poor CLS scores?"
    assert speaker_role_words(blamed, infos) == {"lecturer"}
    assert speaker_role_words("What did the Obama interview guest say about Kubernetes?", infos) == set()
    assert speaker_role_words("What does the bagging lecture say about the spam data set?", infos) == {"lecture"}


def test_off_no_word_is_left_out_and_the_guest_is_no_titled_part(infos, monkeypatch):
    monkeypatch.setattr(answerable, "TITLED_ROLE_SPEAKS", False)
    assert speaker_role_words(EXAMPLE_SPECS, infos) == set()  # PART_WORDS_UNASKED off as shipped
    assert not titled_role(resolve_source("the Changelog guest", infos))
