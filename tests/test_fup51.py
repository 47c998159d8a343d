"""fup51 (docs/retrieval.md "fup51"): a follow-up with a topic of its own (at least ALONE_OWN_WORDS content words its
earlier questions do not say), searched with its history, has the passage its search asked alone ranks first placed
at ALONE_PLACE among its citations, when that passage is in the recording of its own first one. Over the eight shared
transcripts in one index (as dev's conversations are asked), "Which journal did he resubmit the bakery paper to?" after
what Lamport read once he joined the ACM is answered in another of his turns, which the history's words rank below
the third; its own words find it. (Over the Lamport interview alone the history's search cites it first already.)"""

import pytest

from qa import conversation

HISTORY = ["What did Lamport read after joining the Association for Computing Machinery?"]
FOLLOW_UP = "Which journal did he resubmit the bakery paper to?"
GOLD = "Well, I resubmitted it to the ACM journal."


@pytest.fixture(scope="module")
def lamport_qa(eight_qa):
    return eight_qa


def _cited(tqa, question, history=(), k=3):
    return [(c.transcript, c.start_char, c.end_char) for c in tqa.ask(question, history=list(history), k=k).citations]


def _gold_rank(tqa) -> int | None:
    answer = tqa.ask(FOLLOW_UP, history=HISTORY, k=5)
    assert answer.history_used
    return next((c.rank for c in answer.citations if GOLD in c.text), None)


def test_the_passage_found_asked_alone_is_among_the_first_three(lamport_qa, monkeypatch):
    monkeypatch.setattr(conversation, "ALONE_PLACE", 3)
    assert conversation.ALONE_OWN_WORDS == 3
    assert _gold_rank(lamport_qa) == 3


def test_off_as_shipped_it_is_below_the_third(lamport_qa):
    assert conversation.ALONE_PLACE == 0  # off as shipped (docs/retrieval.md "fup51")
    rank = _gold_rank(lamport_qa)
    assert rank is None or rank > 3


def test_the_first_two_citations_keep_their_place(lamport_qa, monkeypatch):
    """Placed third, the passage asked alone moves no citation of the history's search out of the first two."""
    monkeypatch.setattr(conversation, "ALONE_PLACE", 3)
    on = _cited(lamport_qa, FOLLOW_UP, HISTORY, k=5)
    monkeypatch.setattr(conversation, "ALONE_PLACE", 0)
    off = _cited(lamport_qa, FOLLOW_UP, HISTORY, k=5)
    assert on[:2] == off[:2] and on[2] in off[3:]


def test_a_follow_up_with_few_words_of_its_own_is_untouched(lamport_qa, monkeypatch):
    """"Who introduced it?" says one content word of its own: no topic to search alone, the rule does not act."""
    history = ["What problem does the bakery algorithm solve?"]
    monkeypatch.setattr(conversation, "ALONE_PLACE", 3)
    on = _cited(lamport_qa, "Who introduced it?", history, k=5)
    monkeypatch.setattr(conversation, "ALONE_PLACE", 0)
    assert _cited(lamport_qa, "Who introduced it?", history, k=5) == on


def test_a_switch_is_answered_as_if_asked_alone(lamport_qa, monkeypatch):
    """A self-contained question after history is searched alone: the rule is a follow-up's only."""
    monkeypatch.setattr(conversation, "ALONE_PLACE", 3)
    switch = "What does Lamport say a TLA+ spec is?"
    assert _cited(lamport_qa, switch, ["Who introduced the mutual exclusion problem?"]) == _cited(lamport_qa, switch)
