""""Who is NAME?": the name is read from the question, a sentence that says who the person is (a title before the
name, an apposition, a clause after it) is told from one that only names or addresses them, and over real
transcripts that sentence is cited first."""

from __future__ import annotations

import pytest

from qa.define import identifies, person_asked


@pytest.mark.parametrize("question, name", [
    ("Who is Gavin Newsom?", "Gavin Newsom"),
    ("Who is Governor Brown?", "Governor Brown"),
    ("Who was Mike Mansfield?", "Mike Mansfield"),
    ("Who is Mr. Sugimoto?", "Mr. Sugimoto"),
    ("Who is the host of the Changelog podcast?", None),  # a role asked for, not a name
    ("Who is he?", None),
    ("Who is Japan's ambassador to the United States?", None),
    ("What is the SVR?", None),
    ("", None),
])
def test_person_asked_reads_the_name_a_who_is_question_asks_about(question, name):
    assert person_asked(question) == name


def test_a_unit_that_says_who_the_person_is_is_told_from_one_that_names_or_addresses_them():
    # units of the wildfire meeting, the Lavrov press conference and the Changelog interview (../shared)
    newsom = ["And, Governor Newsom, you trying to make us feel bad.",
              "Governor Newsom, do you want to pick that one up?", "And I say hello to my governor, Gavin Newsom."]
    assert identifies("Governor Newsom", newsom).tolist() == [0, 0, 1]  # addressed twice, then an apposition
    ushakov = ["Today, Yury Ushakov also recommended that Mr Sullivan travel.",
               "Today Presidential Aide Yury Ushakov laid out Russia’s position."]
    assert identifies("Yury Ushakov", ushakov).tolist() == [0, 1]
    assert identifies("John Sullivan", ["Yury Ushakov recommended that Mr Sullivan travel."]).tolist() == [0]  # "Mr"
    assert identifies("Markus Kuppe", ["My colleague, Markus Kuppe, the one who is maintaining the tools"]).any()
    assert identifies("Mike Mansfield", ["Before Mike Mansfield — who was a beloved ambassador to Japan —"]).any()
    assert identifies("Shintomi", ["If I may invite Shintomi-san of Kyodo News."]).tolist() == [1]
    assert identifies("Anatoly Antonov", ["Anatoly Antonov continues consultations."]).tolist() == [0]
    assert identifies(None, newsom).tolist() == [0, 0, 0]
    seat = ["I just think if I were sitting in your seat or Governor Brown’s seat, this is urgent."]
    assert identifies("Kate Brown", seat).any() and not identifies("Kate Brown", seat, whole=True).any()


def test_who_is_governor_newsom_cites_the_sentence_that_says_he_is_her_governor_first(wildfires_qa):
    first = wildfires_qa.ask("Who is Governor Newsom?", k=3).citations[0]
    assert "my governor, Gavin Newsom" in first.highlight  # before: his own turn "Yeah. Well, first, ..."


def test_who_is_a_name_the_model_does_not_know_is_answered_by_the_question_that_gives_the_title(seed_qa):
    answer = seed_qa.ask("Who is Albin Kurti?", k=3)  # before: declined, no passage close enough
    assert answer.answerable
    assert "Prime Minister of Kosovo Albin Kurti" in answer.citations[0].highlight
