"""Outside caption files the highlight shown may take the unit after its best unit in place of the unit before it
(`qa.cite.neighbour_after`, NEIGHBOUR_AFTER_SHARE): a speaker names the topic in the question's words and answers in
words of their own after it; shown only: the matched units, the citation's span and its rank stay (docs/retrieval.md,
"hl57")."""

import numpy as np

import qa.cite as cite
from bench import constants
from qa.cite import neighbour_after

LEAD = "We focused on various aspects of cooperation between Serbia and the Eurasian Economic Union (EAEU)."
BEST = "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."
AFTER = "We are close to completing the procedures required for the agreement to take effect."
TEXTS = [LEAD, BEST, AFTER]
SCORES = np.array([0.8, 1.0, 0.6], np.float32)
OVERLAPS = np.array([0.3, 0.5, 0.3], np.float32)
QUESTION = "Has the free trade agreement that Serbia signed with the EAEU taken effect?"


def test_the_unit_after_the_best_takes_the_place_of_the_unit_before_where_it_scores_enough():
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0.6):
        assert neighbour_after(TEXTS, SCORES, OVERLAPS, 0, 1, 1, 2) == (1, 2)  # 0.6 >= 0.6 * 0.8
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0.8):
        assert neighbour_after(TEXTS, SCORES, OVERLAPS, 0, 1, 1, 2) == (0, 1)  # 0.6 < 0.8 * 0.8: kept


def test_the_highlight_is_kept_where_the_rule_cannot_read_it():
    assert neighbour_after(TEXTS, SCORES, OVERLAPS, 1, 2, 1, 2) == (1, 2)  # the neighbour after was taken already
    assert neighbour_after(TEXTS, SCORES, OVERLAPS, 0, 1, 1, 1) == (0, 1)  # the unit after is outside the window
    asking = [LEAD, BEST, "Is the agreement in effect?"]
    assert neighbour_after(asking, SCORES, OVERLAPS, 0, 1, 1, 2) == (0, 1)  # a unit that asks is no answer
    long = [LEAD, BEST, AFTER + " " + " ".join(["word"] * 20)]
    assert neighbour_after(long, SCORES, OVERLAPS, 0, 1, 1, 2) == (0, 1)  # the best and it over MAX_UNIT_WORDS
    fewer = np.array([0.3, 0.5, 0.2], np.float32)
    assert neighbour_after(TEXTS, SCORES, fewer, 0, 1, 1, 2) == (0, 1)  # it says less of the question than before


def test_a_chain_that_points_back_keeps_the_unit_before():
    chain = ["Its main stakeholder and investor is Gazprom Neft.", "NIS is an engine of Serbia's economy.",
             "Last year the company accounted for 13 percent of the country's budget revenues."]
    assert neighbour_after(chain, SCORES, OVERLAPS, 0, 1, 1, 2) == (0, 1)  # the unit before opens with "Its"
    back = [LEAD, "This should be universal practice nationwide.", AFTER]
    assert neighbour_after(back, SCORES, OVERLAPS, 0, 1, 1, 2) == (0, 1)  # the best opens with "This"


def test_through_the_api_the_answer_after_the_named_topic_is_shown(seed_qa):
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0.6):  # off as shipped (docs/retrieval.md, "hl57")
        first = seed_qa.ask(QUESTION).citations[0]
    assert AFTER in first.highlight
    assert len(first.highlight.split()) <= cite.MAX_UNIT_WORDS
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0):
        before = seed_qa.ask(QUESTION).citations[0]
    assert AFTER not in before.highlight and LEAD in before.highlight
    assert (before.rank, before.start_char, before.end_char) == (first.rank, first.start_char, first.end_char)
