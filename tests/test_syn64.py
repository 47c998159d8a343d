"""A topic said in other words (syn64): where the topic rule declines ("No passage of X speaks of Y"), the words of the
topic that the sections holding the most of it lack are each encoded alone and compared with those sections' words
encoded alone; where enough of them have a word at least `TOPIC_NEIGHBOUR_SIMILARITY` near to bring a section's share
to the rule's line, the question is answered as uncertain. A topic no section says a word of, a name, and a word
found only by another form of its root are never read so."""

from __future__ import annotations

import pytest

import qa.answerable as answerable


def said(citations, words: str) -> bool:
    """Whether one of `citations` says `words` (its text's line breaks read as spaces)."""
    return any(words in " ".join(c.text.split()) for c in citations)


def test_a_topic_said_in_other_words_is_answered_as_uncertain(eight_qa, monkeypatch):
    # dev-fdecl59-029: Harris says "our family home was under an evacuation order in Los Angeles"
    question = "What did Harris say about being ordered to leave her family house in LA?"
    monkeypatch.setattr(answerable, "TOPIC_NEIGHBOUR_SIMILARITY", 1.01)
    before = eight_qa.ask(question)
    assert not before.answerable and "speaks of being ordered to leave her family house" in before.note
    assert before.evidence.topic_neighbour is None  # off: nothing read
    monkeypatch.setattr(answerable, "TOPIC_NEIGHBOUR_SIMILARITY", 0.7)
    answer = eight_qa.ask(question)
    assert answer.answerable and answer.note.startswith("Uncertain")
    assert answer.evidence.topic_neighbour >= 0.7
    assert said(answer.citations[:1], "our family home was under an evacuation order in Los Angeles")


def test_at_one_the_cosine_is_read_and_nothing_answered(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "TOPIC_NEIGHBOUR_SIMILARITY", 1.0)
    answer = eight_qa.ask("What did Biden say about highways getting damaged?")
    assert not answer.answerable
    assert 0.7 <= answer.evidence.topic_neighbour < 1.0
    assert answer.evidence.topic_sections and "highways" in answer.evidence.topic_read


@pytest.mark.parametrize("question", [
    "newsom's line about the colds getting colder",  # dev-un-3751: "colder" is no other word for the section's "cold"
    "What did Lamport say about blockchain?",  # no section holds a word of the topic
    "What did Harris say about the insurance payouts her household received after evacuating?",  # dev-un-5821 (A)
])
def test_a_topic_not_said_stays_declined(eight_qa, monkeypatch, question):
    monkeypatch.setattr(answerable, "TOPIC_NEIGHBOUR_SIMILARITY", 0.7)
    answer = eight_qa.ask(question)
    assert not answer.answerable
