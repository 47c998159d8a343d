"""The form of answer a question asks, read from its wording, and the hand-over from a restating best unit to the
first unit after it that gives that form (`qa.cite.asked_form`, `gives_form`, `form_after`, FORM_HANDOVER_SHARE,
FORM_REACH; docs/retrieval.md "hl46")."""

import numpy as np
import pytest

import qa.cite as cite
from bench import constants


@pytest.mark.parametrize("question, form", [
    ("Why does Russia object to the Americans' short trips?", "mechanism"),
    ("How does the bakery algorithm avoid writers clashing?", "mechanism"),
    ("What makes large projects demand a more formal approach?", "mechanism"),
    ("By what means is the programme funded?", "mechanism"),
    ("On what grounds were the ten expelled?", "mechanism"),
    ("What does Lamport mean by mutual exclusion?", "definition"),
    ("What does LCP stand for?", "definition"),
    ("What is largest contentful paint?", "definition"),
    ("How do I fix layout shift?", "procedure"),
    ("What should you do before writing code?", "procedure"),
    ("What are US companies told to do about their suppliers?", "procedure"),
    # a figure, a stance, a state, a yes or no: no form of this kind
    ("How many diplomats will leave?", None),
    ("How does Biden feel about the pay?", None),
    ("How did Lavrov rate the talks?", None),
    ("How is Serbia doing with vaccinations?", None),
    ("Does Russia know why the Americans send so many short-term staff?", None),
    ("Who runs the exercise?", None),
    ("", None),
])
def test_the_asked_form_is_read_from_the_wording(question, form):
    assert cite.asked_form(question) == form


def test_a_unit_gives_the_form_by_its_cues():
    units = ["In this way, they substantially increase their capacity to work in Russia.",
             "We do not engage in this practice, so we are introducing parity on this issue.",
             "The Americans completely ignore the requirement to send such notifications.",
             "And that's called mutual exclusion.",
             "So you have to let only one process at a time use the printer.",
             "So write."]
    assert cite.gives_form("mechanism", units).tolist() == [1, 1, 0, 0, 0, 0]
    assert cite.gives_form("definition", units).tolist() == [0, 0, 0, 1, 0, 0]
    assert cite.gives_form("procedure", units).tolist() == [0, 0, 0, 0, 1, 1]
    assert cite.gives_form(None, units).tolist() == [0] * 6
    assert cite.gives_form("mechanism", []).tolist() == []


RESTATES = ("The second disparity in this area is as follows: in addition to their embassy and consular personnel the "
            "Americans send several hundreds of employees on short-term trips to Russia every year.")
GIVES = ("In this way, they substantially increase (double or more) their capacity to work in Russia, with goals that "
         "are not always above board.")
OTHER = "We are well aware of this."
WHY = cite.Asked(frozenset(), form="mechanism")


def test_the_unit_that_gives_the_asked_form_takes_the_highlight_from_a_restating_best_unit():
    texts = [OTHER, RESTATES, GIVES, OTHER]
    scores, overlaps = np.array([0.2, 1.0, 0.8, 0.3]), np.array([0.0, 0.6, 0.2, 0.0])
    with constants(cite, FORM_HANDOVER_SHARE=0.7, FORM_REACH=2):
        # the two run over 40 words: the unit that gives the reason alone
        assert cite.form_after(WHY, texts, scores, overlaps, best=1, first=1, last=1) == (2, 2)
        # not when it scores under the share, the best unit restates less, or the question asks no form
        assert cite.form_after(WHY, texts, np.array([0.2, 1.0, 0.6, 0.3]), overlaps, 1, 1, 1) is None
        assert cite.form_after(WHY, texts, scores, np.array([0.0, 0.4, 0.2, 0.0]), 1, 1, 1) is None
        assert cite.form_after(cite.Asked(frozenset()), texts, scores, overlaps, 1, 1, 1) is None
        # nor when the best unit gives the form itself, or the unit is in the highlight already
        assert cite.form_after(WHY, [OTHER, GIVES, GIVES, OTHER], scores, overlaps, 1, 1, 1) is None
        assert cite.form_after(WHY, texts, scores, overlaps, best=1, first=1, last=2) is None
    with constants(cite, FORM_HANDOVER_SHARE=2.0):
        assert cite.form_after(WHY, texts, scores, overlaps, best=1, first=1, last=1) is None


def test_the_reach_and_the_unit_passed_over():
    texts = [RESTATES, OTHER, GIVES]
    scores = np.array([1.0, 0.3, 0.8])
    with constants(cite, FORM_HANDOVER_SHARE=0.7, FORM_REACH=1):
        assert cite.form_after(WHY, texts, scores, np.array([0.6, 0.0, 0.2]), 0, 0, 0) is None
    with constants(cite, FORM_HANDOVER_SHARE=0.7, FORM_REACH=2):
        assert cite.form_after(WHY, texts, scores, np.array([0.6, 0.0, 0.2]), 0, 0, 0) == (2, 2)
        # a unit passed over that holds more of the question's words may be the answer itself
        assert cite.form_after(WHY, texts, scores, np.array([0.6, 0.4, 0.2]), 0, 0, 0) is None


def test_a_short_restating_unit_and_the_answer_are_highlighted_together():
    texts = ["The Americans send staff on short trips.", "In this way, they double their capacity."]
    with constants(cite, FORM_HANDOVER_SHARE=0.7):
        assert cite.form_after(WHY, texts, np.array([1.0, 0.8]), np.array([0.6, 0.2]), 0, 0, 0) == (0, 1)


def test_the_form_is_read_into_the_question_only_where_the_rule_is_on():
    question = "Why does Russia object to the Americans' short trips?"
    with constants(cite, FORM_HANDOVER_SHARE=2.0):
        assert cite.read_question(question).form is None
    with constants(cite, FORM_HANDOVER_SHARE=0.7):
        assert cite.read_question(question).form == "mechanism"


def test_over_the_bundled_transcript_the_reason_after_the_restating_sentence_is_highlighted(seed_qa):
    question = "Why does Russia mind the Americans sending staff on short trips?"
    first = seed_qa.ask(question).citations[0]
    assert "In this way, they substantially increase" in first.highlight
    with constants(cite, FORM_HANDOVER_SHARE=2.0):
        before = seed_qa.ask(question).citations[0]
    assert "In this way" not in before.highlight
