"""ref65: the topic rule counts a topic's words per section once per question (`CorpusWords.most_in_one_section` and
`sections_holding_most` share one count); syn64's test of two stems of one root (`same_root`) sits beside fd63's; and
the count's place check no longer takes the country that acts for the place of the count, where what is counted
names its own country ("How many US officials will Russia put on its sanctions list?": `COUNTED_COUNTRY_OWN`), so
that "how many US ..." counts again (`COUNTED_US`)."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import counted_countries, same_root


def test_a_topic_rule_decline_reads_the_same_share_and_sections_whatever_was_asked_before(eight_qa):
    question = "What did Biden say about highways getting damaged?"  # dev-fdecl47-10: share under 1, sections read
    first = eight_qa.ask(question)
    eight_qa.ask("How many firefighters are deployed across the region?")
    again = eight_qa.ask(question)
    assert first.evidence.topic_coverage < 1.0 and first.evidence.topic_sections
    assert (again.evidence.topic_coverage, again.evidence.topic_sections, again.evidence.topic_read) == (
        first.evidence.topic_coverage, first.evidence.topic_sections, first.evidence.topic_read)


@pytest.mark.parametrize(("one", "other", "same"), [
    ("colder", "cold", True),  # syn64's: a word's own other form stands for nothing
    ("european", "europ", True),
    ("inflationari", "inflat", True),  # fd63's pairs are same_root's too
    ("environment", "environ", True),
    ("highway", "road", False),
    ("fire", "firm", False),  # three letters alike
])
def test_two_stems_of_one_root(one, other, same):
    assert same_root(one, other) is same and same_root(other, one) is same


@pytest.mark.parametrize(("question", "country"), [
    ("How many US officials will Russia put on its sanctions list?", "United States"),
    ("How many senior US officials will Russia add?", "United States"),
    ("How many Russian diplomatic employees are there in Canada?", "Russia"),
    ("Did Lavrov say how many doses Russia sent for it?", None),  # Russia after what is counted: the doer
])
def test_the_country_of_what_is_counted(question, country):
    assert {c[0] for c in counted_countries(question)} == ({country} if country else set())


SEED_73 = "And how many US officials will Russia put on its sanctions list?"


def test_the_country_that_acts_is_no_place_of_the_count(seed_qa, monkeypatch):
    # seed-73 at k=1: its one passage counts "eight officials ... of the administration in Washington"
    answer = seed_qa.ask(SEED_73, k=1)
    assert answer.answerable and "a list of eight officials" in answer.citations[0].highlight
    monkeypatch.setattr(answerable, "COUNTED_COUNTRY_OWN", False)  # as before: Russia read as the count's place
    before = seed_qa.ask(SEED_73, k=1)
    assert not before.answerable and "another place than Russia" in before.note


@pytest.mark.parametrize("question", [
    "How many US diplomats did Poland expel?",  # batch A's seed-6055: "10 US diplomats leave Russia", not Poland's
    "How many Russian envoys did Warsaw order out?",  # dev-un-2672: the count is of US diplomats
])
def test_a_count_of_another_country_or_place_is_still_declined(seed_qa, question):
    answer = seed_qa.ask(question)
    assert not answer.answerable and "another place than Poland" in answer.note


def test_a_place_after_a_preposition_is_still_the_place_of_the_count(eight_qa):
    # dev-un-4164: Russia's employees are counted in the US, never in Canada
    answer = eight_qa.ask("How many Russian diplomatic employees are there in Canada?")
    assert not answer.answerable and "Canada" in answer.note
