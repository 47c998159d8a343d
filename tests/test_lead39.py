"""lead39 (session s39): a "when" that asks a condition asks no time; who speaks is read without a verb and clause of
its own ("What does Selakovic mean when he says ...") (docs/retrieval.md "lead39")."""
import pytest

import qa.answerable
from qa.answerable import (answer_type, asks_condition, asks_description, expected_answer, figure_noun_asked,
                            measure_asked, named_sources)
from tests.conftest import meeting_qa


@pytest.fixture(autouse=True)
def condition_when_on(monkeypatch):
    # measured, not adopted (docs/retrieval.md "lead39": batch B lost an unanswerable question the time rule had
    # declined): the rule is off in the product and on here, where it is tested
    monkeypatch.setattr(qa.answerable, "CONDITION_WHEN", True)


@pytest.mark.parametrize("question", [
    "When should you reach for TLA+, according to Lamport?", "when do you not need stuttering insensitivity?",
    "When should I change the title of my page?", "when would you pick a random forest over one tree?",
    "When is it worth using bagging?", "when to use an agent", "ok when does it make sense to cache pages?"])
def test_a_when_of_advice_or_habit_asks_a_condition_not_a_time(question):
    assert asks_condition(question)
    assert answer_type(question) is None and expected_answer(question) is None


@pytest.mark.parametrize("question", [
    "When did Lamport join Microsoft?", "When do the prohibitions take effect?", "when should the sanctions start?",
    "when will we see the list?", "when should we expect the list", "When is its production supposed to start?"])
def test_a_when_of_an_event_still_asks_a_time(question):
    assert not asks_condition(question)
    assert expected_answer(question) == "time"


@pytest.fixture(scope="module")
def advice(tmp_path_factory):
    return meeting_qa(tmp_path_factory.mktemp("lead39"), "talk.txt",
                      "Presenter: Use a page cache whenever the same page is requested again and again by many "
                      "visitors.",
                      "Presenter: The new billing system ships on March 3rd, after the audit.")


def test_a_condition_asked_with_when_is_answered_by_the_situation(advice):
    # before, the question was read as asking a time, and declined: "No passage found gives the time asked for"
    answer = advice.ask("When should you use a page cache?")
    assert answer.answerable
    assert "page cache whenever" in answer.citations[0].highlight


def test_a_time_asked_with_when_is_still_answered_by_the_date(advice):
    answer = advice.ask("When does the new billing system ship?")
    assert answer.answerable and "March 3rd" in answer.citations[0].highlight


@pytest.mark.parametrize("question, source", [
    ("What does Selakovic mean when he says Serbia is a reliable partner?", "Selakovic"),
    ("What did Lavrov think when he heard of the sanctions?", "Lavrov"),
    ("What did Newsom say about the heat?", "Newsom")])
def test_who_speaks_is_read_without_a_verb_and_clause_of_its_own(question, source):
    assert named_sources(question)[0] == [source]


def test_the_note_names_the_absent_speaker_alone(seed_qa):
    # before: "Nobody named Selakovic mean when he speaks in these transcripts"
    note = seed_qa.ask("What does Selakovic mean when he says Serbia is a reliable partner?").note
    assert "Nobody named Selakovic speaks" in note and "mean when" not in note


@pytest.mark.parametrize("question, described", [
    ("what is serbia's vaccination rate like", True), ("What is a defender's speed like against an attacker?", True),
    ("What were ticket prices like for the Olympics?", True), ("What is Serbia's vaccination rate?", False),
    ("What interest rate would you like to see?", False), ("What CLS score counts as good?", False)])
def test_a_figure_noun_asked_with_like_asks_a_description(question, described):
    assert asks_description(question) is described
    assert (figure_noun_asked(question) or measure_asked(question) is not None) is not described


def test_a_description_of_a_figure_is_answered_where_no_figure_is_said(seed_qa):
    # before: declined, "No passage found gives the figure asked for: Serbia's vaccination rate"
    answer = seed_qa.ask("what is serbia's vaccination rate like")
    assert answer.answerable
    assert "top nations in Europe in terms of vaccination rate" in answer.citations[0].highlight
