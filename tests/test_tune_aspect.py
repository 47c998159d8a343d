"""The replay of bench/tune_aspect.py: its aspect rule at qa.cite's weight picks the highlight the product picks
(`highlight_scores` plus ASPECT_WEIGHT times `aspect_shares`), and the topic sentence is the unit closest to the mean
of the passage's units."""

import numpy as np
import pytest

from bench.tune_aspect import aspect_rule, centrality
from qa.cite import ASPECT_WEIGHT, aspect_shares, highlight_scores, highlight_units, read_question, takes_over
from qa.rerank import word_shares

TEXTS = ["In accordance with the Vienna convention, we are initiating a process to stop the practice of hiring "
         "citizens of Russia at American diplomatic missions.",
         "This practice is fairly widespread and used by the Americans on a large scale.",
         "We do not engage in this practice, so we are introducing parity on this issue.",
         "The second disparity in this area is as follows.",
         "We will suggest parity in this respect, say, 10 employees a year."]
QUESTIONS = ["How common is the hiring of Russian citizens at American diplomatic missions?",
             "Does Russia itself hire local citizens at its diplomatic missions?",
             "What will Russia suggest about parity in staff trips?", "What is Sputnik V?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_aspect_rule_at_qa_cites_weight_picks_the_products_highlight(question):
    asked = read_question(question)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(TEXTS), 8))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosines = np.linspace(0.7, 0.2, len(TEXTS))
    overlaps = word_shares(asked.stems, TEXTS)
    scores = highlight_scores(asked, TEXTS, cosines, overlaps)
    call = dict(vectors=vectors, cosines=cosines, overlaps=overlaps)
    product = highlight_units(TEXTS, scores + ASPECT_WEIGHT * aspect_shares(asked.stems, TEXTS, vectors),
                              takes_over(asked, TEXTS))
    assert aspect_rule(ASPECT_WEIGHT)(asked, TEXTS, scores, call) == product


def test_the_most_central_unit_is_the_one_closest_to_the_units_mean():
    vectors = np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]])  # the mean points between the first two
    assert int(np.argmax(centrality(vectors))) == 1
