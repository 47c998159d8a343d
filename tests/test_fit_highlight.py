"""The highlight-fitting tool (bench/fit_highlight.py) scores units as the product does: its features, weighed by
qa.cite's constants, are qa.cite.highlight_scores, and its replay picks the product's highlight."""

import numpy as np
import pytest

from bench.fit_highlight import BASE, EXTRA, Prepared, current_weights, features
from bench.tune_highlight import replay
from qa.cite import highlight_scores, read_question
from qa.rerank import word_shares

TEXTS = ["As for the Open Skies Treaty, a multilateral document, it is already hanging by a thread.",
         "The US has withdrawn from it and is not going to come back.",
         "We will respond in kind because they expelled ten of our diplomats.",
         "I think that these are very dangerous games.",
         "Why would anyone do this?",
         "In all, there are about 450 diplomatic and administrative employees of Russia in the US.",
         "Sputnik V is a vaccine developed in Russia."]
QUESTIONS = ["Will the United States rejoin the Open Skies Treaty?", "Why will Russia expel US diplomats?",
             "What does Lavrov think of the Slovenian non-paper?", "How many diplomatic employees does Russia have?",
             "What is Sputnik V?", "How far can diplomats travel?", "Which Americans will Russia put on its list?"]


def call_for(question: str, opening: float = 0.0) -> dict:
    asked = read_question(question)
    cosines = np.linspace(0.2, 0.7, len(TEXTS)).astype(np.float32)[::-1].copy()
    return dict(transcript="t.txt", texts=TEXTS, spans=[(100 * n, 100 * n + 90) for n in range(len(TEXTS))],
                cosines=cosines, overlaps=word_shares(asked.stems, TEXTS).astype(np.float32), asked=asked,
                opening=opening)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("opening", [0.0, 0.3])
def test_the_features_weighed_by_the_constants_are_the_products_scores(question, opening):
    call = call_for(question, opening)
    want = np.array(highlight_scores(call["asked"], TEXTS, call["cosines"], call["overlaps"]), np.float64)
    want[0] += opening
    got = features(call, BASE + EXTRA, question) @ current_weights(BASE + EXTRA)
    assert np.allclose(got, want, atol=1e-6)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_replay_with_the_constants_picks_the_products_highlight(question):
    for gold in range(len(TEXTS)):
        record = dict(set="seed", id="x", question=question, transcript="t.txt",
                      gold=[(100 * gold + 10, 100 * gold + 20)], calls=[call_for(question)], answered=True,
                      relevant=True)
        assert Prepared(record, BASE).hit(current_weights(BASE)) == replay(record)


def test_the_learned_choice_reads_the_question_beside_the_best_unit_from_the_cosines_alone():
    # "novel": a unit's cosine to the question less its part along the best unit, from stored cosines only
    from bench.fit_highlight import CHOICE_FEATURES, choice_features
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(len(TEXTS), 16))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    question = rng.normal(size=16)
    question /= np.linalg.norm(question)
    cosines = vectors @ question
    best = int(np.argmax(cosines))
    asked = read_question("Why will Russia expel US diplomats?")
    x = choice_features(TEXTS, cosines, word_shares(asked.stems, TEXTS), cosines, best, best, best, asked, vectors)
    rest = question - (question @ vectors[best]) * vectors[best]
    assert np.allclose(x[:, CHOICE_FEATURES.index("novel")], vectors @ rest / np.linalg.norm(rest))
    assert np.allclose(x[:, CHOICE_FEATURES.index("like_best")], vectors @ vectors[best])
    marks = {name: x[:, CHOICE_FEATURES.index(name)].nonzero()[0].tolist()
             for name in ("in_rule", "after_rule", "before_rule", "two_after")}
    assert marks == {"in_rule": [best], "after_rule": [best + 1][:best + 1 < len(TEXTS)],
                     "before_rule": [best - 1][:best > 0], "two_after": [best + 2][:best + 2 < len(TEXTS)]}


def test_the_learned_choice_keeps_the_rules_highlight_unless_its_best_unit_lies_outside():
    from bench.fit_highlight import CHOICE_FEATURES, choice_features, choice_hit
    asked = read_question("How many diplomatic employees does Russia have?")
    scores = np.linspace(0.9, 0.1, len(TEXTS))
    x = choice_features(TEXTS, scores, word_shares(asked.stems, TEXTS), None, 0, 1, 0, asked)
    call = dict(texts=TEXTS, first=0, last=1, asked=asked)
    gold = np.zeros(len(TEXTS), bool)
    gold[5] = True  # "In all, there are about 450 ..."
    row = dict(rule=False, x=x, gold=gold, call=call)
    by_score = np.eye(len(CHOICE_FEATURES))[CHOICE_FEATURES.index("score_gap")]
    assert not choice_hit(row, by_score)  # the rule's best scores most: its highlight stays, off the gold
    by_answer = np.eye(len(CHOICE_FEATURES))[[CHOICE_FEATURES.index("answer_type"),
                                              CHOICE_FEATURES.index("overlap")]].sum(axis=0)
    assert choice_hit(row, by_answer) and choice_hit(row, by_answer, "single")
    assert choice_hit(row, None) is False
