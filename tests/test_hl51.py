"""Outside caption files the highlight shown takes in up to CONTINUED_GROW units after it that go on about it (each
points back to what came before it and does not ask) while the whole stays within MAX_UNIT_WORDS and the cited window
(`qa.cite.continued_after`); shown only: the matched units stay (docs/retrieval.md, "hl51")."""

import pytest

import qa.cite as cite
from bench import constants
from qa.cite import continued_after

from .conftest import shared_transcript_qa

LEAD = "There is much talk about President Biden's proposal to hold a bilateral summit."
BEST = "We have already responded positively to it."
AFTER = "Now we are studying different aspects of this initiative."
QUESTION = "Where does Russia stand now on the summit Biden proposed?"


def test_the_highlight_takes_in_the_unit_after_that_points_back_while_the_whole_fits():
    texts = [LEAD, BEST, AFTER, "What about the sanctions?", " ".join(["word"] * 35)]
    assert continued_after(texts, 0, 1, 1, 4) == 2  # 13 + 7 + 9 words; "this initiative" points back
    assert continued_after(texts, 0, 1, 0, 4) == 1  # CONTINUED_GROW 0: nothing
    assert continued_after(texts, 0, 1, 1, 1) == 1  # not past the cited window
    assert continued_after(texts, 2, 2, 1, 4) == 2  # a question after the highlight asks: not taken in
    assert continued_after([LEAD, AFTER + " " + " ".join(["word"] * 20)], 0, 0, 1, 1) == 0  # over MAX_UNIT_WORDS
    assert continued_after(texts, 4, 4, 1, 4) == 4  # nothing after the last unit


def test_a_unit_after_that_does_not_point_back_is_taken_in_only_with_continued_only_off():
    texts = [BEST, "Sectoral sanctions have been announced as regards Russian national debt."]
    assert continued_after(texts, 0, 0, 1, 1) == 0
    with constants(cite, CONTINUED_ONLY=False):
        assert continued_after(texts, 0, 0, 1, 1) == 1


@pytest.fixture(scope="module")
def lavrov_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "lavrov-selakovic-press-conference-2021-04-16.txt")


def test_through_the_api_the_sentence_that_goes_on_about_the_highlight_is_shown_with_it(lavrov_qa):
    first = lavrov_qa.ask(QUESTION).citations[0]
    assert AFTER in first.highlight
    assert len(first.highlight.split()) <= cite.MAX_UNIT_WORDS
    with constants(cite, CONTINUED_GROW=0):
        before = lavrov_qa.ask(QUESTION).citations[0]
    assert AFTER not in before.highlight
    assert before.highlight in first.highlight  # grown after, over the same units first
    assert (before.rank, before.start_char, before.end_char) == (first.rank, first.start_char, first.end_char)
