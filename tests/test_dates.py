"""Dates in a question: the recording's date (front matter, header line) or a date said in the words."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.api import Settings, TranscriptQA
from qa.dates import dates_asked, dates_in_words

COUNCIL = """---
title: "Town Council Meeting"
date: '2024-03-05'
---

CHAIR: The council voted tonight to raise the library budget by twelve percent, so that the reading rooms can stay
open on weekends.

TREASURER: The money comes from the parking fund, which had a surplus last year.
"""

COUNCIL_LATER = """---
title: "Town Council Meeting"
date: '2024-03-12'
---

CHAIR: Tonight the council cut the library budget by five percent, because the parking fund came in short.

TREASURER: The new branch on Elm Street still opens on April 2nd, as planned.
"""


@pytest.fixture(scope="module")
def council_qa(tmp_path_factory) -> TranscriptQA:
    """Two meetings of one council a week apart, on the same topic, their dates only in their front matter."""
    folder: Path = tmp_path_factory.mktemp("council")
    (folder / "council-early.md").write_text(COUNCIL, encoding="utf-8")
    (folder / "council-late.md").write_text(COUNCIL_LATER, encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / "council-early.md", folder / "council-late.md"])
    return tqa


@pytest.mark.parametrize("question, asked", [
    ("What sanctions were announced on April 15?", [("April 15", None, 4, 15, None)]),
    ("What did Lavrov say on 16 April 2021?", [("16 April 2021", 2021, 4, 16, None)]),
    ("What was said at the Wednesday, June 30 meeting?", [("Wednesday, June 30", None, 6, 30, 2)]),
    ("What happened in June 2021?", [("June 2021", 2021, 6, None, None)]),
    ("What did he say on 2021-04-16?", [("2021-04-16", 2021, 4, 16, None)]),
    ("What was said on Friday?", [("Friday", None, None, None, 4)]),
    ("What may happen next?", []),  # "may" is a verb
    ("How much did prices rise in 2020, by 15%?", [("2020", 2020, None, None, None)]),
])
def test_the_dates_a_question_writes_are_read_with_their_parts(question, asked):
    assert [(d.text, d.year, d.month, d.day, d.weekday) for d in dates_asked(question)] == asked


def test_a_date_matches_a_recorded_date_when_every_part_it_gives_agrees():
    [friday_16] = dates_asked("on Friday, April 16")
    [june] = dates_asked("in June 2021")
    assert friday_16.matches("2021-04-16") and not friday_16.matches("2021-04-15")
    assert june.matches("2021-06-30") and not june.matches("2020-06-30") and not june.matches(None)


def test_recorded_dates_are_said_days_of_one_month_together():
    assert dates_in_words(["2021-06-30", "2021-04-16", "2021-04-15"]) == "15 and 16 April 2021, 30 June 2021"


def test_a_question_naming_a_transcripts_recorded_date_is_answered_from_that_transcript(council_qa):
    # "March" and "5" are said in neither meeting: the date is the first meeting's, in its front matter alone
    answer = council_qa.ask("What did the council decide about the library budget on March 5?")
    assert answer.answerable, answer.note
    assert answer.citations[0].transcript == "council-early.md"
    assert "raise the library budget" in answer.citations[0].highlight


def test_the_other_recorded_date_steers_to_the_other_transcript(council_qa):
    answer = council_qa.ask("What did the council decide about the library budget on March 12, 2024?")
    assert answer.answerable, answer.note
    assert answer.citations[0].transcript == "council-late.md"


def test_a_date_no_transcript_carries_nor_says_is_declined_with_the_dates_they_have(council_qa):
    answer = council_qa.ask("What did the council decide about the library budget on March 19?")
    assert not answer.answerable
    assert answer.note == ("No transcript here is dated 19 March, and none says it; these are dated 5 and 12 March "
                           "2024.")


def test_a_date_said_in_the_words_is_found_there(council_qa):
    answer = council_qa.ask("What happens on April 2?")
    assert answer.answerable, answer.note
    assert "April 2nd" in answer.citations[0].highlight
