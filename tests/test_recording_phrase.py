"""rec35: a question that asks where in a recording, asks a recording's date, or names who speaks in a relative
clause (docs/retrieval.md, "A new user's questions of a recording"), over a real index of four shared transcripts."""

from __future__ import annotations

import pytest

from qa import answerable, order
from qa.api import TranscriptQA
from qa.config import Settings
from tests.conftest import shared_path

NAMES = ("agentic-ai-explained-youtube-captions.vtt", "i2ml-random-forest-bagging-lecture.srt",
         "wh-biden-meeting-western-wildfires-2021-06-30.md", "wh-background-press-call-russia-sanctions-2021-04-15.md")


@pytest.fixture(scope="module")
def four_qa(tmp_path_factory) -> TranscriptQA:
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("four") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in NAMES])
    return tqa


@pytest.mark.parametrize("question, asks", [
    ("when in the web vitals lecture does he talk about CLS", True),
    ("where in the agentic AI video does he explain the HR assistant", True),
    ("at what minute does the random forest lecture explain bootstrapping", True),
    ("When did Biden announce the sanctions?", False),
    ("Where in the world did the fires burn?", False),
])
def test_where_in_a_recording_something_is_said_is_a_time_asked(question, asks):
    assert answerable.asks_time_in_recording(question) is asks


def test_a_time_asked_in_a_timed_recording_is_answered_with_the_time_first(four_qa):
    answer = four_qa.ask("at what minute does the random forest lecture explain bootstrapping")
    assert answer.answerable and answer.citations[0].transcript == "i2ml-random-forest-bagging-lecture.srt"
    assert answer.answer.startswith("At 00:")
    assert "minute" not in answerable.asked_words("at what minute does the lecture explain bootstrapping")


@pytest.mark.parametrize("question, who", [
    ("tell me what Newsom said about the fires", ["Newsom"]),
    ("what Newsom said about mutual aid", ["Newsom"]),
    ("give me everything Lamport said about Paxos", ["Lamport"]),
    ("what was said by Newsom about fires", ["Newsom"]),
    ("Did Newsom agree with what the President had said?", []),  # Newsom agrees: the President is no source
    ("What free trade agreement did Lavrov mention?", ["Lavrov"]),  # `_WHO`'s form, not hidden by the new one
    ("What benchmark does the bagging lecture show?", ["the bagging lecture"]),  # as `_WHO` reads it
])
def test_who_speaks_is_read_in_a_relative_clause(question, who):
    assert answerable.named_sources(question)[0] == who


def test_what_someone_said_in_a_relative_clause_cites_their_turn(four_qa):
    answer = four_qa.ask("what Newsom said about mutual aid")
    assert answer.citations[0].speaker == "GOVERNOR NEWSOM"
    assert "mutual aid system" in answer.citations[0].highlight
    summary = four_qa.ask("summarize what newsom said")  # "summarize" is no topic of his turns
    assert summary.citations[0].speaker == "GOVERNOR NEWSOM"


@pytest.mark.parametrize("question, phrase", [
    ("When was the wildfire meeting held?", "in the wildfire meeting"),
    ("what date was the suga press conference", "in the suga press conference"),
    ("On what day did the sanctions call take place?", "in the sanctions call"),
    ("what date was the press conference with Selakovic", "in the press conference with Selakovic"),
    ("When was the meeting on western wildfires held?", "in the meeting on western wildfires"),
    ("When did Biden announce the sanctions?", None),
    ("When was the fire season longest?", None),
])
def test_a_question_of_a_recordings_date_is_read(question, phrase):
    assert order.recording_date_asked(question) == phrase


def test_a_recordings_date_is_answered_from_the_index(four_qa):
    answer = four_qa.ask("On what day did the sanctions call take place?")
    # "sanctions" is a word of the file name alone, not of the title ("... Officials on Russia")
    assert answer.answerable and "dated 2021-04-15" in answer.note
    assert answer.answer.startswith("Thursday, 15 April 2021")  # the answer line says the date first
    assert answer.citations[0].transcript == "wh-background-press-call-russia-sanctions-2021-04-15.md"
    undated = four_qa.ask("when was the agentic ai video published")  # a caption file keeps no date
    assert "Read from the recording's date" not in (undated.note or "")
    # ... and none of its passages says one: declined, not answered with any year the search finds
    assert not undated.answerable and "has no date in the index" in undated.note


@pytest.mark.parametrize("question, kind", [
    ("who is speaking here", ""),
    ("Who is speaking in this video?", ""),
    ("who is talking about vaccines", None),  # who said something: the search's
])
def test_who_is_speaking_asks_who_speaks_in_the_recording(question, kind):
    assert order.speakers_asked(question) == kind


def test_a_first_questions_the_noun_said_by_its_first_passage_gets_no_note_that_it_points_back(four_qa):
    """34 answerable dev questions asked first carried "This question depends on an earlier one ('the sanctions'
    says which only in what came before), and there is none"; the recording is what "the sanctions" means."""
    answer = four_qa.ask("why were the sanctions imposed")
    assert "depends on an earlier one" not in (answer.note or "")
    assert "sanction" in answer.citations[0].text.lower()
    # ... but a pronoun that points back still says so
    assert "there is none" in (four_qa.ask("What did he say about the sanctions?").note or "")


def test_a_recording_named_by_who_it_was_with_gets_its_date(tmp_path):
    """Two press conferences: "the press conference with Selakovic" is the one whose title names him."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (
        "lavrov-selakovic-press-conference-2021-04-16.txt", "wh-biden-suga-press-conference-2021-04-16.md")])
    answer = tqa.ask("what date was the press conference with Selakovic")
    assert answer.answerable and answer.answer.startswith("Friday, 16 April 2021")
    assert answer.citations[0].transcript == "lavrov-selakovic-press-conference-2021-04-16.txt"
    suga = tqa.ask("When was the press conference with Suga?")
    assert suga.citations[0].transcript == "wh-biden-suga-press-conference-2021-04-16.md"


HEARING = """---
date: '2021-04-15'
title: "Town hall on the reservoir"
---

MAYOR ADAMS:  Good morning, everyone.  Thank you for coming.

MAYOR ADAMS:  We have a long agenda tonight on the reservoir, the pipes under Elm Street and the water rates for
next year, and I want every resident to be heard before the council votes.

CLERK RIVERA:  For the record, this hearing is held on April 15th, 2021, in the council chamber, and it is open to
the public.

RESIDENT KIM:  My water bill went up by a third last year and nobody explained why.
"""


def test_a_recordings_date_cites_a_passage_that_says_the_date(tmp_path):
    source = tmp_path / "town-hall-reservoir.md"
    source.write_text(HEARING, encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([source])
    answer = tqa.ask("When was the reservoir meeting held?")
    assert answer.answerable and answer.answer.startswith("Thursday, 15 April 2021")
    assert "April 15th, 2021" in answer.citations[0].text
    assert "a passage that says that date is cited" in answer.note


def test_an_undated_recordings_date_is_read_from_a_passage_that_says_one(tmp_path):
    source = tmp_path / "reservoir-hearing.txt"  # a plain text file: no front matter, no date in its name
    source.write_text(HEARING.split("---", 2)[2].replace("April 15th, 2021", "March 3rd"), encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([source])
    answer = tqa.ask("When was the reservoir hearing held?")
    assert answer.answerable and "March 3rd" in answer.citations[0].text
    assert "has no date in the index" in answer.note
