"""rank57: rank55's linear order of the head refitted and applied after qa.exchange.question_exchanges, where a
reporter's question already stands for its answer (qa.rerank `learned_after_exchanges`, `after_exchanges_coefficients`,
`rerank_by_sentence`'s `kept`; coefficients in qa/data/rank57_order.json). Off as shipped (docs/retrieval.md,
"rank57")."""

import numpy as np

import qa.rerank
from qa.rerank import (FEATURES, PAIRED, after_exchanges_coefficients, expanded, learned_after_exchanges,
                       rerank_by_sentence)
from qa.types import Hit, Passage

SETTLEMENT = "What settlement for Kosovo would Moscow accept?"


def test_the_order_after_the_exchanges_is_off_as_shipped():
    assert qa.rerank.LEARNED_AFTER_EXCHANGES is False
    assert qa.rerank.AFTER_EXCHANGES_LEAD == 0.5


def test_the_stored_coefficients_name_every_feature():
    assert after_exchanges_coefficients().shape == (len(FEATURES) + len(PAIRED),)


def _hit(row: int, score: float, speaker: str = "Anna") -> Hit:
    text = f"Passage {row}. It says a thing."
    passage = Passage(transcript="t.txt", speaker=speaker, role="", text=text, start_char=0, end_char=len(text),
                      turn_index=row, paragraph=row)
    return Hit(passage=passage, score=score, dense=score, lexical=score, row=row)


QUERY = np.array([1.0, 0.0], dtype=np.float32)
VECTORS = {1: np.array([[0.5, 0.87]], np.float32), 2: np.array([[0.99, 0.14]], np.float32),
           3: np.array([[0.6, 0.8]], np.float32)}


def test_the_re_ranking_keeps_its_reading_for_a_standalone_question_only():
    hits = [_hit(1, 1.0), _hit(2, 0.95), _hit(3, 0.5)]
    kept: dict = {}
    ranked = rerank_by_sentence(hits, VECTORS.__getitem__, QUERY, weight=0.5, depth=3, kept=kept)
    x = kept["features"](ranked)
    assert x.shape == (3, len(FEATURES))
    assert list(x[:, FEATURES.index("first")]) == [1.0, 0.0, 0.0]
    follow_up: dict = {}
    rerank_by_sentence(hits, VECTORS.__getitem__, QUERY, weight=0.5, depth=3, kept=follow_up, framing=False)
    assert follow_up == {}
    assert learned_after_exchanges(hits, follow_up) == hits  # nothing kept: as they are


def test_the_passage_the_model_scores_highest_goes_first_past_the_lead():
    hits = [_hit(1, 1.0), _hit(2, 0.95), _hit(3, 0.5)]
    kept: dict = {}
    rerank_by_sentence(hits, VECTORS.__getitem__, QUERY, weight=0.5, depth=3, kept=kept)
    x = kept["features"](hits)
    scores = expanded(x) @ after_exchanges_coefficients()
    best, gap = int(np.argmax(scores)), float(np.max(scores) - scores[0])
    assert best != 0 and gap > 0  # the second: its sentence is the closer one and it scores within reach
    assert learned_after_exchanges(hits, kept, lead=0.0)[0].row == hits[best].row
    assert learned_after_exchanges(hits, kept, lead=gap + 0.01) == hits  # not past the lead


def test_the_bundled_conference_cites_the_settlement_first_with_the_order_on(seed_qa, monkeypatch):
    """Dev's seed-1623: on main the gold ("a solution ... acceptable to Belgrade") is cited second; with the order
    after the exchanges, first."""
    cited = {}
    for on in (False, True):
        monkeypatch.setattr(qa.rerank, "LEARNED_AFTER_EXCHANGES", on)
        cited[on] = [(c.start_char, c.end_char) for c in seed_qa.ask(SETTLEMENT, k=3).citations]
    assert cited[False][0] != cited[True][0]
    assert cited[True][0] in cited[False][1:]


def test_a_follow_up_is_not_reordered(seed_qa, monkeypatch):
    history = ["What did Lavrov say about Kosovo?"]
    cited = {}
    for on in (False, True):
        monkeypatch.setattr(qa.rerank, "LEARNED_AFTER_EXCHANGES", on)
        cited[on] = [c.text for c in seed_qa.ask("And what outcome would Moscow back?", k=3,
                                                 history=history).citations]
    assert cited[False] and cited[False] == cited[True]
