"""rank47: a sentence that gives the form of answer the question asks (a mechanism, a definition, an instruction:
qa.cite.asked_form / gives_form) gains FORM_WEIGHT in the re-ranking (qa.rerank `form_asked`, `unit_scores`;
docs/retrieval.md, "rank47")."""

import numpy as np
import pytest

import qa.rerank
from qa.rerank import form_asked
from qa.types import Hit, Passage, SentenceUnit
from tests.conftest import meeting_qa


def test_the_form_is_read_only_with_the_weight_on_a_mechanism_and_a_why_question_only_when_asked(monkeypatch):
    monkeypatch.setattr(qa.rerank, "FORM_WEIGHT", 0.0)
    assert form_asked("How do I write a specification?", None) is None
    monkeypatch.setattr(qa.rerank, "FORM_WEIGHT", 0.1)
    monkeypatch.setattr(qa.rerank, "FORM_MECHANISM", False)
    assert form_asked("How does the bakery algorithm work?", None) is None  # "how did the official answer": no
    monkeypatch.setattr(qa.rerank, "FORM_MECHANISM", True)
    assert form_asked("How does the bakery algorithm work?", None) == "mechanism"
    assert form_asked("How do I write a specification?", None) == "procedure"
    assert form_asked("What does Lamport mean by stuttering insensitivity?", None) == "definition"
    assert form_asked("What did Lavrov say about Kosovo?", None) is None
    assert form_asked("Does Russia know why the Americans do it?", None) is None  # yes or no: no form
    assert form_asked("Why is Russia leaving the memorandum?", "reason") is None  # KIND_WEIGHTS' part
    monkeypatch.setattr(qa.rerank, "FORM_OVER_REASON", True)
    assert form_asked("Why is Russia leaving the memorandum?", "reason") == "mechanism"


def test_a_unit_that_gives_the_form_gains_the_weight_and_others_do_not():
    text = "The crews keep the fire from spreading. They do it by cutting firebreaks along the ridges."
    passage = Passage(transcript="t.txt", speaker="Anna", role="", text=text, start_char=0, end_char=len(text),
                      turn_index=0, paragraph=0)
    hit = Hit(passage=passage, score=1.0, row=0)
    units = [SentenceUnit(0, 39, 0, 39), SentenceUnit(40, len(text), 40, len(text))]
    vectors = np.array([[1.0, 0.0], [0.8, 0.6]], np.float32)
    scores = {w: qa.rerank.unit_scores(lambda row: vectors, hit, np.array([1.0, 0.0], np.float32),
                                       units=lambda row: units, form="mechanism", form_weight=w)
              for w in (0.0, 0.3)}
    assert scores[0.0].tolist() == pytest.approx([1.0, 0.8])
    assert scores[0.3].tolist() == pytest.approx([1.0, 1.1])
    no_form = qa.rerank.unit_scores(lambda row: vectors, hit, np.array([1.0, 0.0], np.float32),
                                    units=lambda row: units, form=None, form_weight=0.3)
    assert no_form.tolist() == pytest.approx([1.0, 0.8])


TURNS = ("Anna: Our crews keep the fire from spreading every summer, and they do it well in the western "
         "states.",
         "Ben: Thank you. Next question, please.",
         "Carl: The Forest Service will hire more crews this summer and buy new engines for the western states.",
         "Anna: They manage it by cutting firebreaks along the ridges and burning the dry brush ahead of the flames.")


@pytest.mark.parametrize("weight, first", [(0.0, "every summer"), (2.0, "firebreaks")])
def test_the_passage_whose_sentence_gives_the_asked_form_comes_first(tmp_path, monkeypatch, weight, first):
    monkeypatch.setattr(qa.rerank, "FORM_WEIGHT", weight)
    monkeypatch.setattr(qa.rerank, "FORM_MECHANISM", True)
    tqa = meeting_qa(tmp_path, "meeting.txt", *TURNS)
    answer = tqa.ask("How do the crews keep the fire from spreading?", k=3)
    assert first in answer.citations[0].text


def test_a_follow_up_reads_no_form(tmp_path, monkeypatch):
    """A follow-up's few words lean on its history: the form is read from a standalone question only (a question
    the conversation reads as a new one, "How do the crews keep the fire from spreading?", is one)."""
    monkeypatch.setattr(qa.rerank, "FORM_MECHANISM", True)
    tqa = meeting_qa(tmp_path, "meeting.txt", *TURNS)
    history = ["What did Anna say about the crews and the fire?"]
    cited = {}
    for weight in (0.0, 2.0):
        monkeypatch.setattr(qa.rerank, "FORM_WEIGHT", weight)
        cited[weight] = [c.text for c in tqa.ask("And how do they keep it from spreading?", k=3,
                                                 history=history).citations]
    assert cited[0.0] and cited[0.0] == cited[2.0]
