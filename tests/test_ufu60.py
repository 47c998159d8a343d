"""ufu60: a mention turn whose wording reads as standalone ("did the olympics come up at all?"), asked after a
conversation, asks it of the conversation's recordings: declined where they never say it, as fup42's follow-ups are
(`qa.conversation.MENTION_ALONE`, on as shipped; docs/retrieval.md "ufu60")."""

import pytest

from qa import conversation

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAMPORT = "changelog-552-leslie-lamport-interview.md"


def test_the_thing_is_read_only_where_no_person_is_named_by_a_pronoun():
    assert conversation.mention_alone("did the olympics come up at all?") == "olympics"
    assert conversation.mention_alone("any mention of navalny?") == "navalny"
    assert conversation.mention_alone("Did they talk about Interpol?") is None  # a switch asks it of "they"
    assert conversation.mention_alone("what did biden say about the olympics") is None


def test_a_recording_alone_saying_a_word_of_the_earlier_question_is_the_conversations(eight_qa):
    names = [t.name for t in eight_qa.list_transcripts()]
    found = conversation.recordings_only_saying(["what is lamport's job"], names, eight_qa.transcript_text)
    assert set(found) == {LAMPORT, WILDFIRES}  # "lamport" said in the interview alone, "job" in the meeting alone


def test_on_as_shipped_a_standalone_mention_turn_the_recording_never_says_is_declined(eight_qa):
    assert conversation.MENTION_ALONE
    answer = eight_qa.ask("did the olympics come up at all?", history=["How much are federal firefighters paid?"])
    assert not answer.answerable
    assert answer.note == "'Olympics' never comes up in the recording this conversation is about."


def test_off_the_same_turn_is_answered_from_another_recording(eight_qa, monkeypatch):
    monkeypatch.setattr(conversation, "MENTION_ALONE", False)
    answer = eight_qa.ask("did the olympics come up at all?", history=["How much are federal firefighters paid?"])
    assert answer.answerable
    assert answer.citations[0].transcript != WILDFIRES


@pytest.mark.parametrize("question, earlier", [
    ("any mention of israel?", "What did Newsom say about the mutual aid system?"),
    ("microsoft come up?", "what is lamport's job"),  # the earlier answer cites the wildfires meeting first
    ("covid come up?", "what did lavrov discuss with selakovic"),  # the recording writes "COVID-19"
])
def test_with_the_rule_on_a_thing_the_conversations_recording_says_is_answered(eight_qa, question, earlier):
    assert conversation.MENTION_ALONE
    assert eight_qa.ask(question, history=[earlier]).answerable
