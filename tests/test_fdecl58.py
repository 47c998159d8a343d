"""A word half or more of the recordings say is no topic a named source lacks (fdecl58): where every word of the
question that the named source never says is such a word ("taking", "stands"), the source-silent rule does not
decline (`Evidence.source_common`, `COMMON_WORD_SHARE`); a topic word the source never says still declines, and a
corpus of fewer recordings than `COMMON_WORD_TRANSCRIPTS` reads nothing."""

from __future__ import annotations

import pytest

import qa.answerable as answerable


@pytest.mark.parametrize("question, common, said", [
    # dev-spk48-42: Newsom thanks the President for his time; "taking" is said in all eight recordings, not his
    ("How does Newsom feel about the President taking time for them?", "taking", "time"),
    # dev-lead35-9: the lecturer says what bagging is short for without "stands"
    ("Where in the bagging lecture does the lecturer explain what the B in bagging stands for?", "stands",
     "bootstrap"),
])
def test_a_source_lacking_only_a_common_word_is_answered(eight_qa, monkeypatch, question, common, said):
    monkeypatch.setattr(answerable, "COMMON_WORD_SHARE", 0.0)  # main: declined by the source-silent rule
    before = eight_qa.ask(question)
    assert not before.answerable and "not speak of this" in before.note
    assert before.evidence.source_common == ()
    monkeypatch.setattr(answerable, "COMMON_WORD_SHARE", 0.5)
    answer = eight_qa.ask(question)
    assert answer.evidence.source_unsaid == (common,) and answer.evidence.source_common == (common,)
    assert answer.answerable
    assert any(said in c.text.lower() for c in answer.citations[:3])


@pytest.mark.parametrize("question", [
    "Did Lamport talk about blockchain?",  # dev-un-36: said in no recording
    "What did Governor Newsom say about his time as mayor?",  # dev-un-5114 (batch B): "mayor" said by none of them
])
def test_a_topic_word_the_source_never_says_still_declines(eight_qa, monkeypatch, question):
    monkeypatch.setattr(answerable, "COMMON_WORD_SHARE", 0.5)
    answer = eight_qa.ask(question)
    assert not answer.answerable
    assert not set(answer.evidence.source_unsaid) <= set(answer.evidence.source_common)


def test_a_corpus_of_one_recording_reads_nothing(wildfires_qa, monkeypatch):
    monkeypatch.setattr(answerable, "COMMON_WORD_SHARE", 0.5)
    answer = wildfires_qa.ask("How does Newsom feel about the President taking time for them?")
    assert answer.evidence.source_common == () and answer.evidence.own_topic_common == ()
