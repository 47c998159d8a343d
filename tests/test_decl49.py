"""Unanswerable questions in five registers a user asks of what someone said (decl49): the advice, tips or example
someone gave of a topic and what they compared something to are topics, as "what did X say about T" is (the topic
rule asks for T's words in one section); a named person's role or job is declined where no mention of them says what
they do; what something was compared to is declined where no sentence of the first passages says it with a
comparison."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import compared_asked, compared_said, described_in, role_of_named, topic_of

from tests.conftest import meeting_qa


@pytest.mark.parametrize("question, topic", [
    ("What advice did Newsom give on evacuating pets from a fire zone?", "evacuating pets from a fire zone"),
    ("What example did Suga give of a joint moon mission with the US?", "a joint moon mission with the US"),
    ("What tips does the lecturer offer for choosing a web host?", "choosing a web host"),
    ("What does the web vitals lecturer recommend for choosing a hosting provider?", "choosing a hosting provider"),
    ("What did Newsom compare the fires to?", "the fires"),
    ("What did Biden liken last year's skies to?", "last year's skies"),
])
def test_a_register_names_its_topic(question, topic, monkeypatch):
    assert topic_of(question) == topic
    monkeypatch.setattr(answerable, "REGISTER_TOPICS", False)
    assert topic_of(question) is None


@pytest.mark.parametrize("question", [
    "what advice does lamport give young programmers",  # whom it is given to, no topic (dev-spk39-26)
    "What advice did Newsom give to tourists visiting California this summer?",
    "what example did he give right after that?",
])
def test_whom_advice_is_given_to_is_no_topic(question):
    assert topic_of(question) is None


@pytest.mark.parametrize("question, name", [
    ("What is Robert Thomas's job?", "Robert Thomas"),
    ("What was Navalny's job?", "Navalny"),
    ("Which outlet does Eamon Javers work for?", "Eamon Javers"),
    ("What post did Mike Mansfield hold?", "Mike Mansfield"),
    ("What is the role of Markus Kuppe?", "Markus Kuppe"),
    ("What is Lavrov's position on Kosovo?", None),  # a stance, not a post
    ("What role does the OSCE play in the Kosovo talks?", None),  # a body's part in a topic
    ("What is the role of the federal government?", None),  # no name
])
def test_the_name_whose_role_is_asked(question, name, monkeypatch):
    assert role_of_named(question) == name
    monkeypatch.setattr(answerable, "REGISTER_ROLES", False)
    assert role_of_named(question) is None


def test_a_mention_that_says_what_someone_does():
    texts = ["My colleague, Markus Kuppe, the one who maintains the tools, gave a talk. "
             "Today Presidential Aide Yury Ushakov met him. It's Eamon Javers with CNBC. "
             "I read a paper by Paul Johnson and Robert Thomas, where they had an algorithm. "
             "They tried to poison Aleksey Navalny."]
    for name in ("Markus Kuppe", "Yury Ushakov", "Ushakov", "Eamon Javers"):
        assert described_in(name, texts) is True
    for name in ("Robert Thomas", "Paul Johnson", "Navalny"):  # a first name before is no post
        assert described_in(name, texts) is False
    assert described_in("Kelsey Hightower", texts) is None


def test_a_comparison_said_in_the_sentence_of_the_thing(monkeypatch):
    assert compared_asked("What did Newsom compare the fires to?") == "the fires"
    assert compared_said("last year's skies", ["We remember orange skies that looked like end of days."]) is True
    assert compared_said("the fires", ["The fires burned. It was more like sparring partners."]) is False
    # "would like" compares nothing
    assert compared_said("the fires", ["I would like to talk about the fires."]) is False
    monkeypatch.setattr(answerable, "REGISTER_COMPARED", False)
    assert compared_asked("What did Newsom compare the fires to?") is None


@pytest.fixture(scope="module")
def team_qa(tmp_path_factory):
    return meeting_qa(
        tmp_path_factory.mktemp("decl49"), "release-review.txt",
        "Sam: Thanks for joining. Chris Holt, our chief engineer, wrote the migration plan for the database.",
        "Alex: The rollout was like running a marathon in the rain: slow, wet and long, but we got there.",
        "Sam: Dana Reyes found the bug in the billing code last week, and the budget for the rollout is now closed.",
        "Alex: For the next release we will move the billing code to the new database and test it for two weeks.")


def test_a_role_never_said_is_declined_and_a_role_said_is_answered(team_qa, monkeypatch):
    unsaid = team_qa.ask("What is Dana Reyes's job?")
    assert not unsaid.answerable and "Dana Reyes" in (unsaid.note or "")
    assert unsaid.evidence is not None and unsaid.evidence.name_described is False
    said = team_qa.ask("What is Chris Holt's job?")
    assert said.answerable and said.evidence is not None and said.evidence.name_described is True
    monkeypatch.setattr(answerable, "REGISTER_ROLES", False)
    assert team_qa.ask("What is Dana Reyes's job?").evidence.name_described is None


def test_a_comparison_never_made_is_declined_and_one_made_is_answered(team_qa, monkeypatch):
    said = team_qa.ask("What did Alex compare the rollout to?")
    assert said.answerable and said.evidence is not None and said.evidence.compared_said is True
    unsaid = team_qa.ask("What did Alex compare the billing code to?")
    assert not unsaid.answerable and unsaid.evidence is not None and unsaid.evidence.compared_said is False
    monkeypatch.setattr(answerable, "REGISTER_COMPARED", False)
    assert team_qa.ask("What did Alex compare the billing code to?").evidence.compared_said is None


def test_advice_on_a_topic_never_spoken_of_is_declined(seed_qa, monkeypatch):
    question = "What tips did Lavrov offer for growing tomatoes in a greenhouse?"
    declined = seed_qa.ask(question)
    assert not declined.answerable and declined.evidence is not None
    assert declined.evidence.topic == "growing tomatoes in a greenhouse"
    monkeypatch.setattr(answerable, "REGISTER_TOPICS", False)
    assert seed_qa.ask(question).answerable  # main's rules: answered, loosely
