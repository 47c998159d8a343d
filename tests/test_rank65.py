"""rank65: a count or an amount asked ("how many", "how much"): where the first citation's best sentence unit and the
unit after it say no number and those of citation 2 or 3 do, its ranking score near the first's, that one is cited
first (qa.cite `unit_count_first`; docs/retrieval.md "rank65"). Off as shipped (UNIT_COUNT_SHARE 0): dev gains, the
confirming batches do not move. The passages are cut from the bundled press conference; the end-to-end case is its
`seed-4002`."""
import pytest

import qa.cite
from qa.cite import Highlighted, says_number, unit_count_first
from qa.types import Citation
from tests.conftest import REPO

CONFERENCE = "lavrov-selakovic-press-conference-2021-04-16.txt"
QUESTION = "How many diplomats did Washington ask Russia to withdraw?"
DISPARITY = ("We have long been telling the Americans", "in the total number.")
TEN = ("Ten diplomats were included on a list", "leave Russia.")
SERBIA = ("We devoted special attention to our joint efforts against COVID-19.", "they were successful.")
# each passage's best unit and the next, as the index's unit vectors choose them for QUESTION
UNITS = {DISPARITY: "We have long been telling the Americans that the disparity in the numerical strength of "
                    "diplomatic missions of Russia in the US and the US in Russia is unacceptable. We have discussed "
                    "this topic for many years.",
         TEN: "We will respond in kind by proposing that 10 US diplomats leave Russia.",
         SERBIA: "Serbia is among the top nations in Europe in terms of vaccination rate."}


def _cited(*quotes, scores=None) -> list[Highlighted]:
    """Citations of the conference's passages that open and close with each of `quotes`' two ends."""
    text = (REPO / "corpus" / CONFERENCE).read_text(encoding="utf-8")
    scores = scores or [1.0 - 0.02 * i for i in range(len(quotes))]
    out = []
    for rank, ((opening, closing), score) in enumerate(zip(quotes, scores), 1):
        start = text.index(opening)
        end = text.index(closing, start) + len(closing)
        out.append(Highlighted(Citation(rank=rank, transcript=CONFERENCE, title="", date=None, speaker="", role="",
                                        question=None, start_char=start, end_char=end, start_time=None, end_time=None,
                                        text=text[start:end], highlight=text[start:end], score=score), None))
    return out


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setattr(qa.cite, "UNIT_COUNT_SHARE", 0.9)


def test_the_rule_is_off_as_shipped():
    assert qa.cite.UNIT_COUNT_SHARE == 0
    order = (DISPARITY, TEN, SERBIA)
    assert unit_count_first(QUESTION, _cited(*order), [UNITS[q] for q in order]) == [0, 1, 2]


def test_a_number_is_read_in_digits_and_in_words_not_in_a_plain_sentence():
    assert says_number("Ten diplomats were included on a list")
    assert says_number("about 9,000 firefighters") and says_number("hundreds of homes")
    assert not says_number("The situation is quite complicated and it is necessary to analyse it in detail.")


@pytest.mark.parametrize("order, expected", [
    ((DISPARITY, TEN, SERBIA), [1, 0, 2]),  # the figure said by [2]'s best unit
    ((DISPARITY, SERBIA, TEN), [2, 0, 1]),  # ... by [3]'s
])
def test_a_later_passage_whose_best_unit_gives_a_number_is_cited_first(on, order, expected):
    assert unit_count_first(QUESTION, _cited(*order), [UNITS[q] for q in order]) == expected


@pytest.mark.parametrize("order, question, scores", [
    ((TEN, DISPARITY, SERBIA), QUESTION, None),  # the first passage's best unit gives a number
    ((DISPARITY, TEN, SERBIA), "Why did Washington ask Russia to withdraw diplomats?", None),  # no count asked
    ((DISPARITY, TEN, SERBIA), QUESTION, [1.0, 0.85, 0.8]),  # under UNIT_COUNT_SHARE of the first's score
])
def test_nothing_moves_where_the_rule_does_not_read(on, order, question, scores):
    assert unit_count_first(question, _cited(*order, scores=scores), [UNITS[q] for q in order]) == [0, 1, 2]


def test_past_the_depth_nothing_moves(on, monkeypatch):
    monkeypatch.setattr(qa.cite, "UNIT_COUNT_DEPTH", 2)
    order = (DISPARITY, SERBIA, TEN)
    assert unit_count_first(QUESTION, _cited(*order), [UNITS[q] for q in order]) == [0, 1, 2]


def test_the_bundled_conference_cites_the_ten_diplomats_first_when_on(seed_qa, monkeypatch):
    off = seed_qa.ask(QUESTION, k=5)  # seed-4002: the disparity passage first, the ten diplomats second
    assert "10 US diplomats leave Russia" not in off.citations[0].text
    assert any("10 US diplomats leave Russia" in c.text for c in off.citations[1:3])
    monkeypatch.setattr(qa.cite, "UNIT_COUNT_SHARE", 0.9)
    on = seed_qa.ask(QUESTION, k=5)
    assert "10 US diplomats leave Russia" in on.citations[0].text
    assert {c.text for c in on.citations} == {c.text for c in off.citations}


def test_a_question_without_a_count_is_answered_as_off(seed_qa, monkeypatch):
    question = "Why is Russia expelling American diplomats?"
    off = seed_qa.ask(question, k=5)
    monkeypatch.setattr(qa.cite, "UNIT_COUNT_SHARE", 0.9)
    assert [c.text for c in seed_qa.ask(question, k=5).citations] == [c.text for c in off.citations]
