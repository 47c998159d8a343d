"""The stance after a restating unit, one or more units on (`qa.cite.stance_after`, STANCE_REACH; docs/retrieval.md
"hl45"): the first unit after the best that states a view or an intent takes the highlight, the units between
stating nothing; STANCE_REACH 1 is the rule as it was (the next unit only)."""

import numpy as np

import qa.cite as cite
from bench import constants

RESTATES = "Sectoral sanctions have been announced as regards Russian national debt and related transactions."
BETWEEN = "For obvious reasons, we do not have comparable levers of influence on the US on such a scale."
STANCE = "That said, our specialists think that the Russian economy can cope with this scale."
OTHER = "They will be also included on our sanctions list."
SCORES = np.array([0.6, 1.1, 0.6, 0.9])
OVERLAPS = np.array([0.2, 0.6, 0.0, 0.4])


def test_the_stance_two_units_on_takes_the_highlight_only_when_the_reach_allows():
    texts = [OTHER, RESTATES, BETWEEN, "That said, we think that the Russian economy can cope with this scale."]
    with constants(cite, STANCE_REACH=1):
        assert cite.stance_after(texts, SCORES, OVERLAPS, best=1, first=1, last=1) is None
    with constants(cite, STANCE_REACH=2):
        # the restating unit, the one between and the stance run over 40 words: the stance alone
        assert cite.stance_after(texts, SCORES, OVERLAPS, best=1, first=1, last=1) == (3, 3)


def test_a_view_voiced_for_the_speakers_own_people_states_only_with_the_switch():
    units = [STANCE, "My colleagues believe it.", "Our position is clear.", "Our think tank said so.",
             "Their experts think otherwise.", OTHER]
    assert cite.others_view(units).tolist() == [1, 1, 0, 0, 0, 0]
    with constants(cite, STANCE_OTHERS_VIEW=False):
        assert cite.states(units).tolist() == [0, 0, 1, 0, 0, 0]
    with constants(cite, STANCE_OTHERS_VIEW=True):
        assert cite.states(units).tolist() == [1, 1, 1, 0, 0, 0]
    texts = [OTHER, RESTATES, BETWEEN, STANCE]
    with constants(cite, STANCE_REACH=2, STANCE_OTHERS_VIEW=False):
        assert cite.stance_after(texts, SCORES, OVERLAPS, best=1, first=1, last=1) is None
        with constants(cite, STANCE_OTHERS_VIEW=True):
            assert cite.stance_after(texts, SCORES, OVERLAPS, best=1, first=1, last=1) == (3, 3)


def test_a_short_run_from_the_restating_unit_to_the_stance_is_highlighted_whole():
    texts = [OTHER, "Debt sanctions came.", "Nothing else.", "We think we can cope."]
    with constants(cite, STANCE_REACH=2):
        assert cite.stance_after(texts, SCORES, OVERLAPS, best=1, first=1, last=1) == (1, 3)


def test_no_move_past_the_highlight_a_low_score_or_a_restating_unit_that_states():
    texts = [OTHER, RESTATES, BETWEEN, STANCE]
    with constants(cite, STANCE_REACH=2):
        # a unit between already in the highlight
        assert cite.stance_after(texts, SCORES, OVERLAPS, best=1, first=1, last=2) is None
        # the stance scores under STANCE_HANDOVER_SHARE of the best
        assert cite.stance_after(texts, np.array([0.6, 1.1, 0.6, 0.5]), OVERLAPS, best=1, first=1, last=1) is None
        # the best unit does not restate, or states something itself
        assert cite.stance_after(texts, SCORES, np.array([0.2, 0.4, 0.0, 0.4]), best=1, first=1, last=1) is None
        stating = [OTHER, "We believe the debt sanctions will fail.", BETWEEN, STANCE]
        assert cite.stance_after(stating, SCORES, OVERLAPS, best=1, first=1, last=1) is None
        # nothing states within reach, or the best is the last unit
        assert cite.stance_after([OTHER, RESTATES, BETWEEN, OTHER], SCORES, OVERLAPS, best=1, first=1,
                                 last=1) is None
        assert cite.stance_after(texts[:2], SCORES[:2], OVERLAPS[:2], best=1, first=1, last=1) is None


def test_the_first_stating_unit_is_the_stance_even_when_the_reach_goes_further():
    texts = [OTHER, RESTATES, "We will answer in kind.", STANCE]
    with constants(cite, STANCE_REACH=3):
        assert cite.stance_after(texts, np.array([0.6, 1.1, 0.8, 0.9]), OVERLAPS, best=1, first=1,
                                 last=1) == (1, 2)


def test_a_unit_passed_over_that_says_more_of_the_question_keeps_the_highlight():
    texts = [OTHER, RESTATES, "The United States reserves the right to take further action.",
             "But we think the best course is to get off the ladder of escalation."]
    with constants(cite, STANCE_REACH=2):
        assert cite.stance_after(texts, SCORES, np.array([0.2, 0.6, 0.5, 0.1]), best=1, first=1, last=1) is None
        # the three fit in 40 words: the highlight runs from the restating unit to the stance
        assert cite.stance_after(texts, SCORES, np.array([0.2, 0.6, 0.1, 0.1]), best=1, first=1,
                                 last=1) == (1, 3)


def test_the_defaults_move_the_highlight_to_the_specialists_view_over_the_bundled_transcript(seed_qa):
    question = "Can the Russian economy handle the debt sanctions?"
    first = seed_qa.ask(question).citations[0]
    assert "our specialists think that the Russian economy can cope" in first.highlight
    with constants(cite, STANCE_REACH=1, STANCE_OTHERS_VIEW=False):
        before = seed_qa.ask(question).citations[0]
    assert "specialists" not in before.highlight
