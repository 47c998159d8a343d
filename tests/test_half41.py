"""Half-remembered questions asked alone (half41): a clause told before a comma-tail asking word ("someone mentioned a
number of homes lost, how many was it"), or a sentence told before "the" + noun, is what the asking word points to,
so the question stands alone (qa.conversation.read_dependence) and gets no note that it depends on an earlier one."""

from __future__ import annotations

import pytest

from qa.api import POINTS_BACK
from qa.conversation import read_dependence, told_before


def _known(word: str) -> bool:
    return True


@pytest.mark.parametrize("question", [
    "someone in the meeting mentioned a number of homes lost, how many was it",
    "some countries agreed to join a cyber exercise, flag something, which ones",
    "there was something about a university where lamport taught, which one was it",
    "lamport quoted some general about battles and plans i think? what was the quote",
    "they named some hacker group with a bear in the name, what was the unit called",
])
def test_told_clause_stands_alone(question):
    assert read_dependence(question, _known).reason is None


@pytest.mark.parametrize("question", [
    "ok, how many was it",  # too short to tell anything
    "Besides the embassy staff, how many did Russia expel?",  # an opening phrase, no clause told
    "Why is that, exactly?",
    "What was the first one?",
    "Okay thanks for that. What was the figure?",  # the sentence before points back itself
    "How did he get there, which one was it",  # a question, not a statement, before the comma
])
def test_no_told_clause_still_points_back(question):
    assert read_dependence(question, _known).reason is not None


def test_told_before_reads_the_clause_before_the_last_comma():
    assert told_before("biden mentioned a fellowship program being restarted, ")
    assert not told_before("biden mentioned a fellowship program being restarted ")  # no comma: nothing told apart
    assert not told_before("what did they say about it, ")


def test_half_remembered_question_has_no_points_back_note(seed_qa):
    answer = seed_qa.ask("lavrov gave a number of russian staff at the un mission, how many was it")
    assert answer.answerable, answer.note
    assert POINTS_BACK.split("(")[0] not in (answer.note or "")
    assert any("150" in c.text for c in answer.citations[:3])


def test_comma_tail_follow_up_still_takes_history(seed_qa):
    answer = seed_qa.ask("ok, how many was it", history=["What did Lavrov propose about short-term trips?"])
    assert answer.history_used
