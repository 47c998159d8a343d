"""A context-first question that points back into the user's own sentences (ctx42): its pointing word is read as the
noun phrase it stands for there (qa.conversation.plain_wording), and such a question is answered over the real seed
index; a follow-up whose told sentence points back into the history keeps it."""

from __future__ import annotations

import pytest

from qa.conversation import plain_wording, read_dependence


@pytest.mark.parametrize("question, plain", [
    # "it" / "them": the last thing told that agrees in number
    ("My team is about to build a distributed queue and someone suggested TLA+. Where does Lamport say it shines?",
     "Where does Lamport say TLA+ shines?"),
    ("I'm building a model with decision trees and bagging for a class project. Why does the lecturer say people "
     "combine them so often?", "Why does the lecturer say people combine decision trees and bagging so often?"),
    ("Nobody in my reading group could explain bootstrap aggregation. What does the lecturer say it should reduce?",
     "What does the lecturer say bootstrap aggregation should reduce?"),
    # "they" for a group
    ("We run a small farm crew in eastern Washington and the heat is brutal this week. What did the president say "
     "they will need?", "What did the president say small farm crew will need?"),
    # a person's pronoun: the last name told, not a place the user is in
    ("I'm a golf coach in Osaka and my students were thrilled. Someone told me Biden brought it up. Which Japanese "
     "player did he congratulate?", "Which Japanese player did Biden congratulate?"),
    # "the two": two things told together; every pointing word read
    ("My classmate and I tried logistic regression and k nearest neighbours with bagging. How much did it improve the "
     "two, per the lecture?",
     "How much did bagging improve logistic regression and k nearest neighbours, per the lecture?"),
    # a person's possessive stays, the name told before a dash
    ("I study Balkan politics and our seminar discussed Albin Kurti's speeches. What did Lavrov call his talk of a "
     "Greater Albania?", "Balkan, Albin Kurti - What did Lavrov call his talk of a Greater Albania?"),
])
def test_pointing_word_read_as_what_it_stands_for(question, plain):
    assert plain_wording(question) == plain


@pytest.mark.parametrize("question", [
    # a person of the user's own circle ("my uncle", "my mom"): nothing the transcripts say
    "My uncle is a seasonal firefighter and his term ends in the fall. Can he stay on the job longer this year?",
    "My mom is 82 and lives alone in Portland. Did the president say anything about checking on people like her?",
    # "that" standing for what a told clause says
    "My boss liked Lamport's interview. She says he thinks differently from most people. Why does he say that is?",
    # "it" standing for the recording: the told words are the topic
    "I train small neural nets on tiny datasets. A colleague sent me this lecture. What does it say people do?",
    # a pointing word left that the told sentences fill ("how many did": of what)
    "My sister runs a cooling center in Phoenix. She says Biden thanked them. How many did he say are open?",
    # the told sentence points back itself: a follow-up, whose history must be read
    "I'm using it for homework on a spam filter. Does it help logistic regression much?",
    "My brother is one of them and he earns barely above minimum wage. How much will they make now?",
])
def test_left_as_typed(question):
    assert plain_wording(question) == plain_wording(question.replace("I'm", "I am")) == " ".join(
        question.replace("I'm", "I am").split())


def test_follow_up_told_sentence_still_depends_on_its_history(seed_qa):
    question = "My cousin is one of them. When will they start making it?"
    assert plain_wording(question) == question
    assert read_dependence(question, lambda word: True).reason is not None
    answer = seed_qa.ask(question, history=["What did Lavrov say about Sputnik V production in Serbia?"])
    assert answer.history_used


@pytest.mark.parametrize("question, gold", [
    ("My sister in Belgrade follows Serbian politics. Her friends argue about Albin Kurti. What did Lavrov call his "
     "talk of a Greater Albania?", "unacceptable, provocative and very harmful statements"),
    ("We cover energy for a student paper and I am reading about NIS today. Who is its main stakeholder, according "
     "to Lavrov?", "Gazprom Neft"),
])
def test_pointing_back_answered_over_seed(seed_qa, question, gold):
    answer = seed_qa.ask(question)
    assert answer.answerable, answer.note
    assert answer.note is None or "depends on an earlier one" not in answer.note
    assert any(gold in c.text for c in answer.citations[:2])


def test_switch_with_history_answered_as_if_alone(seed_qa):
    question = "We cover energy for a student paper and I am reading about NIS today. Who is its main stakeholder?"
    alone = seed_qa.ask(question)
    after = seed_qa.ask(question, history=["How many Russian diplomats work in the United States?"])
    assert not after.history_used
    assert [(c.transcript, c.start_char) for c in after.citations] == [(c.transcript, c.start_char)
                                                                       for c in alone.citations]


def test_bad_input_never_crashes():
    for text in ("I. It?", "My it. It?", "We . . They?", "I am here. Why is the two?", "My x and. Does it?", "I. ?"):
        assert isinstance(plain_wording(text), str)
