"""The evidence fallback (qa.conversation, docs/retrieval.md "The evidence fallback"): a question with history that
its wording reads as standalone, and that asked alone is declined or uncertain, is asked again with its history;
that answer is kept only when it is confident and its first passages hold the question's own words. Real model,
real index of two shared transcripts."""

from __future__ import annotations

import pytest

from qa import conversation
from qa.api import TranscriptQA
from qa.config import Settings
from tests.conftest import shared_path

SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"


@pytest.fixture(scope="module")
def two_qa(tmp_path_factory) -> TranscriptQA:
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("fallback") / "index"))
    tqa.ingest([shared_path("data", "transcripts", SANCTIONS), shared_path("data", "transcripts", SUGA)])
    return tqa


def _cited(answer):
    return [(c.transcript, c.start_char, c.end_char) for c in answer.citations]


def test_a_follow_up_that_names_nothing_is_answered_from_its_history(two_qa):
    # "how" and four words more is read as standalone by its wording ("How many entities?" is a fragment follow-up)
    question = "How many entities and individuals?"
    history = ["What did Treasury do about Russian interference in the 2020 election?"]
    alone = two_qa.ask(question, history=history, use_history=False)
    assert conversation.is_weak(alone.answerable, alone.note) and not alone.history_used
    answer = two_qa.ask(question, history=history)
    assert answer.answerable and answer.history_used and "Uncertain:" not in (answer.note or "")
    assert answer.query == f"{question} (after: {history[0]})"
    assert "Searched with the earlier question" in answer.note
    assert answer.citations[0].transcript == SANCTIONS and "entities" in answer.citations[0].highlight
    # "ask without the history" still gives the alone answer
    again = two_qa.ask(question, history=history, use_history=False)
    assert _cited(again) == _cited(alone) and again.answerable == alone.answerable and not again.history_used


def test_a_follow_up_about_a_thing_never_said_keeps_its_alone_answer(two_qa):
    # the transcripts never say "spectators": Suga on the Olympics would only seem to answer it
    answer = two_qa.ask("Will spectators be allowed?", history=["What did Suga say about the Olympics?"])
    alone = two_qa.ask("Will spectators be allowed?")
    assert not answer.history_used
    assert [c.start_char for c in answer.citations] == [c.start_char for c in alone.citations]
    assert answer.answerable == alone.answerable and answer.note == alone.note


def test_a_follow_up_uncertain_alone_cites_its_answer_confidently(two_qa):
    answer = two_qa.ask("Which critical sectors for supply chains?",
                        history=["What will the US and Japan work on together in technology?"])
    assert answer.history_used and "Uncertain:" not in (answer.note or "")
    assert "semiconductors" in answer.citations[0].highlight


@pytest.mark.parametrize("history, question", [
    ("Who is sanctioned for the SolarWinds hack?", "What is the population of Canada?"),
    ("What did Suga say about the Olympics?", "How fast is a 5G network?"),
])
def test_a_declined_switch_stays_declined_as_asked_alone(two_qa, history, question):
    alone = two_qa.ask(question, use_history=False)
    answer = two_qa.ask(question, history=[history])
    assert not answer.answerable and not answer.history_used
    assert _cited(answer) == _cited(alone) and answer.note == alone.note


@pytest.mark.parametrize("question", ["blah blah blah", "Tell me a joke."])
def test_nonsense_after_history_stays_declined(two_qa, question):
    answer = two_qa.ask(question, history=["What will the US and Japan work on together in technology?"])
    assert not answer.answerable and not answer.history_used and not answer.citations


def test_the_history_kept_is_the_chain_a_follow_up_would_take():
    known = lambda word: word.isalpha() and word not in {"asdkjh", "qwe", "zzz"}  # noqa: E731
    history = ["What is bagging?", "Why does it reduce variance?", "asdkjh qwe zzz"]
    assert conversation.history_chain(history, known, 2) == ("What is bagging?", "Why does it reduce variance?")
    assert conversation.history_chain(history, known, 0) == ()
    assert conversation.history_chain(["", "  "], known, 2) == ()


def test_only_a_confident_answer_holding_the_questions_words_is_kept():
    assert conversation.keep_fallback(True, None, 1.0)
    assert not conversation.keep_fallback(True, "Uncertain: the passages below are only loosely related.", 1.0)
    assert not conversation.keep_fallback(False, "No passage is close enough to this question.", 1.0)
    assert not conversation.keep_fallback(True, None, 0.0)
