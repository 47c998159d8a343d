"""lead46 (docs/retrieval.md "lead46"): "mine" or "ours" standing alone stands for the user's own one of what the
conversation speaks of ("What is a good LCP score?" then "how do I check mine?"), so the question is searched with its
history; "a friend of mine", "the coal mine", "we mine it" and a question that says first what it owns stand alone.
Over the eight shared transcripts in one index, as dev's conversations are asked."""

import pytest

from qa import conversation

LECTURE = "core-web-vitals-lecture-whisper.json"


@pytest.mark.parametrize("question", ["how do I check mine?", "how can I keep mine low?", "what should mine be under?",
                                      "What did Lavrov say about ours?"])
def test_mine_or_ours_alone_points_back(question):
    word = "ours" if "ours" in question else "mine"
    assert conversation.dependence(question, lambda w: True) == f"'{word}' stands for something of the conversation's"


@pytest.mark.parametrize("question", ["A friend of mine asked what LCP stands for", "Where is the coal mine?",
                                      "How do we mine the logs for errors?",
                                      "My page loads in 3 seconds. How do I check mine?"])
def test_mine_with_its_noun_or_as_a_word_of_its_own_stands_alone(question):
    assert conversation.dependence(question, lambda w: True) is None


def test_the_follow_up_is_searched_with_its_history_and_cites_the_lecture(eight_qa):
    answer = eight_qa.ask("how do I check mine?", history=["What is a good LCP score?"], k=3)
    assert answer.history_used
    assert answer.answerable
    assert answer.citations[0].transcript == LECTURE


@pytest.mark.parametrize("question", ["did Amazon use it?", "Does Intel use it?", "will Governor Newsom support it?",
                                      "How does Lamport describe it?"])
def test_it_after_a_named_doers_verb_points_back(question):
    assert conversation.dependence(question, lambda w: True) == "'it' has nothing to point to in the question"


def test_a_second_name_before_the_doer_is_a_referent():
    assert conversation.dependence("Did Biden say Suga liked it?", lambda w: True) is None


@pytest.mark.parametrize("question", ["Did Russia say it would limit American NGOs?",
                                      "Why did Lamport call it the bakery algorithm?"])
def test_it_after_a_verb_of_saying_or_naming_may_stand_for_the_doer_or_what_follows(question):
    assert conversation.dependence(question, lambda w: True) is None


def test_the_named_doers_follow_up_cites_what_the_history_speaks_of(eight_qa):
    answer = eight_qa.ask("Will Belgrade produce it?", history=["Which Russian vaccine helped Serbia vaccinate "
                                                                "quickly?"], k=3)
    assert answer.history_used
    assert "Sputnik V production in Belgrade" in answer.citations[0].text
