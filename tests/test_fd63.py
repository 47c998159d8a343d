"""A word of what a question asks about that the transcripts hold only in another form (fd63): written with accents
the transcripts do not write ("attachés", "régime": `OTHER_FORM_ACCENTS`, on), or with another ending of the same
root ("environmental" of "environment": `OTHER_FORM_DERIVED`, off), it is found in that form by the topic rule and the
source-silent rule; a question whose other words are said nowhere still declines."""

from __future__ import annotations

import pytest

import qa.answerable as answerable


def said(citations, words: str) -> bool:
    """Whether one of `citations` says `words` (its text's line breaks read as spaces)."""
    return any(words in " ".join(c.text.split()) for c in citations)


def test_a_word_written_with_accents_is_found_without_them(seed_qa, monkeypatch):
    question = "What did Lavrov say about military attachés driving around unannounced?"  # seed-3041
    monkeypatch.setattr(answerable, "OTHER_FORM_ACCENTS", False)
    before = seed_qa.ask(question)
    assert not before.answerable and "speaks of military attachés" in before.note
    monkeypatch.setattr(answerable, "OTHER_FORM_ACCENTS", True)
    answer = seed_qa.ask(question)
    assert answer.answerable
    assert said(answer.citations[:1], "military attache office travelled")


def test_a_named_source_says_the_word_without_its_accents(eight_qa, monkeypatch):
    question = "What did the official say about the Putin régime?"  # dev-fd63-012 (batch C)
    monkeypatch.setattr(answerable, "OTHER_FORM_ACCENTS", False)
    before = eight_qa.ask(question)
    assert not before.answerable and "does not speak of this" in before.note
    monkeypatch.setattr(answerable, "OTHER_FORM_ACCENTS", True)
    answer = eight_qa.ask(question)
    assert answer.answerable
    assert said(answer.citations[:3], "Putin regime")


@pytest.mark.parametrize("question", [
    "What did the official say about régime change in Belarus?",  # dev-un-5610: "Belarus" is said nowhere
    "What did Lamport say about internal combustion engines?",  # dev-un-5611: "intern" only in the agentic AI video
])
def test_what_is_said_nowhere_still_declines(eight_qa, monkeypatch, question):
    monkeypatch.setattr(answerable, "OTHER_FORM_ACCENTS", True)
    monkeypatch.setattr(answerable, "OTHER_FORM_DERIVED", True)
    assert not eight_qa.ask(question).answerable


def test_another_ending_of_the_root_is_read_only_when_on(eight_qa, monkeypatch):
    # dev-fd63-006 (batch B): the official says "the difficult operating environment in Afghanistan"
    question = "What did the official say about the environmental difficulties of operating in Afghanistan?"
    monkeypatch.setattr(answerable, "OTHER_FORM_DERIVED", False)
    before = eight_qa.ask(question)
    assert not before.answerable and "environmental" in before.evidence.source_unsaid
    monkeypatch.setattr(answerable, "OTHER_FORM_DERIVED", True)
    answer = eight_qa.ask(question)
    assert answer.answerable and "environmental" not in answer.evidence.source_unsaid
    assert said(answer.citations[:1], "operating environment in Afghanistan")


@pytest.mark.parametrize("question", [
    "What did Lamport say about lateral thinking?",  # dev-un-5603 (batch A): "later" is no root of "lateral" (6)
    "What did Biden say about Oregon's statehood?",  # dev-un-5604: "-hood" is no ending read
])
def test_a_short_root_or_a_noun_of_state_is_no_other_form(eight_qa, monkeypatch, question):
    monkeypatch.setattr(answerable, "OTHER_FORM_DERIVED", True)
    assert not eight_qa.ask(question).answerable


def test_a_person_noun_is_no_other_form_of_the_field(eight_qa, monkeypatch):
    # dev-un-3178: the lecture says "statistics", never which statistician invented bagging
    monkeypatch.setattr(answerable, "OTHER_FORM_DERIVED", True)
    assert not eight_qa.ask("the lecture mentioned some statistician who invented bagging, who was it").answerable
