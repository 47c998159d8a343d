"""nm61: a question that opens with a clause of "when" setting the scene before the question proper ("When the members
output hard labels, how does the ensemble settle on a class?") asks no time, also where the clause's last word carries
the comma: `qa.answerable.without_when_clause` drops the clause, and the expected answer is read from the question
proper. Before (`WHEN_CLAUSE_COMMA` off), only a comma after a space was read, such a question was read as asking a
time, and declined where no passage gives one ("No passage found gives the time asked for")."""
from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import answer_type, expected_answer, without_when_clause

from .conftest import shared_transcript_qa

BAGGING = "i2ml-random-forest-bagging-lecture.srt"


@pytest.mark.parametrize("question, proper", [
    ("When the members output hard labels, how does the ensemble settle on a class?",
     "how does the ensemble settle on a class?"),
    ("When several predictions are averaged, what does the lecturer call that smoothing?",
     "what does the lecturer call that smoothing?"),
    ("When Harris arrived in Paradise, what was the only thing left standing?", "what was the only thing left standing?"),
])
def test_a_scene_setting_clause_with_its_comma_is_dropped(question, proper):
    assert without_when_clause(question) == proper
    assert expected_answer(question) is None and answer_type(question) is None
    # as before: fdecl31's clause without a comma is dropped; a "when" that asks a time still does (a helper after
    # it, where in the recording, a clause alone with no question proper after it)
    assert without_when_clause("when lavrov was last in belgrade what did they sign") == "what did they sign"
    for asks_time in ("When did the EAEU and Serbia sign a free trade agreement?",
                      "When in the video does the agno demo start?",
                      "When will Sputnik V production begin in Belgrade?", "When the prohibitions take effect?"):
        assert expected_answer(asks_time) == "time"


def test_the_change_off_reads_as_before(monkeypatch):
    question = "When the members output hard labels, how does the ensemble settle on a class?"
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", False)
    assert expected_answer(question) == "time"
    assert without_when_clause(question) == question


@pytest.fixture(scope="module")
def bagging_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, BAGGING)


def test_the_question_proper_is_answered(bagging_qa, monkeypatch):
    question = "When the members output hard labels, how does the ensemble settle on a class?"  # dev-fdecl44-250
    answer = bagging_qa.ask(question)
    assert answer.answerable and answer.citations
    assert "majority voting" in " ".join(c.text for c in answer.citations[:2])
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", False)
    declined = bagging_qa.ask(question)  # read as asking a time, which the lecture never gives
    assert not declined.answerable
