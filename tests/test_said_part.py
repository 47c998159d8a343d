"""A part of a recording named by what is said in it ("according to the opening statement", "the joint statement")
is no one who speaks and no recording: the question is judged as if it did not name it (docs/retrieval.md, "A part
of a recording named as the source"). Real seed index and model."""

from __future__ import annotations

import pytest

from qa.answerable import named_sources


@pytest.mark.parametrize("question, who", [
    ("according to the opening statement, which kind of big projects matter most?", []),
    ("According to the joint statement, what did the two leaders oppose?", []),
    ("According to Lavrov's remarks, what matters most?", ["Lavrov's remarks"]),
    ("According to the Foreign Ministry's statement, what was approved?", ["the Foreign Ministry's statement"]),
    ("According to the officials, what was approved?", ["the officials"]),
])
def test_a_part_of_a_recording_is_not_read_as_who_speaks(question, who):
    assert named_sources(question)[0] == who


def test_a_question_scoped_to_the_opening_statement_is_answered_from_it(seed_qa):
    """It was declined: "The opening statement does not speak of this in these transcripts." (seed-2001)"""
    answer = seed_qa.ask("according to the opening statement, which kind of big projects matter most for the "
                         "economic relationship?")
    assert answer.answerable
    assert "large, landmark projects" in answer.citations[0].highlight
