"""rank51: of two passages of one speaker at the head of the re-ranking, within SAME_SPEAKER_MARGIN of each other,
the one whose best sentence is closer to the question by its plain cosine first (qa.rerank
`same_speaker_closer_first`). Off as shipped (docs/retrieval.md, "rank51")."""

import numpy as np

import qa.rerank
from qa.rerank import plain_cosine, same_speaker_closer_first
from qa.types import Hit, Passage

WAGE = "What hourly wage did Biden find out some federal fire crews were getting?"


def test_the_rule_is_off_as_shipped():
    assert qa.rerank.SAME_SPEAKER_MARGIN == 0.0


def _hit(row: int, score: float, speaker: str = "Anna", role: str = "", transcript: str = "t.txt") -> Hit:
    text = f"Passage {row}."
    passage = Passage(transcript=transcript, speaker=speaker, role=role, text=text, start_char=0, end_char=len(text),
                      turn_index=row, paragraph=row)
    return Hit(passage=passage, score=score, row=row)


QUERY = np.array([1.0, 0.0], dtype=np.float32)
# each row's sentence vectors: row 1's best sentence has cosine 0.6 to QUERY, row 2's 0.8, row 3's 0.7
VECTORS = {1: np.array([[0.6, 0.8], [0.2, 0.98]], np.float32), 2: np.array([[0.8, 0.6]], np.float32),
           3: np.array([[0.7, 0.71]], np.float32)}


def test_the_second_passage_of_the_same_speaker_with_the_closer_sentence_goes_first_within_the_margin():
    units = VECTORS.__getitem__
    assert abs(plain_cosine(units, _hit(2, 1.0), QUERY) - 0.8) < 1e-6
    ranked = [_hit(1, 1.00), _hit(2, 0.95), _hit(3, 0.90)]
    assert [h.row for h in same_speaker_closer_first(ranked, units, QUERY, 0.1, 0.0)] == [2, 1, 3]
    assert [h.row for h in same_speaker_closer_first(ranked, units, QUERY, 0.03, 0.0)] == [1, 2, 3]  # too far below
    assert [h.row for h in same_speaker_closer_first(ranked, units, QUERY, 0.1, 0.25)] == [1, 2, 3]  # lead too small
    other = [_hit(1, 1.00), _hit(2, 0.99, speaker="Ben")]  # another speaker: not the rule's
    assert [h.row for h in same_speaker_closer_first(other, units, QUERY, 0.1, 0.0)] == [1, 2]
    asked = [_hit(1, 1.00), _hit(2, 0.99, role="question")]  # a reporter's question: not the rule's
    assert [h.row for h in same_speaker_closer_first(asked, units, QUERY, 0.1, 0.0)] == [1, 2]
    rapid = [_hit(1, 1.00), _hit(2, 0.99)]
    assert [h.row for h in same_speaker_closer_first(rapid, units, QUERY, 0.1, 0.0, rapid_talk={"t.txt"})] == [1, 2]
    closer = [_hit(2, 1.00), _hit(1, 0.99)]  # the first is closer already
    assert [h.row for h in same_speaker_closer_first(closer, units, QUERY, 0.1, 0.0)] == [2, 1]


def test_the_wildfire_meeting_cites_the_pay_biden_learned_of_first(wildfires_qa, monkeypatch):
    """Biden's "we should pay them. Last week, I learned that some of our federal firefighters are being paid less
    than $13 an hour" is second on main, after his own announcement of the new $15 floor (the question's "hourly" and
    "federal" words); with the rule its sentence, closer in meaning, goes first."""
    cited = {}
    for margin in (0.0, 0.1):
        monkeypatch.setattr(qa.rerank, "SAME_SPEAKER_MARGIN", margin)
        cited[margin] = [c.text for c in wildfires_qa.ask(WAGE, k=3).citations]
    assert "$13 an hour" not in cited[0.0][0] and "$13 an hour" in cited[0.0][1]
    assert "$13 an hour" in cited[0.1][0]


def test_a_follow_up_is_not_reordered(wildfires_qa, monkeypatch):
    history = ["What did Biden say about firefighters?"]
    cited = {}
    for margin in (0.0, 0.1):
        monkeypatch.setattr(qa.rerank, "SAME_SPEAKER_MARGIN", margin)
        cited[margin] = [c.text for c in wildfires_qa.ask("And how much are they paid an hour?", k=3,
                                                          history=history).citations]
    assert cited[0.0] and cited[0.0] == cited[0.1]
