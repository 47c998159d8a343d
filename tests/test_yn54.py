"""A yes/no question's verdict said without a contrast word: a unit that negates (`qa.cite.negates`) right before
the highlight shown, which negates nothing, is taken into it (`qa.cite.verdict_before`, VERDICT_BEFORE); after it,
where VERDICT_NEGATES, as hl53's turning verdict (`qa.cite.verdict_after`); a reply word ("No, ...") read where
VERDICT_REPLIES (`qa.cite.opens_reply`). Shown only: what is cited stays (docs/retrieval.md, "yn54")."""

import pytest

import qa.cite as cite
from bench import constants
from qa.cite import negates, opens_reply, read_question, verdict_after, verdict_before

VERDICT = "We do not force our services on anyone, especially not on our friends."
LEAD = "Let me stress again, we are prepared to support any position taken by Serbia."
YES_NO = read_question("Does Russia push its services on Serbia?")


def test_a_unit_negates_by_a_negative_word_and_a_reply_opens_with_a_reply_word():
    texts = [VERDICT, "You're not gonna get it right.", "There's no substitute for it.", "It never happened.",
             "We agreed to remain in contact.", "Notably, it works.", "Nobody came."]
    assert negates(texts).tolist() == [1, 1, 1, 1, 0, 0, 1]
    assert opens_reply(["No, it's not going to be too long.", "**Leslie Lamport:** No.", "Yes.", "Nobody came.",
                        "Yesterday it rained.", "Of course, check it out."]).tolist() == [1, 1, 1, 0, 0, 1]


def test_the_verdict_before_a_yes_no_highlight_is_taken_in_while_it_fits():
    texts = [VERDICT, LEAD, "Thank you."]
    with constants(cite, VERDICT_BEFORE=1):
        assert verdict_before(YES_NO, texts, 1, 1, 0, 1) == (0, 1)
        assert verdict_before(YES_NO, texts, 1, 1, 1, 1) is None  # not before the cited window
        assert verdict_before(YES_NO, [VERDICT, VERDICT], 1, 1, 0, 1) is None  # the highlight negates already
        assert verdict_before(YES_NO, ["Did we force anyone not to?", LEAD], 1, 1, 0, 1) is None  # it asks
        assert verdict_before(YES_NO, ["We agreed to remain in contact.", LEAD], 1, 1, 0, 1) is None  # no verdict
        wh = read_question("What does Russia offer Serbia?")
        assert verdict_before(wh, texts, 1, 1, 0, 1) is None  # not a yes/no question
        assert verdict_before(YES_NO, texts, 1, 2, 0, 1) == (0, 2)  # the shown end kept when it fits
        with constants(cite, VERDICT_WORDS=28):  # 13 + 14 + 2 words
            assert verdict_before(YES_NO, texts, 1, 2, 0, 1) == (0, 1)  # cut back to the matched units' last
        with constants(cite, VERDICT_WORDS=20):
            assert verdict_before(YES_NO, texts, 1, 2, 0, 1) is None


def test_a_negating_verdict_after_is_read_only_where_verdict_negates():
    texts = [LEAD, VERDICT]
    with constants(cite, VERDICT_NEGATES=0):
        assert verdict_after(YES_NO, texts, 0, 0, 1, 0, 1) is None  # no contrast word: hl53's rule alone
        assert verdict_after(YES_NO, [LEAD, "Yes, that is right."], 0, 0, 1, 0, 1) is None
        with constants(cite, VERDICT_REPLIES=1):
            assert verdict_after(YES_NO, [LEAD, "Yes, that is right."], 0, 0, 1, 0, 1) == (0, 1)
    with constants(cite, VERDICT_NEGATES=1):
        assert verdict_after(YES_NO, texts, 0, 0, 1, 0, 1) == (0, 1)
        assert verdict_after(YES_NO, [VERDICT, VERDICT], 0, 0, 1, 0, 1) is None  # the highlight negates already


@pytest.fixture(scope="module")
def lavrov_qa(seed_qa):
    return seed_qa


def test_the_verdict_said_first_is_shown_with_what_explains_it(lavrov_qa):
    question = "Does Russia push its services on Serbia?"
    with constants(cite, VERDICT_BEFORE=0):
        off = lavrov_qa.ask(question).citations[0]
    with constants(cite, VERDICT_BEFORE=1):
        on = lavrov_qa.ask(question).citations[0]
    assert "we are prepared to support" in off.highlight and "force our services" not in off.highlight
    assert "we are prepared to support" in on.highlight and "force our services" in on.highlight
    assert len(on.highlight.split()) <= cite.VERDICT_WORDS
    assert (on.start_char, on.end_char) == (off.start_char, off.end_char)  # what is cited stays
