"""In a caption file (.srt, .vtt, Whisper .json) the highlight shown takes in up to CAPTION_GROW units after it while
the whole stays within MAX_UNIT_WORDS (`qa.cite.caption_file`, `grown_after`); CAPTION_AFTER_SHARE (off) makes the
unit after the best its neighbour unless the unit before outscores it (`highlight_units(after_share=...)`;
docs/retrieval.md, "hl50")."""

import numpy as np
import pytest

import qa.cite as cite
from bench import constants
from qa.cite import caption_file, grown_after, highlight_units

from .conftest import shared_transcript_qa

NAMED = "This is called cumulative layout shift."
BEST = "So this kind of shift is not preferred at all."
AFTER = "Google does not prefer it at all."
QUESTION = "Does Google like cumulative layout shift?"


def test_caption_files_are_the_ones_cut_from_cues():
    assert caption_file("agentic-ai-explained-youtube-captions.vtt")
    assert caption_file("i2ml-random-forest-bagging-lecture.SRT")
    assert caption_file("core-web-vitals-lecture-whisper.json")
    assert not caption_file("wh-biden-meeting-western-wildfires-2021-06-30.md")
    assert not caption_file("lavrov-selakovic-press-conference-2021-04-16.txt")


def test_the_highlight_grows_by_units_after_it_only_while_the_whole_fits():
    texts = [NAMED, BEST, AFTER, "And this should be as low as possible.", " ".join(["word"] * 35)]
    assert grown_after(texts, 0, 1, 2) == 3  # 6 + 10 + 7 + 8 words
    assert grown_after(texts, 0, 1, 1) == 2
    assert grown_after(texts, 0, 1, 0) == 1
    assert grown_after(texts, 3, 3, 2) == 3  # 8 + 35 words: over MAX_UNIT_WORDS
    assert grown_after(texts, 4, 4, 2) == 4  # nothing after the last unit


def test_the_unit_after_is_the_neighbour_unless_the_one_before_outscores_it_by_more_than_the_share():
    texts = [NAMED, BEST, AFTER]
    scores = np.array([0.8, 1.0, 0.6])
    assert highlight_units(texts, scores) == (0, 1)  # the better-scoring neighbour, as before
    assert highlight_units(texts, scores, after_share=0.8) == (0, 1)  # 0.6 < 0.8 * 0.8
    assert highlight_units(texts, scores, after_share=0.5) == (1, 2)  # 0.6 >= 0.5 * 0.8
    long_after = AFTER + " " + " ".join(["word"] * 40)  # only where both fit with the best unit
    assert highlight_units([NAMED, BEST, long_after], scores, after_share=0.0) == (0, 1)


@pytest.fixture(scope="module")
def vitals_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "core-web-vitals-lecture-whisper.json")


def test_through_the_api_a_whisper_lecture_shows_the_answer_after_the_units_that_name_it(vitals_qa):
    first = vitals_qa.ask(QUESTION).citations[0]
    assert AFTER in first.highlight
    assert len(first.highlight.split()) <= cite.MAX_UNIT_WORDS
    with constants(cite, CAPTION_GROW=0):
        before = vitals_qa.ask(QUESTION).citations[0]
    assert AFTER not in before.highlight
    assert before.highlight in first.highlight  # grown after, over the same units first
