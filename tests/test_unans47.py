"""unans47: a figure or date asked of a place or year, answered only by a sentence tied to it (`figure_rival`)."""
from qa.answerable import (DECLINE_RULES, DeclineRule, FIGURE_RIVAL_SIMILARITY, decide, figure_rival,
                           _places_asked_any_case)
from qa.types import Evidence

OREGON = "We lost nine lives, more than 4,000 homes, and nearly 2,000 other structures."
OREGON_PASSAGE = "Last year, my state of Oregon had more than 2,000 fires that burned over a million acres. " + OREGON
FTA = "In the autumn of 2019, the EAEU and Serbia signed a free trade agreement."


def test_places_read_in_any_case_but_not_sources_or_peoples():
    assert _places_asked_any_case("nevada death toll from the fires last year?") == ["Nevada"]
    assert _places_asked_any_case("north korea uranium enrichment, to what percent") == ["North Korea"]
    assert _places_asked_any_case("How often is there a mass shooting, according to Biden?") == []
    assert _places_asked_any_case("the russian minister said something about a serbian oil company") == []


def test_a_figure_said_of_another_place_or_year_is_rivalled():
    assert figure_rival("How many lives did Nevada lose last year?", [OREGON], [OREGON_PASSAGE]) == ["Nevada"]
    assert figure_rival("During which season of 2020 was the EAEU-Serbia trade pact signed?", [FTA], [FTA]) == ["2020"]


def test_a_figure_tied_to_the_question_or_with_no_rival_is_not():
    assert figure_rival("How many lives did Oregon lose last year?", [OREGON], [OREGON_PASSAGE]) == []
    assert figure_rival("In what season of 2019 did the EAEU and Serbia sign their deal?", [FTA], [FTA]) == []
    # no place or year asked; or no figure of the kind asked in the first passage
    assert figure_rival("How many lives were lost last year?", [OREGON], [OREGON_PASSAGE]) == []
    # the place said two sentences before the figure is no longer its window: no rival read
    assert figure_rival("How many lives did Nevada lose?", [OREGON], ["Oregon burned. It was hot. " + OREGON]) == []
    assert figure_rival("How many lives did Nevada lose?", ["We talked about the fires."], ["We talked."]) == []


def test_decide_declines_below_the_gate_with_a_note():
    evidence = Evidence(cosine=FIGURE_RIVAL_SIMILARITY - 0.05, sentence=None, coverage=1.0, transcript_coverage=1.0,
                        top_coverage=1.0,
                        expected="number", figure_rival=("Nevada",))
    verdict = decide(evidence)
    assert not verdict.answerable and verdict.rule == "figure-rival" and "figure-rival" in DECLINE_RULES
    assert "another place or time than Nevada" in verdict.note
    above = Evidence(cosine=FIGURE_RIVAL_SIMILARITY + 0.05, sentence=None, coverage=1.0, transcript_coverage=1.0,
                     top_coverage=1.0,
                     expected="number", figure_rival=("Nevada",))
    assert decide(above, DeclineRule()).rule != "figure-rival"
