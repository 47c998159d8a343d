"""nm56: a question that asks whom or what a speaker thanked, praised or blamed (`qa.answerable.register_asked`)
asks for a sentence in that register; where none of the first passages holds a word of it (`register_said`), what
they say of the topic is not what was asked, and `qa.answerable.REGISTER_UNSAID` declines (a near miss: the topic is
said, the act never is). Off as shipped (the lead, at the merge): its confirm batch B gained five of ten near misses
declined, but asked alone a dev switch that blames in other words (conv-dev-4707) is declined; the tests turn it on."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import DECLINE_RULES, register_asked, register_said


@pytest.mark.parametrize("question, register", [
    ("Which allies did the officials thank for joining in the sanctions?", "thanks"),
    ("Who thanked the firefighters?", "thanks"),
    ("Which framework did the agentic AI video praise as the best for building agents?", "praise"),
    ("Who did Biden criticize for China's actions in the South China Sea?", "blame"),
    ("Which Russian agency did the US blame for the SolarWinds hack?", "blame"),
    # the verb in a clause of what is asked, not asked itself
    ("What did the reporter ask right after Lavrov thanked Selakovic?", None),
    ("What happened thanks to Serbia's approach?", None),
    ("What did Lamport say about getting credit for others' ideas?", None),
])
def test_the_register_asked_is_read_from_the_question_form(question, register, monkeypatch):
    monkeypatch.setattr(answerable, "REGISTER_UNSAID", True)
    assert register_asked(question) == register
    monkeypatch.setattr(answerable, "REGISTER_UNSAID", False)
    assert register_asked(question) is None


def test_a_register_is_said_by_its_words_in_any_form():
    assert register_said("thanks", ["Governor Brown: I am incredibly grateful, Mr. President."])
    assert register_said("praise", ["He has this wonderful talk."])
    assert not register_said("thanks", ["We expect the launch of Sputnik V production in Belgrade."])
    assert "register-unsaid" in DECLINE_RULES


def test_a_register_never_said_of_the_topic_is_declined(eight_qa, monkeypatch):
    question = "Which allies did the officials thank for joining in the sanctions?"  # dev-un-4747
    assert eight_qa.ask(question).answerable  # off as shipped
    monkeypatch.setattr(answerable, "REGISTER_UNSAID", True)
    answer = eight_qa.ask(question)
    assert not answer.answerable and "thanks" in answer.note
    # ... and where the thanks are said, answered as before (dev-nm56-001)
    answer = eight_qa.ask("Which officials did Biden thank for giving people cooling centers?")
    assert answer.answerable and "cooling centers" in answer.citations[0].text
