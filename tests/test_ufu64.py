"""ufu64: a place in a possessive is the place a follow-up adds (`qa.conversation.PLACE_POSSESSIVE`), and a "when"
after a lead of fillers asks a time (`qa.answerable.LEAD_IN_WHEN`, off as shipped, on in its tests; docs/retrieval.md
"ufu64"). Over the eight shared
transcripts (`eight_qa`): dev conversations each rule turns, and answerable follow-ups of the same forms it leaves
answered."""

import pytest

from qa import answerable, conversation
from qa.answerable import expected_answer, lead_before_when_read_away
from qa.conversation import Context, place_unsaid_note, places_added

FIREFIGHTER_PAY = "How much will federal wildland firefighters make now?"


def test_a_possessive_place_is_the_place_added(monkeypatch):
    context = Context((FIREFIGHTER_PAY,), None)
    assert [w for w, _ in places_added("and oregon's own state crews, what's their pay?", context)] == ["oregon"]
    assert [w for w, _ in places_added("and Taiwan’s chipmakers?", context)] == ["Taiwan"]  # a curly apostrophe
    assert [w for w, _ in places_added("New Zealand's view?", context)] == ["New Zealand"]  # two words
    # a place its earlier question names is not added, possessive or not
    assert places_added("what was oregon's share?", Context(("What did Oregon get?",), None)) == []
    monkeypatch.setattr(conversation, "PLACE_POSSESSIVE", False)  # off: read as typed, no name of the list
    assert places_added("and oregon's own state crews, what's their pay?", context) == []


@pytest.fixture
def lead_in_when_on(monkeypatch):
    # measured, not adopted (docs/retrieval.md "ufu64": one answerable dev follow-up more declined): off in the product
    # and on here, where it is tested
    monkeypatch.setattr(answerable, "LEAD_IN_WHEN", True)


@pytest.mark.parametrize("question, asked", [
    ("ok so and when was that agreement signed?", "when was that agreement signed?"),
    ("right, and when will sonoma actually get the money?", "when will sonoma actually get the money?"),
    ("so when exactly is he retiring", "when exactly is he retiring"),
    # a "when" and a clause asks a condition (conv-dev-3479), and "whenever" is no "when": as typed
    ("and when the base learners give hard class labels?", None),
    ("and whenever he speaks?", None),
])
def test_a_when_after_a_lead_asks_a_time(lead_in_when_on, monkeypatch, question, asked):
    assert lead_before_when_read_away(question) == (asked or question)
    assert (expected_answer(question) == "time") == (asked is not None)
    monkeypatch.setattr(answerable, "LEAD_IN_WHEN", False)  # off: "when" read only opening the question
    assert lead_before_when_read_away(question) == question
    assert expected_answer(question) is None


@pytest.mark.parametrize("question, earlier, place", [
    # batch A, conv-dev-6803: Albania is said in the press conference, not where it speaks of Sputnik V
    ("and albania's vaccine deliveries?", "What did Lavrov say about Sputnik V production in Serbia?", "Albania"),
    # batch B, conv-dev-6846: Nevada is said in the wildfires meeting, not of the BRIC program
    ("nevada's share of that money?", "What did Biden say about FEMA's BRIC program?", "Nevada"),
])
def test_a_possessive_place_the_first_passage_does_not_name_is_declined(eight_qa, monkeypatch, question, earlier,
                                                                       place):
    asked = eight_qa.ask(question, history=[earlier])
    assert not asked.answerable and asked.note == place_unsaid_note(place)
    monkeypatch.setattr(conversation, "PLACE_POSSESSIVE", False)  # main's answer, from the earlier topic
    off = eight_qa.ask(question, history=[earlier])
    assert off.answerable and off.history_used


@pytest.mark.parametrize("question, earlier, said", [
    ("and canada's part in it?", "What did the US announce about Crimea?", "Canada"),  # conv-dev-6866
    ("and pristina's patrons, who are they?", "What did Lavrov say about Kosovo?", "Pristina"),  # conv-dev-6827
])
def test_a_possessive_place_the_first_passage_names_is_answered(eight_qa, question, earlier, said):
    asked = eight_qa.ask(question, history=[earlier])
    assert asked.answerable and asked.history_used and said in asked.citations[0].text


def test_a_when_after_a_lead_is_declined_where_no_time_is_found(eight_qa, lead_in_when_on, monkeypatch):
    # conv-dev-3472: when the Futenma move will be done is said nowhere
    question, earlier = "and when will the move be done?", "What did Suga say about moving Air Station Futenma?"
    asked = eight_qa.ask(question, history=[earlier])
    assert not asked.answerable and "time" in asked.note
    monkeypatch.setattr(answerable, "LEAD_IN_WHEN", False)
    assert eight_qa.ask(question, history=[earlier]).answerable


def test_a_when_after_a_lead_is_answered_where_the_time_is_said(eight_qa, lead_in_when_on):
    # conv-dev-6831 and conv-dev-4877: the date and the start are said
    directive = "What does the new Treasury directive prohibit?"
    asked = eight_qa.ask("ok so and when does it take effect?", history=[directive])
    assert asked.answerable and any("June 14" in c.text for c in asked.citations[:5])
    asked = eight_qa.ask("so when does production in belgrade begin?",
                         history=["What did Lavrov say about Sputnik V production?"])
    assert asked.answerable
