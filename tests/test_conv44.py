"""A pronoun does not stand for what its own question asks for, and "the (whole) thing" points back (conv44,
docs/retrieval.md "conv44")."""

import pytest

from qa import conversation
from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import asked_span, read_dependence

from tests.conftest import shared_path

SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"
AGENTIC = "agentic-ai-explained-youtube-captions.vtt"


def _known(word: str) -> bool:
    return True


@pytest.mark.parametrize("question, reason", [
    # the thing asked (an asking word's noun before an auxiliary and its subject) is no referent
    ("which HR system does his company use?", "'his' has nothing to point to in the question"),
    ("what APIs did he hook up for the travel assistant?", "'he' has nothing to point to in the question"),
    ("Which quote of Eisenhower does he love?", "'he' has nothing to point to in the question"),
    ("which LLM does it run on", "'it' has nothing to point to in the question"),
    # "what's the X" with the pronoun right after, "is there a X" with the pronoun right after
    ("what's the FDI figure there?", "'there' has nothing to point to in the question"),
    ("is there a date they must leave by?", "'they' has nothing to point to in the question"),
    # "the thing" that nothing says which
    ("what's the size of the whole thing?", "'the whole thing' points back"),
    ("what was the cost of the thing?", "'the thing' points back"),
])
def test_a_follow_up_pointing_back_past_what_it_asks_is_read_so(question, reason, monkeypatch):
    monkeypatch.setattr(conversation, "ASKED_NOT_REFERENT", True)  # off in the product: docs/retrieval.md "conv44"
    assert read_dependence(question, _known).reason == reason


@pytest.mark.parametrize("question", [
    "Which Russian offices in America had their work hampered by the US?",  # "had" then a possessive: no auxiliary
    "Which reporter did Biden call on after he finished?",  # a name outside the asked noun is still a referent
    "What is the biggest change Lamport has seen since he started programming?",  # not right after the asked phrase
    "What is bagging, and why does it help?",  # a clause break: the thing asked first is the referent
    "What are the names of the eight Russian officials the US put on its sanctions list?",
    "What is the thing called that Lamport made?",  # "the thing" with a clause after it saying which
])
def test_a_question_that_says_what_its_pronoun_stands_for_still_stands_alone(question, monkeypatch):
    monkeypatch.setattr(conversation, "ASKED_NOT_REFERENT", True)
    assert read_dependence(question, _known).reason is None


def test_the_span_read_as_asked_and_the_switch(monkeypatch):
    assert asked_span("which HR system does ") is None  # off in the product
    monkeypatch.setattr(conversation, "ASKED_NOT_REFERENT", True)
    text = "which HR system does "
    assert text[slice(*asked_span(text))].strip() == "HR system"
    assert asked_span("and what's the FDI figure ") is not None  # an opener is not a clause break
    assert asked_span("what is bagging, and why does ") is None
    monkeypatch.setattr(conversation, "ASKED_NOT_REFERENT", False)
    assert asked_span(text) is None
    assert read_dependence("which HR system does his company use?", _known).reason is None  # main's reading


@pytest.fixture(scope="module")
def sanctions_and_agentic_qa(tmp_path_factory):
    """The White House call on Russia and the agentic AI video in one index (../shared)."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("conv44") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (SANCTIONS, AGENTIC)])
    return tqa


def test_the_whole_thing_is_searched_with_its_history(sanctions_and_agentic_qa):
    # conv-dev-3443: read alone at main (over the eight shared recordings it then cited nothing of the debt market;
    # with its history the market's size is second)
    history = ["When does the ban on buying new ruble bonds start?", "and what's the reason for the delay?"]
    asked = sanctions_and_agentic_qa.ask("what's the size of the whole thing?", history=history)
    assert asked.history_used and "(after: When does the ban" in asked.query


def test_a_pronoun_after_the_asked_noun_is_searched_with_its_history(sanctions_and_agentic_qa, monkeypatch):
    # conv-dev-3462: "his" is not the HR system asked about; the question is searched with what came before
    monkeypatch.setattr(conversation, "ASKED_NOT_REFERENT", True)
    history = ["Is an HR chatbot that reads policy PDFs agentic AI?"]
    asked = sanctions_and_agentic_qa.ask("which HR system does his company use?", history=history)
    assert asked.history_used and "(after: Is an HR chatbot" in asked.query
    assert not sanctions_and_agentic_qa.ask("which HR system does his company use?").history_used
    monkeypatch.setattr(conversation, "ASKED_NOT_REFERENT", False)  # main's reading: "HR" was its referent
    assert not sanctions_and_agentic_qa.ask("which HR system does his company use?", history=history).history_used
