"""nm65: a time question asked alone that nm57's time check lets through only by sentences far in meaning from it
(`qa.answerable.time_far_from_question`, `TIME_SENTENCE_FLOOR`) is declined: the time said is of something else
("When did the presenter start using n8n?" let through by Lamport's "I started programming in 1957"). The passages
are the shared transcripts' own sentences; the encoder is the bundled model."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from embeddings.encoder import load_encoder
from qa.answerable import TIME_NOTE, time_far_from_question, time_sentences, time_unsaid


def _cited(text: str, highlight: str | None = None) -> tuple[str, int, int]:
    highlight = highlight or text
    start = text.index(highlight)
    return text, start, start + len(highlight)


@pytest.fixture(scope="module")
def encode():
    return load_encoder("all-MiniLM-L6-v2").encode


# the Lamport interview (dev-un-5022's first passage) and the Lavrov press conference (seed-4206's)
PROGRAMMING = ("**Leslie Lamport:** Well, the big change since I started - and I started programming in 1957 - is that "
               "now nobody can understand programs.")
NIS = ("NIS is an engine of Serbia’s economy. Last year the company accounted for 13 percent of the country’s "
       "budget revenues.")


def test_the_sentences_read_are_those_that_let_the_time_check_through():
    asked = "When did the presenter start using n8n?"  # dev-un-5022
    assert not time_unsaid(asked, [_cited(PROGRAMMING)])  # the check lets it through by "1957"
    sentences = time_sentences(asked, [_cited(PROGRAMMING)])
    assert len(sentences) == 1 and "1957" in sentences[0]
    # a passage that says no time gives none (the check declines it itself)
    assert time_sentences(asked, [_cited("NIS is an engine of Serbia’s economy.")]) == []


def test_a_time_far_in_meaning_from_the_question_does_not_answer_it(encode):
    assert time_far_from_question("When did the presenter start using n8n?", [_cited(PROGRAMMING)], encode)
    assert time_far_from_question("In what year was the Petroleum Industry of Serbia established?", [_cited(NIS)],
                                  encode)  # seed-4206
    # the same passages answer the questions they speak of (dev-trial20-26, seed-5001)
    assert not time_far_from_question("When did Lamport begin to program?", [_cited(PROGRAMMING)], encode)
    assert not time_far_from_question("In which year did NIS bring in 13 percent of Serbia's budget revenues?",
                                      [_cited(NIS)], encode)


def test_off_without_an_encoder_or_for_a_question_of_no_time(encode, monkeypatch):
    asked = "When did the presenter start using n8n?"
    assert not time_far_from_question(asked, [_cited(PROGRAMMING)], None)
    assert not time_far_from_question("Why did the presenter start using n8n?", [_cited(PROGRAMMING)], encode)
    monkeypatch.setattr(answerable, "TIME_SENTENCE_FLOOR", 0)
    assert not time_far_from_question(asked, [_cited(PROGRAMMING)], encode)


def test_a_time_said_by_a_near_next_citation_stands(encode, monkeypatch):
    # the first passage says no time; the next one, near it in score, says one far in meaning from the question
    # (dev-num27-19's answer, cited third: "that was in 1972"); read with the floor only where the first citation
    # alone lets the question through (TIME_FLOOR_FIRST_CITATION)
    asked = "When did the presenter start using n8n?"
    cited = [_cited("NIS is an engine of Serbia’s economy."), _cited(PROGRAMMING)]
    assert not time_unsaid(asked, cited, scores=[1.0, 0.95])
    assert answerable.TIME_FLOOR_FIRST_CITATION
    assert not time_far_from_question(asked, cited, encode, scores=[1.0, 0.95])
    monkeypatch.setattr(answerable, "TIME_FLOOR_FIRST_CITATION", False)
    assert time_far_from_question(asked, cited, encode, scores=[1.0, 0.95])


def test_over_the_eight_recordings_a_time_of_another_recording_is_declined(eight_qa, monkeypatch):
    question = "When did the presenter start using n8n?"  # dev-un-5022: Lamport's "1957" cited
    answer = eight_qa.ask(question)
    assert not answer.answerable and answer.note == TIME_NOTE
    assert eight_qa.ask("When did Lamport begin to program?").answerable  # dev-trial20-26
    monkeypatch.setattr(answerable, "TIME_SENTENCE_FLOOR", 0)
    assert eight_qa.ask(question).answerable  # main's reading
