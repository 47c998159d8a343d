"""lead49 (on since ref65's mend of the count's place check, `COUNTED_COUNTRY_OWN`): "us" right after "how many", or
"US" written in capitals, in what "how many" counts is the country, not the pronoun (`qa.answerable.COUNTED_US`): "How
many US troops are on Okinawa?" asked no count before (the count read stopped at "us", a function word) and was
answered from a passage that counts nothing."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import answer_type, counted_words


@pytest.mark.parametrize(("question", "counted"), [
    ("how many US troops are on Okinawa", ["us", "troops"]),
    ("how many us diplomats does russia want out", ["us", "diplomats"]),
    ("How many people does the company employ?", ["people"]),
    ("how many of us were there", []),  # the pronoun, after "of"
    ("how many were killed", []),
])
def test_us_after_how_many_is_the_country(question, counted, monkeypatch):
    monkeypatch.setattr(answerable, "COUNTED_US", True)  # its reading (on as shipped since ref65)
    assert counted_words(question) == counted


def test_us_read_as_a_pronoun_when_the_reading_is_off(monkeypatch):
    monkeypatch.setattr(answerable, "COUNTED_US", False)
    assert counted_words("how many US troops are on Okinawa") == []
    assert answer_type("how many US troops are on Okinawa") is None


@pytest.mark.parametrize("question", [
    "how many US troops are on Okinawa",  # dev-un-6045: Okinawa is said, no troops are counted
    "How many US senators took part in the wildfire meeting?",  # dev-un-6048
])
def test_a_count_of_us_things_never_given_is_declined(eight_qa, monkeypatch, question):
    monkeypatch.setattr(answerable, "COUNTED_US", True)
    answer = eight_qa.ask(question)
    assert not answer.answerable and not answer.citations
    monkeypatch.setattr(answerable, "COUNTED_US", False)
    assert eight_qa.ask(question).answerable  # main's reading: answered


@pytest.mark.parametrize(("question", "said"), [
    ("How many US diplomats does Lavrov say Russia will ask to leave?", "10 US diplomats"),
    ("how many US federal agencies got compromised in the SolarWinds hack?", "nine federal agencies"),
])
def test_a_count_of_us_things_that_is_given_is_answered(eight_qa, monkeypatch, question, said):
    monkeypatch.setattr(answerable, "COUNTED_US", True)
    answer = eight_qa.ask(question)
    assert answer.answerable and said in answer.citations[0].text


# lead49, second part: a question that stands alone is no longer read as pointing back for a dummy "it", an
# existential "there" or a bare plural before "they"/"their" (`qa.conversation.DUMMY_MORE`, `BARE_PLURAL_REFERENT`)
import qa.conversation as conversation  # noqa: E402
from qa.conversation import dependence  # noqa: E402


def _known(word: str) -> bool:
    return True


@pytest.mark.parametrize("question", [
    "Does it matter much which way you aggregate the classifier outputs?",  # dev-rank27-32
    "Is it guaranteed that Google or Bing shows the description you put in meta DESC?",  # dev-hl45-37
    "What does it mean that bagging is model agnostic?",  # dev-rank47-34
    "Will there be new rules for how federal agencies buy software?",  # dev-exch-06
    "wasnt there a date when the bond ban kicks in, sometime in june?",  # dev-half41-29
    "How far may junior envoys go from their posting before the hosts must be told?",  # dev-para26-3
    "Under what condition can seasonal firefighters work beyond their term?",  # dev-reg50-007
    "Are trips by diplomats beyond their host city going to be banned?",  # seed-2743
])
def test_a_question_that_stands_alone_does_not_point_back(question, monkeypatch):
    assert dependence(question, _known) is None
    monkeypatch.setattr(conversation, "DUMMY_MORE", False)
    monkeypatch.setattr(conversation, "BARE_PLURAL_REFERENT", False)
    assert dependence(question, _known) is not None  # main's reading: a wrong note


@pytest.mark.parametrize("question", [
    "How many homes did they lose?",  # conv-dev-2585: "they" did the losing; the homes are no referent
    "how many days do they have to leave",  # seed-1893
    "What is it good for?",  # conv-dev-2594: no clause after "good"
    "what kind of things do they do",
    "What are their names?",
    "does it matter?",
])
def test_a_question_that_points_back_still_does(question):
    assert dependence(question, _known) is not None


def test_the_wrong_note_is_gone_from_an_answer(eight_qa):
    answer = eight_qa.ask("Under what condition can seasonal firefighters work beyond their term?")
    assert answer.answerable and "depends on an earlier one" not in (answer.note or "")
