"""typo25: the typing mend leaves real English words alone: a word no transcript holds and the model's vocabulary
lacks whole ("corneas", "paternity") is no slip of a word one letter from it that a transcript holds ("corners",
"maternity"); slips are still mended (docs/retrieval.md, "Real words are no slips")."""

from __future__ import annotations

import pytest

import qa.api
from qa.answerable import is_english_word
from qa.api import TranscriptQA
from qa.config import Settings
from tests.conftest import shared_path


@pytest.mark.parametrize("word", ["corneas", "pullets", "remissions", "paternity", "modems", "Concussions"])
def test_rare_and_inflected_words_are_english_words(word):
    assert is_english_word(word)


@pytest.mark.parametrize("word", ["baging", "varience", "framwork", "desinging", "recieve", "goverment"])
def test_slips_and_common_misspellings_are_not(word):
    assert not is_english_word(word)


@pytest.fixture(scope="module")
def two_qa(tmp_path_factory) -> TranscriptQA:
    """The agentic AI captions ("maternity leave", "onboard") and the bagging lecture ("models", "samples")."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("real-words") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (
        "agentic-ai-explained-youtube-captions.vtt", "i2ml-random-forest-bagging-lecture.srt")])
    return tqa


@pytest.mark.parametrize("question, word", [
    # main read these as "maternity leave" and "models" and answered them from the video and the lecture
    ("What does the video say about paternity leave?", "paternity"),
    ("What did the lecturer say about modems?", "modems"),
    ("What does the video say about inboard motors?", "inboard"),  # "onboard" the new intern
])
def test_a_real_word_no_transcript_holds_is_not_mended_and_is_declined(two_qa, question, word):
    answer = two_qa.ask(question)
    assert word in answer.query
    assert not answer.answerable, answer.citations[0].highlight


def test_slips_are_still_mended_beside_a_real_word(two_qa):
    answer = two_qa.ask("which framwork does the equity reserch agent use")
    assert "framework" in answer.query and "research" in answer.query
    assert answer.answerable, answer.note
    # a real word the transcripts lack does not keep the question's slips from being mended
    assert "framework" in two_qa.ask("which framwork helps with paternity leave").query
    assert "paternity" in two_qa.ask("which framwork helps with paternity leave").query
    assert "samples" in two_qa.ask("how many bootstrap samles does bagging draw").query


def test_a_conversation_s_history_is_read_once(two_qa, monkeypatch):
    read = []
    mend = qa.api.with_typing_mended

    def counted(question, corpus):
        read.append(question)
        return mend(question, corpus)

    monkeypatch.setattr(qa.api, "with_typing_mended", counted)
    history = ["what is an agentic ai sytem"]
    first = two_qa.ask("and what tools can it use", history=history)
    assert [q for q in read if "sytem" in q]  # read in its plain wording: "What is an agentic ai sytem?"
    read.clear()
    # the next question of the conversation: its history was read with the first
    second = two_qa.ask("and what tools can it use", history=history)
    assert first == second
    assert not [q for q in read if "agentic" in q]
