"""A follow-up declined with its history and answered alone keeps that answer only within the recordings its
earlier answer cited, unless it names what they never say (conv39, docs/retrieval.md "conv39")."""

import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import Context, alone_kept

from tests.conftest import shared_path

LECTURE = "i2ml-random-forest-bagging-lecture.srt"
INTERVIEW = "changelog-552-leslie-lamport-interview.md"
TEXTS = {LECTURE: "so the B and bagging is for bootstrapping", INTERVIEW: "it went through the reviewing process"}


def _after_lecture() -> Context:
    return Context(("what is bagging",), None, answered=((LECTURE, 0, 40),))


@pytest.mark.parametrize("question, first, kept", [
    ("what year was it first published?", LECTURE, True),  # in the conversation's recording
    ("what year was it first published?", INTERVIEW, False),  # another recording with its few words
    ("what year was it first published?", None, False),
    ("what did Lamport say about it?", INTERVIEW, True),  # it names what the lecture never says: it reaches past
])
def test_an_alone_answer_is_kept_within_the_earlier_answers_recordings(question, first, kept):
    assert alone_kept(question, _after_lecture(), TEXTS.__getitem__, first) is kept


def test_with_no_earlier_answer_any_recording_is_kept():
    assert alone_kept("what year was it first published?", Context(("what is bagging",), None),
                      TEXTS.__getitem__, INTERVIEW)


@pytest.fixture(scope="module")
def lecture_and_interview_qa(tmp_path_factory):
    """The bagging lecture and the Lamport interview in one index (../shared)."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("conv39") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (LECTURE, INTERVIEW)])
    return tqa


def test_a_follow_up_is_not_answered_from_another_recording(lecture_and_interview_qa):
    # conv-dev-2741: asked alone, Lamport's "it went through the reviewing process and got published"
    published = lecture_and_interview_qa.ask("what year was it first published?", history=["what is bagging"])
    assert published.history_used and not published.answerable and not published.citations
    alone = lecture_and_interview_qa.ask("what year was it first published?", history=["what is bagging"],
                                         use_history=False)
    assert alone.citations and alone.citations[0].transcript == INTERVIEW


def test_a_follow_up_answered_alone_in_its_own_recording_keeps_that_answer(lecture_and_interview_qa):
    # conv-dev-1260: declined with its history, answered alone from the interview the earlier answer cited
    chips = lecture_and_interview_qa.ask("And which company's people used TLA+ for their chips?",
                                         history=["Who introduced the mutual exclusion problem, according to Lamport?"])
    assert chips.answerable and chips.citations[0].transcript == INTERVIEW
    assert chips.note and chips.note.startswith("Declined with the earlier question")
