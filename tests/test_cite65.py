"""A question about what was asked, or who asked it, cites the turn that asked first, not the reply that repeats its
words (cite65, docs/retrieval.md: `qa.cite.asking_first`, ASKING_FIRST, ASKER_NAMED_FIRST)."""

from __future__ import annotations

import pytest

import qa.cite as cite
from bench import constants
from qa.api import TranscriptQA
from qa.cite import Highlighted, asking_first
from tests.conftest import shared_transcript_qa

GREATER_ALBANIA = "Do you see the idea of a Greater Albania"


@pytest.fixture(scope="module")
def suga_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, "wh-biden-suga-press-conference-2021-04-16.md")


@pytest.fixture(scope="module")
def call_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def _turns_of(tqa: TranscriptQA):
    store = tqa.store()
    return lambda name: store.text_and_turns(name)[1]


def test_who_raised_a_topic_cites_the_question_turn_before_the_reply(seed_qa):
    question = "Who raised the question of a Greater Albania at the press conference?"
    answer = seed_qa.ask(question)
    assert answer.citations[0].role == "question"
    assert GREATER_ALBANIA in answer.citations[0].highlight
    with constants(cite, ASKING_FIRST=False):  # without it: Lavrov's reply, which repeats "Greater Albania"
        before = seed_qa.ask(question)
    assert before.citations[0].role == "answer"
    assert before.citations[0].highlight.startswith("These are unacceptable")
    # only the order moves: the same passages, the same verdict and note
    assert {(c.start_char, c.end_char) for c in answer.citations} == {(c.start_char, c.end_char)
                                                                       for c in before.citations}
    assert (answer.answerable, answer.note) == (before.answerable, before.note)


def test_which_reporter_asked_cites_the_question_turn_in_another_recording(suga_qa):
    question = "which reporter asked Biden about Iran enriching to 60 percent?"
    answer = suga_qa.ask(question)
    assert answer.citations[0].role == "question"
    assert "enrich to 60 percent" in answer.citations[0].highlight
    with constants(cite, ASKING_FIRST=False):
        assert suga_qa.ask(question).citations[0].highlight.startswith("Let me respond to the Iran question.")


def test_who_asked_cites_the_asker_naming_themself_first(call_qa):
    question = "which journalist asked about the ruble-denominated debt?"
    answer = call_qa.ask(question)
    assert "It’s Eamon Javers with CNBC." in answer.citations[0].highlight
    with constants(cite, ASKER_NAMED_FIRST=False, ASKING_FIRST=False):
        assert "Eamon Javers" not in call_qa.ask(question).citations[0].highlight


def test_a_question_asking_for_the_reply_or_of_another_kind_keeps_its_order(seed_qa):
    with constants(cite, ASKING_FIRST=False):
        cited = [Highlighted(c, None) for c in seed_qa.ask(
            "Who raised the question of a Greater Albania at the press conference?").citations]
    turns_of = _turns_of(seed_qa)
    assert cited[0].citation.role == "answer" and cited[1].citation.role == "question"
    moved = asking_first("Who raised the question of a Greater Albania at the press conference?", cited, turns_of)
    assert moved[:2] == [1, 0] and sorted(moved) == list(range(len(cited)))
    for question in ("What did Lavrov say in reply to the reporter's question about a Greater Albania?",  # the reply
                     "What did Lavrov say about a Greater Albania?"):  # asks nothing of the asking
        assert asking_first(question, cited, turns_of) == list(range(len(cited)))


def test_a_first_citation_that_gives_the_asker_the_floor_is_kept(suga_qa):
    """Suga's "Mr. Sugimoto, with Sankei Newspaper." before the Sankei question is part of the asking: a question
    turn cited below it does not go before it."""
    question = "What did the Japanese reporter from Sankei ask about?"
    answer = suga_qa.ask(question)
    floor = next(c for c in answer.citations if c.highlight.endswith("Mr. Sugimoto, with Sankei\nNewspaper."))
    asked = next(c for c in answer.citations if c.role == "question")
    cited = [Highlighted(floor, None), Highlighted(asked, None)]
    assert asking_first(question, cited, _turns_of(suga_qa)) == [0, 1]
    assert asking_first(question, cited[::-1], _turns_of(suga_qa)) == [0, 1]  # the question turn first: kept
