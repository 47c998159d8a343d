"""The evidence behind the word rules (fdecl46): a decline by a rule that reads the question's words is answered, said
to be uncertain, where a highlight is very near the question (measured, off by default: `GATES` are the values
measured); and an asking clause keeps the noun of its "which/what + noun" (the kind of answer) as a word to find,
dropping its verbs."""

from __future__ import annotations

import dataclasses

import qa.answerable as answerable
from bench import constants
from qa.answerable import decide, topic_words
from qa.types import Evidence

# the count rule's decline: no passage counts what "how many" asks about, the nearest passage not near enough
COUNT = Evidence(cosine=0.5, sentence=0.6, coverage=1.0, top_coverage=1.0, count_found=False)
TOPIC = Evidence(cosine=0.45, sentence=0.6, coverage=1.0, top_coverage=1.0, topic="pet food", topic_coverage=0.3)
GATES = dict(EVIDENCE_GATE_SENTENCE=0.80, TOPIC_GATE_SENTENCE=0.68)


def test_a_word_rule_is_outweighed_by_a_sentence_near_the_question():
    with constants(answerable, **GATES):
        _outweighed()


def _outweighed():
    assert decide(COUNT).rule == "count" and not decide(COUNT).answerable
    near = decide(dataclasses.replace(COUNT, sentence=answerable.EVIDENCE_GATE_SENTENCE))
    assert near.answerable and near.rule == "count" and near.note.startswith("Uncertain: no passage found gives")
    assert not decide(dataclasses.replace(COUNT, sentence=answerable.EVIDENCE_GATE_SENTENCE - 0.01)).answerable


def test_the_topic_rule_has_its_own_lower_gate():
    with constants(answerable, **GATES):
        _topic_gate()


def _topic_gate():
    assert decide(TOPIC).rule == "topic" and not decide(TOPIC).answerable
    assert answerable.TOPIC_GATE_SENTENCE < answerable.EVIDENCE_GATE_SENTENCE
    assert decide(dataclasses.replace(TOPIC, sentence=answerable.TOPIC_GATE_SENTENCE)).answerable
    with constants(answerable, TOPIC_GATE_SENTENCE=None):  # without it, the common gate
        assert not decide(dataclasses.replace(TOPIC, sentence=0.7)).answerable


def test_no_gate_for_a_follow_up_nor_for_the_rules_of_names():
    with constants(answerable, **GATES):
        _no_gate()


def _no_gate():
    # a follow-up's similarity is that of its history's topic
    assert not decide(dataclasses.replace(COUNT, sentence=0.95, follow_up=True)).answerable
    unknown = Evidence(cosine=0.5, sentence=0.95, coverage=0.5, top_coverage=0.5, content_words=2,
                       missing=("zorblax",), unknown_names=("Zorblax",))
    assert decide(unknown).rule == "unknown-name" and not decide(unknown).answerable


def test_gates_off_by_default():
    assert answerable.EVIDENCE_GATE_SENTENCE is None and answerable.TOPIC_GATE_SENTENCE is None
    with constants(answerable, EVIDENCE_GATE_SENTENCE=None, TOPIC_GATE_SENTENCE=None):
        assert not decide(dataclasses.replace(COUNT, sentence=0.99)).answerable
        assert not decide(dataclasses.replace(TOPIC, sentence=0.99)).answerable


def test_an_asking_clause_keeps_its_kind_of_answer():
    assert topic_words("the thing about ordering a laptop for the new hire — which system") == (
        "ordering a laptop for the new hire system")
    assert topic_words("the statistics trick he mentions about averaging — what did he call it") == "averaging"
    assert topic_words("the old saying about god and firefighters — which one was it") == "god and firefighters"
    # a clause that asks a figure is kept whole, as before
    assert topic_words("the thing about the boosting learning rate — what value did he pick") == (
        "the boosting learning rate — what value did he pick")
    with constants(answerable, TAIL_KEEPS_KIND_NOUN=False):  # off: the clause is kept whole, as half42 had it
        assert topic_words("the thing about ordering a laptop for the new hire — which system") == (
            "ordering a laptop for the new hire — which system")
