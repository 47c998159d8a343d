"""para33: a count said with another noun for what "how many" asks is judged by its phrase, the count with the words
around it against what is asked, encoded by the bundled model, where the two nouns alone are too far apart
("three in-person meetings" for "how many times have the co-chairs met")."""

import dataclasses

from qa.answerable import (DeclineRule, asked_count_phrase, count_phrase_similarity, count_phrases,
                           count_word_similarity, decide)
from qa.types import Evidence

COUNT_UNFOUND = Evidence(cosine=0.5, sentence=0.45, coverage=1.0, top_coverage=1.0, count_found=False)


def test_the_phrases_read_are_what_is_asked_and_each_count_with_its_words():
    assert asked_count_phrase("How many staff were expelled from the embassy?") == "staff were expelled from the embassy"
    assert asked_count_phrase("And how many of them are women?") == "women"
    assert asked_count_phrase("What did Lavrov say?") == ""
    said = count_phrases(["SPEAKER: The US is expelling 10 Russian officials from its mission. It cost $13 an hour."])
    assert said == ["The US is expelling 10 Russian officials from its mission. It"]  # a sum counts nothing


def test_a_count_said_with_another_noun_is_near_in_its_phrase(seed_qa):
    encode = seed_qa.query_encoder.encode
    question = "how many times have the committee co chairs met in person lately"
    passage = ["Sergey Lavrov: Its co-chairs have already had three in-person meetings in the past few months."]
    # the nouns alone are far apart ("times", "meetings")
    assert count_word_similarity(question, ["meetings"], encode) < DeclineRule().count_word_similarity
    assert count_phrase_similarity(question, passage, encode) >= DeclineRule().count_phrase_similarity
    # a count of another thing in the same words is not
    other = "how many firefighters died in the wildfires of the past 24 hours"
    strikes = ["GOVERNOR NEWSOM: But that led to 12,000 lightning strikes in 24 hours and five of the most "
               "destructive wildfires."]
    assert count_phrase_similarity(other, strikes, encode) < DeclineRule().count_phrase_similarity
    assert count_phrase_similarity("What did Lavrov say?", passage, encode) is None


def test_the_count_rule_answers_as_uncertain_a_count_near_in_its_phrase():
    near = dataclasses.replace(COUNT_UNFOUND, count_phrase_similarity=0.7)
    verdict = decide(near)
    assert verdict.answerable and verdict.note.startswith("Uncertain") and verdict.rule == "count"
    assert not decide(dataclasses.replace(COUNT_UNFOUND, count_phrase_similarity=0.5)).answerable


def test_a_meeting_count_asked_as_times_met_is_answered_over_the_seed(seed_qa):
    answer = seed_qa.ask("how many times have the committee co chairs met in person lately")
    assert answer.answerable
    assert "three in-person meetings" in answer.citations[0].text
    # a count the transcript never gives is still declined
    assert not seed_qa.ask("How many doses of Sputnik V is the Belgrade plant expected to make?").answerable
