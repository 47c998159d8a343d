"""Multi-part reporters' questions: an exchange is cited only where its answer answers the part the user asks
about ("Is Japan going to the Olympics?" against a reporter who asked Biden about Iran and Suga about the
Olympics, and got Biden's answer on Iran only)."""

import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from tests.conftest import shared_path

OLYMPICS = "Is Japan going to the Olympics?"


@pytest.fixture(scope="module")
def olympics_answer(tmp_path_factory):
    """The answer to OLYMPICS over a real index of the Biden-Suga press conference (../shared)."""
    press = shared_path("data", "transcripts", "wh-biden-suga-press-conference-2021-04-16.md")
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("biden-suga")))
    tqa.ingest([press])
    return tqa.ask(OLYMPICS, k=5)


def test_an_answer_to_another_part_of_the_reporters_question_is_not_highlighted(olympics_answer):
    assert olympics_answer.citations
    assert not [c.highlight for c in olympics_answer.citations[:3] if "Iran" in c.highlight]


def test_a_question_whose_answer_is_to_its_other_part_is_cited_alone(olympics_answer):
    asked = [c for c in olympics_answer.citations if "irresponsible to move forward with the Olympics" in c.text]
    assert asked
    assert [(c.kind, c.role) for c in asked] == [("passage", "question")]


def test_a_reporters_question_that_only_asks_what_the_user_asks_is_cited_after_the_answer(tmp_path):
    # the press call's reporter asked two things; the answer on software procurement follows a deferral on the
    # other, so the question stays alone, and the sentence of it nearest the user's question is itself a question
    call = shared_path("data", "transcripts", "wh-background-press-call-russia-sanctions-2021-04-15.md")
    tqa = TranscriptQA(Settings(index_dir=tmp_path))
    tqa.ingest([call])
    citations = tqa.ask("Will there be new rules for how federal agencies buy software?", k=3).citations
    assert [c.role for c in citations[:2]] == ["answer", "question"]
    assert "upcoming executive order" in citations[0].highlight
