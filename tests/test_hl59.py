"""The highlight shown may move from a unit that says only the question's words other units say too to a unit after it
that alone says one of them: the detail asked, not the topic's opening (`qa.cite.rare_detail`, RARE_WORD_WEIGHT; shown
only: the matched units, the citation's span and its rank stay; docs/retrieval.md, "hl59")."""

import numpy as np
import pytest

import qa.cite as cite
from bench import constants
from qa.cite import rare_detail, rare_shares
from qa.rerank import content_stems

from tests.conftest import shared_transcript_qa

OPENING = "On SolarWinds, we're formally naming the SVR as the perpetrator of the cyber espionage campaign."
ACTOR = "The SVR unit, APT29, Cozy Bear, the Dukes, we name as the actor of the SolarWinds intrusion."
UPDATE = "This is an update to the assessment by the previous administration that this incident was of Russian origin."
TEXTS = [OPENING, ACTOR, UPDATE]
QUESTION = "What did the previous administration say about the origin of the SolarWinds hack by the SVR?"
STEMS = content_stems(QUESTION)
SCORES = np.array([1.0, 0.8, 0.85], np.float32)
OVERLAPS = np.array([0.3, 0.1, 0.4], np.float32)


def test_a_rare_word_is_one_only_one_unit_holds():
    shares = rare_shares(STEMS, TEXTS)
    assert shares[0] == shares[1] == 0  # "SolarWinds" and "SVR" in more than one unit: shared
    assert shares[2] > 0  # "previous", "administration", "origin": this unit alone
    assert not rare_shares(frozenset(), TEXTS).any()


def test_the_highlight_moves_to_the_unit_after_that_alone_says_a_word_of_the_question():
    rare = rare_shares(STEMS, TEXTS)
    with constants(cite, RARE_WORD_WEIGHT=0.5):  # 0.85 + 0.5 * 3/7 >= 1.0: the update with its better neighbour
        assert rare_detail(TEXTS, SCORES, rare, 0, 0, 0, 2, OVERLAPS) == (1, 2)
    with constants(cite, RARE_WORD_WEIGHT=0.2):  # 0.85 + 0.2 * 3/7 < 1.0: the opening keeps it
        assert rare_detail(TEXTS, SCORES, rare, 0, 0, 0, 2, OVERLAPS) == (0, 0)


def test_the_highlight_is_kept_where_the_rule_cannot_read_it():
    rare = rare_shares(STEMS, TEXTS)
    with constants(cite, RARE_WORD_WEIGHT=0.5):
        assert rare_detail(TEXTS, SCORES, rare, 2, 2, 0, 2, OVERLAPS) == (2, 2)  # it holds the rare word already
        assert rare_detail(TEXTS, SCORES, rare, 0, 0, 0, 1, OVERLAPS) == (0, 0)  # the unit outside the window
        none = np.array([0.0, 0.1, 0.4], np.float32)  # a highlight without a question word: an answer after
        assert rare_detail(TEXTS, SCORES, rare, 0, 0, 0, 2, none) == (0, 0)
        assert rare_detail(TEXTS[1:], SCORES[1:], rare[1:], 0, 0, 0, 1, OVERLAPS[1:]) == (0, 0)  # too few units
        # a unit before the highlight that alone says the question's words restates it: the answer is after it
        before = [UPDATE, ACTOR, OPENING]
        assert rare_detail(before, SCORES[::-1].copy(), rare[::-1].copy(), 2, 2, 0, 2, OVERLAPS) == (2, 2)
    with constants(cite, RARE_WORD_WEIGHT=0):  # 0 moves nothing
        assert rare_detail(TEXTS, SCORES, rare, 0, 0, 0, 2, OVERLAPS) == (0, 0)


LAMPORT = "changelog-552-leslie-lamport-interview.md"
SHINES = "The place where it shines is when you're faced with problems of concurrency."


@pytest.fixture(scope="module")
def lamport_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, LAMPORT)


def test_through_the_api_the_sentence_that_says_the_detail_is_shown(lamport_qa):
    question = "Where does TLA+ shine, according to Lamport?"
    with constants(cite, RARE_WORD_WEIGHT=0.5):
        first = lamport_qa.ask(question).citations[0]
    assert SHINES in first.highlight
    assert len(first.highlight.split()) <= cite.MAX_UNIT_WORDS
    with constants(cite, RARE_WORD_WEIGHT=0):
        before = lamport_qa.ask(question).citations[0]
    assert SHINES not in before.highlight
    assert (before.rank, before.start_char, before.end_char) == (first.rank, first.start_char, first.end_char)
