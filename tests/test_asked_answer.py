"""A highlight that ends on a unit that asks (a speaker's own question, "Now what is the definition of CLS?") takes
in the unit after it, the answer the speaker goes on to give (`qa.cite.answer_to_asking`; docs/retrieval.md, "A
question the speaker answers")."""

import pytest

import qa.cite as cite
from bench import constants
from qa.api import TranscriptQA
from tests.conftest import shared_transcript_qa

WHY = "That's why our CLS should be as low as possible."
ASKS = "Now what is the definition of CLS?"
ANSWER = "Cumulative layout shift means how much is shifting while the page is loading."


def test_a_highlight_ending_on_a_question_takes_its_answer():
    texts = [WHY, ASKS, ANSWER]
    assert cite.answer_to_asking(texts, 0, 1) == (0, 2)  # the highlight with the answer: they fit in 40 words
    assert cite.answer_to_asking(texts, 1, 1) == (1, 2)
    long_answer = ANSWER[:-1] + " " + " ".join(["and the layout moves"] * 10) + "."
    assert cite.answer_to_asking([WHY, ASKS, long_answer], 1, 1) == (2, 2)  # the question alone: the answer alone
    assert cite.answer_to_asking([WHY, ASKS, long_answer], 0, 1) is None  # the best unit is kept


def test_a_highlight_is_kept_when_it_does_not_end_on_a_question_or_the_next_unit_asks_too():
    assert cite.answer_to_asking([WHY, ASKS, ANSWER], 1, 2) is None  # the answer is already in
    assert cite.answer_to_asking([ASKS, WHY, ANSWER], 0, 1) is None  # ends on a statement
    assert cite.answer_to_asking([WHY, ASKS, "And what is LCP?"], 0, 1) is None  # a second question, no answer
    assert cite.answer_to_asking([WHY, ASKS], 0, 1) is None  # nothing after it
    assert cite.answer_to_asking([], 0, 0) is None


@pytest.fixture(scope="module")
def lecture_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, "core-web-vitals-lecture-whisper.json")


def test_what_is_cls_is_highlighted_with_the_lecturers_answer(lecture_qa):
    first = " ".join(lecture_qa.ask("What is CLS?").citations[0].highlight.split())
    assert "Cumulative layout shift means" in first
    with constants(cite, ASKED_ANSWER=False):  # without the rule: the sentence before and the question
        before = " ".join(lecture_qa.ask("What is CLS?").citations[0].highlight.split())
    assert "Cumulative layout shift means" not in before
