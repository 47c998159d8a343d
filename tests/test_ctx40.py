"""The user's own situation told in sentences before the question (ctx40): its words are no name, count or topic of
what is asked (qa.conversation.plain_wording), over the real seed index."""

from __future__ import annotations

import pytest

from qa.conversation import plain_wording


@pytest.mark.parametrize("question, plain", [
    ("I'm a student in Nis and my uncle follows the oil business. How much FDI is in NIS?",
     "How much FDI is in NIS?"),
    ("Last month we ran a segment on embassies. My producer wants a number. How many Russians work at the UN mission?",
     "How many Russians work at the UN mission?"),
    ("My family lives near the coast. They worry a lot. What did Governor Brown thank the president for?",
     "What did Governor Brown thank the president for?"),
    # a statement of no one's own situation names the topic: kept before a dash
    ("Our county drafts a plan. Not fires, just the heat. What did Biden ask people to do?",
     "Not fires, just the heat - What did Biden ask people to do?"),
    # the question points back into the context: its pointing word read as what it stands for there (ctx42,
    # tests/test_ctx42.py)
    ("I read the report. In how many cases is it plain English?", "In how many cases is report plain English?"),
    ("We're looking at TLA+ at work. What is it good for?", "What is TLA+ good for?"),
    # ... with nothing that it can stand for, or nothing told in the first person: as it was
    ("I'm a student. How does Lamport compare the two?", "I am a student. How does Lamport compare the two?"),
    ("The talks went well. What did Lavrov say about Kosovo?", "The talks went well. What did Lavrov say about Kosovo?"),
    ("I asked Mr. Smith. What did Lavrov say about Kosovo?", "What did Lavrov say about Kosovo?"),
    ("I'm curious. Lavrov on Kosovo?", "I am curious. Lavrov on Kosovo?"),
    ("What did Lavrov say? I'm curious.", "What did Lavrov say? I am curious."),
])
def test_own_context_read_apart(question, plain):
    assert plain_wording(question) == plain


@pytest.mark.parametrize("question, gold", [
    ("My dad works at a refinery in Novi Sad and reads about Russian money. How much foreign direct investment is "
     "in NIS?", "exceeds $3 billion"),
    ("Last week our show covered embassies. How many short-term staff per year did Lavrov propose each way?",
     "10 employees going from Russia"),
])
def test_own_context_answered_over_seed(seed_qa, question, gold):
    answer = seed_qa.ask(question)
    assert answer.answerable, answer.note
    assert any(gold in c.text for c in answer.citations[:2])


def test_own_context_absent_topic_still_declined(seed_qa):
    answer = seed_qa.ask("I'm a trader in Belgrade and my boss wants figures. How many tonnes of wheat does Russia "
                         "sell to Serbia?")
    assert not answer.answerable
