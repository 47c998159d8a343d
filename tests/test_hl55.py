"""A yes/no question's verdict said by affirming, without a turning word or a negation: a unit after the highlight
shown that takes a stand or says what is to come (`qa.cite.affirms`: `states`, `prospects`), after a highlight that
does neither, is taken into the highlight shown with all of it (`qa.cite.verdict_after`, VERDICT_STATES); a yes/no
question that asks of what is to come gives such a unit PROSPECT_WEIGHT (`qa.cite.asks_ahead`). Shown only: what is
cited stays (docs/retrieval.md, "hl55")."""

import pytest

import qa.cite as cite
from bench import constants
from qa.cite import affirms, asks_ahead, prospects, read_question, verdict_after

SIGNED = "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."
CLOSE = "We are close to completing the procedures required for the agreement to take effect."
YES_NO = read_question("Is the trade deal with the Eurasian union in force?")


def test_a_unit_affirms_by_a_stand_or_by_what_is_to_come():
    texts = [CLOSE, SIGNED, "We expect the launch of production in Belgrade scheduled for May.",
             "The impact will last for years to come.", "I think that these are very dangerous games.",
             "We will respond accordingly as well.", "Will it take effect?", "They met in April."]
    assert prospects(texts).tolist() == [1, 0, 1, 1, 0, 1, 1, 0]
    assert affirms(texts).tolist() == [1, 0, 1, 1, 1, 1, 0, 0]  # a unit that asks does not affirm


def test_an_affirming_verdict_after_is_taken_with_all_of_the_highlight():
    texts = [SIGNED, CLOSE, "Thank you."]
    with constants(cite, VERDICT_STATES=0):
        assert verdict_after(YES_NO, texts, 0, 0, 2, 0, 1) is None
    with constants(cite, VERDICT_STATES=1):
        assert verdict_after(YES_NO, texts, 0, 0, 2, 0, 1) == (0, 1)
        assert verdict_after(YES_NO, texts, 0, 0, 0, 0, 1) is None  # not past the cited window
        assert verdict_after(YES_NO, [CLOSE, CLOSE], 0, 0, 1, 0, 1) is None  # the highlight affirms already
        assert verdict_after(YES_NO, [SIGNED, "Will it take effect?"], 0, 0, 1, 0, 1) is None  # it asks
        assert verdict_after(read_question("What did the EAEU and Serbia sign?"), texts, 0, 0, 2, 0, 1) is None
        with constants(cite, VERDICT_WORDS=20):  # 13 + 14 words: the start is never moved to make room
            assert verdict_after(YES_NO, texts, 0, 0, 2, 0, 1) is None
            assert verdict_after(YES_NO, [SIGNED, "But it is not in force."], 0, 0, 1, 0, 1) == (0, 1)


def test_a_question_asks_ahead_by_its_wording():
    assert asks_ahead("Is Serbia going to produce the Russian vaccine?")
    assert asks_ahead("Is the free trade agreement in force yet?")
    assert asks_ahead("Will Russia respond?")
    assert not asks_ahead("Did Serbia sign a free trade agreement?")
    with constants(cite, PROSPECT_WEIGHT=0.5):
        assert read_question("Is Serbia going to produce the Russian vaccine?").ahead
        assert not read_question("What is Serbia going to produce?").ahead  # not a yes/no question
    with constants(cite, PROSPECT_WEIGHT=0.0):
        assert not read_question("Is Serbia going to produce the Russian vaccine?").ahead


@pytest.fixture(scope="module")
def lavrov_qa(seed_qa):
    return seed_qa


def test_the_affirming_verdict_is_shown_after_what_sets_the_matter_out(lavrov_qa):
    question = "Is the trade deal with the Eurasian union in force?"
    with constants(cite, VERDICT_STATES=0):
        off = lavrov_qa.ask(question).citations[0]
    with constants(cite, VERDICT_STATES=1):
        on = lavrov_qa.ask(question).citations[0]
    assert "signed a free trade agreement" in off.highlight and "close to completing" not in off.highlight
    assert "signed a free trade agreement" in on.highlight and "close to completing" in on.highlight
    assert len(on.highlight.split()) <= cite.VERDICT_WORDS
    assert (on.start_char, on.end_char) == (off.start_char, off.end_char)  # what is cited stays


def test_a_question_of_what_is_to_come_takes_the_unit_that_says_it_where_prospect_weight(lavrov_qa):
    question = "Is Serbia going to produce the Russian vaccine?"  # a UI try: off as shipped (docs/retrieval.md)
    with constants(cite, PROSPECT_WEIGHT=0.0):
        off = lavrov_qa.ask(question).citations[0]
    with constants(cite, PROSPECT_WEIGHT=1.0):
        on = lavrov_qa.ask(question).citations[0]
    assert "vaccination rate" in off.highlight and "scheduled for May" not in off.highlight
    assert "scheduled for May" in on.highlight and "vaccination rate" not in on.highlight
