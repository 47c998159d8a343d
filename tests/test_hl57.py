"""Outside caption files the highlight shown may take the unit after its best unit in place of the unit before it
(`qa.cite.neighbour_after`, NEIGHBOUR_AFTER_SHARE): a speaker names the topic in the question's words and answers in
words of their own after it; shown only: the matched units, the citation's span and its rank stay (docs/retrieval.md,
"hl57")."""

import numpy as np
import pytest

import qa.cite as cite
from bench import constants
from qa.cite import neighbour_after

LEAD = "We focused on various aspects of cooperation between Serbia and the Eurasian Economic Union (EAEU)."
BEST = "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."
AFTER = "We are close to completing the procedures required for the agreement to take effect."
TEXTS = [LEAD, BEST, AFTER]


def test_the_unit_after_the_best_takes_the_place_of_the_unit_before_where_it_scores_enough():
    scores = np.array([0.8, 1.0, 0.6], np.float32)
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0.6):
        assert neighbour_after(TEXTS, scores, 0, 1, 1, 2) == (1, 2)
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0.8):
        assert neighbour_after(TEXTS, scores, 0, 1, 1, 2) == (0, 1)  # 0.6 < 0.8 * 0.8: kept


def test_the_highlight_is_kept_where_the_rule_cannot_read_it():
    scores = np.array([0.8, 1.0, 0.9], np.float32)
    with constants(cite, NEIGHBOUR_AFTER_SHARE=0.6):
        assert neighbour_after(TEXTS, scores, 1, 2, 1, 2) == (1, 2)  # the neighbour after was taken already
        assert neighbour_after(TEXTS, scores, 0, 1, 1, 1) == (0, 1)  # the unit after is outside the cited window
        asking = [LEAD, BEST, "Is the agreement in effect?"]
        assert neighbour_after(asking, scores, 0, 1, 1, 2) == (0, 1)  # a unit that asks is no answer
        long = [LEAD, BEST, AFTER + " " + " ".join(["word"] * 20)]
        assert neighbour_after(long, scores, 0, 1, 1, 2) == (0, 1)  # the best and it over MAX_UNIT_WORDS
