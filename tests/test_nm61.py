"""nm61: a question that opens with a clause of "when" setting the scene before the question proper ("When the members
output hard labels, how does the ensemble settle on a class?") asks no time, also where the clause's last word carries
the comma: `qa.answerable.without_when_clause` drops the clause, and the expected answer is read from the question
proper. Off (`WHEN_CLAUSE_COMMA`, as shipped), only a comma after a space is read, such a question is read as asking a
time, and declined where no passage gives one ("No passage found gives the time asked for"). The scene check
(`SCENE_PROPER_UNSAID`, off as shipped) declines such a question asked alone where none of the question proper's own
words is said in the first passages. Neither is adopted (docs/retrieval.md, "nm61"): each test turns them on."""
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
    ("When Harris arrived in Paradise, what was the only thing left standing?",
     "what was the only thing left standing?"),
])
def test_a_scene_setting_clause_with_its_comma_is_dropped(question, proper, monkeypatch):
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", True)  # off as shipped (docs/retrieval.md, "nm61")
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
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", True)
    answer = bagging_qa.ask(question)
    assert answer.answerable and answer.citations
    assert "majority voting" in " ".join(c.text for c in answer.citations[:2])
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", False)
    declined = bagging_qa.ask(question)  # read as asking a time, which the lecture never gives
    assert not declined.answerable


EXPELLED = ("And the United States is expelling 10 Russian officials from Russia’s Washington, D.C., diplomatic "
            "mission.")


def test_a_question_proper_said_nowhere_in_the_first_passages_is_unsaid(monkeypatch):
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", True)
    monkeypatch.setattr(answerable, "SCENE_PROPER_UNSAID", True)  # both off as shipped
    cited = [(EXPELLED, 0, len(EXPELLED))]
    airline = "When the US expels the 10 Russian officials, which airline will fly them home?"
    assert answerable.scene_proper_unsaid(airline, cited)
    # a word of the question proper said (stemmed: "gives" for "give"), or nothing of its own beyond the clause's
    # words and question, helper and pronoun words: not unsaid
    reason = "When the US expels the 10 Russian officials, what reason does it give?"
    assert not answerable.scene_proper_unsaid(reason, [(EXPELLED + " It gives no reason.", 0, 10)])
    assert not answerable.scene_proper_unsaid("When the US expels the officials, what did they say?", cited)
    # ... said in a passage to SCENE_DEPTH, not beyond
    far = [(EXPELLED, 0, 10)] * (answerable.SCENE_DEPTH - 1) + [("They fly home on a charter airline.", 0, 10)]
    assert not answerable.scene_proper_unsaid(airline, far)
    assert answerable.scene_proper_unsaid(airline, [(EXPELLED, 0, 10)] + far)
    # no scene-setting clause ("When did ...?" asks a time), or the check off: nothing read
    assert not answerable.scene_proper_unsaid("When will the officials fly home on an airline?", cited)
    monkeypatch.setattr(answerable, "SCENE_PROPER_UNSAID", False)
    assert not answerable.scene_proper_unsaid(airline, cited)


@pytest.fixture(scope="module")
def sanctions_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_the_scene_found_and_its_question_never_said_is_declined(sanctions_qa, monkeypatch):
    question = "When the US expels the 10 Russian officials, which airline will fly them home?"  # dev-un-5408
    monkeypatch.setattr(answerable, "WHEN_CLAUSE_COMMA", True)
    monkeypatch.setattr(answerable, "SCENE_PROPER_UNSAID", True)
    answer = sanctions_qa.ask(question)
    assert not answer.answerable and answer.note == answerable.SCENE_NOTE
    # ... answered where the question proper is said (dev-nm61-006), and with the check off
    assert sanctions_qa.ask("When the President spoke with Putin earlier this week, what did he tell him?").answerable
    monkeypatch.setattr(answerable, "SCENE_PROPER_UNSAID", False)
    assert sanctions_qa.ask(question).answerable
