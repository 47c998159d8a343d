"""A question's form read as the question it stands for (terse34): a terse count ("No. of ...", "Number of ...",
"# of ...") is read as "how many", so the count rules judge it; a short label before a colon ("Exam Q:", "Quiz:",
"Re:") is read away, not as a name never said, unless it is a name the transcripts hold or the question after it
points back to it (qa.conversation.plain_wording, qa.conversation.without_label), over the real seed index."""

from __future__ import annotations

import pytest

from qa.conversation import plain_wording, without_label


@pytest.mark.parametrize("question, plain", [
    ("No. of Russian officials expelled?", "How many Russian officials expelled?"),
    ("Number of speakers on the call", "How many speakers on the call?"),
    ("# of computer systems hit", "How many computer systems hit?"),
    ("Total number of fires this year", "How many fires this year?"),
    ("no of aircraft deployed", "How many aircraft deployed?"),
    # a count asked otherwise, or no count: as it was
    ("What is the number of fires?", "What is the number of fires?"),
    ("No, of course not", "No, of course not"),
])
def test_terse_count_read_as_how_many(question, plain):
    assert plain_wording(question) == plain


def _held(word: str) -> bool:
    return word in {"Lamport", "Kosovo"}


@pytest.mark.parametrize("question, read", [
    ("Exam Q: how many base learners were used?", "how many base learners were used?"),
    ("Quiz: which two categories are there?", "which two categories are there?"),
    ("Fact check: did Biden and Suga discuss submarines?", "did Biden and Suga discuss submarines?"),
    ("Re: Sputnik V - when does production start?", "Sputnik V - when does production start?"),
    # a name the transcripts hold, a question pointing back to the label, a long lead, no question after it: kept
    ("Lamport: what did Lamport say about TLA+?", "Lamport: what did Lamport say about TLA+?"),
    # a talk lead-in's form, left to it (test_producer_clip: a topic after "Switching" stays)
    ("Switching planes: what is said about Harbour Lights?", "Switching planes: what is said about Harbour Lights?"),
    ("Kosovo: which resolution applies?", "Kosovo: which resolution applies?"),
    ("Gini impurity: how is it defined?", "Gini impurity: how is it defined?"),
    ("A note from my class today: what is bagging?", "A note from my class today: what is bagging?"),
    ("Trivia: frames per second", "Trivia: frames per second"),
    ("", ""),
])
def test_label_read_away(question, read):
    assert without_label(question, _held) == read


def test_label_answered_over_seed(seed_qa):
    answer = seed_qa.ask("Re: Sputnik V - when does production start in Belgrade?")
    assert answer.answerable, answer.note
    assert "scheduled for May" in answer.citations[0].text
    declined = seed_qa.ask("Quiz: what did Lavrov say about football?")
    assert not declined.answerable
    assert "Quiz" not in (declined.note or "")


def test_terse_count_judged_over_seed(seed_qa):
    answer = seed_qa.ask("No. of Serbian doctors trained in Russia?")
    assert not answer.answerable
    assert "count" in (answer.note or "")
