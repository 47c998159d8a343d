"""A yes/no question's verdict said after the sentence that sets the matter out: the highlight shown takes in the first
of VERDICT_REACH units after its last that opens by turning against what came before it ("But ...", "However ...":
`qa.cite.turns_against`), no unit between asking, the whole within MAX_UNIT_WORDS and the cited window
(`qa.cite.verdict_after`); shown only: the matched units stay (docs/retrieval.md, "hl53")."""

import pytest

import qa.cite as cite
from bench import constants
from qa.cite import read_question, turns_against, verdict_after

from .conftest import shared_transcript_qa

LEAD = "We were debating raking policies, literally, debating raking policies in this country in the last few years."
VERDICT = "But we, our eyes are wide open."
YES_NO = read_question("Is California still stuck debating raking policies?")


def test_a_unit_turns_against_what_came_before_by_its_opening_word():
    texts = [VERDICT, "However, in terms of the tooling, it's still used.", "And yet it moves.", "Still, it works.",
             "That said, our specialists think it can cope.", "Still images are fine.", "Butter is sold out.",
             "It is simple, but powerful."]
    assert turns_against(texts).tolist() == [1, 1, 1, 1, 1, 0, 0, 0]


def test_the_verdict_after_a_yes_no_question_is_taken_in_while_the_whole_fits():
    texts = [LEAD, VERDICT, "By the way, I'm here in your forests."]
    assert verdict_after(YES_NO, texts, 0, 0, 2, 0, 2) == (0, 1)
    assert verdict_after(YES_NO, texts, 0, 0, 2, 0, 0) is None  # VERDICT_REACH 0: nothing
    assert verdict_after(YES_NO, texts, 0, 0, 0, 0, 2) is None  # not past the cited window
    wh = read_question("What were they debating in this country in the last few years?")
    assert verdict_after(wh, texts, 0, 0, 2, 0, 2) is None  # not a yes/no question


def test_the_verdict_is_found_two_units_on_unless_a_unit_between_asks():
    middle = "Nobody wants that."
    with constants(cite, VERDICT_NEGATES=0):  # yn54: else the negating middle unit is itself a verdict
        assert verdict_after(YES_NO, [LEAD, middle, VERDICT], 0, 0, 2, 0, 2) == (0, 2)
        assert verdict_after(YES_NO, [LEAD, middle, VERDICT], 0, 0, 2, 0, 1) is None  # reach 1
    assert verdict_after(YES_NO, [LEAD, "Who wants that?", VERDICT], 0, 0, 2, 0, 2) is None


def test_a_highlight_too_long_keeps_its_matched_units_and_drops_only_what_was_shown_before_them():
    opening = " ".join(["word"] * 20) + "."
    texts = [opening, LEAD, VERDICT]  # 21 + 18 + 7 words: over 40 from the opening, 25 from the lead
    with constants(cite, VERDICT_WORDS=40):
        assert verdict_after(YES_NO, texts, 0, 1, 2, 1, 2) == (1, 2)  # the opening was shown, not matched
        assert verdict_after(YES_NO, texts, 0, 1, 2, 0, 2) is None  # the matched units open with it: kept, too long
    assert verdict_after(YES_NO, texts, 0, 1, 2, 0, 2) == (0, 2)  # VERDICT_WORDS 50: it fits
    with constants(cite, VERDICT_KEEPS=False, VERDICT_WORDS=40):
        assert verdict_after(YES_NO, texts, 0, 1, 2, 0, 2) == (1, 2)


@pytest.fixture(scope="module")
def wildfires_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-biden-meeting-western-wildfires-2021-06-30.md")


def test_the_verdict_on_a_yes_no_question_is_shown_after_the_sentence_that_states_the_matter(wildfires_qa):
    question = "Is California still stuck debating raking policies?"
    on = wildfires_qa.ask(question).citations[0]
    with constants(cite, VERDICT_REACH=0):
        off = wildfires_qa.ask(question).citations[0]
    assert "debating raking policies" in off.highlight and "eyes are wide open" not in off.highlight
    assert "debating raking policies" in on.highlight and "eyes are wide open" in on.highlight
    assert len(on.highlight.split()) <= cite.VERDICT_WORDS
    assert (on.start_char, on.end_char) == (off.start_char, off.end_char)  # what is cited stays
