"""A follow-up whose first passage holds what the earlier answer highlighted is cited together with the next passage
of that turn (fup43, docs/retrieval.md "fup43"; not adopted: TOLD_READ_ON is off, and the rule's tests set it on)."""

import pytest

import qa.conversation

from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import Context, reads_past_told, told_read_on
from qa.types import Hit, Passage

from tests.conftest import shared_path

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
AGENTIC = "agentic-ai-explained-youtube-captions.vtt"


def _passage(start: int, end: int, turn: int, name: str = WILDFIRES) -> Passage:
    return Passage(name, "THE PRESIDENT", "answer", "x" * (end - start), start, end, turn, 0)


# rows 0..3: two passages of turn 5, one of turn 6, one of turn 5 of another recording
PASSAGES = [_passage(0, 100, 5), _passage(100, 200, 5), _passage(200, 300, 6), _passage(0, 100, 5, SUGA)]


def _hits(*rows: int) -> list[Hit]:
    return [Hit(PASSAGES[r], 1.0 - i / 10, row=r) for i, r in enumerate(rows)]


def _next(row: int) -> Passage | None:
    return PASSAGES[row] if 0 <= row < len(PASSAGES) else None


def _told(start: int, end: int, name: str = WILDFIRES) -> Context:
    return Context(("how hot did newsom say it got",), None, answered=((name, 0, 100),), told=((name, start, end),))


@pytest.fixture
def read_on(monkeypatch):
    monkeypatch.setattr(qa.conversation, "TOLD_READ_ON", True)


def test_off_the_hits_are_as_they_were():
    hits = _hits(0, 1, 2)
    assert told_read_on(hits, _told(40, 60), _next) == hits


def test_the_told_passage_is_read_on_into_the_next_one_of_its_turn(read_on):
    hits = told_read_on(_hits(0, 1, 2), _told(40, 60), _next)
    assert hits[0].is_pair and hits[0].rows == (0, 1) and (hits[0].start_char, hits[0].end_char) == (0, 200)
    assert [h.row for h in hits[1:]] == [1, 2]  # the next passage keeps its own hit (seed-40)
    # the highlight is chosen as before (TOLD_READ_PAST off: the told claim is often the answer, conv-dev-1556)
    assert not reads_past_told("and what did he say there is no such thing as?", _told(40, 60), hits)


@pytest.mark.parametrize("rows, context", [
    ((2, 0), _told(40, 60)),  # the first passage does not hold what was told
    ((0, 2), _told(140, 160)),  # ... nor here (what was told is in the next passage)
    ((0, 2), _told(40, 60, SUGA)),  # ... told in another recording
    ((1, 2), _told(140, 160)),  # the next passage is of another turn
    ((0, 2), Context(("how hot did newsom say it got",), None)),  # the earlier answer was declined: nothing told
    ((0, 2), Context((), None)),  # a question asked alone
])
def test_otherwise_the_hits_are_as_they_were(read_on, rows, context):
    hits = _hits(*rows)
    assert told_read_on(hits, context, _next) == hits
    assert not reads_past_told("and what did he say there is no such thing as?", context, hits)


def test_a_why_follow_up_reads_past_the_told_claim_as_before():
    assert reads_past_told("Why?", _told(40, 60), _hits(2, 0))


@pytest.fixture(scope="module")
def agentic_and_wildfires_qa(tmp_path_factory):
    """The agentic AI video and the wildfire meeting in one index (../shared)."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("fup43") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (AGENTIC, WILDFIRES)])
    return tqa


def test_what_the_assistant_is_asked_after_the_told_example_is_cited_first(read_on, agentic_and_wildfires_qa):
    # conv-dev-1737: the travel assistant's "book a 7-day trip to London" follows, in the next passage of the
    # video's one turn, the passage whose example the earlier answer highlighted
    history = ["Besides AI coding, what is an example of an agentic AI system in the video?"]
    asked = agentic_and_wildfires_qa.ask("what would you ask it to do", history=history)
    assert asked.history_used and asked.answerable
    first = asked.citations[0]
    gold = agentic_and_wildfires_qa.transcript_text(AGENTIC).index("book a 7-day")
    assert first.transcript == AGENTIC and first.start_char <= gold < first.end_char


def test_a_switch_after_history_is_answered_as_alone(read_on, agentic_and_wildfires_qa):
    question = "What did Governor Brown say about the Good Neighbor Authority?"
    after = agentic_and_wildfires_qa.ask(question, history=["what is an AI agent"])
    alone = agentic_and_wildfires_qa.ask(question)
    assert not after.history_used
    assert [(c.transcript, c.start_char, c.end_char) for c in after.citations] == [
        (c.transcript, c.start_char, c.end_char) for c in alone.citations]


def test_nonsense_after_history_stays_declined(read_on, agentic_and_wildfires_qa):
    asked = agentic_and_wildfires_qa.ask("asdkjh qwpoe zzxv?",
                                         history=["How hot did Newsom say it got in Palm Springs?"])
    assert not asked.answerable and not asked.citations
