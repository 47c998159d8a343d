"""fdecl39: answerable questions declined near the decline rules' edges (docs/retrieval.md, "fdecl39"). A user names a
recording by initials the transcripts never write ("the RF lecture"), and asks what something is "worth"."""

import pytest

from qa.answerable import focus_words
from qa.api import TranscriptQA
from tests.conftest import files_qa

PRESS = ("PRESIDENT BIDEN: Good afternoon. It has been my pleasure to welcome the Prime Minister of Japan to the White "
         "House. We talked about trade, vaccines and the climate.\n\n"
         "PRIME MINISTER SUGA: Thank you. Japan will reinforce its defense capabilities, and the President confirmed "
         "that Article 5 of our security treaty applies to the Senkaku Islands.\n")
LECTURE = ("Lecturer: Bagging draws bootstrap samples of the training data. The points we do not sample are called "
           "out of bag. Our own group has 55 plus people working on these methods.\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("fdecl39"),
                    {"japan-press-conference.txt": PRESS, "random-forest-lecture.txt": LECTURE})


def test_a_recording_named_by_the_initials_of_its_file_name_is_that_recording(qa):
    # declined at main: "RF is not mentioned in these transcripts."
    answer = qa.ask("in the RF lecture, what are the points left out of a bootstrap sample called?")
    assert answer.answerable, answer.note
    assert "out of bag" in answer.citations[0].text
    # ... and that recording is where the question looks: what only the press conference says is declined
    other = qa.ask("in the RF lecture, what did they say about the senkaku islands?")
    assert not other.answerable


def test_a_post_is_not_read_from_initials(qa):
    # "PM" is not read as the "Prime Minister" of a title or a label: a post names a speaker, and the speaker rules
    # read it (held_post); read as one, "the Japanese Prime Minister" was answered on what Suga never speaks of
    answer = qa.ask("what did the japanese PM say about bootstrap samples")
    assert not answer.answerable


def test_worth_asks_a_sum_not_a_thing_said():
    assert focus_words("What is the Sonoma grant worth?") == []
    assert focus_words("What is the Sonoma grant budget?") == ["budget"]
