"""A podcast producer's own captions (tests/data/ui/harbour-lights-ep7-clip.vtt: twelve cues of an interview with
voice tags, a cue of up to three sentences, the recording named in a NOTE), indexed with a copy of itself as the
whole episode would hold the same words (trial30, docs/ui.md). Real model and index."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from qa.api import TranscriptQA
from qa.config import Settings

CLIP = Path(__file__).parent / "data" / "ui" / "harbour-lights-ep7-clip.vtt"


@pytest.fixture(scope="module")
def clip_qa(tmp_path_factory) -> TranscriptQA:
    folder = tmp_path_factory.mktemp("clip30")
    shutil.copy(CLIP, folder / CLIP.name)
    shutil.copy(CLIP, folder / "harbour-lights-ep7-full.vtt")
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / CLIP.name, folder / "harbour-lights-ep7-full.vtt"])
    return tqa


def test_a_time_at_a_cues_start_highlights_the_cues_first_sentence(clip_qa):
    """The cue at 0:52 holds three sentences, each with the cue's times: the one said at 0:52 is its first ("It's
    what I call them.", the last, was highlighted); 0:56 falls in the second by the share of the cue's words."""
    at_start = clip_qa.ask("What is said at 0:52 in the Harbour Lights clip?")
    assert at_start.citations[0].highlight == "Well, I call it stuttering insensitivity."
    assert at_start.citations[0].highlight_start_time == 52.0
    later = clip_qa.ask("What is said at 0:56 in the Harbour Lights clip?")
    assert later.citations[0].highlight == "I think of these as stuttering steps..."


def test_the_same_words_cited_from_two_recordings_are_said_once_in_the_answer(clip_qa):
    """The clip beside the whole episode: both are cited with the same highlight, and the answer line says it once,
    followed by both markers ("... in terms of its state. [1] [2]"), not twice."""
    answer = clip_qa.ask("How does physics describe cars, according to Lamport?")
    first = " ".join(answer.citations[0].highlight.split())
    assert {c.transcript for c in answer.citations[:2]} == {CLIP.name, "harbour-lights-ep7-full.vtt"}
    assert answer.answer.count(first) == 1, answer.answer
    assert re.search(r"\[1\] \[2\]", answer.answer), answer.answer


def test_a_lead_in_before_a_colon_is_neither_a_name_nor_a_topic(clip_qa):
    """"Switching topics: ..." was declined with "Switching is not mentioned in these transcripts." (the lead-in's
    capitalised first word read as a name no transcript holds), or as too far from every passage (its words searched
    with the question's). A capitalised English word before a lead-in is no name, and a lead-in that speaks of the
    conversation is not searched."""
    answer = clip_qa.ask("Switching topics: what is the key to dealing with complexity?")
    assert answer.answerable, answer.note
    assert "simplicity is the key" in answer.citations[0].highlight
    assert answer.query == "What is the key to dealing with complexity?"
    assert "Switching" in clip_qa.ask("Switching planes: what is said about Harbour Lights?").query  # a topic stays
