"""lead37: words a question holds that are not what it asks. "besides" after "which country" is no act that the
passages must say ("No passage found ... says 'besid…' in any form"); an institution asked a figure of ("from the
Russian Embassy") is no place whose figure other passages give elsewhere; docs/retrieval.md "lead37"."""

from __future__ import annotations

import pytest

from qa.answerable import asked_places, relation_verb
from tests.conftest import shared_transcript_qa


@pytest.mark.parametrize("question", ["Which country besides the US expelled Russian diplomats?",
                                      "Which officials including Lavrov spoke about Kosovo?",
                                      "Which states apart from California have fires?"])
def test_a_preposition_after_which_noun_is_no_act_asked(question):
    assert relation_verb(question) is None


def test_an_act_after_which_noun_is_still_read():
    assert relation_verb("Which company funds the lecture series?") == "fund"


def test_an_institution_is_no_place_a_figure_is_given_for():
    assert asked_places("How many diplomats are expelled from the Russian Embassy?", ["Russian Embassy"]) == []
    assert asked_places("How many fires burned in Oregon?", ["Oregon"]) == ["Oregon"]


def test_which_country_besides_is_answered(seed_qa):
    answer = seed_qa.ask("which country besides the us expelled russian diplomats")
    assert answer.answerable, answer.note


@pytest.fixture(scope="module")
def sanctions_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_a_figure_asked_of_an_embassy_is_answered_from_its_mission(sanctions_qa):
    answer = sanctions_qa.ask("how many officials are being expelled from the russian embassy")
    assert answer.answerable, answer.note
    assert "10 Russian officials" in answer.citations[0].highlight


@pytest.mark.parametrize("question, pointing", [
    ("why are fire seasons lasting longer than they used to", []),
    ("why were diplomats expelled and where did they go", []),
    ("why are they lasting longer", ["they"]),  # no noun of its own before the pronoun: it points back
    ("why are the officials worried about it", ["it"]),
])
def test_a_plural_subject_after_are_is_what_they_stands_for(question, pointing):
    from qa.conversation import pointing_pronouns

    assert pointing_pronouns(question, idioms=True) == pointing


def test_a_question_whose_they_stands_for_its_own_subject_is_asked_alone_after_history(wildfires_qa):
    question = "why are fire seasons lasting longer than they used to"
    alone = wildfires_qa.ask(question)
    after = wildfires_qa.ask(question, history=["what did newsom say about the drought"])
    assert after.query == alone.query == "Why are fire seasons lasting longer than they used to?"
    assert not alone.note or "depends on an earlier one" not in alone.note
