"""Definition questions ("What is X?"): the term is read from the question, a unit that says what it is is told
from one that only names it, and over the real Core Web Vitals lecture the defining passage is cited first."""

from __future__ import annotations

import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.define import defined_term, defines
from tests.conftest import shared_path


@pytest.mark.parametrize("question, term", [
    ("What is largest contentful paint?", "largest contentful paint"),
    ("What does FID stand for?", "FID"),
    ("What is meant by first input delay?", "first input delay"),
    ("Define bagging.", "bagging"),
    ("What are base learners?", "base learners"),
    ("What is the SVR?", "SVR"),
    ("What are their names?", None),  # a possessive: not a term
    ("What is 17 times 23?", None),
    ("What is Marketing's presentation mainly about?", None),  # a possessive, ending in "about" (QMSum val)
    ("What is the first thing that comes in the core web vitals?", None),  # longer than a term
    ("Why is bagging called a homogeneous ensemble method?", None),
    ("", None),
])
def test_defined_term_reads_the_term_a_definition_question_asks_about(question, term):
    assert defined_term(question) == term


def test_a_unit_that_says_what_the_term_is_is_told_from_one_that_names_it():
    # the Core Web Vitals lecture's units (../shared/data/transcripts), as the brief's user met them
    texts = ["First Contextual Paint. Largest Contextual Paint.", "And LCP stands for Largest Contextual Paint.",
             "This means that if the user is viewing a page, then the biggest element on it."]
    assert defines("largest contentful paint", texts).tolist() == [0, 1, 1]  # the list alone gains nothing
    assert defines("FID", ["Which stands for First Input Delay."]).tolist() == [1]  # an acronym spelled out
    svr = "naming the Russian Foreign Intelligence Service — the SVR — as the perpetrator"
    assert defines("SVR", [svr]).tolist() == [1]  # an apposition
    # "This is called X." names what the unit before it says
    assert defines("cumulative layout shift", ["So we do not want our page to shift during loading time.",
                                               "This is called cumulative layout shift."]).tolist() == [1, 0]
    assert defines(None, texts).tolist() == [0, 0, 0]


def test_what_is_x_cites_the_passage_that_defines_x_first(tmp_path):
    lecture = shared_path("data", "transcripts", "core-web-vitals-lecture-whisper.json")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([lecture])
    first = tqa.ask("What is largest contentful paint?", k=3).citations[0]
    assert "This means that if the user is viewing a page, then the biggest element on it." in first.highlight
