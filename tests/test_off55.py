"""A turn in a general assistant's form, far from its passages, is declined as not in these transcripts, whatever came
before (off55, docs/retrieval.md "off55"): an errand for the system ("set a reminder to water the plants at 7"), small
talk with it ("lol ok. hows your day going"), the world as it is now ("will it rain in sacramento on saturday") and an
everyday how-to ("How do I bake a chocolate cake?"); a turn in those forms that asks of the transcripts is answered."""

import dataclasses

import pytest

from qa.answerable import DECLINE_RULES, DeclineRule, assistant_form, decide

OFF = DeclineRule(assistant_similarity=0.0, live_similarity=0.0, how_to_similarity=0.0)


@pytest.mark.parametrize("turn, form", [
    ("set a reminder to water the plants at 7", "errand"),
    ("hey google turn off the lights", "errand"),
    ("Kindly schedule a meeting with my manager for Monday.", "errand"),
    ("can u order me a pizza lol", "errand"),
    ("lol ok. hows your day going", "small-talk"),
    ("whats ur name", "small-talk"),
    ("what's bitcoin trading at right now", "live"),
    ("whats the best pizza place near me", "live"),
    ("How do I bake a chocolate cake?", "how-to"),
    # what points at the transcripts, or switches to another of their topics, is no errand
    ("get me the quote where Lamport says he's not a genius", None),
    ("get me suga's line about the games", None),
    ("remind me what people credit lamport with inventing", None),
    ("switch to the vice president - why is it personal for her", None),
    ("What did Biden announce today?", None),
])
def test_the_form_of_a_turn(turn, form):
    assert assistant_form(turn) == form


@pytest.mark.parametrize("turn", ["set a reminder to water the plants at 7", "lol ok. hows your day going"])
def test_an_errand_or_small_talk_after_a_real_question_is_declined_as_not_in_the_transcripts(eight_qa, turn):
    answer = eight_qa.ask(turn, history=["What is Paxos?"])
    assert not answer.answerable and not answer.citations
    assert answer.note.startswith("This is not in these transcripts") and "assistant" in answer.note
    assert "assistant" in DECLINE_RULES
    # the same evidence, the rule off: answered, as on main
    assert decide(eight_qa.ask(turn).evidence, OFF).answerable


@pytest.mark.parametrize("turn", ["will it rain in sacramento on saturday", "How do I bake a chocolate cake?"])
def test_the_world_now_or_an_everyday_how_to_asked_alone_is_declined(eight_qa, turn):
    answer = eight_qa.ask(turn)
    assert not answer.answerable and answer.note.startswith("This is not in these transcripts")
    assert decide(answer.evidence).rule == "assistant"
    assert decide(answer.evidence, OFF).answerable
    # a follow-up searched with its history is not read by these two forms
    assert decide(dataclasses.replace(answer.evidence, follow_up=True)).rule != "assistant"


@pytest.mark.parametrize("question", [
    "whats the weather like in portland rn",  # the governor's "record heat in Portland": its first passage holds all
    "what's the weather like in portland right now, per the wildfire meeting?",  # names a recording
    "How do you stop a page from jumping around while it loads?",  # the lecture's layout shift, said in other words
    "how do i book flights with an agentic ai system?",
])
def test_a_question_of_the_transcripts_in_those_forms_is_answered(eight_qa, question):
    answer = eight_qa.ask(question)
    assert answer.answerable and answer.citations
    assert decide(answer.evidence).rule != "assistant"
