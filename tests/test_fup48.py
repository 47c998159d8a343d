"""A follow-up's raise for the passages right beside what the earlier answer cited (docs/retrieval.md "fup48"):
qa.conversation.beside_spans over a real store, and a follow-up over the wildfire meeting cited with it on."""

import pytest

from qa import conversation
from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import beside_spans
from tests.conftest import shared_path

FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"


@pytest.fixture(scope="module")
def fire_qa(tmp_path_factory):
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("fup48") / "index"))
    tqa.ingest([shared_path("data", "transcripts", FIRE)])
    return tqa


def _rows(store):
    rows = list(store.transcript_rows(FIRE))
    return rows, [store.passage(r) for r in rows]


def _inside_a_turn(passages) -> int:
    """The first passage with a neighbour of its own turn on each side."""
    return next(i for i in range(1, len(passages) - 1)
                if passages[i - 1].turn_index == passages[i].turn_index == passages[i + 1].turn_index)


def test_off_gives_no_span(fire_qa, monkeypatch):
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.0)
    store = fire_qa.store()
    _, passages = _rows(store)
    p = passages[5]
    assert beside_spans(((FIRE, p.start_char, p.end_char),), store.transcript_rows, store.passage) == ()


def test_the_passages_before_and_after_in_its_turn(fire_qa, monkeypatch):
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.2)
    monkeypatch.setattr(conversation, "BESIDE_SIDES", "both")
    store = fire_qa.store()
    _, passages = _rows(store)
    # a passage with a neighbour of the same turn on each side
    i = _inside_a_turn(passages)
    p = passages[i]
    spans = beside_spans(((FIRE, p.start_char + 5, p.end_char - 5),), store.transcript_rows, store.passage)
    assert spans == ((FIRE, passages[i - 1].start_char, passages[i - 1].end_char),
                     (FIRE, passages[i + 1].start_char, passages[i + 1].end_char))
    # a citation over two passages: the ones outside them
    spans = beside_spans(((FIRE, p.start_char, passages[i + 1].end_char),), store.transcript_rows, store.passage)
    assert (FIRE, passages[i - 1].start_char, passages[i - 1].end_char) in spans
    assert all(s >= passages[i + 1].end_char or e <= p.start_char for _, s, e in spans)


def test_no_neighbour_across_a_turn(fire_qa, monkeypatch):
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.2)
    monkeypatch.setattr(conversation, "BESIDE_SIDES", "both")
    store = fire_qa.store()
    _, passages = _rows(store)
    i = next(i for i in range(1, len(passages)) if passages[i - 1].turn_index != passages[i].turn_index)
    p = passages[i]
    spans = beside_spans(((FIRE, p.start_char, p.end_char),), store.transcript_rows, store.passage)
    assert all(s >= p.end_char for _, s, e in spans)  # the passage before, of the turn before, is not taken
    monkeypatch.setattr(conversation, "BESIDE_SAME_TURN", False)
    spans = beside_spans(((FIRE, p.start_char, p.end_char),), store.transcript_rows, store.passage)
    assert (FIRE, passages[i - 1].start_char, passages[i - 1].end_char) in spans


def test_a_span_of_another_transcript_or_none_gives_nothing(fire_qa, monkeypatch):
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.2)
    store = fire_qa.store()
    _, passages = _rows(store)
    p = passages[3]
    asked = ((FIRE, p.start_char, p.end_char),)
    assert beside_spans(asked, store.transcript_rows, store.passage, replied=asked) == ()  # a question turn cited
    assert beside_spans((), store.transcript_rows, store.passage) == ()
    _, passages = _rows(store)
    end = passages[-1].end_char
    assert beside_spans(((FIRE, end + 10, end + 20),), store.transcript_rows, store.passage) == ()


def test_after_only(fire_qa, monkeypatch):
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.2)
    monkeypatch.setattr(conversation, "BESIDE_SIDES", "after")
    store = fire_qa.store()
    _, passages = _rows(store)
    i = _inside_a_turn(passages)
    p = passages[i]
    assert beside_spans(((FIRE, p.start_char, p.end_char),), store.transcript_rows, store.passage) == (
        (FIRE, passages[i + 1].start_char, passages[i + 1].end_char),)


def _gold_rank(answer, quote):
    for c in answer.citations:
        if quote[:60] in " ".join(c.text.split()):
            return c.rank
    return None


def test_what_she_asked_next_is_cited_higher_with_the_rule(fire_qa, monkeypatch):
    """conv-dev-3466: Brown's next request follows the passage that told what she thanked Biden for."""
    history = ["What did Governor Brown thank Biden for about the 2020 Labor Day fires?"]
    gold = "I would also ask that federal Individual Assistance be approved"
    monkeypatch.setattr(conversation, "NEXT_PART_WEIGHT", 0.0)  # fup64's raise of what follows, read alone elsewhere
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.0)
    before = _gold_rank(fire_qa.ask("and what did she ask for next?", history=history, k=10), gold)
    monkeypatch.setattr(conversation, "BESIDE_WEIGHT", 0.2)
    monkeypatch.setattr(conversation, "BESIDE_SIDES", "after")
    after = _gold_rank(fire_qa.ask("and what did she ask for next?", history=history, k=10), gold)
    assert after is not None and after <= 3
    assert before is None or after < before
