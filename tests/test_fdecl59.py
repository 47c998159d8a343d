"""A named speaker who says each word of the question's topic in other words (fdecl59): where the source-silent rule
declines and the source leaves at least `DeclineRule.unsaid_words_least` words unsaid, each of them encoded alone is
compared with the words of the source's own passages encoded alone (`Evidence.unsaid_word_source`, the least of the
best cosines); at `UNSAID_WORD_SIMILARITY` or above the decline is answered as uncertain. Off (1.01), nothing is read
and the rule declines as on main; a single unsaid topic word, however near a word of the source, still declines."""

from __future__ import annotations

import pytest

import qa.answerable as answerable

ON = 0.65  # the threshold a trial sets (docs/retrieval.md "fdecl59")


@pytest.mark.parametrize("question, said", [
    ("What did Biden say about elderly neighbours?", None),  # dev-fdecl47-11: "seniors", "neighbors" (not first)
    ("What did Biden say about farmhands and builders in the heat?", "construction"),  # dev-fdecl47-9
])
def test_a_source_saying_each_word_otherwise_is_answered(eight_qa, monkeypatch, question, said):
    monkeypatch.setattr(answerable, "UNSAID_WORD_SIMILARITY", 1.01)  # off: main's decline, nothing read
    before = eight_qa.ask(question)
    assert not before.answerable and "does not speak of this" in before.note
    assert before.evidence.unsaid_word_source is None
    monkeypatch.setattr(answerable, "UNSAID_WORD_SIMILARITY", ON)
    answer = eight_qa.ask(question)
    assert len(answer.evidence.source_unsaid) >= 2
    assert answer.evidence.unsaid_word_source >= ON
    assert answer.answerable and answer.note.startswith("Uncertain:")
    assert answer.citations and (said is None or any(said in c.text for c in answer.citations[:3]))


@pytest.mark.parametrize("question", [
    "Did Biden talk about hurricanes at the press conference with Suga?",  # dev-un-2235: one word unsaid
    "what did the official say about the bank of england",  # dev-un-2535
])
def test_a_single_unsaid_word_still_declines(eight_qa, monkeypatch, question):
    monkeypatch.setattr(answerable, "UNSAID_WORD_SIMILARITY", ON)
    answer = eight_qa.ask(question)
    assert not answer.answerable
    assert answer.evidence.unsaid_word_source is None  # not read: one word is no sign


def test_the_least_of_the_words_decides(eight_qa, monkeypatch):
    # the gate reads the least near of the unsaid words: at a threshold above it, declined as off
    monkeypatch.setattr(answerable, "UNSAID_WORD_SIMILARITY", ON)
    near = eight_qa.ask("What did Biden say about elderly neighbours?").evidence.unsaid_word_source
    monkeypatch.setattr(answerable, "UNSAID_WORD_SIMILARITY", min(1.0, near + 0.01))
    answer = eight_qa.ask("What did Biden say about elderly neighbours?")
    assert answer.evidence.unsaid_word_source == pytest.approx(near, abs=1e-5)
    assert not answer.answerable


def test_a_connective_or_greeting_is_no_word_the_source_must_say(eight_qa, monkeypatch):
    question = "hey there! what do compatriots have to do with it, according to Lavrov?"  # seed-3928
    monkeypatch.setattr(answerable, "SOURCE_CONNECTIVES", False)  # main: declined for "hey"
    before = eight_qa.ask(question)
    assert "hey" in before.evidence.source_unsaid
    assert not before.answerable and "does not speak of this" in before.note
    monkeypatch.setattr(answerable, "SOURCE_CONNECTIVES", True)
    answer = eight_qa.ask(question)
    assert "hey" not in answer.evidence.source_unsaid
    assert answer.answerable
    assert any("compatriots" in c.text for c in answer.citations[:3])
