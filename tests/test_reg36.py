"""reg36: answerable turns worded as a meeting team, a reporter or a student chains them, declined by a reading of
their form (docs/retrieval.md, "reg36"): "how many" followed by what happened ("how many got designated"), a
statement word asked for alone ("what is the point of ..."), and a length of time in milliseconds."""

import pytest

from tests.conftest import meeting_qa, shared_transcript_qa
from qa.answerable import counted_words, focus_words, unit_found


def test_a_lone_participle_after_how_many_is_not_what_is_counted():
    assert counted_words("and the tech companies, how many got designated") == []
    assert counted_words("How many of them were designated?") == []
    # what is counted, where it follows "how many", is read as before
    assert counted_words("How many acres burned?") == ["acres", "burned"]
    assert counted_words("How many Russian diplomats were expelled?") == ["russian", "diplomats"]
    assert counted_words("so how many are left on the bilateral side") == []


def test_a_statement_word_alone_is_no_focus():
    assert focus_words("What is the point of setting image width and height?") == []
    assert focus_words("What is the purpose of the new executive order?") == []
    # a phrase with the word in it names a thing: still asked for
    assert focus_words("What is the boiling point of water?") == ["boiling", "point"]
    assert focus_words("What is the mayor of Portland doing?") == ["mayor"]


def test_milliseconds_are_a_length_of_time():
    said = ["your input should start processing in less than 100 milliseconds."]
    assert unit_found("length", said, said)
    assert not unit_found("length", ["your input should start processing quickly."], [""])


@pytest.fixture(scope="module")
def press_call_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_how_many_got_designated_is_answered_with_the_count(press_call_qa):
    # declined at main: "No passage found gives a count of what this question asks about." ("got designated")
    turn = press_call_qa.ask("and the tech companies, how many got designated",
                             history=["what did they say about SolarWinds"])
    assert turn.answerable, turn.note
    assert any("six Russian" in c.text for c in turn.citations[:2])
    # a count of what the call never counts is still declined
    banks = press_call_qa.ask("How many banks did Treasury designate?")
    assert not banks.answerable


def test_a_lecture_answer_in_milliseconds_and_the_point_of_a_step(tmp_path):
    qa = meeting_qa(tmp_path, "lecture.txt",
                    "Teacher: First Input Delay means how long the browser takes to process a click on a button. "
                    "Your input should start processing in less than 100 milliseconds.",
                    "Teacher: When we set width and height on an image, the browser reserves its space, so the page "
                    "does not shift while it loads.",
                    "Teacher: Meta keywords are not used by search engines any more.")
    # both declined at main ("No passage found gives the length asked for.", "... speaks of 'point'.")
    delay = qa.ask("Within how long should a click start being processed?")
    assert delay.answerable, delay.note
    assert "milliseconds" in delay.citations[0].text
    point = qa.ask("What is the point of setting image width and height?")
    assert point.answerable, point.note
    assert "reserves its space" in point.citations[0].text
    assert not qa.ask("What is the point of the Olympic torch relay?").answerable
