"""A turn that tells of the user and asks nothing is declined where its passages are only loosely related (chat34,
docs/retrieval.md "chat34"): "i am so tired today honestly" was answered from the transcripts as uncertain, alone
and after a real question; a first-person turn that asks ("i want ...", "i meant ...", "... what ...") is not read
as one."""

import pytest

from qa.answerable import DECLINE_RULES, TELLS_NOTE, DeclineRule, decide, tells_only


@pytest.mark.parametrize("text", [
    "i am so tired today honestly",
    "my cat just knocked my coffee off the desk lol 😩",
    "I'm thinking of learning the guitar this summer.",
    "lol i failed my stats exam yesterday",
])
def test_a_first_person_statement_with_no_question_tells_only(text):
    assert tells_only(text)


@pytest.mark.parametrize("text", [
    "i want the part about the diplomats",
    "i meant the expulsions",
    "my question is about the sanctions",
    "honestly i still dont get what bagging stands for",
    "I'm curious how the teacher makes a website fit any phone.",
    "i'd like to know about the vaccine?",
    "tell me about my options",
    "lavrov diplomats expelled",
    "the minister said he was tired",
    "",
])
def test_a_turn_that_asks_or_is_not_about_the_user_does_not(text):
    assert not tells_only(text)


@pytest.mark.parametrize("question, history", [
    ("I really miss summer vacation.", []),
    ("my house is so hot this week", ["What did the President say about the heat?"]),
])
def test_a_statement_about_the_user_is_declined_not_answered_loosely(wildfires_qa, question, history):
    answer = wildfires_qa.ask(question, history=history)
    assert not answer.answerable and answer.note == TELLS_NOTE and not answer.citations
    # without the rule the same evidence was answered, as loosely related (main's behaviour)
    assert decide(answer.evidence, DeclineRule(tells_declines=False)).rule == "loose"
    assert decide(answer.evidence).rule == "tells" and "tells" in DECLINE_RULES


def test_a_first_person_turn_that_asks_is_still_answered(wildfires_qa):
    answer = wildfires_qa.ask("i want the part where biden talks about paying the firefighters")
    assert answer.answerable and answer.citations
