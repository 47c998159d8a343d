"""The replay of bench/tune_after.py: with no rule it picks the product's highlight (as bench/tune_highlight.py's
replay does), the pair cosine is the question's cosine to the two units' summed vectors, and the restate rule and
its control move the highlight only where a restating unit is followed by one holding what is asked."""

import numpy as np
import pytest

from bench.tune_after import choice, pair_cosine, restate_rule
from bench.tune_highlight import replay
from qa.cite import read_question
from qa.rerank import word_shares

TEXTS = ["Speaking about personalities, the Americans added eight Russian government officials to a sanctions list.",
         "Poland also announced the expulsion of our diplomats.",
         "Sectoral sanctions have been announced as regards Russian national debt and related transactions, as the "
         "Americans have said many times before in the statements they have made about it this year.",
         "We will publish a list of eight officials from Washington because they did the same to us.",
         "I think that these are very dangerous games."]
QUESTIONS = ["Which officials will Russia put on its sanctions list?",
             "Why did Russia put officials on a sanctions list?",
             "How many Russian officials did the Americans add to a sanctions list?", "What is Sputnik V?"]


def call_for(question: str, cosines=None) -> dict:
    asked = read_question(question)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(TEXTS), 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosines = np.linspace(0.7, 0.2, len(TEXTS)).astype(np.float32) if cosines is None else cosines
    return dict(transcript="t.txt", texts=TEXTS, spans=[(200 * n, 200 * n + 150) for n in range(len(TEXTS))],
                cosines=cosines, vectors=vectors, overlaps=word_shares(asked.stems, TEXTS).astype(np.float32),
                asked=asked, opening=0.0)


def record_for(question: str, gold: int, call: dict | None = None) -> dict:
    return dict(set="seed", id="x", question=question, transcript="t.txt", gold=[(200 * gold + 10, 200 * gold + 20)],
                calls=[call or call_for(question)], answered=True, relevant=True, read=question)


@pytest.mark.parametrize("question", QUESTIONS)
def test_with_no_rule_the_replay_picks_the_products_highlight(question):
    for gold in range(len(TEXTS)):
        record = record_for(question, gold)
        call, first, last = choice(record)
        on = call["spans"][first][0] < record["gold"][0][1] and call["spans"][last][1] > record["gold"][0][0]
        assert on == replay(record)


def test_the_pair_cosine_is_the_cosine_to_the_summed_vectors():
    call = call_for(QUESTIONS[0])
    question = np.random.default_rng(1).normal(size=8).astype(np.float32)
    question /= np.linalg.norm(question)
    call["cosines"] = call["vectors"] @ question
    pair = call["vectors"][0] + call["vectors"][1]
    assert pair_cosine(call, 0, 1) == pytest.approx(float(pair @ question / np.linalg.norm(pair)), abs=1e-5)


def test_a_restating_unit_hands_the_highlight_to_a_later_one_that_says_what_will_be_done():
    # the first unit restates the question; the fourth says what Russia will do ("We will publish"), three units on
    question = QUESTIONS[0]
    cosines = np.array([0.8, 0.1, 0.3, 0.2, 0.1], np.float32)
    record = record_for(question, 3, call_for(question, cosines))
    _, first, last = choice(record)
    assert (first, last) == (0, 1)  # the product: the restating unit and its neighbour
    _, first, last = choice(record, restate_rule(0.3, 3))
    assert (first, last) == (3, 4)  # the unit that says it, with its neighbour (the long third does not fit)
    assert choice(record, restate_rule(0.3, 1))[1:] == (0, 1)  # out of reach: no move
    assert choice(record, restate_rule(0.3, 3, control="before"))[1:] == (0, 1)  # nothing as far before it
    assert choice(record, restate_rule(0.95, 3))[1:] == (0, 1)  # the first unit holds too few of the question's words


def test_a_question_that_asks_nothing_the_cues_read_is_not_moved():
    record = record_for(QUESTIONS[3], 3)
    assert choice(record, restate_rule(0.0, 3))[1:] == choice(record)[1:]
