"""reg53: questions in five registers (reaction, criticism, prediction, praise, gist). Two rules:

- `qa.exchange.NAMED_REPLY`: a passage found that is another speaker's statement, which a speaker the question names
  (`qa.rerank.speakers_in`: as who speaks, as its subject, or anywhere by name) replies to in the next turn, is cited
  with that reply ("What is the main thing Lamport wants listeners to take away?": the host's "that's the main thing
  you want to pass on to our listeners ..." and Lamport's "thinking outside the box of code"). Off as shipped: its
  confirm batch B did not move.
- `qa.answerable.SUMMARY_WORDS`: the words that ask for the main point of what was said ("gist", "upshot", "bottom
  line", "main message") are not words a passage must hold (`asked_words`), as DISCUSSION_WORDS are not. On: its
  confirm batch C gained both ways, and no dev or fresh4 question moved."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
import qa.exchange as exchange
from qa.answerable import asked_words


@pytest.mark.parametrize("question, words", [
    ("What was the upshot of Newsom's point about thermometers?", ["Newsom", "point", "thermometers"]),
    ("What was the main message of Brown's answer on what Washington should do?", ["Brown", "answer", "Washington"]),
    ("What was the bottom line of Harris's remarks?", ["Harris", "remarks"]),
    ("What's the gist of Lamport's view on when a system becomes distributed?",
     ["Lamport", "system", "becomes", "distributed"]),
])
def test_the_words_that_ask_for_the_main_point_are_not_asked(question, words, monkeypatch):
    assert [w.lower() for w in asked_words(question)] == [w.lower() for w in words]
    monkeypatch.setattr(answerable, "SUMMARY_WORDS", False)
    assert len(asked_words(question)) > len(words)


def test_a_gist_question_is_answered_where_its_topic_is_said(eight_qa, monkeypatch):
    question = "What was the upshot of Newsom's point about thermometers?"  # dev-reg53-021
    monkeypatch.setattr(answerable, "SUMMARY_WORDS", False)
    answer = eight_qa.ask(question)
    assert not answer.answerable and "upshot" in answer.note
    monkeypatch.setattr(answerable, "SUMMARY_WORDS", True)
    answer = eight_qa.ask(question)
    assert answer.answerable and "no Democratic thermometer" in answer.citations[0].text


def test_the_reply_of_the_speaker_asked_about_is_cited_with_what_it_answers(eight_qa, monkeypatch):
    question = "What is the main thing Lamport wants listeners to take away?"  # dev-reg53-019
    monkeypatch.setattr(exchange, "NAMED_REPLY", False)
    first = eight_qa.ask(question).citations[0]
    assert first.speaker == "Jerod Santo" and "outside the box of code" not in first.text
    monkeypatch.setattr(exchange, "NAMED_REPLY", True)
    first = eight_qa.ask(question).citations[0]
    assert "the main thing you want to pass on to our listeners" in first.text
    assert "thinking outside the box of code" in first.text
