"""bench/near_words.py: the words of a question that neither its first passages nor their transcript say."""

from __future__ import annotations

from bench.near_words import unsaid_words
from qa.answerable import text_stems
from tests.conftest import SEED


def test_a_word_said_neither_in_the_passages_found_nor_in_their_transcript_is_unsaid():
    transcript = text_stems(SEED.read_text(encoding="utf-8"))
    found = text_stems("Last year the company accounted for 13 percent of the country’s budget revenues.")
    assert unsaid_words("How much of Serbia's state income comes from tourism?", found,
                        lambda w: text_stems(w) <= transcript) == ["income", "tourism"]


def test_names_numbers_asking_words_and_words_said_elsewhere_in_the_transcript_are_not_unsaid():
    transcript = text_stems(SEED.read_text(encoding="utf-8"))
    found = text_stems("Last year the company accounted for 13 percent of the country’s budget revenues.")
    assert unsaid_words("How big were Gazprom Neft's 2014 exports to Kosovo?", found,
                        lambda w: text_stems(w) <= transcript) == []
