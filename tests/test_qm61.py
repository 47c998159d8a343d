"""qm61: a deep reading spread over a meeting's parts (`spread_weight`, off as shipped; docs/retrieval.md "qm61").

Past the first `spread_head` passages, a passage of rapid talk waits `spread_weight` places for each passage already
read within `spread_chars` characters of it. Asked of a real QMSum val meeting with the bundled model."""

import shutil

import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.errors import TqaError
from qa.retrieve import spread_reading
from qa.types import Passage
from tests.conftest import shared_path

MEETING = "IS1006a.txt"  # a short val meeting of rapid talk (152 passages)
QUESTION = "What did the group discuss about the remote control's design?"


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm61")
    shutil.copy(shared_path("bench", "qmsum", "val", "transcripts", MEETING), folder / MEETING)
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / MEETING])
    return tqa


def _near_before(passages, radius: int, head: int) -> int:
    """How many passages after the first `head` lie within `radius` characters of one read before them."""
    return sum(any(o.start_char < p.end_char + radius and p.start_char < o.end_char + radius for o in passages[:i])
               for i, p in enumerate(passages) if i >= head)


def test_off_as_shipped_and_never_negative():
    assert Settings().spread_weight == 0.0
    with pytest.raises(TqaError, match="spread_weight"):
        Settings().replace(spread_weight=-1.0)


def test_spread_reading_keeps_the_citations_and_reads_the_meeting_wider(meeting):
    off_answer, off = meeting.ask_ranked(QUESTION, k=10, depth=300)
    on_qa = TranscriptQA(meeting.settings.replace(spread_weight=10.0))
    on_answer, on = on_qa.ask_ranked(QUESTION, k=10, depth=300)
    assert [c.start_char for c in on_answer.citations] == [c.start_char for c in off_answer.citations]
    assert [(p.start_char, p.end_char) for p in on[:10]] == [(p.start_char, p.end_char) for p in off[:10]]
    assert sorted((p.start_char, p.end_char) for p in on) == sorted((p.start_char, p.end_char) for p in off)
    # the next 40 passages read: fewer of them next to a passage already read
    assert _near_before(on[:50], 600, 10) < _near_before(off[:50], 600, 10)


def test_a_transcript_of_long_turns_keeps_its_order():
    passages = [Passage("talk.txt", "A", "statement", f"words {i}", 100 * i, 100 * i + 50, i, i)
                for i in range(30)]
    assert spread_reading(passages, head=10, radius=600, weight=10.0, spread=frozenset()) == passages
    spread = spread_reading(passages, head=10, radius=600, weight=10.0, spread=frozenset({"talk.txt"}))
    assert spread[:10] == passages[:10] and spread != passages and sorted(spread, key=passages.index) == passages
