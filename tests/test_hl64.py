"""The part asked, said in the sentence after the one that restates the question: where the best unit holds half of
the question's content words, the highlight shown passes to the unit right after it when that unit says question
words the highlight lacks (`qa.cite.ASKED_AFTER_WORDS`, `asked_after`, with ASKED_AFTER_GUARDS; docs/retrieval.md,
"hl64"). Turned on and off here by its constants."""

import numpy as np
import pytest

import qa.cite as cite
from bench import constants
from qa.cite import asked_after, read_question
from qa.rerank import content_stems, word_shares

MEMORANDUM = [
    "As for the aforementioned bilateral memorandum on open ground, starting from a certain category of diplomats "
    "(advisers and below), it is necessary to notify the authorities of the host country when any of these employees "
    "are going to travel beyond a 25-mile radius around the city where their diplomatic mission is located.",
    "The Americans completely ignore the requirement to send such notifications.",
]


def shown(question: str, texts: list[str], words: int, guards: bool = True) -> tuple[int, int]:
    asked = read_question(question)
    overlaps = word_shares(asked.stems, texts)
    with constants(cite, ASKED_AFTER_WORDS=words, ASKED_AFTER_GUARDS=guards):
        return asked_after(asked, texts, overlaps, 0, 0, 0, len(texts) - 1)


def test_the_unit_after_a_restating_one_that_says_the_part_asked_takes_the_highlight():
    question = "Which requirement of the memorandum on open ground do US diplomats ignore?"
    # the next unit says "requirement" and "ignore", which the restating unit lacks
    assert (content_stems(MEMORANDUM[1]) & content_stems(question)) - content_stems(MEMORANDUM[0])
    assert shown(question, MEMORANDUM, 2) == (1, 1)
    assert shown(question, MEMORANDUM, 3) == (0, 0)  # it adds two words, not three
    assert shown(question, MEMORANDUM, 0) == (0, 0)  # off


def test_a_best_unit_that_does_not_restate_the_question_keeps_the_highlight():
    question = "Which requirement do the Americans ignore, by Lavrov's account of their travel rules?"
    asked = read_question(question)
    assert word_shares(asked.stems, MEMORANDUM[:1])[0] < cite.RESTATED_SHARE
    assert shown(question, MEMORANDUM, 1) == (0, 0)


def test_a_unit_after_that_asks_is_not_taken():
    texts = [MEMORANDUM[0], "Why do the Americans ignore the requirement to send notifications?"]
    assert shown("Which requirement of the memorandum on open ground do US diplomats ignore?", texts, 1) == (0, 0)


@pytest.mark.parametrize("question, texts", [
    # a yes/no question: the restating unit holds the verdict
    ("Has the US looked for compromise solutions on the size of the two countries' diplomatic missions?",
     ["Instead of looking for mutually acceptable, compromise solutions, the US merely obstructed the operations of "
      "our Embassy, consulates-general and the Russian mission at the UN.",
      "In accordance with the Vienna convention on diplomatic relations and Russian law, we are initiating a process "
      "to stop the practice of hiring citizens of Russia and third countries."]),
    # a "why" question whose restating unit gives the reason ("because of climate change")
    ("Why is federal firefighting, traditionally a seasonal job, now a year-round mission?",
     ["Now, traditionally, federal firefighting has been a seasonal job, but because of climate change it's no longer "
      "a seasonal job.", "This is a year-round mission."]),
    # "which allies": the unit after says "allies", the noun, while the restating unit names them
    ("Which allies are joining the planning of the Defense Department's cyber exercise?",
     ["We will be inviting — and the UK, France, Denmark, and Estonia have agreed to join in the planning for this "
      "year CYBER FLAG exercise.",
      "The exercise will build a community of defensive cyber operators and improve overall capability of the U.S. "
      "and our allies."]),
])
def test_the_guards_keep_the_highlight_that_answers(question, texts):
    assert shown(question, texts, 2, guards=True) == (0, 0)
    assert shown(question, texts, 2, guards=False) == (1, 1)  # what each guard keeps


ENCOURAGE = "What does Biden encourage other communities to do about fire mitigation funding?"


def test_through_the_api_the_sentence_after_is_highlighted(wildfires_qa):
    with constants(cite, ASKED_AFTER_WORDS=2):
        on = wildfires_qa.ask(ENCOURAGE)
    with constants(cite, ASKED_AFTER_WORDS=0):
        off = wildfires_qa.ask(ENCOURAGE)
    assert on.answerable and off.answerable
    assert "I encourage more communities to do so next year." in on.citations[0].highlight
    assert "I encourage more communities" not in off.citations[0].highlight
    # the highlight shown moves inside the cited text, which stays
    assert on.citations[0].text == off.citations[0].text
    assert np.isclose(on.citations[0].score, off.citations[0].score)
