"""The unit after the best one that opens by pointing back to it and says a word of the question the best unit lacks
takes the highlight from it when the two do not fit in one (`qa.cite.adds_asked`, ADDING_HANDOVER_SHARE;
docs/retrieval.md, "hl42")."""

import numpy as np

import qa.cite as cite
from bench import constants
from qa.cite import adds_asked, highlight_units, read_question

COMMITTEE = ("We place a great deal of importance on the continued work of the Russian-Serbian Intergovernmental "
             "Committee on trade, economic, scientific and technological cooperation.")
CO_CHAIRS = ("Its co-chairs have already had three in-person meetings in the past few months where a wide range of "
             "issues were discussed, including additional measures to restore the steady upward trend in trade, "
             "which diminished last year for obvious reasons.")
TRADE_QUESTION = "What happened to Russian-Serbian trade last year?"


def test_a_unit_opening_on_what_the_one_before_named_and_saying_more_of_the_question_adds_to_it():
    assert adds_asked(read_question(TRADE_QUESTION), [COMMITTEE, CO_CHAIRS]).tolist() == [0, 1]
    # "In this way, they ..." and "This practice ..." open by pointing back too
    asked = read_question("By how much do the short visits boost the Americans' capacity in Russia?")
    texts = ["The Americans send several hundreds of employees on short-term trips to Russia every year.",
             "In this way, they substantially increase (double or more) their capacity to work in Russia."]
    assert adds_asked(asked, texts).tolist() == [0, 1]


def test_no_word_of_the_question_beyond_the_unit_before_or_no_pointing_back_at_the_opening_adds_nothing():
    # every word of the question the second unit says, the first says too
    asked = read_question("Which committee's continued work does Russia attach great importance to?")
    assert adds_asked(asked, [COMMITTEE, CO_CHAIRS]).tolist() == [0, 0]
    trade = read_question(TRADE_QUESTION)
    # a word that points back inside the unit, not at its opening; "That said" opens as many clauses as it points back
    inside = "The co-chairs met three times, and in this way trade diminished last year."
    assert adds_asked(trade, [COMMITTEE, inside]).tolist() == [0, 0]
    assert adds_asked(trade, [COMMITTEE, "That said, trade diminished last year."]).tolist() == [0, 0]
    assert adds_asked(trade, [CO_CHAIRS]).tolist() == [0]
    assert adds_asked(read_question("?"), [COMMITTEE, CO_CHAIRS]).tolist() == [0, 0]


def test_the_adding_unit_takes_the_highlight_only_when_the_two_do_not_fit_and_it_scores_its_share():
    adds = np.array([0, 1], np.float32)
    assert highlight_units([COMMITTEE, CO_CHAIRS], np.array([1.0, 0.6]), None, None, adds) == (1, 1)
    assert highlight_units([COMMITTEE, CO_CHAIRS], np.array([1.0, 0.4]), None, None, adds) == (0, 0)
    assert highlight_units([COMMITTEE, CO_CHAIRS], np.array([1.0, 0.6])) == (0, 0)
    short = ["The committee met.", "Its co-chairs restored trade last year."]  # the two fit: a pair, as before
    assert highlight_units(short, np.array([1.0, 0.6]), None, None, adds) == (0, 1)


def test_through_the_api_the_trade_of_last_year_is_highlighted_not_the_committee_that_names_it(seed_qa):
    first = seed_qa.ask(TRADE_QUESTION).citations[0]
    assert first.highlight.startswith("Its co-chairs have already had three in-person meetings")
    with constants(cite, ADDING_HANDOVER_SHARE=2.0):
        before = seed_qa.ask(TRADE_QUESTION).citations[0]
    assert before.highlight.startswith("We place a great deal of importance")
    assert "diminished last year" not in before.highlight
