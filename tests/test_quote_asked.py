"""lead36: a quote asked for by the words said ("the quote about dangerous games") is close enough where a highlight
says them side by side, and declined where a word of it is said in no transcript ("the bit where he calls it the
butcher algorithm"); docs/retrieval.md, "A recording's date said first, ...", quote hunters."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from bench import constants


@pytest.mark.parametrize("question, asked", [
    ("the quote about dangerous games", True),
    ("newsom's line about the hots getting hotter", True),
    ("the bit where he calls it the deli algorithm", True),
    ("lamport quote: not programmers, coders", True),
    ("the free and open indo-pacific line from biden", True),
    ("What is the line of succession?", False),
    ("Why did Poland expel Russian diplomats?", False),
])
def test_a_quote_is_asked_by_its_noun_and_what_follows(question, asked):
    assert answerable.quote_asked(question) is asked


def test_a_phrase_said_is_two_words_side_by_side_and_the_rest_held():
    text = "Sergey Lavrov: I think that these are very dangerous games. There is UN Security Council Resolution 1244."
    highlight = "I think that these are very dangerous games."
    assert answerable.phrase_said("the quote about dangerous games", [highlight], [text])
    assert answerable.phrase_said("lavrov dangerous games quote", [highlight], [text])  # the speaker is held
    assert not answerable.phrase_said("the quote about games that are dangerous", [highlight], [text])  # apart
    assert not answerable.phrase_said("the quote about dangerous games in Kosovo", [highlight], [text])  # unheld


def test_a_quote_found_by_its_words_is_answered_however_far_its_vector(seed_qa):
    answer = seed_qa.ask("the quote about dangerous games")
    assert answer.answerable and "dangerous games" in answer.citations[0].highlight
    with constants(answerable, PHRASE_SAID=False):
        assert not seed_qa.ask("the quote about dangerous games").answerable


def test_a_quote_with_a_word_no_transcript_says_is_declined_with_that_word_where_switched_on(seed_qa):
    """QUOTE_UNSAID is off (it declined answerable quote requests in the user's own words on dev)."""
    assert "No transcript says" not in (seed_qa.ask("the line where Lavrov talks about penguin diplomacy").note or "")
    with constants(answerable, QUOTE_UNSAID=True):
        answer = seed_qa.ask("the line where Lavrov talks about penguin diplomacy")
        assert not answer.answerable and "No transcript says 'penguin'" in answer.note
