"""lead48 (docs/retrieval.md "lead48"): a recording's title before a noun for its speaker ("the agentic AI
presenter's company", "the bagging lecturer") is not searched, as the title's words draw the recording's opening; a
possessive after the subject that "which" asks about stands for it ("Which two earlier projects have their code
available?"), and "answer" ending a question whose object "what kind of questions" opens it is a verb: neither
points back to an earlier question. Over the eight shared transcripts in one index, as dev's questions are asked."""

import pytest

from qa import answerable, conversation
from qa.conversation import read_dependence

AGENTIC = "agentic-ai-explained-youtube-captions.vtt"


def test_the_title_before_the_presenter_is_not_searched(eight_qa):
    answer = eight_qa.ask("How many people does the agentic AI presenter's company employ?", k=3)
    assert answer.query == "How many people does the presenter's company employ?"
    assert answer.citations[0].transcript == AGENTIC
    assert "We have 55" in answer.citations[0].highlight


def test_searched_with_the_title_the_company_is_not_cited_first(eight_qa, monkeypatch):
    monkeypatch.setattr(answerable, "TITLED_PERSON", False)
    answer = eight_qa.ask("How many people does the agentic AI presenter's company employ?", k=3)
    assert "agentic AI" in answer.query
    assert "We have 55" not in answer.citations[0].highlight


@pytest.mark.parametrize("question", ["Is the climate summit Biden hosts soon?",
                                      "What did the lecturer's students ask?",
                                      "Who is the host of the Changelog podcast?"])
def test_a_speaker_noun_without_a_title_before_it_stays(eight_qa, question):
    assert eight_qa.ask(question, k=3).query.rstrip("?") == question.rstrip("?")


@pytest.mark.parametrize("question", ["Which two earlier projects have their code available?",
                                      "Which country recalled its ambassador?",
                                      "Which reporter named his paper?",
                                      "What kind of questions would the HR bot answer?"])
def test_a_question_that_finds_its_pronoun_or_object_in_itself_stands_alone(question):
    assert read_dependence(question, lambda word: True).reason is None


@pytest.mark.parametrize("question", ["Which model does its agent run on?", "What did their report say?",
                                      "How did Biden answer?", "What was Biden's answer?"])
def test_a_pronoun_or_answer_with_nothing_in_the_question_still_points_back(question):
    assert read_dependence(question, lambda word: True).reason is not None


def test_read_as_before_the_possessive_points_back(monkeypatch):
    monkeypatch.setattr(conversation, "WHICH_SUBJECT_OWNER", False)
    monkeypatch.setattr(conversation, "FRONTED_OBJECT", False)
    assert read_dependence("Which two earlier projects have their code available?", lambda word: True).reason
    assert read_dependence("What kind of questions would the HR bot answer?", lambda word: True).reason


def test_the_standalone_question_carries_no_note_that_it_depends_on_an_earlier_one(eight_qa):
    answer = eight_qa.ask("Which two earlier projects have their code available?", k=3)
    assert "depends on an earlier one" not in (answer.note or "")
    assert answer.citations[0].transcript == AGENTIC
