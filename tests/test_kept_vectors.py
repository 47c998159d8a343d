"""The question vectors kept across questions (qa.api KEPT_VECTOR_ENCODERS): a question asked after others gets the
answer it gets asked alone, and the encoder they are kept for gives a text one vector whatever it is batched with."""

import numpy as np
import pytest

from qa.api import KEPT_VECTOR_ENCODERS, TranscriptQA
from qa.config import Settings
from qa.types import to_json

ASKED = ("What did Lavrov say about the Open Skies Treaty and about the New START treaty?",  # asked in two parts
         "How many American diplomats will be told to leave Russia?",
         "What did Russia say about the Open Skies Treaty?",
         "Why does Lavrov say the situation around the ambassador's return needs time?")


def test_a_question_asked_after_others_gets_its_answer_asked_alone(seed_index_dir):
    busy = TranscriptQA(Settings(index_dir=seed_index_dir))
    if busy.query_encoder.name not in KEPT_VECTOR_ENCODERS:
        pytest.skip(f"the query encoder is {busy.query_encoder.name}: no vectors are kept for it")
    for question in ASKED:
        busy.ask(question, k=5)
    follow_up = ("And what about the US?", ["How many American diplomats will be told to leave Russia?"])
    asked_after = [busy.ask(q, k=5) for q in ASKED] + [busy.ask(follow_up[0], history=follow_up[1], k=5)]
    for question, after in zip(ASKED, asked_after):
        alone = TranscriptQA(Settings(index_dir=seed_index_dir)).ask(question, k=5)
        assert to_json(after) == to_json(alone), question
    alone = TranscriptQA(Settings(index_dir=seed_index_dir)).ask(follow_up[0], history=follow_up[1], k=5)
    assert to_json(asked_after[-1]) == to_json(alone)


def test_the_kept_encoder_gives_a_text_one_vector_whatever_it_is_batched_with(seed_qa):
    encoder = seed_qa.query_encoder
    if encoder.name not in KEPT_VECTOR_ENCODERS:
        pytest.skip(f"the query encoder is {encoder.name}: no vectors are kept for it")
    short, long = "What about Poland?", ("Russia will respond to the expulsion of its diplomats in kind, and the "
                                         "measures against American NGOs will be decided by the government.")
    alone = encoder.encode([short])[0]
    assert np.array_equal(encoder.encode([long, short])[1], alone)
    assert np.array_equal(encoder.encode([short, long, "Who?"])[0], alone)
