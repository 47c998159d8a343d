"""rank59: a count or an amount asked ("how many N", "how much"), standalone: where the first citation's passage holds
no number at all and one of the next two passages holds the count or amount asked, that one is cited first
(qa.cite `figure_first`, FIGURE_FIRST_DEPTH; docs/retrieval.md "rank59"). The passages are cut from the shared
wildfires meeting, asked "how much did the counties get" (dev-name33-2)."""
import pytest

import qa.cite
from qa.cite import Highlighted, figure_first
from qa.types import Citation
from tests.conftest import shared_path

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
COUNTIES = "how much did the counties get"


def _cited(*quotes: str) -> list[Highlighted]:
    """Citations of the wildfires meeting's passages that open and close with each of `quotes`' two ends."""
    text = shared_path("data", "transcripts", WILDFIRES).read_text(encoding="utf-8")
    out = []
    for rank, (opening, closing) in enumerate(quotes, 1):
        start = text.index(opening)
        end = text.index(closing, start) + len(closing)
        out.append(Highlighted(Citation(rank=rank, transcript=WILDFIRES, title="", date=None, speaker="", role="",
                                        question=None, start_char=start, end_char=end, start_time=None, end_time=None,
                                        text=text[start:end], highlight=text[start:end], score=1.0 / rank), None))
    return out


NO_NUMBER = ("are not a partisan phenomenon", "country line, for that\nmatter.")
GRANT = ("Fifty billion dollars.", "efforts that are underway.")
SAID_TWICE = ("We need a coordinated, comprehensive response", "That’s what this is about.")
TWO_FIRES = ("our forests — federal forests in Klamath", "miles away from me.")  # "two of the largest", "a few"


def test_the_figure_first_rule_is_on_at_depth_three():
    assert qa.cite.FIGURE_FIRST_DEPTH == 3


def test_an_amount_asked_puts_the_passage_that_gives_one_first():
    assert figure_first(COUNTIES, _cited(NO_NUMBER, GRANT, SAID_TWICE)) == [1, 0, 2]
    assert figure_first(COUNTIES, _cited(NO_NUMBER, SAID_TWICE, GRANT)) == [2, 0, 1]


def test_nothing_moves_off_or_past_the_depth(monkeypatch):
    monkeypatch.setattr(qa.cite, "FIGURE_FIRST_DEPTH", 0)
    assert figure_first(COUNTIES, _cited(NO_NUMBER, GRANT, SAID_TWICE)) == [0, 1, 2]
    monkeypatch.setattr(qa.cite, "FIGURE_FIRST_DEPTH", 2)
    assert figure_first(COUNTIES, _cited(NO_NUMBER, SAID_TWICE, GRANT)) == [0, 1, 2]


@pytest.mark.parametrize("question, first", [
    (COUNTIES, TWO_FIRES),  # the first passage holds a number ("two of the largest wildfires"): it may answer
    ("Why did the counties get money?", NO_NUMBER),  # no count nor amount asked
    ("When did Sonoma County get its grant?", NO_NUMBER),  # a date asked: not read (measured: +1 -1 on dev)
])
def test_a_first_passage_with_a_number_or_another_question_is_left_first(question, first):
    assert figure_first(question, _cited(first, GRANT, SAID_TWICE)) == [0, 1, 2]


def test_a_follow_up_is_left_as_it_is(eight_qa, monkeypatch):
    history = ["What did Newsom say about the FMAG in Siskiyou County?"]
    monkeypatch.setattr(qa.cite, "FIGURE_FIRST_DEPTH", 0)
    off = eight_qa.ask(COUNTIES, history=history, k=5)
    monkeypatch.setattr(qa.cite, "FIGURE_FIRST_DEPTH", 3)
    on = eight_qa.ask(COUNTIES, history=history, k=5)
    assert [c.text for c in on.citations] == [c.text for c in off.citations]
