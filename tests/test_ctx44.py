"""ctx44: a context-first question whose asking sentence names where it is asked first ("At the wildfire meeting,
what ...?") or gives its own pointing words a referent ("did Biden say he ...", "that background call") is read
apart from the user's told situation, which was read as asked ("Phoenix is not mentioned in these transcripts");
docs/retrieval.md "ctx44"."""

from __future__ import annotations

import pytest

import qa.conversation as conversation
from bench import constants
from qa.conversation import plain_wording
from tests.conftest import shared_transcript_qa


@pytest.mark.parametrize("question, plain", [
    ("My dad does construction in Phoenix. At the western wildfire meeting, what did Biden say outdoor workers "
     "like him need during the heat?",
     "At the western wildfire meeting, what did Biden say outdoor workers like him need during the heat?"),
    ("My grandfather was evacuated after the 2011 quake. At the press conference with Suga, did Biden say he had "
     "gone to the region himself?",
     "At the press conference with Suga, did Biden say he had gone to the region himself?"),
    ("I train small nets at home. In the bagging lecture, what does he say people do instead of bootstrapping?",
     "In the bagging lecture, what does he say people do instead of bootstrapping?"),
    ("Our vendor has developers in St. Petersburg. Did the officials on that background call tell firms to do "
     "anything?", "Did the officials on that background call tell firms to do anything?"),
    # a pointing word with no referent in the question still reads into what was told (ctx42), or keeps it
    ("My manager met Governor Newsom. What did he say about lightning?",
     "What did Governor Newsom say about lightning?"),
    ("I'm a student. How does Lamport compare the two?", "I am a student. How does Lamport compare the two?"),
])
def test_the_asking_sentence_is_read_apart_from_the_users_situation(question, plain):
    assert plain_wording(question) == plain


def test_without_the_rule_the_users_situation_is_read_as_asked():
    question = ("My dad does construction in Phoenix. At the western wildfire meeting, what did Biden say outdoor "
                "workers like him need during the heat?")
    with constants(conversation, OWN_REFERENT=False):
        assert "Phoenix" in plain_wording(question)


@pytest.fixture(scope="module")
def wildfires_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-biden-meeting-western-wildfires-2021-06-30.md")


def test_a_place_asked_first_after_the_users_situation_is_answered(wildfires_qa):
    asked = ("My dad does construction in {} and works outside all summer. At the western wildfire meeting, what did "
             "Biden say outdoor workers need during the heat?")
    answer = wildfires_qa.ask(asked.format("Phoenix"))
    assert answer.answerable, answer.note
    with constants(conversation, OWN_REFERENT=False):  # another city: a question read once is not read again
        before = wildfires_qa.ask(asked.format("Tucson"))
    assert not before.answerable and "Tucson is not mentioned" in before.note
