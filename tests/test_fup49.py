"""fup49 (docs/retrieval.md "fup49"): a follow-up's own words held by a single passage of its first
OWN_WORDS_DEPTH raise that passage by OWN_WORDS_SOLE_WEIGHT (0 as shipped: it loses a seed follow-up). Over the Lamport interview (../shared), "which problems
does it shine on?" after the language Lamport writes specifications in is answered by a sentence said minutes away, in
another of his turns: cited first with the rule, not with the raise every other follow-up's own words get."""

import pytest

from qa import conversation
from tests.conftest import shared_transcript_qa

LAMPORT = "changelog-552-leslie-lamport-interview.md"
HISTORY = ["What language does Lamport use for formal specifications?"]
FOLLOW_UP = "which problems does it shine on?"
GOLD = "The place where it shines is when you're faced with problems of concurrency."


@pytest.fixture(scope="module")
def lamport_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, LAMPORT)


def _first_cites_gold(tqa) -> bool:
    answer = tqa.ask(FOLLOW_UP, history=HISTORY, k=3)
    assert answer.history_used
    return bool(answer.citations) and GOLD in answer.citations[0].text


def test_a_sole_passage_holding_the_follow_ups_own_words_is_cited_first(lamport_qa, monkeypatch):
    monkeypatch.setattr(conversation, "OWN_WORDS_SOLE_WEIGHT", 0.3)
    assert _first_cites_gold(lamport_qa)


def test_as_shipped_it_is_off_and_the_gold_is_not_first(lamport_qa):
    assert conversation.OWN_WORDS_SOLE_WEIGHT == 0.0
    assert not _first_cites_gold(lamport_qa)


def test_on_it_costs_the_seed_follow_up_on_when_sputnik_v_production_starts(seed_qa, monkeypatch):
    """The measured loss that keeps it off: "start", the follow-up's own word, is held by one passage of the first
    thirty, the open ground memorandum's "start the process of withdrawing", raised above "scheduled for May"."""
    asked, history = "When will it start?", ["What did Lavrov say about Sputnik V production in Serbia?"]
    assert "scheduled for May" in seed_qa.ask(asked, history=history, k=3).answer
    monkeypatch.setattr(conversation, "OWN_WORDS_SOLE_WEIGHT", 0.3)
    assert "scheduled for May" not in seed_qa.ask(asked, history=history, k=3).answer


def test_asked_alone_is_untouched(lamport_qa, monkeypatch):
    """A question asked alone takes no raise of a follow-up: its citations are the same with the rule on."""
    question = "Where does TLA+ shine, according to Lamport?"
    off = [(c.transcript, c.start_char) for c in lamport_qa.ask(question, k=3).citations]
    monkeypatch.setattr(conversation, "OWN_WORDS_SOLE_WEIGHT", 0.3)
    assert [(c.transcript, c.start_char) for c in lamport_qa.ask(question, k=3).citations] == off
