"""How a follow-up refers back, in shapes read since fup45 (docs/retrieval.md "fup45"): a demonstrative and its noun
after a preposition, the pro-form "so", "is that a ...", "get that installed"; each read only with
qa.conversation.FUP45_POINTING (on in the product); off, main's reading. Chat fillers before a joining opener are read
away only with FUP45_FILLERS too (off in the product: measured and left off)."""

import pytest

from qa import conversation
from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import plain_wording, read_dependence

from tests.conftest import shared_path

SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"


def _known(word: str) -> bool:
    return True


@pytest.mark.parametrize("question, reason", [
    ("lol ok and why 23", "it opens with 'and'"),
    ("haha ok, and what did she refuse?", "it opens with 'and'"),
    ("yeah ok what about the seo number", "it opens with 'what about'"),
])
def test_fillers_before_an_opener_are_read_away_only_with_their_switch(question, reason, monkeypatch):
    assert read_dependence(question, _known).reason != reason  # FUP45_FILLERS is off in the product
    monkeypatch.setattr(conversation, "FUP45_FILLERS", True)
    assert read_dependence(question, _known).reason == reason
    monkeypatch.setattr(conversation, "FUP45_POINTING", False)  # the fup45 switch off: main's reading
    assert read_dependence(question, _known).reason != reason


@pytest.mark.parametrize("question, reason", [
    ("what was the death toll among that crew?", "'among that crew' points back"),
    ("how many fires were burning across that region?", "'across that region' points back"),
    ("can you quote me the sentence where he says so?", "'says so' points back"),
    ("why does she think so?", "'think so' points back"),
    ("If so, why?", "'If so' points back"),
    ("why's that a reason to hit back, according to them?", "'why's that' points back"),
    ("Is that a new idea?", "'Is that' points back"),
    ("what's the command to get that installed?", "'get that installed' points back"),
])
def test_a_follow_up_pointing_back_in_these_shapes_is_read_so(question, reason, monkeypatch):
    assert read_dependence(question, _known).reason == reason
    assert read_dependence(plain_wording(question), _known).reason is not None  # as the typing mend writes it
    monkeypatch.setattr(conversation, "FUP45_POINTING", False)
    assert read_dependence(question, _known).reason != reason  # main's reading


@pytest.mark.parametrize("question", [
    "ok so how many firefighters are deployed in oregon specifically",  # "so" after a filler opens a question
    "ok then what is bagging?",
    "lol",  # fillers alone ask nothing
    "How many firefighters were deployed across the western states?",  # a preposition, no demonstrative
    "Did Biden say so much about the heat?",  # "so" not ending the clause
    "What is a workflow in Anthropic's guide?",  # "is" then "a", no demonstrative
    "Which companies did Treasury designate for helping the SVR?",
    "Did the officials get Congress involved?",  # "get" then a name, not a demonstrative
])
def test_a_question_of_its_own_still_stands_alone(question, monkeypatch):
    assert read_dependence(question, _known).reason is None
    monkeypatch.setattr(conversation, "FUP45_FILLERS", True)
    assert read_dependence(question, _known).reason is None


@pytest.fixture(scope="module")
def sanctions_and_wildfires_qa(tmp_path_factory):
    """The White House call on Russia and the western wildfires meeting in one index (../shared)."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("fup45") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (SANCTIONS, WILDFIRES)])
    return tqa


def test_among_that_crew_is_searched_with_its_history(sanctions_and_wildfires_qa, monkeypatch):
    # conv-dev-3535: read alone at main and declined as asking of words no transcript says; with its history the
    # funeral of the 19 Granite Mountain Hotshot firefighters is cited first
    history = ["Which funeral speech does Biden call one of his hardest?",
               "how many years back did that tragedy happen?"]
    asked = sanctions_and_wildfires_qa.ask("what was the death toll among that crew?", history=history)
    assert asked.history_used and asked.answerable
    assert "19 Granite Mountain" in " ".join(asked.citations[0].text.split())
    monkeypatch.setattr(conversation, "FUP45_POINTING", False)
    assert not sanctions_and_wildfires_qa.ask("what was the death toll among that crew?", history=history).history_used


def test_why_is_that_a_reason_is_searched_with_its_history(sanctions_and_wildfires_qa):
    # conv-dev-3551: "that" is what the earlier answer said; the officials' three reasons are cited first
    history = ["How many computer systems could the SVR spy on through SolarWinds?"]
    asked = sanctions_and_wildfires_qa.ask("why's that a reason to hit back, according to them?", history=history)
    assert asked.history_used and asked.answerable
    assert "broad scope and scale of the compromise" in " ".join(asked.citations[0].text.split())
    assert not sanctions_and_wildfires_qa.ask("why's that a reason to hit back, according to them?").history_used
