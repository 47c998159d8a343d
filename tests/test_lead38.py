"""lead38 (session s38): an acronym read for written-out words only where a recording says both; an "it" that its
complement names points nowhere (docs/retrieval.md "lead38")."""
import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import dependence, pointing_pronouns


@pytest.fixture(scope="module")
def two_recordings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lead38")
    (folder / "lecture.txt").write_text(
        "Presenter: Let me explain agents to you with no BS, extremely simple.\n\n"
        "Presenter: The EPA will launch a new app on air quality and smoke plumes.\n", encoding="utf-8")
    (folder / "presser.txt").write_text(
        "Biden: Prime Minister Suga and I met in the East Room today.\n\n"
        "Suga: I thank President Biden for his warm welcome at the White House.\n", encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / "lecture.txt", folder / "presser.txt"])
    return tqa


def test_names_said_in_another_recording_than_the_capitals_are_no_acronym(two_recordings):
    # "Biden Suga" has the capitals of the lecture's "BS", but Biden and Suga are said only in the presser: before,
    # the question was searched as "the Biden Suga (BS) press conference" and noted as uncertain
    answer = two_recordings.ask("Where did the Biden Suga press conference take place?")
    assert "(BS)" not in answer.query and "BS" not in answer.evidence.displaced_names


def test_words_the_transcripts_never_say_are_still_read_as_the_acronym_they_say(two_recordings):
    answer = two_recordings.ask("What is the Environmental Protection Agency launching?")
    assert "(EPA)" in answer.query
    assert "air quality" in answer.citations[0].text


@pytest.mark.parametrize("question", [
    "Why does Lamport say it's pronounced LaTech?", "Why is it called a random forest?",
    "Is it spelled LaTeX or LaTech in the interview?"])
def test_an_it_that_its_complement_names_points_nowhere(question):
    assert pointing_pronouns(question, idioms=True) == []
    assert dependence(question, lambda word: True) is None


@pytest.mark.parametrize("question", [
    "why is it called that?", "What is it called?", "it's called what?", "what is it written in?",
    "what is it called in japan", "is it named after someone", "how is it pronounced"])
def test_an_it_with_no_name_after_it_still_points_back(question):
    assert pointing_pronouns(question, idioms=True) == ["it"]
