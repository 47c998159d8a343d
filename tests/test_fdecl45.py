"""Answerable questions declined on how people describe what they half-remember (fdecl45): a topic ends at a dash
before its asking clause, and that clause's words are to be found only where it asks a figure; "mentions about X"
asks about X; a count is found where a passage says, counting something, the figure the question offers as its guess;
an English word in "-ing" opening a sentence is no name."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from bench import constants
from qa.answerable import names, offered_counts, said_counts, topic_of, topic_words


@pytest.mark.parametrize("question, topic", [
    ("newsom mocked some old fight with the feds about forest cleanup — what was it", "forest cleanup"),
    ("the statistics trick he mentions about averaging — what did he call it", "averaging"),
    ("the third metric, the one about clicks – what's its full name", "clicks"),
    ("what did he say about the k-NN benchmark", "the k-NN benchmark"),  # a hyphen inside a word ends nothing
    ("Did Lamport talk about TLA+ - the language?", "TLA+ - the language"),  # no asking word after the dash
])
def test_topic_ends_at_a_dash_before_its_asking_clause(question, topic):
    assert topic_of(question) == topic


def test_asking_clause_words_are_found_only_where_it_asks_a_figure():
    with constants(answerable, TAIL_WORDS_ONLY_FOR_FIGURES=True):  # measured, off by default
        _asking_clause_words()
    with constants(answerable, TAIL_KEEPS_KIND_NOUN=False):
        assert topic_words("the statistics trick he mentions about averaging — what did he call it") == (
            "averaging — what did he call it")  # off: the clause's words are found too, as half42 had it


def _asking_clause_words():
    assert topic_words("the statistics trick he mentions about averaging — what did he call it") == "averaging"
    assert topic_words("the thing about the boosting learning rate — what value did he pick") == (
        "the boosting learning rate — what value did he pick")
    assert topic_words("he said something about a trade deal with some group, when did they sign it") == (
        "a trade deal with some group, when did they sign it")
    assert topic_words("In the talk about AI agents, what was said about firefighter pay?") == (
        "AI agents, what was said about firefighter pay")  # the clause asks about something of its own
    assert topic_words("How many firefighters were deployed?") == ""  # no topic asked


@pytest.mark.parametrize("question, offered", [
    ("the election interference designations — how many names went on the list, 32?", {32}),
    ("how many americans must leave moscow, ten?", {10}),
    ("roughly how many trees in the forest, about a hundred?", {100}),
    ("how many machines were breached in 2020?", set()),  # a year is no guess
    ("how many of them got one?", set()),  # "one" is as often a pronoun
    ("32 names: how many were there?", set()),  # only after "how many"
    ("How many engineers worked on the 100 million dollar project that failed?", set()),  # it counts a noun
    ("How many firefighters died in the wildfires of the past 24 hours?", set()),
    ("how many people attended, 200 or so?", {200}),
    ("What did Biden say about 5G?", set()),
])
def test_offered_counts(question, offered):
    assert offered_counts(question) == offered


def test_said_counts_are_counts_not_amounts():
    assert said_counts("Treasury also sanctioned 32 entities and individuals") == {32}
    assert said_counts("some federal firefighters are being paid less than $13 an hour") == set()
    assert said_counts("additional 10 percent bonuses for those working") == set()
    assert said_counts("We will respond in kind by proposing that 10 US diplomats leave Russia.") == {10}


@pytest.mark.parametrize("question, expected", [
    ("Editing the Biden–Suga presser: where's the moment Biden jokes about the weather?", ["Biden", "Suga"]),
    ("Building on Lamport's paper, what did Thomas do?", ["Lamport", "Thomas"]),
    ("Xinjiang came up: what did Suga say?", ["Xinjiang", "Suga"]),  # no English word: still a name
])
def test_a_first_word_in_ing_is_no_name(question, expected):
    assert names(question) == expected


def test_offered_figure_counted_in_other_words_is_answered(seed_qa):
    answer = seed_qa.ask("tit for tat on expulsions: how many americans must go home from moscow, ten?")
    assert answer.answerable, answer.note
    assert any("10 US diplomats" in c.text for c in answer.citations[:3])


def test_offered_figure_said_nowhere_is_still_declined(seed_qa):
    answer = seed_qa.ask("How many Sputnik V doses did Russia ship to Serbia, 40?")
    assert not answer.answerable
