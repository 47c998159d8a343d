"""A sentence that closes the speaker's part ("And I will leave it at that and turn it over \\[senior administration
official\\].") points back but never takes the highlight from the answer before it, and words in an editorial
bracket do not count as the question's (`qa.cite.closes`, `qa.cite.spoken`; docs/retrieval.md, "A hand-over to a
sentence that points back")."""

import numpy as np
import pytest

import qa.cite as cite
from bench import constants
from qa.api import TranscriptQA
from tests.conftest import shared_transcript_qa

ANSWER = ("On the question of the PNGs: The United States is expelling these 10 Russian individuals because we have "
          "determined that they were acting in a manner inconsistent with their status in the United States.")
CLOSING = "And I will leave it at that and turn it over \\[senior administration official\\]."
COMMENT = "And we will continue to hold those companies accountable for that behavior of theirs over the years."


def test_spoken_leaves_out_editorial_brackets_plain_or_escaped():
    assert cite.spoken(CLOSING).split() == "And I will leave it at that and turn it over .".split()
    assert cite.spoken("So [laughs] it works \\[20:10\\] well.").split() == "So it works well.".split()
    assert cite.spoken("an [unclosed bracket stays") == "an [unclosed bracket stays"


def test_closes_reads_the_formulas_that_end_a_speakers_part_and_nothing_else():
    closing = [CLOSING, "I will stop there and turn it over to my colleagues.",
               "And, with that, I’ll turn it over for your questions.", "That’s all."]
    other = [ANSWER, COMMENT, "Along with that, there are core web vitals.", "We will turn over the documents.",
             "That’s what this is about.", "It is contrary to the agreement."]
    assert cite.closes(closing).tolist() == [1] * len(closing)
    assert cite.closes(other).tolist() == [0] * len(other)


def test_a_closing_unit_does_not_take_over_nor_take_the_stance_after_a_restating_answer():
    asked = cite.read_question("Which Russian officials were expelled?")
    texts = ["Good afternoon.", ANSWER, CLOSING]
    assert cite.takes_over(asked, texts).tolist() == [0, 1, 0]  # the answer refers back ("these")
    assert cite.takes_over(asked, ["Good afternoon.", ANSWER, COMMENT]).tolist() == [0, 1, 1]
    scores = np.array([0.1, 0.98, 0.81])
    assert cite.highlight_units(texts, scores, cite.takes_over(asked, texts), 1) == (0, 1)
    assert cite.stance_after(texts, scores, np.array([0.0, 0.67, 0.0]), 1, 0, 1) is None
    with constants(cite, CLOSING_TAKES_OVER=True):  # without the rule: handed over, and a stance ("I will ...")
        assert cite.highlight_units(texts, scores, cite.takes_over(asked, texts), 1) == (2, 2)
        assert cite.stance_after(texts, scores, np.array([0.0, 0.67, 0.0]), 1, 0, 1) == (2, 2)


@pytest.fixture(scope="module")
def press_call_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_the_expelled_officials_are_highlighted_not_the_hand_over_after_them(press_call_qa):
    question = "Which Russian officials were expelled?"
    first = " ".join(press_call_qa.ask(question).citations[0].highlight.split())
    assert "is expelling these 10 Russian individuals" in first
    assert "leave it at that" not in first
    with constants(cite, CLOSING_TAKES_OVER=True, EDITORIAL_WORDS=True):  # before: the closing formula
        before = press_call_qa.ask(question).citations[0]
    assert before.highlight.startswith("And I will leave it at that")
