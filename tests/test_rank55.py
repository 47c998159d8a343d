"""rank55: the first five passages of the re-ranked head ordered by a linear model of the signals the earlier rules
read one at a time (qa.rerank `head_features`, `expanded`, `learned_first`; coefficients in
qa/data/rank55_order.json). Off as shipped (docs/retrieval.md, "rank55")."""

import numpy as np

import qa.rerank
from qa.rerank import FEATURES, PAIRED, expanded, head_features, learned_coefficients, learned_first
from qa.types import Hit, Passage

WITHDRAW = "How many diplomats did Washington ask Russia to withdraw?"


def test_the_model_is_off_as_shipped():
    assert qa.rerank.LEARNED_ORDER is False


def test_the_stored_coefficients_name_every_feature():
    assert learned_coefficients().shape == (len(FEATURES) + len(PAIRED),)


def _hit(row: int, score: float, speaker: str = "Anna", role: str = "") -> Hit:
    text = f"Passage {row}. It says a thing."
    passage = Passage(transcript="t.txt", speaker=speaker, role=role, text=text, start_char=0, end_char=len(text),
                      turn_index=row, paragraph=row)
    return Hit(passage=passage, score=score, dense=score, lexical=score, row=row)


QUERY = np.array([1.0, 0.0], dtype=np.float32)
VECTORS = {1: np.array([[0.5, 0.87]], np.float32), 2: np.array([[0.9, 0.44]], np.float32),
           3: np.array([[0.6, 0.8]], np.float32)}


def test_the_features_of_a_built_head():
    head = [_hit(1, 1.0), _hit(2, 0.9), _hit(3, 0.8, speaker="Ben", role="question")]
    x = head_features(head, {h.row: (i, h) for i, h in enumerate(head)}, {1: 0.5, 2: 0.9, 3: 0.6},
                      VECTORS.__getitem__, None, QUERY, frozenset(), None, None)
    assert x.shape == (3, len(FEATURES))
    column = dict(zip(FEATURES, x.T))
    assert list(column["mixed"]) == [0.0, -0.1, -0.2] or np.allclose(column["mixed"], [0.0, -0.1, -0.2])
    assert np.allclose(column["plain"], [0.5 - 0.9, 0.0, 0.6 - 0.9], atol=1e-6)
    assert list(column["first"]) == [1.0, 0.0, 0.0]
    assert list(column["same_speaker"]) == [0.0, 1.0, 0.0]  # the first one's speaker, not the first itself
    assert list(column["question"]) == [0.0, 0.0, 1.0]
    assert expanded(x).shape == (3, len(FEATURES) + len(PAIRED))


def test_the_passage_the_model_scores_highest_goes_first_past_the_lead():
    ranked = [_hit(1, 1.0), _hit(2, 0.9), _hit(3, 0.8)]
    x = np.zeros((3, len(FEATURES)))
    x[:, FEATURES.index("first")] = [1.0, 0.0, 0.0]
    x[:, FEATURES.index("mixed")] = [-0.2, 0.0, -0.3]  # the model's highest: the second
    scores = expanded(x) @ learned_coefficients()
    gap = float(scores[1] - scores[0])
    assert gap > 0
    assert [h.row for h in learned_first(ranked, x, lead=0.0)][0] == 2
    assert [h.row for h in learned_first(ranked, x, lead=gap + 0.01)] == [1, 2, 3]  # not past the lead
    assert [h.row for h in learned_first(ranked + [_hit(4, 0.1)], x, lead=0.0)][-1] == 4  # the rest as they were


def test_the_bundled_conference_cites_the_ten_diplomats_first_with_the_model(seed_qa, monkeypatch):
    """Batch A's seed-4002: on main, Lavrov's passage on the response to Washington's measures is first and the one
    that says "Ten diplomats were included on a list" second; with the model, that one first."""
    cited = {}
    for on in (False, True):
        monkeypatch.setattr(qa.rerank, "LEARNED_ORDER", on)
        cited[on] = [c.text for c in seed_qa.ask(WITHDRAW, k=3).citations]
    assert "Ten diplomats" not in cited[False][0] and any("Ten diplomats" in t for t in cited[False][1:])
    assert "Ten diplomats" in cited[True][0]


def test_a_follow_up_is_not_reordered(seed_qa, monkeypatch):
    history = ["What measures did Russia announce against the United States?"]
    cited = {}
    for on in (False, True):
        monkeypatch.setattr(qa.rerank, "LEARNED_ORDER", on)
        cited[on] = [c.text for c in seed_qa.ask("And how many of their diplomats?", k=3, history=history).citations]
    assert cited[False] and cited[False] == cited[True]
