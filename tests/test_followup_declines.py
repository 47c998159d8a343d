"""Unanswerable follow-ups (ufup37, docs/retrieval.md "ufup37"): a follow-up's own question is judged as it is when
asked alone: a sum asked of "it" is looked for with what the earlier question asked about, and a figure asked by its
measure ("what was his score") must be given."""

import pytest

from qa.answerable import figure_subject

GRANT = "Fifty billion dollars. And today, I’m announcing a $37 million federal grant to Sonoma County, California."


def test_a_sum_asked_of_it_is_looked_for_with_what_the_earlier_question_asked_about():
    # "How much does it cost?" names nothing of its own: its subject is the earlier question's
    assert figure_subject("How much does it cost?", [GRANT], [GRANT], "What new app is the EPA launching?") is False
    assert figure_subject("How much does it cost?", [GRANT], [GRANT], "How big is the Sonoma County grant?") is True
    # a follow-up's own word of its subject is what is looked for; the earlier question's are not needed then
    assert figure_subject("How much money did Sonoma get?", [GRANT], [GRANT],
                          "What new app is the EPA launching?") is True
    # asked alone, with no subject and no earlier question: nothing to judge by
    assert figure_subject("How much does it cost?", [GRANT], [GRANT]) is None


def test_a_rate_never_given_is_declined_after_history_and_one_given_is_answered(wildfires_qa):
    # the Lava Fire is named ("the largest of the wildfires"), how fast it grows never is
    growth = wildfires_qa.ask("what was its growth rate", history=["what did newsom say about the lava fire"])
    assert growth.history_used and not growth.answerable
    assert growth.evidence.measure == "growth rate" and growth.evidence.measure_found is False
    pay = wildfires_qa.ask("what's their hourly rate", history=["what did biden say about federal firefighter pay"])
    assert pay.answerable and "$13 an hour" in pay.citations[0].text


def test_a_cost_never_given_is_declined_and_one_given_is_answered(wildfires_qa):
    app = wildfires_qa.ask("How much does it cost?", history=["What new app is the EPA launching?"])
    assert app.history_used and not app.answerable and app.evidence.figure_subject is False
    grant = wildfires_qa.ask("and how much is it", history=["what grant is biden announcing for sonoma county"])
    assert grant.answerable and "$37 million" in grant.citations[0].text
