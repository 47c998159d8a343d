"""rank49: the next piece of the first passage's turn, whose best sentence opens it, first within OPENING_MARGIN
(qa.rerank `opening_next_first`); a reason asked without "why" read as a why-question in the ranking (CAUSE_ASKED,
qa.rerank `asks_cause`). Both off as shipped (docs/retrieval.md, "rank49")."""

import pytest

import qa.rerank
from qa.rerank import asks_cause, opening_next_first
from qa.types import Hit, Passage
from tests.conftest import shared_transcript_qa

SHORT_TRIPS = "What does Lavrov mean by parity on short-term trips?"


def test_the_rule_is_off_as_shipped():
    assert qa.rerank.OPENING_MARGIN == 0.0
    assert qa.rerank.CAUSE_ASKED is False


def _hit(row: int, score: float, speaker: str = "Anna", turn: int = 0) -> Hit:
    text = f"Passage {row}."
    passage = Passage(transcript="t.txt", speaker=speaker, role="", text=text, start_char=0, end_char=len(text),
                      turn_index=turn, paragraph=row)
    return Hit(passage=passage, score=score, row=row)


def test_the_next_piece_of_the_turn_that_opens_with_its_best_sentence_goes_first_within_the_margin():
    ranked = [_hit(4, 1.00), _hit(5, 0.97), _hit(9, 0.90)]
    assert [h.row for h in opening_next_first(ranked, {4: False, 5: True}, 0.05)] == [5, 4, 9]
    assert [h.row for h in opening_next_first(ranked, {4: False, 5: True}, 0.02)] == [4, 5, 9]  # too far below
    assert [h.row for h in opening_next_first(ranked, {4: False, 5: False}, 0.05)] == [4, 5, 9]  # its best is later
    before = [_hit(5, 1.00), _hit(4, 0.99)]  # the piece before: not the rule's
    assert [h.row for h in opening_next_first(before, {4: True, 5: True}, 0.05)] == [5, 4]
    other = [_hit(4, 1.00), _hit(5, 0.99, speaker="Ben", turn=1)]  # another speaker's turn
    assert [h.row for h in opening_next_first(other, {4: False, 5: True}, 0.05)] == [4, 5]


def test_the_seed_press_conference_cites_the_piece_that_opens_with_the_proposal_first(seed_qa, monkeypatch):
    """On the bundled press conference, "the second disparity ... short-term trips" (the question's words) is first,
    and the next piece of Lavrov's answer opens on the proposal ("Now we are putting a stop ... We will suggest
    parity in this respect"); with the margin it goes first, and the first one follows it."""
    cited = {}
    for margin in (0.0, 0.05):
        monkeypatch.setattr(qa.rerank, "OPENING_MARGIN", margin)
        cited[margin] = [c.text for c in seed_qa.ask(SHORT_TRIPS, k=3).citations]
    assert "The second disparity" in cited[0.0][0] and "We will suggest parity" in cited[0.0][1]
    assert "We will suggest parity" in cited[0.05][0] and "The second disparity" in cited[0.05][1]


def test_a_follow_up_is_not_reordered(seed_qa, monkeypatch):
    history = ["What did Lavrov say about the Americans' diplomatic staff?"]
    cited = {}
    for margin in (0.0, 0.05):
        monkeypatch.setattr(qa.rerank, "OPENING_MARGIN", margin)
        cited[margin] = [c.text for c in seed_qa.ask("And the short-term trips, what parity does he mean?", k=3,
                                                     history=history).citations]
    assert cited[0.0] and cited[0.0] == cited[0.05]


@pytest.mark.parametrize("question, asked", [
    ("What's behind Newsom's enthusiasm for higher pay?", True),
    ("What prompted the measures announced today?", True),
    ("What made Sonoma the first to apply?", True),
    ("What led Russia to expel them?", True),
    ("On what grounds is the US kicking out the ten Russians?", True),
    ("What reason do the officials give for it?", True),
    ("What did Biden say about the heat?", False),
    ("What will make the Games safe?", False),
    ("What do the officials make of it?", False),
])
def test_a_reason_asked_without_why_is_read(question, asked):
    assert asks_cause(question) is asked


@pytest.fixture(scope="module")
def sanctions_lavrov_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md",
                                "lavrov-selakovic-press-conference-2021-04-16.txt")


def test_a_reason_asked_on_what_grounds_brings_the_passage_that_gives_it(sanctions_lavrov_qa, monkeypatch):
    """"On what grounds is the US kicking out the ten Russians?": Lavrov's "Ten diplomats were included on a list"
    restates it; the official's "The United States is expelling these 10 Russian individuals because ..." gives the
    reason, first with CAUSE_ASKED."""
    question = "On what grounds is the US kicking out the ten Russians?"
    first = {}
    for on in (False, True):
        monkeypatch.setattr(qa.rerank, "CAUSE_ASKED", on)
        first[on] = sanctions_lavrov_qa.ask(question, k=3).citations[0].text
    assert "expelling these 10" not in first[False]
    assert "expelling these 10" in first[True]
