"""A follow-up searched with its history that asks a figure of what the earlier answer told is declined where its
first passage lies away from that answer and none of its first passages gives a number with the follow-up's own
words (ufup48, docs/retrieval.md "ufup48")."""

import re

import pytest

from qa import answerable
from qa.answerable import ATTRIBUTE_NOTE, attribute_asked, attribute_note, attribute_unsaid

from tests.conftest import shared_path, shared_transcript_qa

SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAVROV = "lavrov-selakovic-press-conference-2021-04-16.txt"


def _sentence(name: str, words: str) -> str:
    """The paragraph of a shared transcript that holds `words` (its whitespace read as one space)."""
    text = re.sub(r"\s+", " ", shared_path("data", "transcripts", name).read_text(encoding="utf-8"))
    at = text.index(words)
    return text[max(0, at - 300):at + len(words) + 300]


@pytest.mark.parametrize("question, kind", [
    ("how much funding does it get", "figure"),
    ("and how many people died in that heat wave?", "figure"),
    ("what number is that exactly", "figure"),
    ("what does a license for it cost?", "figure"),
    ("and when will the move be done?", "date"),
    ("what year was that fire", "date"),
    ("whats the company called", "name"),
    ("which street was it on?", "name"),
    ("Why?", None),
    ("what did he say about it", None),
    ("Have there been any trials yet?", None),
])
def test_the_attribute_a_follow_up_asks(question, kind):
    assert attribute_asked(question) == kind


def test_a_figure_no_passage_gives_with_the_follow_ups_words_is_read():
    # conv-dev-2428: the fellowship's funding, searched into the wildfire meeting's grant to Sonoma County
    grant = _sentence(WILDFIRES, "I’m announcing a $37 million federal grant to Sonoma County")
    assert attribute_unsaid("how much funding does it get", ["what did biden say about the mansfield fellowship"],
                            [grant], [False]) == "figure"
    assert attribute_note("figure") == ATTRIBUTE_NOTE.format("figure")


def test_a_number_said_with_the_follow_ups_own_word_answers():
    # batch A's conv-dev-3974: "13 percent of the country's budget revenues" gives a number with "revenues"
    nis = _sentence(LAVROV, "Last year the company accounted for 13 percent of the country’s budget revenues.")
    assert attribute_unsaid("what are those companies' yearly revenues?",
                            ["How many Russian companies did Treasury designate for supporting the SVR?"],
                            [nis], [False]) is None


def test_not_read_near_the_earlier_answer_alone_or_for_other_kinds():
    grant = _sentence(WILDFIRES, "I’m announcing a $37 million federal grant to Sonoma County")
    earlier = ["what did biden say about the mansfield fellowship"]
    assert attribute_unsaid("how much funding does it get", earlier, [grant], [True]) is None  # first passage near
    assert attribute_unsaid("how much funding does it get", [], [grant], [False]) is None  # read alone
    assert attribute_unsaid("how much funding does it get", earlier, [], []) is None  # nothing cited
    assert attribute_unsaid("and when does the fellowship start", earlier, [grant], [False]) is None  # a date


def test_off_reads_nothing(monkeypatch):
    grant = _sentence(WILDFIRES, "I’m announcing a $37 million federal grant to Sonoma County")
    monkeypatch.setattr(answerable, "ATTRIBUTE_UNSAID", False)
    assert attribute_unsaid("how much funding does it get", ["what did biden say about the mansfield fellowship"],
                            [grant], [False]) is None


@pytest.fixture(scope="module")
def suga_and_wildfires_qa(tmp_path_factory):
    """The Biden-Suga press conference and the wildfire meeting in one index (../shared)."""
    return shared_transcript_qa(tmp_path_factory, SUGA, WILDFIRES)


def test_a_figure_never_given_of_the_referent_is_declined(suga_and_wildfires_qa):
    # conv-dev-2428: the Mansfield Fellowship's funding is never given; the search goes to the wildfire meeting's grants
    asked = suga_and_wildfires_qa.ask("how much funding does it get",
                                      history=["what did biden say about the mansfield fellowship"])
    assert asked.history_used and not asked.answerable and not asked.citations
    assert asked.note == "No passage near what the earlier answer cited gives the figure this follow-up asks for."


def test_a_figure_given_near_the_referent_is_answered(suga_and_wildfires_qa):
    # batch A's conv-dev-3992: "This year, there are 36 that are uncontained and burning."
    asked = suga_and_wildfires_qa.ask("and this year, how many?",
                                      history=["How many large fires were uncontained at this point last year?"])
    assert asked.answerable and asked.citations[0].transcript == WILDFIRES
