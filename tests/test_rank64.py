"""rank64: a second stage over the first three citations (qa.cite `lexical_second`; docs/retrieval.md "rank64"):
one of citations 2-3 is cited first where it beats the first on BM25, on the share of the question's content words
and on its best sentence unit's cosine at once, its ranking score near the first's. Off as shipped
(LEXICAL_SECOND False): dev and the batches do not show it gains. The passages are cut from the shared sanctions
call; the end-to-end case is the bundled press conference."""
import dataclasses

import pytest

import qa.cite
from qa.cite import Highlighted, lexical_second
from qa.types import Citation
from tests.conftest import shared_path

CALL = "wh-background-press-call-russia-sanctions-2021-04-15.md"
QUESTION = "How large is the ruble-denominated sovereign debt market?"
MARKET = ("In terms of how this action imposes costs", "owned by foreign investors.")  # "about 185 billion in size"
PRINCIPLE = ("This is a matter of principle.", "undermine our sovereignty.")
BONDS = ("Under other sanctions authorities today", "other governments.")


def _cited(*quotes, scores=None, bm25=None) -> list[Highlighted]:
    """Citations of the sanctions call's passages that open and close with each of `quotes`' two ends."""
    text = shared_path("data", "transcripts", CALL).read_text(encoding="utf-8")
    scores = scores or [1.0 - 0.02 * i for i in range(len(quotes))]
    bm25 = bm25 or [1.0] * len(quotes)
    out = []
    for rank, ((opening, closing), score, lexical) in enumerate(zip(quotes, scores, bm25), 1):
        start = text.index(opening)
        end = text.index(closing, start) + len(closing)
        out.append(Highlighted(Citation(rank=rank, transcript=CALL, title="", date=None, speaker="", role="",
                                        question=None, start_char=start, end_char=end, start_time=None, end_time=None,
                                        text=text[start:end], highlight=text[start:end], score=score, bm25=lexical),
                               None))
    return out


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setattr(qa.cite, "LEXICAL_SECOND", True)


def test_the_rule_is_off_as_shipped():
    assert qa.cite.LEXICAL_SECOND is False
    assert lexical_second(QUESTION, _cited(PRINCIPLE, MARKET, BONDS, bm25=[1.0, 9.0, 1.0]),
                          [0.3, 0.6, 0.2]) == [0, 1, 2]


def test_a_later_passage_that_beats_the_first_on_every_reading_is_cited_first(on):
    cited = _cited(PRINCIPLE, BONDS, MARKET, bm25=[1.0, 1.0, 9.0])
    assert lexical_second(QUESTION, cited, [0.3, 0.2, 0.6]) == [2, 0, 1]


@pytest.mark.parametrize("bm25, cosines, scores", [
    ([1.0, 3.5, 1.0], [0.3, 0.6, 0.2], None),  # BM25 ahead by less than LEXICAL_SECOND_BM25
    ([1.0, 9.0, 1.0], [0.3, 0.32, 0.2], None),  # the best unit's cosine ahead by less than LEXICAL_SECOND_COSINE
    ([1.0, 9.0, 1.0], [0.3, 0.6, 0.2], [1.0, 0.8, 0.7]),  # its ranking score under LEXICAL_SECOND_SHARE of the first's
])
def test_a_passage_short_of_any_margin_stays_where_it_is(on, bm25, cosines, scores):
    assert lexical_second(QUESTION, _cited(PRINCIPLE, MARKET, BONDS, bm25=bm25, scores=scores), cosines) == [0, 1, 2]


def test_a_passage_that_holds_no_more_of_the_question_words_stays_where_it_is(on):
    # the first passage holds the question's words too: the share of them is no reason to move
    cited = _cited(MARKET, PRINCIPLE, BONDS, bm25=[1.0, 9.0, 1.0])
    assert lexical_second(QUESTION, cited, [0.3, 0.6, 0.2]) == [0, 1, 2]


def test_past_the_depth_nothing_moves(on, monkeypatch):
    monkeypatch.setattr(qa.cite, "LEXICAL_SECOND_DEPTH", 2)
    cited = _cited(PRINCIPLE, BONDS, MARKET, bm25=[1.0, 1.0, 9.0])
    assert lexical_second(QUESTION, cited, [0.3, 0.2, 0.6]) == [0, 1, 2]


def test_the_bundled_conference_is_answered_as_off_where_nothing_passes(seed_qa, monkeypatch):
    question = "Why is Russia expelling American diplomats?"  # the user's question of the brief: no passage passes
    off = seed_qa.ask(question, k=5)
    monkeypatch.setattr(qa.cite, "LEXICAL_SECOND", True)
    on = seed_qa.ask(question, k=5)
    assert [c.text for c in on.citations] == [c.text for c in off.citations]


def test_a_follow_up_is_left_as_it_is(seed_qa, monkeypatch):
    history = ["What did Lavrov say about the news conference?"]
    question = "What will be put out right after it?"
    off = seed_qa.ask(question, history=history, k=5)
    monkeypatch.setattr(qa.cite, "LEXICAL_SECOND", True)
    on = seed_qa.ask(question, history=history, k=5)
    assert [dataclasses.asdict(c) for c in on.citations] == [dataclasses.asdict(c) for c in off.citations]
