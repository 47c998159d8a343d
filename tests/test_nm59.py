"""nm59: a question asked alone that asks a sum of money by its form (`qa.answerable.asks_sum`: a word of money and a
form that asks an amount: "How much does X cost?", "What salary does ...?", "How big is the X budget?") asks for a
sum; where the first citation's passage says none, nor the highlights of the next citations (`sum_unsaid`: no
currency sign or word, no "million" or "billion"), the topic is found and the sum asked is not said there:
`qa.answerable.SUM_UNSAID` declines it, the note saying what was looked for (a near miss)."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import SUM_NOTE, asks_sum, sum_unsaid


@pytest.mark.parametrize("question, asked", [
    ("How much does the N8N drag-and-drop tool cost?", True),
    ("What salary does the onboarding example assume for the intern?", True),
    ("how big is the 5G investment Biden and Suga announced", True),
    ("What do NOAA's fire-spotting satellites cost?", True),
    ("What budget does the Quad Vaccine Partnership have?", True),
    # no money named, a share, a change, a head noun that is not the sum, a person asked: no sum asked
    ("How big is the ruble-denominated sovereign debt market?", False),
    ("How much of the budget goes to wildfire prevention?", False),
    ("By how much did Biden's administration increase BRIC funding?", False),
    ("For which cost decision did Brown express her gratitude?", False),
    ("Who paid for the satellites?", False),
])
def test_a_sum_is_asked_by_the_question_form(question, asked):
    assert asks_sum(question) is asked


def _cited(text: str, highlight: str) -> tuple[str, int, int]:
    start = text.index(highlight)
    return text, start, start + len(highlight)


def test_a_sum_is_unsaid_where_no_passage_says_one():
    question = "What salary does the intern get?"
    intern = "Another question, onboard the new intern joining next Monday. This again requires multiple steps."
    laptop = "Then you want to order a laptop for the intern and create a ticket in the IT help desk."
    assert sum_unsaid(question, [_cited(intern, intern.split(". ")[0]), _cited(laptop, laptop)])
    # a sum anywhere in the first passage, or in a next highlight to SUM_DEPTH: not unsaid
    paid = "Another question, onboard the new intern joining next Monday. The intern is paid $20 an hour."
    assert not sum_unsaid(question, [_cited(paid, paid.split(". ")[0]), _cited(laptop, laptop)])
    grant = "We are giving them a grant of 3 million."
    assert not sum_unsaid(question, [_cited(intern, intern.split(". ")[0]), _cited(grant, grant)])
    # ... beyond SUM_DEPTH, not read
    far = [_cited(laptop, laptop)] * answerable.SUM_DEPTH + [_cited(grant, grant)]
    assert sum_unsaid(question, [_cited(intern, intern.split(". ")[0]), *far])
    # a count or a share is no sum
    count = "We hired 20 interns, about 10 percent of the staff."
    assert sum_unsaid(question, [_cited(count, count), _cited(laptop, laptop)])


def test_the_rule_off_reads_nothing(monkeypatch):
    intern = "Another question, onboard the new intern joining next Monday."
    monkeypatch.setattr(answerable, "SUM_UNSAID", False)
    assert not sum_unsaid("What salary does the intern get?", [_cited(intern, intern)])


def test_a_sum_never_said_of_the_topic_is_declined(eight_qa, monkeypatch):
    question = "What salary does the onboarding example assume for the intern?"  # dev-un-3603: the intern, no sum
    answer = eight_qa.ask(question)
    assert not answer.answerable and answer.note == SUM_NOTE and not answer.citations
    monkeypatch.setattr(answerable, "SUM_UNSAID", False)
    assert eight_qa.ask(question).answerable  # answered with the rule off
    monkeypatch.setattr(answerable, "SUM_UNSAID", True)
    # ... and where the sum is said, answered as before (dev-nm59-001)
    answer = eight_qa.ask("How much is the federal grant Biden announced for Sonoma County?")
    assert answer.answerable and "$37 million" in answer.citations[0].text


def test_how_much_a_sum_changed_asks_no_sum():
    # "four percent" answers it: the CI's test_ask_arguments found the sum check declining it
    assert not asks_sum("How much does the budget grow?")
    assert not asks_sum("How much will the budget go up?")
    assert asks_sum("How much does the N8N drag-and-drop tool cost?")
