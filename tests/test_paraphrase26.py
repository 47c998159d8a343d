"""Paraphrases that the decline read as absent (issue 10 point 5; para26, docs/retrieval.md "Paraphrases read as
absent (7)"): a count of something the question names in other words ("firms" for the "companies" counted)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from qa.answerable import DeclineRule, count_word_similarity, count_words, decide
from qa.types import Evidence
from tests.conftest import shared_transcript_qa


def test_the_words_a_count_counts_are_what_each_number_governs():
    said = count_words(["Treasury’s designation of six Russian technology companies that provide support to the "
                        "Russian Intelligence Service’s cyber program", "We lost nine lives, more than 4,000 homes."])
    assert said[:3] == ["russian", "technology", "companies"]
    assert "lives" in said and "homes" in said and "program" not in said  # beyond the reach of "six"


def test_an_amount_counts_nothing():
    assert count_words(["some federal firefighters are being paid less than $13 an hour",
                        "additional 10 percent bonuses for those working"]) == []


def _encoder(table: dict[str, list[float]]):
    def encode(texts: list[str]) -> np.ndarray:
        rows = np.array([table[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)
    return encode


def test_the_head_of_what_is_counted_is_compared_not_its_other_words():
    # "Russian" of "Russian banks" is said by the count ("six Russian companies"); the head, "banks", is not
    encode = _encoder({"banks": [1, 0], "russian": [0, 1], "companies": [1, 2]})
    similarity = count_word_similarity("How many Russian banks were penalised?", ["russian", "companies"], encode)
    assert similarity == pytest.approx(1 / np.sqrt(5))
    assert count_word_similarity("What did Russia do?", ["companies"], encode) is None  # no count asked


def test_a_count_of_a_near_word_is_answered_as_uncertain_and_a_far_one_declined():
    evidence = Evidence(cosine=0.5, sentence=0.5, coverage=1.0, top_coverage=1.0, transcript_coverage=1.0,
                        count_found=False, count_words=("companies",))
    rule = DeclineRule()
    near = decide(dataclasses.replace(evidence, count_word_similarity=0.87), rule)
    assert near.answerable and "Uncertain" in near.note
    assert not decide(dataclasses.replace(evidence, count_word_similarity=0.46), rule).answerable
    assert not decide(evidence, rule).answerable  # not read: declined as before


@pytest.fixture(scope="module")
def sanctions_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_firms_counted_as_companies_are_answered_banks_are_not(sanctions_qa):
    # the call designates "six Russian technology companies"; no bank is counted
    firms = sanctions_qa.ask("How many tech firms were penalised for aiding the Russian spy service's hacking?")
    assert firms.answerable and firms.evidence.count_found is False
    assert firms.evidence.count_word_similarity >= DeclineRule().count_word_similarity
    banks = sanctions_qa.ask("How many Russian banks were penalised for aiding the spy service's hacking?")
    assert not banks.answerable
