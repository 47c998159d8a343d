"""scope38: a person named as a heading before a colon or a dash ("kate brown - how many homes did oregon lose") is
who is asked, as a recording so named is (docs/retrieval.md, "scope38"): the question is answered from their words,
not declined as a topic no passage speaks of, and a question they never speak to is declined by what they say."""

import pytest

from qa.answerable import speaker_lead
from qa.api import TranscriptQA
from tests.conftest import files_qa

MEETING = ("THE PRESIDENT: Thank you all for joining this meeting on wildfires. The United States is also expelling "
           "ten diplomats this week, but today we speak of fires.\n\n"
           "GOVERNOR BROWN: Thank you, Mr. President. Last year, we had more than 2,000 fires in Oregon. We lost nine "
           "lives, more than 4,000 homes, and nearly 2,000 other structures.\n\n"
           "THE PRESIDENT: Governor, what would help you most this season?\n\n"
           "GOVERNOR BROWN: Resources to train our National Guard before the fire season.\n")
LECTURE = ("Lecturer: Bagging stands for bootstrap aggregation. We draw bootstrap samples of the training data and fit "
           "one tree on each sample.\n")


@pytest.fixture(scope="module")
def meeting(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("scope38"),
                    {"wildfire-meeting.txt": MEETING, "bagging-lecture.txt": LECTURE})


def test_a_speaker_leading_a_question_is_who_is_asked(meeting):
    # declined at main: "kate Brown" was read as a heading's topic, and "kate" is said nowhere
    answer = meeting.ask("kate brown - how many homes did oregon lose last year")
    assert answer.answerable, answer.note
    assert "4,000 homes" in answer.citations[0].text
    # ... and what only another recording says is declined by what she says
    other = meeting.ask("kate brown - what are bootstrap samples")
    assert not other.answerable
    assert "does not speak of this" in other.note


def test_speaker_lead_reads_a_name_only():
    speakers = {"governor", "brown", "the", "president"}
    assert speaker_lead("kate brown - how many homes did oregon lose", speakers) == "kate brown"
    assert speaker_lead("Brown: what about the guard?", speakers) == "Brown"
    # a lead with an asking word, a function word or a recording noun is no person; nor a name no label holds
    assert speaker_lead("what about brown - anything?", speakers) is None
    assert speaker_lead("the president - what did he say", speakers) is None
    assert speaker_lead("brown meeting: what was said", speakers) is None
    assert speaker_lead("kate smith - how many homes", speakers) is None
    assert speaker_lead("how many homes did brown lose", speakers) is None


def test_a_recording_named_by_its_kind_before_a_colon_is_where_the_question_looks(meeting):
    """scope38 "Left": "bagging lecture: ..." lost its heading (`without_label` drops a short label before a
    colon), so no source was read and a question the lecture never answers was answered from the meeting."""
    from qa.conversation import without_label

    assert without_label("bagging lecture: how many homes did oregon lose") == (
        "bagging lecture: how many homes did oregon lose")
    assert without_label("oregon fires: how many homes did oregon lose") == "how many homes did oregon lose"
    declined = meeting.ask("bagging lecture: how many homes did oregon lose last year")
    assert not declined.answerable, declined.note
    answered = meeting.ask("bagging lecture: what does bagging stand for")
    assert answered.answerable and "bootstrap aggregation" in answered.citations[0].highlight
