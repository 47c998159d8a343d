"""trial58 (docs/retrieval.md "trial58"): how a recording opens or ends, asked without "with" ("How did the
background call end?", "What does the host say in the intro of the Lamport episode?"), is read by the recording's
order, as "What did the lecture begin with?" is (`answerable.EDGE_ASKED`). Over the eight shared transcripts in one
index, as dev's questions are asked."""

import pytest

from qa import answerable
from qa.order import order_kind

CALL = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LAMPORT = "changelog-552-leslie-lamport-interview.md"


@pytest.mark.parametrize("question, kind", [
    ("How did the background call end?", "last"),
    ("How did Lavrov open the news conference?", "first"),
    ("How does the agentic AI video start?", "first"),
    ("What does the host say in the intro of the Lamport episode?", "first"),
    ("How did the press conference with Suga wrap up?", "last"),
])
def test_an_edge_of_a_recording_is_asked_by_its_order(question, kind):
    assert answerable.asks_order(question) == "order"
    assert order_kind(question) == kind


@pytest.mark.parametrize("question", [
    "What does the lecturer promise to discuss at the end of the bagging session?",  # what is said there
    "Whom did Suga thank at the start of his remarks?",  # a turn, not the recording
    "What did he say in the opening statement?",
    "When did the meeting start?",
    "How did the algorithm start?",
])
def test_what_is_said_at_an_edge_or_a_turn_is_no_edge_asked(question):
    assert answerable.asks_order(question) is None


def test_how_a_call_ends_cites_its_closing_words(eight_qa):
    answer = eight_qa.ask("How did the background call end?", k=3)
    first = answer.citations[0]
    assert first.transcript == CALL
    assert "This concludes our call." in first.highlight
    assert "closing passages" in answer.note


def test_the_intro_of_an_episode_cites_its_opening(eight_qa):
    answer = eight_qa.ask("What does the host say in the intro of the Lamport episode?", k=3)
    assert answer.answerable
    first = answer.citations[0]
    assert first.transcript == LAMPORT
    assert "I'm here with Leslie Lamport" in first.text


def test_off_the_end_of_a_call_is_searched_as_before(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "EDGE_ASKED", False)
    answer = eight_qa.ask("How did the background call end?", k=3)
    assert "This concludes our call." not in answer.citations[0].highlight
