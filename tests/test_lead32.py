"""A reporter's context before the question (lead32): its frame words are no name, speaker or topic, the topic it
names is kept for the search (qa.conversation.plain_wording), over the real seed index."""

from __future__ import annotations

import pytest

from qa.conversation import plain_wording


@pytest.mark.parametrize("question, plain", [
    ("Writing about Sputnik V production in Serbia, when does it start?",
     "Sputnik V production in Serbia - when does it start?"),
    ("Quick background for my story: which treaty did Lavrov mention?", "Which treaty did Lavrov mention?"),
    ("i'm writing an explainer on the press conference, what was said about vaccines",
     "the press conference - what was said about vaccines"),
    ("Working on a report about TLA+. Why is it simple?", "TLA+ - Why is it simple?"),
    ("Fact-checking a quote: how big is FDI in NIS?", "How big is FDI in NIS?"),
    ("As a follow-up to my piece on NIS, what share of revenue?", "NIS - what share of revenue?"),
    # no lead-in: as it was
    ("What is writing about?", "What is writing about?"),
    ("For example, how many trees?", "For example, how many trees?"),
])
def test_lead_in_read_as_topic_and_question(question, plain):
    assert plain_wording(question) == plain


@pytest.mark.parametrize("question, gold", [
    ("Writing about Sputnik V production in Serbia, when does it start?", "scheduled for May"),
    ("Quick background for my story: what shape is the Open Skies Treaty in?", "hanging by a thread"),
    ("Fact-checking a quote: how big is FDI in NIS?", "exceeds $3 billion"),
])
def test_lead_in_answered_over_seed(seed_qa, question, gold):
    answer = seed_qa.ask(question)
    assert answer.answerable, answer.note
    assert gold in answer.citations[0].text


def test_lead_in_topic_absent_still_declined(seed_qa):
    answer = seed_qa.ask("I'm writing a piece on Serbian gas supplies - what did Lavrov say about the price?")
    assert not answer.answerable
    assert "Writing" not in (answer.note or "") and "piece" not in (answer.note or "")
