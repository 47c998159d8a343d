"""A why-question takes its premise for granted: where that premise is a refusal, a failure, a stop, a delay, a
blame or what still holds, and no passage found says it in any form, the question is declined (recall44,
docs/retrieval.md "recall44")."""

import pytest

from qa.answerable import DeclineRule, premise_acts, premise_note, premise_unsaid
from qa.api import TranscriptQA
from qa.config import Settings

from tests.conftest import shared_path

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"


@pytest.mark.parametrize("question, acts", [
    ("Why did the EU refuse to back the SolarWinds attribution?", ("refus",)),
    ("why did noaa's satellites fail to spot the fire", ("fail",)),
    ("How come Lamport stopped working on TLA+?", ("stop",)),
    ("So why does the lecturer say meta keywords still boost rankings?", ("still",)),
    ("Why was the vote postponed and the plan abandoned?", ("postpon", "abandon")),
    # no premise act: plain negation, an act any answer may paraphrase, a word that only stems alike, no "why"
    ("Why hasn't the Russian ambassador gone back to Washington yet?", ()),
    ("Why did Lamport decide the algorithm was not quite right?", ()),
    ("Did the EU refuse to back the attribution?", ()),
    ("What failed?", ()),
    ("", ()),
])
def test_the_acts_a_why_question_takes_for_granted(question, acts):
    assert premise_acts(question) == acts


def test_an_act_is_said_in_any_form_of_its_word():
    question = "Why did the governors refuse the grant?"
    assert premise_unsaid(question, ["GOVERNOR BROWN: We refused it."]) == ()
    assert premise_unsaid(question, ["GOVERNOR BROWN: Our refusal was final."]) == ()
    assert premise_unsaid(question, ["GOVERNOR BROWN: We thank you for the grant."]) == ("refuse",)
    assert premise_unsaid(question, []) == ("refuse",)
    assert premise_unsaid("Why did the governors thank Biden?", ["GOVERNOR BROWN: Thanks."]) == ()


def test_an_act_said_in_its_usual_other_words_is_said():
    # conv-dev-1543's first question: "Now a Meta Keyword used to work a lot earlier. But now ... deprecated."
    assert premise_unsaid("Why did meta keywords stop working?",
                          ["Speaker: Now a Meta Keyword used to work a lot earlier."]) == ()
    assert premise_unsaid("Why did Iran refuse?", ["PRESIDENT BIDEN: concessions that we’re just not willing to make"]
                          ) == ()
    assert premise_unsaid("Why did Iran refuse?", ["PRESIDENT BIDEN: the discussions are underway"]) == ("refuse",)


def test_the_note_is_one_line():
    note = premise_note(("refuse",))
    assert note.startswith("No passage found says 'refuse' in any form") and "\n" not in note
    assert DeclineRule().premise_similarity > 1.0  # no similarity lets an unsaid premise through (dev sets)


@pytest.fixture(scope="module")
def wildfires_and_sanctions_qa(tmp_path_factory):
    """The wildfires meeting and the White House call on Russia in one index (../shared)."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("recall44") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (WILDFIRES, SANCTIONS)])
    return tqa


def test_a_refusal_never_said_is_declined(wildfires_and_sanctions_qa):
    # dev-un-3662: Biden raised federal firefighters' pay to at least $15 an hour; nobody refused anything
    asked = wildfires_and_sanctions_qa.ask("Why did Biden refuse to raise federal firefighters' pay?")
    assert not asked.answerable and not asked.citations
    assert asked.note.startswith("No passage found says 'refuse' in any form")


def test_the_same_cause_asked_without_the_premise_is_answered(wildfires_and_sanctions_qa):
    asked = wildfires_and_sanctions_qa.ask("Why did Biden raise federal firefighters' pay?")
    assert asked.answerable and asked.citations[0].transcript == WILDFIRES


def test_a_premise_that_is_said_is_answered(wildfires_and_sanctions_qa):
    # "... to sit together to find a stable and effective way forward and to stop any kind of escalatory cycle"
    asked = wildfires_and_sanctions_qa.ask("Why do the officials want to stop the escalatory cycle with Russia?")
    assert asked.answerable and asked.citations[0].transcript == SANCTIONS
