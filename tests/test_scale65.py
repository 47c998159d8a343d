"""The cheaper decline path of syn64 (scale65): the single words a topic rule's decline reads are encoded once while
kept across questions (`qa.api.KEPT_WORD_VECTORS`, for an encoder whose vector of a text does not depend on its batch)
and each section's words and stems read once; the evidence and the answers are those of the words encoded with the
question's own texts, whatever was asked before."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
import qa.api as api

# dev-fdecl59-029 (answered as uncertain by syn64), dev-un-3751 (a section read, stays declined), and a decline whose
# neighbour is read at 1.0 (tests/test_syn64.py)
QUESTIONS = ("What did Harris say about being ordered to leave her family house in LA?",
             "newsom's line about the colds getting colder",
             "What did Biden say about highways getting damaged?")


def seen(answer) -> tuple:
    """What a user sees of `answer`, and the cosine syn64 read."""
    return (answer.answerable, answer.answer, answer.note, answer.evidence.topic_neighbour,
            [(c.transcript, c.start_char, c.end_char, c.highlight) for c in answer.citations])


@pytest.fixture(scope="module")
def unkept(eight_qa):
    """Each question's answer with no word kept across questions (the code before scale65's cache)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(answerable, "TOPIC_NEIGHBOUR_SIMILARITY", 0.7)
        patch.setattr(api, "KEPT_WORD_VECTORS", 0)
        return [seen(eight_qa.ask(q)) for q in QUESTIONS]


def test_the_neighbour_is_read_where_the_topic_rule_declines(unkept):
    assert [a[3] is not None for a in unkept] == [True, True, True]
    assert unkept[0][0] and unkept[0][2].startswith("Uncertain") and not unkept[1][0]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0, 2, 0)])
def test_kept_words_give_the_same_answers_in_any_order(eight_qa, unkept, monkeypatch, order):
    monkeypatch.setattr(answerable, "TOPIC_NEIGHBOUR_SIMILARITY", 0.7)
    assert api.KEPT_WORD_VECTORS > 0 and eight_qa.query_encoder.name in api.KEPT_VECTOR_ENCODERS  # words kept
    for i in order:
        assert seen(eight_qa.ask(QUESTIONS[i])) == unkept[i]


# a question typed in lower case: each of its words read for whether the index writes it as a name (`names_cased`);
# kept while the index is the same (`qa.api.KEPT_READINGS`)
LOWER = ("whats lamport doing at microsoft", "what did newsom say about sonoma county")


def test_kept_readings_read_lower_case_questions_as_before(eight_qa, monkeypatch):
    monkeypatch.setattr(api, "KEPT_READINGS", False)
    before = [seen(eight_qa.ask(q)) for q in LOWER]
    monkeypatch.setattr(api, "KEPT_READINGS", True)
    for _ in range(2):  # read, then kept
        assert [seen(eight_qa.ask(q)) for q in LOWER] == before
