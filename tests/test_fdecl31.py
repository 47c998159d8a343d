"""Answerable questions declined when typed as new users type (issue 10; fdecl31, docs/retrieval.md "fdecl31"): a post
said otherwise, "how many people" counted by what they are, nouns of disagreement that frame a question, a
scene-setting "when" clause."""

from __future__ import annotations

import pytest

from qa.answerable import (answer_type, expected_answer, frame_words, holds_answer_type, role_distance,
                           without_frame_words, without_when_clause)

BOTSAN = ("Question: Russian Ambassador to Serbia Alexander Botsan-Kharchenko said in Belgrade yesterday that Russia is "
          "ready to join the dialogue of Belgrade and Pristina")
SULLIVAN = ("Today Presidential Aide Yury Ushakov laid out Russia’s position on response measures to US Ambassador to "
            "Russia John Sullivan in Moscow.")


def test_a_post_asked_by_its_everyday_word_and_a_capital_is_found_as_the_transcript_writes_them():
    assert role_distance("Who is Moscow's envoy in Belgrade?", [BOTSAN]) is not None
    assert role_distance("Who is Washington's envoy in Moscow?", [SULLIVAN]) is not None
    # the post's word alone is not enough: what it is of must be there too
    assert role_distance("Who is Moscow's envoy in Tokyo?", [BOTSAN]) is None
    assert role_distance("Who is Moscow's spokesman in Belgrade?", [BOTSAN]) is None


@pytest.mark.parametrize("question, text, counted", [
    ("how many people from the us administration", "Today we will publish a list of eight officials representing "
     "the upper echelons of the administration in Washington.", True),
    ("how many people do the americans send on short trips", "the Americans send several hundreds of employees on "
     "short-term trips to Russia every year.", True),
    ("how many people died", "We lost nine lives.", True),
    ("how many people", "Treasury has today designated six Russian companies", False),  # no people
    ("how many people", "the first 100 days of the administration", False),  # a body is no count of people
    ("how many diplomats", "eight officials", False),  # a count of people is asked by "people" only
])
def test_how_many_people_is_answered_by_a_count_of_any_noun_for_people(question, text, counted):
    assert bool(holds_answer_type(answer_type(question), [text])[0]) is counted


def test_a_noun_of_talk_or_of_kind_frames_the_question_and_need_not_be_said():
    assert frame_words("did Newsom bring up the arguments over raking") == {"arguments"}
    assert frame_words("In the Core Web Vitals video, what categories does the Lighthouse report list?") == {
        "categories"}
    assert frame_words("did Lavrov bring up the arguments") == set()  # nothing it is about
    assert without_frame_words("the arguments over raking", ["arguments", "raking"]) == ["raking"]
    assert without_frame_words("what categories", ["categories"]) == ["categories"]  # never left with nothing


@pytest.mark.parametrize("question, rest", [
    ("when harris visited paradise had families been allowed to go back", "had families been allowed to go back"),
    ("when suga visited the white house was he the first leader", "was he the first leader"),
    ("when lavrov was last in belgrade what did they sign", "what did they sign"),
    ("when biden met suga did they discuss china", "did they discuss china"),
    # a time asked
    ("when harris visited paradise", None),
    ("when the families were allowed back", None),
    ("When did Biden meet Suga?", None),
    ("When in the video does the agno demo start?", None),
])
def test_a_when_clause_that_sets_the_scene_asks_no_time(question, rest):
    assert without_when_clause(question) == (rest or question)
    assert (expected_answer(question) == "time") is (rest is None)


def test_the_seed_conference_names_russias_envoy_and_counts_its_people(seed_qa):
    assert seed_qa.ask("who is russia's envoy in washington").answerable
    assert seed_qa.ask("how many people do the americans send on short trips to russia every year").answerable
    assert not seed_qa.ask("who is moscow's envoy in tokyo").answerable
