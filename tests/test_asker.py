""""Which reporter asked ...?": the highlight is the asker naming themself, not the question they asked (mend25,
docs/retrieval.md)."""

from __future__ import annotations

import pytest

import qa.cite as cite
from bench import constants
from qa.api import TranscriptQA
from tests.conftest import shared_transcript_qa


@pytest.fixture(scope="module")
def call_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_a_question_asking_who_asked_is_read_as_such():
    assert cite.asks_asker("Which reporter asked about the effect of the ruble debt measures?")
    assert cite.asks_asker("Who asked him that?")
    assert not cite.asks_asker("What did the reporter ask about the Taliban bounties?")  # what, not who


def test_an_asker_naming_themself_and_their_outlet_is_found_by_form():
    found = cite.introduces_self(["Yeah, thanks.  It’s Eamon Javers with CNBC.", "This is Dina Temple-Raston from NPR.",
                                  "My name is Sugimoto of Sankei Newspaper.", "This is Japan’s best friend.",
                                  "It’s been a while since we’ve heard an update from you."])
    assert found.tolist() == [1.0, 1.0, 1.0, 0.0, 0.0]


def test_who_asked_is_answered_by_the_reporter_naming_themself(call_qa):
    question = "Who asked whether the government will change the way it buys software?"
    answer = call_qa.ask(question)
    assert "This is Dina Temple-Raston from NPR." in answer.citations[0].highlight
    with constants(cite, ASKER_WEIGHT=0.0):  # without it: the question the reporter asked
        before = call_qa.ask(question).citations[0].highlight
    assert "Temple-Raston" not in before
