"""Naming questions ("What does Lamport call ...?", "What is X called?", "What's the name of ...?"): a sentence that gives a
name gains in the highlight (`qa.cite.gives_name`, NAMING_WEIGHT) and in the passage ranking (qa.rerank's
NAME_RANK_WEIGHT); "the name of the NOUN" asks for the NOUN's name (`named_noun`, NAMED_WEIGHT; docs/retrieval.md,
"hl61"). The ranking's weight is on; the highlight's (NAMING_WEIGHT) ships off, turned on here."""

import pytest

import qa.cite as cite
from bench import constants
from qa.cite import asks_name, gives_name, named_noun, read_question

from tests.conftest import shared_transcript_qa


@pytest.mark.parametrize("question", [
    "What does Lamport call the steps that just repeat the frame before?",
    "What is it called when the content moves down and you click the image by mistake?",
    "What are the single models an ensemble is made of usually called?",
    "What's the name of the hidden tool in Chrome the video will teach?",
    "What name does Lamport give the property that lets a clock with a second hand still meet his spec?",
    "What did Lamport name the clock property that only TLA has?",
    "What other names does the SVR unit go by?",
    "what do you call the points that never get drawn in a bootstrap",
])
def test_a_question_that_asks_a_name(question):
    assert asks_name(question)


@pytest.mark.parametrize("question", [
    "What did the Russia background call say about the poisoning of the opposition leader?",  # a call, said on
    "Which countries did they call for help?",  # a demand
    "What is Newsom's call for forest management?",
    "what does the name stand for",  # an acronym: what it stands for, not what it is called
    "How does a bagged classifier combine hard class labels?",
])
def test_a_question_that_asks_no_name(question):
    assert not asks_name(question)


def test_a_sentence_that_gives_a_name():
    given = gives_name(["Well, I call it stuttering insensitivity.", "This is called cumulative layout shift.",
                        "there is a hidden tool in Chrome called Lighthouse", "we would call them in bag",
                        "as expressed in what I'm now calling coding languages", "I will name it index.html.",
                        "The SVR unit, APT29, Cozy Bear, the Dukes — known by all of those names",
                        "it is a so-called model agnostic technique", "My name is Sugimoto of Sankei Newspaper."])
    assert given.all()
    assert not gives_name(["how many times I called you last year for resources?", "We call on our partners to act.",
                           "we called for restraint", "The frames don't meet any particular time scale."]).any()


def test_the_name_of_a_noun_is_asked_as_which_noun_is():
    assert named_noun("What is the name of the Russian vaccine behind Serbia's vaccination rate?") == "vaccin"
    assert named_noun("What is the name of the FEMA program the Sonoma County grant is part of?") == "program"
    assert named_noun("What is the name of the UN Security Council resolution that has not been cancelled?") == "resolut"
    assert named_noun("What does Lamport call the steps?") is None
    with constants(cite, NAMING_WEIGHT=0.3):
        asked = read_question("What's the name of the treaty Lavrov says is hanging by a thread?")
        assert asked.named == "treati" and not asked.naming  # the treaty's name, not any sentence that names a thing
        assert read_question("What is it called when the content moves down?").naming
    with constants(cite, NAMING_WEIGHT=0):
        assert not read_question("What is it called when the content moves down?").naming
        assert read_question("What's the name of the treaty Lavrov says is hanging by a thread?").named is None


BAGGING = "i2ml-random-forest-bagging-lecture.srt"


@pytest.fixture(scope="module")
def bagging_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, BAGGING)


def test_through_the_api_the_sentence_that_gives_the_name_is_highlighted(bagging_qa):
    question = "Since bagging works with any learning algorithm, what kind of technique is it called?"
    with constants(cite, NAMING_WEIGHT=0.5):
        on = bagging_qa.ask(question).citations[0]
    with constants(cite, NAMING_WEIGHT=0):
        off = bagging_qa.ask(question).citations[0]
    assert "so-called model agnostic" in on.highlight
    assert "so-called model agnostic" not in off.highlight
