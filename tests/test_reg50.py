"""A superlative asked that no transcript says (reg50): "What was the deadliest wildfire in Oregon's history?" asks for
the one thing a passage ranks first by a measure; where neither the first passages nor any transcript says the
superlative or its adjective in any form, the question is declined below a best-highlight similarity
(`DeclineRule.superlative_similarity`). Off as shipped (`SUPERLATIVE_READ`): its confirm batch did not move."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import DECLINE_RULES, DeclineRule, superlative_note, superlatives_asked


@pytest.mark.parametrize("question, asked", [
    ("What was the deadliest wildfire in Oregon's history?", ["deadliest"]),
    ("Which was the slowest website the lecturer tested?", ["slowest"]),
    ("Who owns the biggest stake in NIS?", ["biggest"]),
    ("What is its worst feature?", ["worst"]),
    ("What made Sonoma the earliest applicant?", ["earliest"]),
    ("What is the interest rate?", []),  # a noun that ends as a superlative does
    ("Did they walk through the forest?", []),
    ("What was the most expensive wildfire?", []),  # "most X": its adjective is what is said
    ("Which fire was largest?", []),  # no determiner: not read
])
def test_the_superlatives_a_question_asks(question, asked):
    assert superlatives_asked(question) == asked


def test_the_note_names_the_superlative():
    note = superlative_note(("deadliest",))
    assert note.startswith("No transcript here says 'deadliest'") and "\n" not in note
    assert "superlative" in DECLINE_RULES


@pytest.mark.parametrize("question, unsaid", [
    ("What was the deadliest wildfire in Oregon's history?", ("deadliest",)),  # dev-un-4539
    ("Which was the slowest website the lecturer tested?", ("slowest",)),  # dev-un-4540
])
def test_a_superlative_no_transcript_says_is_declined(eight_qa, question, unsaid, monkeypatch):
    monkeypatch.setattr(answerable, "SUPERLATIVE_READ", False)  # as shipped: answered
    answer = eight_qa.ask(question)
    assert answer.evidence.superlative_unsaid == () and answer.answerable
    monkeypatch.setattr(answerable, "SUPERLATIVE_READ", True)
    answer = eight_qa.ask(question)
    assert answer.evidence.index_terms >= DeclineRule().unheld_min_terms
    assert answer.evidence.superlative_unsaid == unsaid
    assert answer.evidence.sentence < DeclineRule().superlative_similarity
    assert not answer.answerable and not answer.citations
    assert answer.note.startswith(f"No transcript here says '{unsaid[0]}'")


def test_a_superlative_said_or_said_otherwise_is_answered(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "SUPERLATIVE_READ", True)
    # dev-hl45-9: "earliest" is said nowhere; the highlight says it otherwise ("they were the first to apply"), and is
    # nearer the question than the gate
    answer = eight_qa.ask("What made Sonoma the earliest applicant for FEMA's fire mitigation funding?")
    assert answer.evidence.superlative_unsaid == ("earliest",)
    assert answer.evidence.sentence >= DeclineRule().superlative_similarity
    assert answer.answerable and "first to apply" in answer.citations[0].highlight
    # dev-reg50-012: "largest" is said
    answer = eight_qa.ask("Which is the largest of the wildfires in Siskiyou County?")
    assert answer.evidence.superlative_unsaid == () and answer.answerable
