"""fd55: a word of a question that names a speech act, a thought or a feeling ("What does Lamport doubt ...", "How
did Biden characterize ...", "Which quotation does Lamport cherish?") says how it asks, not what it asks about. The
class is WordNet's (qa/data/attitude_words.tsv: the verbs whose most frequent sense is one of communication,
cognition or emotion, the nouns of communication, cognition, feeling or motive), read in a verb's or a frame noun's
place (`qa.answerable.attitude_words`); `ATTITUDE_WORDS` leaves such words out of what the source and topic rules
look for (where other words remain), of the unheld words and of the words known nowhere. Off as shipped: its
confirm batch did not move and dev lost controls (docs/retrieval.md, "fd55"); these tests turn it on."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import attitude_words, frame_words, unheld_words


@pytest.mark.parametrize("question, expected", [
    ("What does Lamport doubt Knuth expected of his typesetting program?", {"doubt"}),  # one verb an auxiliary
    ("How did Biden characterize the extreme heat in the West?", {"characterize"}),
    ("Are Lavrov's experts worried about the bond sanctions?", {"worried"}),
    ("newsom mocked some old fight with the feds about forest cleanup", set()),  # lower case: no subject read
    ("Newsom mocked some old fight with the feds about forest cleanup", {"mocked"}),
    ("What was Suga's criticism of the plan?", {"criticism"}),
    ("What did Lavrov say about the aims of the Americans on short visits?", {"say", "aims"}),
    ("Which quotation does Lamport cherish?", {"cherish"}),
    ("What does Lamport fret about regarding cryptocurrency?", {"fret"}),
])
def test_the_words_of_an_attitude_are_read_where_they_ask(question, expected):
    assert attitude_words(question) == expected


@pytest.mark.parametrize("question, not_read", [
    ("How did Biden judge the Olympic torch relay?", "relay"),  # the auxiliary's verb is "judge"
    ("What does the bagging lecture say about trees?", "lecture"),  # a subject before its verb
    ("What did Lamport say about his own teaching skills?", "teaching"),  # a gerund is often what is asked
    ("What does the bagging lecturer say about the junk email dataset?", "email"),  # after a preposition
    ("Did Suga comment on the Japanese yen?", "yen"),
    ("How many names were on the US list of Russian diplomats asked to leave?", "list"),  # "US list": no frame
])
def test_topic_words_of_the_same_class_are_not_read(question, not_read):
    assert not_read not in attitude_words(question)


def test_the_class_comes_from_the_table():
    verbs, nouns = answerable._attitude_table()
    assert {"doubt", "doubted", "lament", "fret", "criticized", "thought"} <= verbs
    assert {"criticism", "gist", "purpose", "fears"} <= nouns
    assert "teaching" not in verbs and "run" not in verbs and "fire" not in nouns


def test_the_switch_leaves_them_in(monkeypatch):
    question = "What did Lamport lament about the software being built today?"
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", True)
    assert "lament" in frame_words(question)
    assert unheld_words("What does Lamport fret about cryptocurrency?", lambda w: w in {"fret", "cryptocurrency"}) == (
        ("cryptocurrency",), 0.5)
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", False)
    assert "lament" not in frame_words(question)
    assert unheld_words("What does Lamport fret about cryptocurrency?", lambda w: w in {"fret", "cryptocurrency"}) == (
        ("fret", "cryptocurrency"), 2 / 3)


def test_an_attitude_word_known_nowhere_is_not_what_is_asked(eight_qa, monkeypatch):
    question = "Which quotation does Lamport cherish?"  # dev-fd55-005: "quotation" and "cherish" known nowhere
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", False)
    answer = eight_qa.ask(question)
    assert not answer.answerable and "cherish" in answer.note
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", True)
    assert eight_qa.ask(question).answerable
    # ... while a topic said nowhere is still declined in the same register (dev-un-4859)
    assert not eight_qa.ask("What does Lamport fret about regarding cryptocurrency?").answerable


def test_the_note_names_the_topic_not_the_attitude(eight_qa, monkeypatch):
    question = "How did Biden judge the Olympic torch relay?"  # dev-un-4855
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", False)
    assert "'judge'" in eight_qa.ask(question).note
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", True)
    note = eight_qa.ask(question).note
    assert "'judge'" not in note and "'torch'" in note


def test_unsaid_only_keeps_said_verbs_and_nouns(monkeypatch):
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", True)
    monkeypatch.setattr(answerable, "ATTITUDE_UNSAID_ONLY", True)
    question = "the russian minister said something about a trade deal with a eurasian group, when did they sign it"
    assert "sign" not in frame_words(question, lambda w: w == "sign")  # said: it stays a word to find
    assert "sign" in frame_words(question, lambda w: False)
    assert "sign" not in frame_words(question)  # no corpus to ask: nothing left out
    assert "pact" not in frame_words("What did Lavrov say about the pact with the Eurasian bloc?", lambda w: False)
    monkeypatch.setattr(answerable, "ATTITUDE_UNSAID_ONLY", False)
    assert "pact" in frame_words("What did Lavrov say about the pact with the Eurasian bloc?", lambda w: False)


def test_a_said_verb_is_still_looked_for_with_unsaid_only(eight_qa, monkeypatch):
    question = "Which old saying about firefighters did Biden quote?"  # dev-rank-11, declined by ATTITUDE_WORDS alone
    monkeypatch.setattr(answerable, "ATTITUDE_WORDS", True)
    assert not eight_qa.ask(question).answerable
    monkeypatch.setattr(answerable, "ATTITUDE_UNSAID_ONLY", True)
    assert eight_qa.ask(question).answerable
    assert eight_qa.ask("Which quotation does Lamport cherish?").answerable  # "cherish" said nowhere: left out
