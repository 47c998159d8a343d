"""Passages fit the model's token limit (its own tokenizer), never cross a speaker change, end at sentences."""

import re

import pytest

from embeddings.encoder import load_encoder
from qa.config import DEFAULT_MODEL
from qa.parse import parse_bytes, parse_file
from qa.segment import embedding_texts, group_sections, segment_transcript, split_sentences
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


MEETING = b"""Anna: So the first thing on the agenda is the colour of the remote control casing for the new product.
Ben: Yeah.
Anna: I would go with yellow, because it stands out on a sofa and matches the company's logo.
Carl: Yellow is fine by me, but the rubber buttons should stay grey so they look cheap to nobody.
Ben: OK.
Anna: Then the second item: the budget for the batteries, which has to stay under twelve euros per unit.
Carl: Twelve euros is a lot for batteries, we could use a kinetic charger and drop them altogether.
"""


def test_sections_pack_whole_passages_and_backchannels_in_order(encoder):
    t = parse_bytes(MEETING, "meeting.txt")
    passages = segment_transcript(t, encoder.count_tokens, 192, min_words=4)
    numbered, sections = group_sections(t, passages, max_words=40)
    assert len(passages) == 5 and len(sections) > 1  # the two "Yeah."/"OK." turns are not passages
    assert [p.text for p in numbered] == [p.text for p in passages]
    assert [s.number for s in sections] == list(range(len(sections)))
    for s in sections:
        inside = [p for p in numbered if p.section == s.number]
        assert inside, "every section here holds a passage"
        assert s.start_char <= min(p.start_char for p in inside) and max(p.end_char for p in inside) <= s.end_char
        assert len(s.text.split()) - s.text.count(": ") <= 40 or len(inside) == 1
    assert [p.section for p in numbered] == sorted(p.section for p in numbered)
    first = sections[0]
    assert first.text.splitlines()[0].startswith("Anna: So the first thing")
    assert "Ben: Yeah." in first.text  # a backchannel belongs to its exchange
    assert all(s.end_char <= nxt.start_char for s, nxt in zip(sections, sections[1:]))


def test_a_passage_longer_than_the_section_limit_is_a_section_of_its_own(encoder):
    t = parse_bytes(MEETING, "meeting.txt")
    numbered, sections = group_sections(t, segment_transcript(t, encoder.count_tokens, 192, min_words=4), max_words=5)
    assert len(sections) == 7  # every turn (passage or backchannel) alone
    assert len({p.section for p in numbered}) == 5


INTERVIEW = (b"Host: How many hives do you keep on the library roof these days?\n"
             b"Keeper: I keep twenty hives up there. " + b"The bees forage in the park across the road. " * 6 +
             b"\nHost: And the honey?\n")


def test_only_the_first_passage_of_a_turn_is_embedded_with_the_turn_before_it(encoder):
    t = parse_bytes(INTERVIEW, "interview.txt")
    passages = segment_transcript(t, encoder.count_tokens, 40, min_words=2)
    keeper = [i for i, p in enumerate(passages) if p.speaker == "Keeper"]
    assert len(keeper) > 1  # the answer is cut into several passages
    texts = embedding_texts(t, passages, speaker_prefix=True, context_words=5, min_words=2)
    assert texts[keeper[0]].endswith("\n(after Host: … the library roof these days?)")
    assert all(texts[i] == f"Keeper: {passages[i].text}" for i in keeper[1:])  # they follow their own turn
    assert texts[-1].startswith("Host: And the honey?\n(after Keeper: … ")

