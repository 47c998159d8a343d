"""Passages fit the model's token limit (its own tokenizer), never cross a speaker change, end at sentences."""

import re

import pytest

from embeddings.encoder import load_encoder
from qa.config import DEFAULT_MODEL
from qa.parse import parse_bytes, parse_file
from qa.segment import segment_transcript, split_sentences
from tests.conftest import SEED


@pytest.fixture(scope="module")
def encoder():
    return load_encoder(DEFAULT_MODEL)


@pytest.mark.parametrize("limit", [40, 96, 192])
def test_every_passage_fits_the_limit_with_its_speaker_prefix(encoder, limit):
    passages = segment_transcript(parse_file(SEED), encoder.count_tokens, limit)
    counts = encoder.count_tokens([f"{p.speaker}: {p.text}" for p in passages])
    assert max(counts) <= limit


def test_passages_cover_every_word_of_every_turn_once(encoder):
    t = parse_file(SEED)
    passages = segment_transcript(t, encoder.count_tokens, 64)
    for turn in t.turns:
        words = " ".join(p.text for p in passages if p.turn_index == turn.index).split()
        assert words == turn.text.split()


def test_passages_never_cross_a_speaker_change_and_keep_offsets(encoder):
    t = parse_file(SEED)
    for p in segment_transcript(t, encoder.count_tokens, 96):
        turn = t.turns[p.turn_index]
        assert (p.speaker, p.role) == (turn.speaker, turn.role)
        assert turn.start_char <= p.start_char < p.end_char <= turn.end_char
        assert t.text[p.start_char:p.end_char] == p.text


def test_passages_end_at_sentence_ends(encoder):
    for p in segment_transcript(parse_file(SEED), encoder.count_tokens, 96):
        assert re.search(r"[.?!,:;”’\"]$", p.text), p.text[-40:]


def test_a_sentence_longer_than_the_limit_is_cut_between_words_not_truncated(encoder):
    sentence = " ".join(f"word{i}" for i in range(400)) + "."
    t = parse_bytes(f"Anna Smith: {sentence}\n".encode(), "long.txt")
    passages = segment_transcript(t, encoder.count_tokens, 50)
    assert len(passages) > 1
    assert max(encoder.count_tokens([f"Anna Smith: {p.text}" for p in passages])) <= 50
    assert " ".join(p.text for p in passages).split() == sentence.split()


def test_sentence_splitter_keeps_abbreviations_together():
    text = "Mr. Lavrov met Dr. Smith in the U.S. today. Then they left! Did they? Yes."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == ["Mr. Lavrov met Dr. Smith in the U.S. today.", "Then they left!", "Did they?", "Yes."]


def test_hard_wrapped_lines_do_not_end_sentences():
    text = "Firefighters are making at least $15 an\nhour. We will raise\nthat again.\n\nNext paragraph here."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Firefighters are making at least $15 an\nhour.", "We will raise\nthat again.", "Next paragraph here."]
