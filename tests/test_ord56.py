"""ord56: who spoke first, last, second, or right after or before a speaker, read from the order of a recording's
turns and its speakers' labels (qa.order.speaker_place_asked, placed_by_speaker_place), over real indexes: a small
meeting written here and the White House meeting on western wildfires (../shared)."""

from __future__ import annotations

import pytest

from qa import order
from tests.conftest import meeting_qa

TURNS = (
    "CHAIR SMITH: Good morning. We are here to settle the county budget for road repair this spring.",
    "GOVERNOR ADAMS: The bridge on Route 9 needs new steel before the winter floods come back.",
    "DEPUTY MAYOR COLE: Our town asks for money for school buses and for the library roof.",
    "GOVERNOR BELL: Snow ploughs are what the northern valley lacks most after last winter.",
    "CHAIR SMITH: Thank you all. The budget goes to a vote next Tuesday; we stand adjourned.",
)


@pytest.fixture(scope="module")
def budget_qa(tmp_path_factory):
    """A TranscriptQA over one small meeting of four labelled speakers, two of them governors."""
    return meeting_qa(tmp_path_factory.mktemp("ord56"), "county-budget-meeting.txt", *TURNS)


def _first_cited(answer) -> str:
    return answer.citations[0].text


@pytest.mark.parametrize("question, place, kind, named", [
    ("Who spoke first at the wildfire meeting?", 1, "", ""),
    ("Which governor spoke last at the wildfire meeting?", -1, "governor", ""),
    ("who spoke second", 2, "", ""),
    ("Who was the first speaker at the Biden Suga press conference?", 1, "", ""),
    ("Who had the last word in the Lamport interview?", -1, "", ""),
    ("Who opened the Lavrov press conference?", 1, "", ""),
    ("Which prime minister spoke last at the press conference?", -1, "prime minister", ""),
    ("Who spoke right after Governor Brown at the wildfire meeting?", "after", "", "Governor Brown"),
    ("Who spoke before the Vice President?", "before", "", "the Vice President"),
])
def test_the_speakers_place_a_question_asks_is_read(question, place, kind, named):
    asked = order.speaker_place_asked(question)
    assert asked is not None and (asked.place, asked.kind, asked.named) == (place, kind, named)


@pytest.mark.parametrize("question", [
    "Who spoke first about vaccines at the press conference?",  # a topic: who first said something
    "Who spoke first on climate?",
    "Who was the first Japanese player to win the Green Jacket?",
    "What was the first concurrent algorithm Lamport wrote?",
    "Who started the fires in California?",  # no recording after the verb
    "What did Biden say in his last press conference?",
])
def test_a_question_of_content_that_says_first_or_last_is_not_read(question):
    assert order.speaker_place_asked(question) is None


def test_who_spoke_first_is_the_first_speakers_first_turn(budget_qa):
    answer = budget_qa.ask("Who spoke first at the budget meeting?")
    assert answer.answerable and "settle the county budget" in _first_cited(answer)
    assert "CHAIR SMITH spoke first" in answer.note


def test_which_governor_spoke_last_reads_the_label_of_kind(budget_qa):
    answer = budget_qa.ask("Which governor spoke last?")
    assert "Snow ploughs" in _first_cited(answer)
    assert "GOVERNOR BELL spoke last" in answer.note


def test_who_spoke_after_a_speaker_is_the_next_turn(budget_qa):
    answer = budget_qa.ask("Who spoke right after Governor Adams?")
    assert "school buses" in _first_cited(answer)
    assert "MAYOR COLE spoke right after GOVERNOR ADAMS" in answer.note


def test_who_spoke_second_is_the_second_speaker(budget_qa):
    assert "Route 9" in _first_cited(budget_qa.ask("who spoke second at the meeting"))


def test_a_kind_of_two_words_is_read_from_the_label(budget_qa):
    answer = budget_qa.ask("Which deputy mayor spoke first?")
    assert "school buses" in _first_cited(answer)
    assert "DEPUTY MAYOR COLE spoke first" in answer.note


def test_a_kind_no_label_holds_is_left_to_the_search(budget_qa):
    assert order.speaker_place_asked("Which senator spoke first?").kind == "senator"
    answer = budget_qa.ask("Which senator spoke first?")
    assert "Read by the recording's speakers" not in (answer.note or "")


def test_with_the_speakers_order_unread_the_nearest_passages_stay(budget_qa, monkeypatch):
    monkeypatch.setattr(order, "SPEAKER_ORDER_READ", False)
    answer = budget_qa.ask("Which governor spoke last?")
    assert "Read by the recording's speakers" not in (answer.note or "")


def test_which_governor_spoke_first_at_the_wildfire_meeting(wildfires_qa):
    """The lead's trial: the nearest passages by meaning were the President's on briefings."""
    answer = wildfires_qa.ask("Which governor spoke first at the wildfire meeting?")
    assert answer.answerable and answer.citations[0].speaker == "GOVERNOR BROWN"
    last = wildfires_qa.ask("Who spoke last in the wildfire meeting?")
    assert last.citations[0].speaker == "THE PRESIDENT" and "Well, look, Gov" in last.citations[0].text
