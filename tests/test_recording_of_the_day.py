"""A recording named by its date where two recordings share that day ("the April 16 press conference"): both are
that recording, not the one whose title happens to write the date (mend25, docs/retrieval.md)."""

from __future__ import annotations

import pytest

from qa.api import Settings, TranscriptQA
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def day_qa(tmp_path_factory) -> TranscriptQA:
    """The two press conferences of 16 April 2021 (../shared): Lavrov's title writes "April 16, 2021", the
    Biden-Suga conference's does not."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("recording-of-the-day") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (
        "lavrov-selakovic-press-conference-2021-04-16.txt", "wh-biden-suga-press-conference-2021-04-16.md")])
    return tqa


def test_a_dated_press_conference_is_each_one_of_that_day(day_qa):
    # was cited from Lavrov's conference alone: "April" and "16" of its title named it, not the other
    answer = day_qa.ask("What was said about the Olympics at the April 16 press conference?")
    assert answer.answerable, answer.note
    assert answer.citations[0].transcript == "wh-biden-suga-press-conference-2021-04-16.md"
    assert "Olympic" in answer.citations[0].highlight


def test_what_one_conference_of_the_day_says_is_not_declined(day_qa):
    # over all eight shared transcripts this was declined ("the April 16 press conference does not speak of
    # this": the source read as the Biden-Suga conference alone); over these two it was answered before too
    answer = day_qa.ask("What was said about Biden's proposed summit at the April 16 press conference?")
    assert answer.answerable, answer.note
    assert answer.citations[0].transcript == "lavrov-selakovic-press-conference-2021-04-16.txt"
    assert "bilateral summit" in answer.citations[0].highlight


def test_a_speaker_not_saying_it_at_either_conference_is_still_declined(day_qa):
    answer = day_qa.ask("in the april 16 press conference what did lavrov say about japan")
    assert not answer.answerable
    assert "Japan does not come up in what Lavrov says" in answer.note
