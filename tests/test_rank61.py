"""rank61: a reason or an intent asked ("Why ...?", "What will they do ...?"), standalone: where the first citation's
passage gives no reason or intent (`holds_kind`) and one of the next two passages gives one, its ranking score at
least KIND_FIRST_SHARE of the first's, that one is cited first (qa.cite `kind_first`; docs/retrieval.md "rank61").
Off as shipped (KIND_FIRST_SHARE 0): dev loses first citations it gains elsewhere. The passages are cut from the
shared wildfires meeting; the end-to-end case is the bundled press conference's seed-1467."""
import pytest

import qa.cite
from qa.cite import Highlighted, kind_first
from qa.types import Citation
from tests.conftest import shared_path

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
WHY = "Why is federal firefighting no longer a seasonal job?"

NO_REASON = ("are not a partisan phenomenon", "country line, for that\nmatter.")
REASON = ("Now, traditionally, federal firefighting", "climate change")  # "... but because of climate change"
GRANT = ("Fifty billion dollars.", "efforts that are underway.")


def _cited(*quotes, scores=None) -> list[Highlighted]:
    """Citations of the wildfires meeting's passages that open and close with each of `quotes`' two ends."""
    text = shared_path("data", "transcripts", WILDFIRES).read_text(encoding="utf-8")
    scores = scores or [1.0 - 0.02 * i for i in range(len(quotes))]
    out = []
    for rank, ((opening, closing), score) in enumerate(zip(quotes, scores), 1):
        start = text.index(opening)
        end = text.index(closing, start) + len(closing)
        out.append(Highlighted(Citation(rank=rank, transcript=WILDFIRES, title="", date=None, speaker="", role="",
                                        question=None, start_char=start, end_char=end, start_time=None, end_time=None,
                                        text=text[start:end], highlight=text[start:end], score=score), None))
    return out


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setattr(qa.cite, "KIND_FIRST_SHARE", 0.95)


def test_the_rule_is_off_as_shipped():
    assert qa.cite.KIND_FIRST_SHARE == 0
    assert kind_first(WHY, _cited(NO_REASON, REASON, GRANT)) == [0, 1, 2]


def test_a_reason_asked_puts_the_passage_that_gives_one_first(on):
    assert kind_first(WHY, _cited(NO_REASON, REASON, GRANT)) == [1, 0, 2]
    assert kind_first(WHY, _cited(NO_REASON, GRANT, REASON)) == [2, 0, 1]


def test_nothing_moves_below_the_score_share_or_past_the_depth(on, monkeypatch):
    assert kind_first(WHY, _cited(NO_REASON, REASON, scores=[1.0, 0.9])) == [0, 1]
    monkeypatch.setattr(qa.cite, "KIND_FIRST_DEPTH", 2)
    assert kind_first(WHY, _cited(NO_REASON, GRANT, REASON)) == [0, 1, 2]


@pytest.mark.parametrize("question, first", [
    (WHY, REASON),  # the first passage gives a reason: it may answer
    ("What does Biden think of the firefighters' pay?", NO_REASON),  # a view asked: not read (dev: lost more)
    ("How much did the counties get?", NO_REASON),  # no reason nor intent asked
])
def test_a_first_passage_with_the_kind_or_another_question_is_left_first(on, question, first):
    assert kind_first(question, _cited(first, REASON, GRANT)) == [0, 1, 2]


def test_the_bundled_conference_cites_the_reason_first_when_on(seed_qa, monkeypatch):
    question = "Why is Moscow unhappy about the short-term trips of US staff to Russia?"  # seed-1467
    reason = "goals that are not always above board"
    off = seed_qa.ask(question, k=5)
    assert reason not in off.citations[0].text
    monkeypatch.setattr(qa.cite, "KIND_FIRST_SHARE", 0.95)
    assert reason in seed_qa.ask(question, k=5).citations[0].text


def test_a_follow_up_is_left_as_it_is(seed_qa, monkeypatch):
    history = ["What did Lavrov say about the US diplomats' short-term trips?"]
    question = "Why is Moscow unhappy about them?"
    off = seed_qa.ask(question, history=history, k=5)
    monkeypatch.setattr(qa.cite, "KIND_FIRST_SHARE", 0.95)
    on = seed_qa.ask(question, history=history, k=5)
    assert [c.text for c in on.citations] == [c.text for c in off.citations]
