"""A question asked in the register of a cause, a purpose, a condition or a risk names what it asks about after the
register's frame (decl51): "What sparked T?", "What is the purpose of T?", "Under what terms would T?", "What hazard
of T did X point out?". T is read as the topic, as "what did X say about T" is, and the topic rule asks for its words
in one section (`REGISTER_FRAMES`)."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import register_frame_topic, topic_of


@pytest.mark.parametrize("question, topic", [
    ("What sparked the wildfires burning in Siskiyou County?", "the wildfires burning in Siskiyou County"),
    ("What's behind the expulsion of the ten Russian individuals?", "the expulsion of the ten Russian individuals"),
    ("What is the reason for relocating the Marine air station to Henoko?",
     "relocating the Marine air station to Henoko"),
    ("What set off last year's 12,000 lightning strikes in California?",
     "last year's 12,000 lightning strikes in California"),  # a comma inside a figure is no end
    ("What is the purpose of a robots.txt file, according to the web vitals lecturer?", "a robots.txt file"),
    ("What is the new EPA app meant for?", "the new EPA app"),
    ("What are the measures announced this morning designed to achieve?", "the measures announced this morning"),
    ("Under what terms can a site use infinite scroll without hurting CLS?",
     "a site use infinite scroll without hurting CLS"),
    ("What has to be true before an AI agent can be put into production?", "an AI agent can be put into production"),
    ("What hazard of prompt injection did the agentic AI presenter point out?", "prompt injection"),
    ("What danger do Russian ransomware gangs pose to American hospitals, according to the officials?",
     "Russian ransomware gangs American hospitals"),
    ("What threat did Biden say Chinese 5G networks pose to Japan?", "Chinese 5G networks Japan"),
])
def test_the_topic_after_a_register_frame(question, topic):
    assert register_frame_topic(question) == topic
    assert topic_of(question) == topic


@pytest.mark.parametrize("question", [
    "What is LCP short for?",  # what a name stands for, no purpose
    "What is it good for?",
    "Why did Poland expel Russian diplomats?",  # no frame that names the topic apart
    "What did the officials say about the sanctions?",  # main's topic rule reads it
    "When would it be right to leave the staff out of the count?",
])
def test_no_register_frame(question):
    assert register_frame_topic(question) is None


def test_off_reads_no_register_frame(monkeypatch):
    monkeypatch.setattr(answerable, "REGISTER_FRAMES", False)
    assert register_frame_topic("What is the purpose of the Quad Leader Summit?") is None
    assert topic_of("What is the purpose of the Quad Leader Summit?") is None


@pytest.mark.parametrize("question", [
    "What hazard of prompt injection did the agentic AI presenter point out?",  # dev-un-4653: "injection" unsaid
    "Under what terms can a site use infinite scroll without hurting CLS?",  # dev-un-4651: "infinite scroll" unsaid
])
def test_a_register_topic_never_said_together_is_declined(eight_qa, question, monkeypatch):
    monkeypatch.setattr(answerable, "REGISTER_FRAMES", False)  # main: answered
    assert eight_qa.ask(question).answerable
    monkeypatch.setattr(answerable, "REGISTER_FRAMES", True)
    answer = eight_qa.ask(question)
    assert not answer.answerable and not answer.citations
    assert answer.note.startswith("No passage speaks of ")
    assert answer.evidence.topic == register_frame_topic(question)


@pytest.mark.parametrize("question, said", [
    ("What sparked Sonoma's early application for fire mitigation funding?", "first to apply"),  # dev-decl51-001
    ("What is the aim of building threat intelligence sharing partnerships?", "threat intelligence sharing"),
])
def test_a_register_topic_said_is_answered(eight_qa, question, said, monkeypatch):
    monkeypatch.setattr(answerable, "REGISTER_FRAMES", True)
    answer = eight_qa.ask(question)
    assert answer.evidence.topic == register_frame_topic(question)
    assert answer.answerable and any(said in c.text for c in answer.citations[:3])


def test_the_hedge_reads_no_framed_topic():
    from qa.calibrated import FEATURES, features
    from qa.types import Evidence
    at = FEATURES.index("topic_coverage")
    read = dict(cosine=0.5, sentence=0.5, coverage=1.0, top_coverage=1.0, topic="the Lava Fire", topic_coverage=0.5)
    assert features(Evidence(**read), None, [])[at] == 0.5
    assert features(Evidence(**read, topic_framed=True), None, [])[at] == 1.0


def test_a_source_rules_phrase_is_no_framed_topic(eight_qa, monkeypatch):
    # seed-3638 (batch B): "Albania's army Serbia" joins two phrases; tested as the source rule's said-otherwise
    # phrase, it lay near "Talk of a Greater Albania" and the decline became an uncertain answer
    question = "What threat did Lavrov say Albania's army poses to Serbia?"
    monkeypatch.setattr(answerable, "REGISTER_FRAMES", True)
    monkeypatch.setattr(answerable, "FRAME_PHRASE_APART", True)
    answer = eight_qa.ask(question)
    assert answer.evidence.topic_framed and not answer.answerable
    monkeypatch.setattr(answerable, "FRAME_PHRASE_APART", False)
    answer = eight_qa.ask(question)
    assert answer.answerable and answer.note.startswith("Uncertain")
