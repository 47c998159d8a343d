"""A topic said in other words (fdecl47): where a topic rule (source-silent, topic, own-topic) declines, the topic
phrase it tested is encoded alone and compared with the stored sentence vectors of the named source's passages
(`Evidence.phrase_source`) and of every passage (`phrase_anywhere`); the gate `DeclineRule.phrase_similarity` answers
such a decline, as uncertain, where the phrase is that near a sentence of the source."""

from __future__ import annotations

import dataclasses

from qa.answerable import TOPIC_PHRASE_RULES, DeclineRule, decide, phrase_tested
from qa.types import Evidence

TOPIC = Evidence(cosine=0.45, sentence=0.6, coverage=1.0, top_coverage=1.0, topic="the heat in Oregon",
                 topic_coverage=0.3, sources=("Kate Brown's",))
SILENT = Evidence(cosine=0.5, sentence=0.6, coverage=1.0, top_coverage=1.0, source_coverage=0.0,
                  source_unsaid=("heat",), sources=("Governor Brown",), speaking_sources=("Governor Brown",))
GATE = DeclineRule(phrase_similarity=0.5)


def test_the_phrase_a_rule_tested():
    assert phrase_tested("kate brown's comments on the heat in oregon", TOPIC, "topic") == "the heat in Oregon"
    # a source rule: what the question asks about, where it holds a word the source does not say ...
    assert phrase_tested("What did Governor Brown say about the heat?", SILENT, "source-silent") == "the heat"
    # ... else those words
    anniversary = dataclasses.replace(SILENT, source_unsaid=("anniversary",))
    assert phrase_tested("Which anniversary did Biden mention?", anniversary, "source-silent") == "anniversary"
    own = dataclasses.replace(SILENT, own_topic_unsaid=("relatives",), source_unsaid=())
    assert phrase_tested("What did Harris say about her relatives?", own, "own-topic") == "her relatives"
    assert phrase_tested("What did Harris say?", dataclasses.replace(SILENT, source_unsaid=()), "source-silent") is None


def test_a_phrase_near_the_source_answers_as_uncertain():
    for evidence, rule in ((TOPIC, "topic"), (SILENT, "source-silent")):
        assert rule in TOPIC_PHRASE_RULES
        assert decide(evidence, GATE).rule == rule and not decide(evidence, GATE).answerable
        near = decide(dataclasses.replace(evidence, tested_phrase="the heat", phrase_source=0.5), GATE)
        assert near.answerable and near.rule == rule and near.note.startswith("Uncertain: ")
        assert "may say it in others" in near.note
        # "No passage ..." in lower case after "Uncertain: ", a source's name as it is
        assert near.note.startswith("Uncertain: no passage" if rule == "topic" else "Uncertain: Governor Brown")
        far = decide(dataclasses.replace(evidence, tested_phrase="the heat", phrase_source=0.49), GATE)
        assert not far.answerable and far.rule == rule


def test_no_gate_for_a_follow_up_nor_for_other_rules_nor_when_off():
    follow = dataclasses.replace(TOPIC, phrase_source=0.9, follow_up=True)
    assert not decide(follow, GATE).answerable
    # the count rule is no topic rule: a phrase near the source (were one read) does not answer it
    count = Evidence(cosine=0.5, sentence=0.6, coverage=1.0, top_coverage=1.0, count_found=False, phrase_source=0.9)
    assert decide(count, GATE).rule == "count" and not decide(count, GATE).answerable
    assert not decide(dataclasses.replace(TOPIC, phrase_source=0.99), DeclineRule(phrase_similarity=1.01)).answerable


def test_the_phrase_is_read_where_a_topic_rule_declines(seed_qa):
    answer = seed_qa.ask("What did Lavrov say about blockchains?")
    evidence = answer.evidence
    assert not answer.answerable and evidence is not None
    assert evidence.tested_phrase == "blockchains"
    assert evidence.phrase_source is not None and evidence.phrase_anywhere is not None
    # the source's passages are some of all: their best sentence is no nearer than the best of all
    assert -1.0 <= evidence.phrase_source <= evidence.phrase_anywhere + 1e-6 <= 1.0 + 1e-6
    # a question answered reads none
    answered = seed_qa.ask("What did Lavrov say about Sputnik V production in Belgrade?")
    assert answered.evidence is not None and answered.evidence.tested_phrase is None
