"""scope37: a question scoped to a recording or a person that never said what it asks is declined (docs/retrieval.md,
"scope37"): the highlight that may show the source saying it in other words is the source's own, a word said in
another transcript is not "near" the source, a recording may be named by who speaks in it, a speaker's "take" is
their words, and a recording may lead a question with no mark after it."""

import pytest

from qa.answerable import named_sources, sources_named, source_scope
from qa.api import TranscriptQA
from tests.conftest import files_qa

INTERVIEW = ("Jerod Santo: Welcome to the Changelog. I'm here with Leslie Lamport, who wrote the bakery algorithm.\n\n"
             "Leslie Lamport: The bakery algorithm was the first concurrent algorithm that I wrote. It is named "
             "after a bakery where a machine gave out numbers and people were served in order.\n\n"
             "Jerod Santo: And what do you think programmers should do before they write code?\n\n"
             "Leslie Lamport: Think. Write a specification first, because coding is not programming.\n")
LECTURE = ("Lecturer: Bagging stands for bootstrap aggregation. We draw bootstrap samples of the training data and fit "
           "one tree on each sample.\n\n"
           "Lecturer: The points left out of a bootstrap sample are called out of bag, and their error estimates the "
           "test error.\n")


@pytest.fixture(scope="module")
def two_recordings(tmp_path_factory) -> TranscriptQA:
    """An index of a podcast interview and a lecture, written in that order (so each one's sections border the
    other's)."""
    return files_qa(tmp_path_factory.mktemp("scope37"),
                    {"changelog-lamport-interview.txt": INTERVIEW, "i2ml-bagging-lecture.txt": LECTURE})


def test_a_recording_asked_what_another_says_is_declined(two_recordings):
    # answered at main by the lecture's sentence, which is near the question with "bootstrap aggregation" as any
    # passage that answers it is; the interview says neither word
    wrong = two_recordings.ask("According to the Lamport episode, what is bootstrap aggregation?")
    assert not wrong.answerable
    assert "does not speak of this" in wrong.note
    right = two_recordings.ask("According to the bagging lecture, what is bootstrap aggregation?")
    assert right.answerable, right.note
    assert right.citations[0].transcript == "i2ml-bagging-lecture.txt"


def test_a_recording_named_by_who_speaks_in_it(two_recordings):
    infos = tuple(two_recordings.list_transcripts())
    recordings, labels = source_scope("In the Jerod Santo episode, what was said about bagging?", infos)
    assert recordings == {"changelog-lamport-interview.txt"}
    assert not labels
    assert not two_recordings.ask("In the Jerod Santo episode, what was said about bootstrap samples?").answerable


def test_a_speakers_take_is_their_words(two_recordings):
    infos = tuple(two_recordings.list_transcripts())
    assert "Lamport" in sources_named("Lamport's take on bootstrap samples?", infos)[0]
    # not a name no speaker label holds: "Apple's position" may be a company's
    assert sources_named("Apple's position on bootstrap samples?", infos)[0] == []
    # declined only where a word of the lecture is not "near" Lamport: the lecture's first section borders the
    # interview's last in the index's numbering (answered so, were the sections read across transcripts)
    assert not two_recordings.ask("Lamport's take on bootstrap samples?").answerable
    assert two_recordings.ask("Lamport's take on writing a specification?").answerable


def test_a_recording_leading_a_question_with_no_mark():
    assert named_sources("lamport interview gradient boosting")[1] == ["lamport interview"]
    # a question with an asking word is read otherwise; a lead of the recording noun alone names none
    assert named_sources("lamport interview what is gradient boosting")[1] == []
    assert named_sources("meeting agenda items")[1] == []
