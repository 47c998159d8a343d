"""ref62: a follow-up's "he" or "she" after a question that asks who or which person did something stands for the
person the earlier answer gives: the speaker of its first citation (`qa.conversation.answer_speaker`). Shipped off
(`ANSWER_SPEAKER`, docs/retrieval.md "ref62"): each test turns it on."""

from __future__ import annotations

from qa import conversation
from qa.conversation import Context


def test_she_after_which_governor_spoke_first_has_the_answers_governor_speak(wildfires_qa, monkeypatch):
    monkeypatch.setattr(conversation, "ANSWER_SPEAKER", True)
    # the earlier answer cites Governor Brown first; "she" is Brown, not the Vice President the President asks
    # about ("Let me ask the Vice President if she has any questions ...", cited first before)
    answer = wildfires_qa.ask("what did she ask for?", history=["Which governor spoke first?"])
    assert answer.citations[0].speaker == "GOVERNOR BROWN"
    assert "Individual Assistance" in answer.citations[0].text


def test_the_answer_speaker_read_only_after_who_or_which_did_something(monkeypatch):
    monkeypatch.setattr(conversation, "ANSWER_SPEAKER", True)
    first = Context(("Which governor spoke first?",), "'she' points back")
    assert conversation.answer_speaker("what did she ask for?", first, "GOVERNOR BROWN") == (
        "what did Governor Brown ask for?")
    guest = Context(("Who is the guest on this episode?",), "'he' points back")
    assert conversation.answer_speaker("Where does he work?", guest, "Leslie Lamport") == (
        "Where does Leslie Lamport work?")
    # "he" stands for the person the earlier question names: no answer speaker
    named = Context(("Who is Governor Newsom?",), "'he' points back")
    assert conversation.answer_speaker("Where is he speaking from?", named, "THE VICE PRESIDENT") is None
    golfer = Context(("Which Japanese golfer did Biden congratulate?",), "'he' points back")
    assert conversation.answer_speaker("What did he take home?", golfer, "Hideki Matsuyama") is None
    # an asker's turn, or a speaker the earlier question itself names, is not whom it asks for
    reporter = Context(("Which reporter asked Suga about the Olympics?",), "'he' points back")
    assert conversation.answer_speaker("which news outlet is he from?", reporter, "Question") is None
    assert conversation.answer_speaker("which news outlet is he from?", reporter, "PRIME MINISTER SUGA",
                                       {"PRIME MINISTER SUGA"}) is None
    # no earlier who/which question, or no "he"/"she"
    said = Context(("What did Governor Brown say about fires?",), "'she' points back")
    assert conversation.answer_speaker("what did she ask for?", said, "GOVERNOR BROWN") is None
    assert conversation.answer_speaker("what did they ask for?", first, "GOVERNOR BROWN") is None


def test_off_as_shipped():
    first = Context(("Which governor spoke first?",), "'she' points back")
    assert conversation.answer_speaker("what did she ask for?", first, "GOVERNOR BROWN") is None
