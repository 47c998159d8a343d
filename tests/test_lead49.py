"""lead49: "us" right after "how many", or "US" written in capitals, in what "how many" counts is the country, not
the pronoun (`qa.answerable.COUNTED_US`): "How many US troops are on Okinawa?" asked no count before (the count read
stopped at "us", a function word) and was answered from a passage that counts nothing."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import answer_type, counted_words


@pytest.mark.parametrize(("question", "counted"), [
    ("how many US troops are on Okinawa", ["us", "troops"]),
    ("how many us diplomats does russia want out", ["us", "diplomats"]),
    ("How many people does the company employ?", ["people"]),
    ("how many of us were there", []),  # the pronoun, after "of"
    ("how many were killed", []),
])
def test_us_after_how_many_is_the_country(question, counted):
    assert counted_words(question) == counted


def test_us_read_as_a_pronoun_when_the_reading_is_off(monkeypatch):
    monkeypatch.setattr(answerable, "COUNTED_US", False)
    assert counted_words("how many US troops are on Okinawa") == []
    assert answer_type("how many US troops are on Okinawa") is None


@pytest.mark.parametrize("question", [
    "how many US troops are on Okinawa",  # dev-un-6045: Okinawa is said, no troops are counted
    "How many US senators took part in the wildfire meeting?",  # dev-un-6048
])
def test_a_count_of_us_things_never_given_is_declined(eight_qa, monkeypatch, question):
    answer = eight_qa.ask(question)
    assert not answer.answerable and not answer.citations
    monkeypatch.setattr(answerable, "COUNTED_US", False)
    assert eight_qa.ask(question).answerable  # main's reading: answered


@pytest.mark.parametrize(("question", "said"), [
    ("How many US diplomats does Lavrov say Russia will ask to leave?", "10 US diplomats"),
    ("how many US federal agencies got compromised in the SolarWinds hack?", "nine federal agencies"),
])
def test_a_count_of_us_things_that_is_given_is_answered(eight_qa, question, said):
    answer = eight_qa.ask(question)
    assert answer.answerable and said in answer.citations[0].text
