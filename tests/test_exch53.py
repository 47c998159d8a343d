"""exch53: a passage put before a first reporter's exchange when its best sentence is closer to the question than any
sentence of the exchange, its reporter's question's included (qa.exchange `closer_than_exchange_first`,
EXCHANGE_MARGIN, EXCHANGE_LEAD; docs/retrieval.md, "exch53")."""

import dataclasses

import numpy as np
import pytest

import qa.exchange
from qa.exchange import closer_than_exchange_first
from qa.types import Hit, Passage
from tests.conftest import shared_transcript_qa

QUERY = np.array([1.0, 0.0], dtype=np.float32)
# each row's sentence vectors, by their cosine to QUERY: the exchange's question (row 1) 0.6, its answer (row 2) 0.5;
# row 3 0.8 (closer than anything the exchange holds), row 4 0.62 (closer only than its answer), row 5 0.9, row 6 0
VECTORS = {1: np.array([[0.6, 0.8]], np.float32), 2: np.array([[0.5, 0.866]], np.float32),
           3: np.array([[0.8, 0.6], [0.1, 0.995]], np.float32), 4: np.array([[0.62, 0.785]], np.float32),
           5: np.array([[0.9, 0.436]], np.float32), 6: np.array([[0.0, 1.0]], np.float32)}


def _passage(row: int, role: str, speaker: str = "Anna") -> Passage:
    text = f"Passage {row}."
    return Passage(transcript="t.txt", speaker=speaker, role=role, text=text, start_char=10 * row,
                   end_char=10 * row + len(text), turn_index=row, paragraph=row)


def _exchange(score: float = 1.0) -> Hit:
    asked, answer = _passage(1, "question", "Q"), _passage(2, "answer")
    return Hit(passage=asked, score=score, row=1, passages=(asked, answer), rows=(1, 2), first_turn=1, last_turn=2,
               start_char=asked.start_char, end_char=answer.end_char)


def _hit(row: int, score: float, role: str = "statement") -> Hit:
    return Hit(passage=_passage(row, role), score=score, row=row)


def _rows(hits):
    return [h.row for h in hits]


def test_the_rule_is_off_as_shipped():
    assert qa.exchange.EXCHANGE_MARGIN == 0.0 and qa.exchange.EXCHANGE_LEAD == 0.05


def test_a_passage_closer_than_all_of_the_exchange_goes_first_within_the_margin():
    units = VECTORS.__getitem__
    hits = [_exchange(), _hit(4, 0.98), _hit(3, 0.95), _hit(6, 0.9)]
    scored = {h.row: h.score for h in hits}
    assert _rows(closer_than_exchange_first(hits, scored, units, QUERY, 0.1, 0.05)) == [3, 1, 4, 6]
    assert _rows(closer_than_exchange_first(hits, scored, units, QUERY, 0.0, 0.05)) == [1, 4, 3, 6]  # off
    assert _rows(closer_than_exchange_first(hits, scored, units, QUERY, 0.03, 0.05)) == [1, 4, 3, 6]  # too far below
    assert _rows(closer_than_exchange_first(hits, scored, units, QUERY, 0.1, 0.25)) == [1, 4, 3, 6]  # lead too small
    # row 4 is closer than the exchange's answer (0.5), not than its reporter's question (0.6) by the lead: it stays
    assert _rows(closer_than_exchange_first(hits[:2], scored, units, QUERY, 0.1, 0.0)) == [4, 1]
    assert _rows(closer_than_exchange_first(hits[:2], scored, units, QUERY, 0.1, 0.05)) == [1, 4]


def test_of_several_the_closest_goes_first_and_only_a_head_passage_that_is_no_question():
    units = VECTORS.__getitem__
    hits = [_exchange(), _hit(3, 0.98), _hit(5, 0.95)]
    scored = {h.row: h.score for h in hits}
    assert _rows(closer_than_exchange_first(hits, scored, units, QUERY, 0.1, 0.05)) == [5, 1, 3]
    asked = [_exchange(), _hit(5, 0.99, role="question")]
    assert _rows(closer_than_exchange_first(asked, {1: 1.0, 5: 0.99}, units, QUERY, 0.1, 0.05)) == [1, 5]
    outside = [_exchange(), _hit(5, 0.99)]  # not of the re-ranked head: its score is not comparable
    assert _rows(closer_than_exchange_first(outside, {1: 1.0}, units, QUERY, 0.1, 0.05)) == [1, 5]


def test_only_a_first_reporters_exchange_is_read():
    units = VECTORS.__getitem__
    plain = [_hit(2, 1.0, role="answer"), _hit(5, 0.99)]
    assert _rows(closer_than_exchange_first(plain, {2: 1.0, 5: 0.99}, units, QUERY, 0.1, 0.05)) == [2, 5]
    second = [_hit(5, 1.0), _exchange(0.99), _hit(3, 0.98)]
    assert _rows(closer_than_exchange_first(second, {5: 1.0, 1: 0.99, 3: 0.98}, units, QUERY, 0.1, 0.05)) == [5, 1, 3]
    reply = dataclasses.replace(_exchange(), passage=_passage(1, "statement"))  # an unlabelled interviewer's reply
    hits = [reply, _hit(5, 0.99)]
    assert _rows(closer_than_exchange_first(hits, {1: 1.0, 5: 0.99}, units, QUERY, 0.1, 0.05)) == [1, 5]


SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"
YEARS = "which past years did they look at to judge the impact?"  # dev-fdecl46-208


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sanctions_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, SANCTIONS)


def test_the_sanctions_call_cites_the_years_looked_back_to_before_an_exchange_on_another_topic(sanctions_qa,
                                                                                              monkeypatch):
    """Off, the first citation is a reporter's question on the Taliban bounties with its answer ("We have noted our
    conclusion of the review ..."), ranked by the reporter's question's words; the official's "We just looked back
    to 2014 and 2015, also 2019, when similar measures were taken." is second. Its sentence is closer to the question
    than anything in the exchange: on, it goes first."""
    cited = {}
    for margin in (0.0, 0.1):
        monkeypatch.setattr(qa.exchange, "EXCHANGE_MARGIN", margin)
        cited[margin] = sanctions_qa.ask(YEARS, k=3).citations
    assert len(cited[0.0][0].turns) > 1 and "looked back to 2014" in _flat(cited[0.0][1].text)
    assert "looked back to 2014" in _flat(cited[0.1][0].text) and len(cited[0.1][0].turns) == 1
    assert cited[0.1][1].text == cited[0.0][0].text


def test_a_question_about_what_was_asked_is_not_reordered(sanctions_qa, monkeypatch):
    question = "What did the NPR reporter ask about escalation?"
    cited = {}
    for margin in (0.0, 0.1):
        monkeypatch.setattr(qa.exchange, "EXCHANGE_MARGIN", margin)
        cited[margin] = [c.text for c in sanctions_qa.ask(question, k=3).citations]
    assert cited[0.0] and cited[0.0] == cited[0.1]
