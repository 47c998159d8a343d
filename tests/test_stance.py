"""The sentence after one that restates the question takes the highlight when it takes a stand (a reason, a view,
an intent) and the restating one does not (`qa.cite.stance_after`; docs/retrieval.md, "The sentence after a
restating one, by what it adds")."""

import numpy as np

import qa.cite as cite
from bench import constants

RESTATES = "Speaking about personalities, the Americans added eight Russian government officials to a sanctions list."
ANSWERS = "Today we will publish a list of eight officials representing the upper echelons of the administration."
OTHER = "The list is long."


def test_states_finds_a_view_or_an_intent_and_a_reason_only_when_asked_to():
    units = [RESTATES, ANSWERS, "We believe this is wrong.", "We did it because they asked.", OTHER]
    assert cite.states(units).tolist() == [0, 1, 1, 0, 0]
    assert cite.states(units, ("reason", "opinion", "intent")).tolist() == [0, 1, 1, 1, 0]


def test_a_restating_unit_that_states_nothing_passes_the_highlight_to_the_stance_after_it():
    texts = [OTHER, RESTATES, ANSWERS]
    scores = np.array([0.2, 1.0, 0.8])
    overlaps = np.array([0.0, 0.6, 0.4])
    # the two fit in 40 words: the highlight is both; the best unit alone before
    assert cite.stance_after(texts, scores, overlaps, best=1, first=1, last=1) == (1, 2)
    # the unit after is already in the highlight, or scores under STANCE_HANDOVER_SHARE of the best: no move
    assert cite.stance_after(texts, scores, overlaps, best=1, first=1, last=2) is None
    assert cite.stance_after(texts, np.array([0.2, 1.0, 0.6]), overlaps, best=1, first=1, last=1) is None
    # a best unit that does not restate (under RESTATED_SHARE of the question's words), or states something itself
    assert cite.stance_after(texts, scores, np.array([0.0, 0.4, 0.4]), best=1, first=1, last=1) is None
    assert cite.stance_after([OTHER, "We will add them.", ANSWERS], scores, overlaps, best=1, first=1, last=1) is None
    # a reason after a restating unit elaborates on it ("When does it take effect?": the date, not the rationale)
    dated = ["The prohibitions come into effect on June 14.", "The rationale for this date is to allow time to adapt."]
    assert cite.stance_after(dated, np.array([1.0, 0.9]), np.array([0.6, 0.2]), best=0, first=0, last=0) is None
    # two that do not fit in 40 words: the stance alone
    long = RESTATES + " It did so under pressure from the lobby, from the media and from a number of other voices."
    assert cite.stance_after([OTHER, long, ANSWERS], scores, overlaps, best=1, first=0, last=1) == (2, 2)


def test_the_seeds_how_many_question_is_highlighted_where_the_list_is_announced(seed_qa):
    question = "And how many US officials will Russia put on its sanctions list?"
    first = seed_qa.ask(question, k=1).citations[0]
    assert "Today we will publish a list of eight officials" in first.highlight
    with constants(cite, STANCE_HANDOVER_SHARE=2.0):  # without the rule: the sentence about the Americans' list
        before = seed_qa.ask(question, k=1).citations[0]
    assert "Today we will publish" not in before.highlight
