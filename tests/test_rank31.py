"""Questions typed as new users type them, read as the rules were written for (rank31, docs/retrieval.md "rank31"):
run-together and clipped chat words written out, "What is X doing about Y?" not read as a definition question, and
the words before a subject pronoun ("the tools he mentions") not read as who speaks; on the bundled press
conference, the passage that answers is cited first."""

import pytest

from qa import conversation
from qa.answerable import named_sources
from qa.define import defined_term


def test_run_together_and_clipped_chat_words_are_written_out():
    assert conversation.plain_wording("is lamport gonna stop working soon") == "Is lamport going to stop working soon?"
    assert conversation.plain_wording("can a site rank w/o good core web vitals") == \
        "Can a site rank without good core web vitals?"
    assert conversation.plain_wording("short trips by state dept people - how many a year") == \
        "short trips by state department people - how many a year"
    assert conversation.plain_wording("Gonna retire?") == "Going to retire?"  # a capital typed is kept
    # inside a word or an abbreviation, nothing is read
    assert conversation.plain_wording("what did the depts say about a/b/c tests") == \
        "What did the depts say about a/b/c tests?"


@pytest.mark.parametrize("question, term", [
    ("What is Russia doing about American NGOs?", None),
    ("What is Russia doing?", None),
    ("What is Lamport working on?", None),
    ("What is sampling with replacement?", "sampling with replacement"),  # "with" after "-ing": still a term
    ("What is bagging in random forests?", "bagging in random forests"),
    ("What is machine learning?", "machine learning"),
])
def test_a_subject_doing_something_is_no_term_to_define(question, term):
    assert defined_term(question) == term


@pytest.mark.parametrize("question, who", [
    ("ai coding tools he mentions by name", []),  # what he mentions, not who
    ("Lavrov said what about Kosovo?", ["Lavrov"]),
    ("biden - did he mention netflix", ["biden - did he"]),  # a dash: the pronoun stands for what leads
])
def test_the_words_before_a_subject_pronoun_are_what_is_spoken_of(question, who):
    assert named_sources(question)[0] == who


def test_the_answering_passage_is_cited_first_for_questions_typed_so(seed_qa):
    ngos = seed_qa.ask("what is russia doing about american ngos")
    assert ngos.answerable
    assert "American foundations and NGOs" in ngos.citations[0].text
    trips = seed_qa.ask("short trips by state dept people - how many a year under the new rule")
    assert trips.answerable
    assert "10 employees going from Russia to the US" in trips.citations[0].text
