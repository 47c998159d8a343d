"""A follow-up asking whether something came up is declined where the recordings of its conversation never say it,
and not answered from another recording instead (fup42, docs/retrieval.md "fup42")."""

import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import Context, mention_asked, mention_unsaid

from tests.conftest import shared_path

SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"


@pytest.mark.parametrize("question, thing", [
    ("any mention of hong kong", "hong kong"),
    ("any mention of china in that call?", "china"),
    ("any word on hungary from him?", "hungary"),
    ("and vaccines, any mention?", "vaccines"),
    ("ukraine, did that come up?", "ukraine"),
    ("microsoft, does he mention them?", "microsoft"),
    ("drought, did he bring that up too?", "drought"),
    ("haskell come up at all in this one?", "haskell"),
    ("is python ever mentioned in the interview?", "python"),
    ("did he bring up the olympics too", "olympics"),
    ("does he mention climate change anywhere", "climate change"),
    ("did anyone mention china in that meeting", "china"),
    ("Have they mentioned the SVR?", "SVR"),
    # not asked whether something came up
    ("When did he come up with that idea?", None),
    ("Who came up with it?", None),
    ("did that come up", None),
    ("What did Lavrov say about Kosovo?", None),
    ("and japan as well?", None),
])
def test_what_a_question_asks_whether_it_came_up(question, thing):
    assert mention_asked(question) == thing


TEXTS = {WILDFIRES: "drought conditions are twice what they were; the big change is the heat",
         SUGA: "the Chinese side and the Olympics"}


def _after(recording: str) -> Context:
    return Context(("what did biden say about the fire season",), None, answered=((recording, 0, 40),))


@pytest.mark.parametrize("question, recording, unsaid", [
    ("did he bring up the olympics too", WILDFIRES, "olympics"),
    ("did he bring up the olympics too", SUGA, None),  # said there
    ("drought, did he bring that up too?", WILDFIRES, None),
    ("any mention of china?", SUGA, None),  # a country said by its people's name
    ("any mention of china?", WILDFIRES, "china"),
    ("does he mention climate change anywhere", WILDFIRES, None),  # one word of two said: maybe in other words
    ("any mention of hong kong", WILDFIRES, "hong kong"),
    ("what did he say about the olympics", WILDFIRES, None),  # not asked whether it came up
])
def test_a_thing_the_conversations_recording_never_says(question, recording, unsaid):
    assert mention_unsaid(question, _after(recording), TEXTS.__getitem__) == unsaid


def test_a_question_read_alone_or_after_no_answer_is_not_read_so():
    assert mention_unsaid("any mention of china?", Context((), None), TEXTS.__getitem__) is None
    assert mention_unsaid("any mention of china?", Context(("what did biden say",), None), TEXTS.__getitem__) is None


@pytest.fixture(scope="module")
def suga_and_wildfires_qa(tmp_path_factory):
    """The Biden-Suga press conference and the wildfire meeting in one index (../shared)."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("fup42") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (SUGA, WILDFIRES)])
    return tqa


def test_a_thing_said_only_in_another_recording_is_declined(suga_and_wildfires_qa):
    # conv-dev-3072: the Olympics are said at the Suga press conference, never in the wildfire meeting
    history = ["what did newsom say about last year's fires"]
    asked = suga_and_wildfires_qa.ask("did he bring up the olympics too", history=history)
    assert asked.history_used and not asked.answerable and not asked.citations
    assert asked.note == "'Olympics' never comes up in the recording this conversation is about."


def test_a_thing_the_recording_says_is_answered_from_it(suga_and_wildfires_qa):
    # conv-dev-3032
    asked = suga_and_wildfires_qa.ask("drought, did he bring that up too?",
                                      history=["what did biden say about this year's fire season"])
    assert asked.answerable and asked.citations[0].transcript == WILDFIRES


def test_a_switch_asked_with_history_is_answered_as_alone(suga_and_wildfires_qa):
    # conv-dev-208: no word points back, so it is read alone whatever came before
    question = "Did they discuss drought conditions?"
    after = suga_and_wildfires_qa.ask(question, history=["what did suga say about the olympics"])
    alone = suga_and_wildfires_qa.ask(question)
    assert not after.history_used
    assert (after.answerable, after.note) == (alone.answerable, alone.note)
    assert [(c.transcript, c.start_char) for c in after.citations] == [(c.transcript, c.start_char)
                                                                        for c in alone.citations]
