"""rank43: a sentence that gives the figure a question asks for in other words than "how many" (qa.rerank
`figure_marks`, FIGURE_WEIGHT; docs/retrieval.md, "rank43")."""

import pytest

import qa.rerank
from qa.answerable import answer_type
from qa.rerank import content_stems, figure_marks, figure_weight, holds_figure
from tests.conftest import meeting_qa


def test_a_figure_is_a_number_of_something_not_a_name_a_year_or_one():
    figures = ["less than $13 an hour", "92 marks in performance.", "2.5 seconds", "95% of the cases",
               "a 25-mile radius", "20+ years", "nine lives", "several hundreds of employees",
               "a quarter of these bonds"]
    others = ["COVID-19 and the G7", "secure 5G networks", "the 10th-year anniversary", "in 2014 and 2015",
              "on June 14th, 2021", "one of the first things", "a few of them, several times"]
    assert all(map(holds_figure, figures))
    assert not any(map(holds_figure, others))


def test_a_number_asked_otherwise_weighs_the_figure_a_count_its_own_weight_and_another_question_nothing(monkeypatch):
    monkeypatch.setattr(qa.rerank, "FIGURE_WEIGHT", 0.3)
    monkeypatch.setattr(qa.rerank, "COUNT_WEIGHT", 0.1)
    weights = {"What pay rate were the crews getting?": 0.3, "How old was Yegge when he retired?": 0.3,
               "How many diplomats must leave?": 0.1, "What did Lavrov say about Kosovo?": 0.0,
               "When was the briefing?": 0.0}
    for question, weight in weights.items():
        assert figure_weight(question, answer_type(question)) == weight, question


def test_a_sentence_gives_the_figure_only_with_one_of_the_questions_words():
    question = "What pay rate were the wildland crews getting?"
    texts = ["Some are paid less than $13 an hour.", "Ten of us met in Portland.", "The pay rate is a scandal."]
    assert figure_marks(answer_type(question), content_stems(question), texts).tolist() == [0.0, 0.0, 0.0]
    texts[0] = "Some crews are paid less than $13 an hour."
    assert figure_marks(answer_type(question), content_stems(question), texts).tolist() == [1.0, 0.0, 0.0]


TURNS = ("Anna: Our federal firefighters deserve better pay. The pay rate for wildland crews has been a scandal for "
         "years, and the pay rate is what every governor here raises with me.",
         "Ben: Thank you. Next question, please.",
         "Carl: The Forest Service will hire more crews this summer and buy new engines for the western states.",
         "Anna: Last week I learned that some of our federal crews get pay of less than $13 an hour.")


@pytest.mark.parametrize("weight, first", [(0.0, "scandal"), (0.6, "$13")])
def test_the_passage_whose_sentence_gives_the_figure_asked_comes_first(tmp_path, monkeypatch, weight, first):
    monkeypatch.setattr(qa.rerank, "FIGURE_WEIGHT", weight)
    tqa = meeting_qa(tmp_path, "meeting.txt", *TURNS)
    answer = tqa.ask("What pay rate were federal wildland firefighters getting?", k=3)
    assert first in answer.citations[0].text
