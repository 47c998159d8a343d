"""nm54: a gist question ("What was the gist / main point / upshot of X's remarks / answer / take on T?") names what
was said by a noun for it and its topic after "on"; `qa.answerable.SUMMARY_TOPIC` reads that topic as what the
question asks about (`topic_of`), as "said about T" is, so the topic rule declines where no passage holds its words.
On: its confirm batch B gained one unanswerable declined and no answerable moved."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import topic_of


@pytest.mark.parametrize("question, topic", [
    ("What was the gist of the bagging lecturer's remarks on neural networks?", "neural networks"),
    ("What was the main point of the web vitals lecturer's section on web fonts?", "web fonts"),
    ("What was the gist of the web vitals lecturer's take on server-side rendering?", "server-side rendering"),
    ("What was the bottom line of the official's answer on the bounties at the press call?", "the bounties"),
])
def test_the_topic_of_a_gist_question_is_read(question, topic, monkeypatch):
    assert topic_of(question) == topic
    # ... only after a gist: "remarks on T" asked alone is read by its verb (none here), as before
    assert topic_of(question.replace("the gist of ", "").replace("the main point of ", "")
                    .replace("the bottom line of ", "")) is None
    monkeypatch.setattr(answerable, "SUMMARY_TOPIC", False)
    assert topic_of(question) is None


def test_a_gist_question_on_a_topic_said_nowhere_is_declined(eight_qa, monkeypatch):
    question = "What was the gist of the bagging lecturer's remarks on neural networks?"  # dev-un-4749
    monkeypatch.setattr(answerable, "SUMMARY_TOPIC", False)
    assert eight_qa.ask(question).answerable
    monkeypatch.setattr(answerable, "SUMMARY_TOPIC", True)
    answer = eight_qa.ask(question)
    assert not answer.answerable and "neural networks" in answer.note
    answer = eight_qa.ask("What was the gist of Suga's answer on the Tokyo Olympics?")  # dev-nm54-001: topic said
    assert answer.answerable and "Tokyo Olympics" in answer.citations[0].text
