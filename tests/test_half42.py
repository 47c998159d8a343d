"""Half-remembered questions (half42): a figure the user hedges is a guess, not a condition ("around 400 something");
a topic ends before its asking clause and need not say its vague words ("some sports event ..., which one"); "he"
asked first of a recording of two voices stands for the voice cited, with no "depends on an earlier one" note."""

from __future__ import annotations

import pytest

from qa.answerable import guessed_figures, topic_of, vague_words, without_guesses
from qa.api import POINTS_BACK
from tests.conftest import files_qa

_POINTS_BACK = POINTS_BACK.split("(")[0]


@pytest.mark.parametrize("question, guessed", [
    ("the desktop lighthouse report gave some performance score, 90 something? what was it", ["90"]),
    ("lavrov gave a total for the diplomats, around 400 something, what was it", ["400"]),
    ("what year did lamport start programming, 50s something", ["50s"]),
    ("how many systems did the hack expose, 16 thousand or so?", ["16"]),
    ("was it like 90 percent?", ["90"]),
    ("why did he type lorem 45 or whatever", ["45"]),
    ("i think 2,000 fires burned", ["2,000"]),
])
def test_hedged_figures_are_guesses(question, guessed):
    assert guessed_figures(question) == guessed
    assert not any(g in without_guesses(question) for g in guessed)


@pytest.mark.parametrize("question", [
    "What did Biden say about 5G?",  # a name, not a figure; "about" is no hedge
    "What does the speaker say around 11:21 in the video?",  # a clock time
    "Who pays federal firefighters less than $13 an hour?",  # a condition
    "biden said what about magazines with more than 10 rounds?",
    "What does Resolution 1244 say, i think about Kosovo?",  # a figure of a name
    "what did he do in the 80s",  # a bare decade is a period asked about
    "Did Lavrov say 400 diplomats work in the US?",  # a figure stated, not hedged
])
def test_unhedged_figures_stay(question):
    assert guessed_figures(question) == []
    assert without_guesses(question) == question


def test_guess_keeps_its_unit_word():
    assert without_guesses("was it like 90 percent?") == "was it  percent?"
    assert without_guesses("16 thousand or so?") == " thousand?"


def test_topic_ends_before_the_asking_clause():
    assert topic_of("suga talked about some sports event he was determined to hold this summer, which one") == (
        "some sports event he was determined to hold this summer")
    assert topic_of("harris talked about something left standing in a burned town, like tombstones? what was it") == (
        "something left standing in a burned town, like tombstones")
    assert topic_of("Did Lamport talk about TLA+, Paxos and LaTeX?") == "TLA+, Paxos and LaTeX"  # a list stays whole
    assert topic_of("What did Biden say about the fires, and how many burned?") == "the fires"


def test_vague_words():
    assert vague_words("somewhere, some agency launching it") == {"somewhere", "agency"}
    assert vague_words("some sports event he was determined to hold") == {"sports", "event"}
    assert vague_words("some kind of summit in a European city") == {"summit"}
    assert vague_words("some of the victims") == set()
    assert vague_words("some Japanese player") == set()  # a name is no vague word
    assert vague_words("the housing market") == set()


def test_guessed_figure_is_not_read_as_absent(seed_qa):
    answer = seed_qa.ask("lavrov gave a total for the diplomats of both sides, around 400 something, what was it")
    assert answer.answerable, answer.note  # at main: "'400' does not occur in these transcripts."
    assert "does not occur" not in (answer.note or "")
    assert any("employees" in c.text for c in answer.citations[:3])


def test_stated_figure_said_nowhere_is_still_read_as_absent(seed_qa):
    answer = seed_qa.ask("Did Lavrov say that 425 diplomats work in the US?")
    assert not answer.answerable
    assert "'425' does not occur" in answer.note


def test_he_of_a_two_voice_recording_takes_no_note(seed_qa):
    answer = seed_qa.ask("he proposed some kind of parity for short trips, like 20 people a year each way?")
    assert answer.answerable, answer.note
    assert _POINTS_BACK not in (answer.note or "")
    assert "parity" in answer.citations[0].text


def test_he_of_a_three_voice_recording_keeps_the_note(tmp_path):
    meeting = ("ANNA: The budget for the bridge is settled, and the council votes next week.\n\n"
               "BORIS: I proposed that the ferry keeps running until the bridge opens, twice an hour.\n\n"
               "CARL: The ferry costs too much; I would rather spend it on buses for the villages.\n\n")
    tqa = files_qa(tmp_path, {"council.txt": meeting})
    answer = tqa.ask("he proposed keeping the ferry running, how often")
    assert _POINTS_BACK in (answer.note or "")
