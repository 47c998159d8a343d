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
