"""A name of several words is judged by its distinctive words, not by the generic word beside them (name33,
docs/retrieval.md "name33"): "Shasta County" is not said where only "Sonoma County" and "Siskiyou County" are, however
it is typed ("How much did Shasta County get?", "and sacramento county?"), while a surname held as a name still
excuses a first name the transcripts never say ("Kate Brown", "Kamala Harris") and the whole name said is answered."""

import pytest

from qa.answerable import first_names, is_generic_head


@pytest.mark.parametrize("word", ["County", "department", "Award", "Bank", "Mountain", "Forest", "Republic", "summit"])
def test_a_common_english_word_is_a_generic_head(word):
    assert is_generic_head(word)


@pytest.mark.parametrize("word", ["Harris", "Biden", "Suga", "Lamport", "Newsom", "Matsuyama", "Navalny", "sacramento"])
def test_a_surname_or_a_place_is_no_generic_head(word):
    assert not is_generic_head(word)


def test_only_a_surname_makes_the_words_before_it_first_names():
    held = {"harris", "county"}.__contains__
    assert first_names("What did Kamala Harris say?", held) == {"kamala"}
    assert first_names("How much did Shasta County get?",
                       lambda w: held(w) and not is_generic_head(w)) == set()


@pytest.mark.parametrize("question, name", [
    ("How much did Shasta County get?", "Shasta County"),
    ("What happened to the Tucson Fire Department?", "Tucson Fire Department"),
    ("Did the President mention the Cheyenne Mountain hotshots?", "Cheyenne Mountain"),
])
def test_a_name_whose_distinctive_word_is_absent_is_declined_beside_a_held_generic_word(wildfires_qa, question, name):
    answer = wildfires_qa.ask(question)
    assert not answer.answerable and f"{name} is not mentioned" in answer.note


@pytest.mark.parametrize("question, history, name", [
    ("and sacramento county?", ["How much did Sonoma County get?"], "Sacramento County"),
    ("fresno county getting any money from the feds??", [], "Fresno County"),
    ("and governor smith?", ["what did governor brown say about the national guard"], "Governor Smith"),
])
def test_a_lower_case_name_beside_a_generic_word_or_title_is_read_as_a_name(wildfires_qa, question, history, name):
    answer = wildfires_qa.ask(question, history=history)
    assert name in answer.query
    assert not answer.answerable and f"{name} is not mentioned" in answer.note


@pytest.mark.parametrize("question, history", [
    ("How much did Sonoma County get?", []),
    ("how much did the counties get", []),
    ("and Siskiyou County?", ["How much did Sonoma County get?"]),
    ("What did Kate Brown say about the National Guard?", []),  # a speaker's surname, though a common word
    ("governor newsom waited how many years to hear what", []),
    ("wat did the vise president ask the governers", []),  # a slip before a title: no name typed in lower case
])
def test_a_name_said_whole_or_a_generic_word_alone_is_answered(wildfires_qa, question, history):
    assert wildfires_qa.ask(question, history=history).answerable
