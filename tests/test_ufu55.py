"""A follow-up searched with its history that asks a time ("When will it be released?") is declined where the passage
its history found says none: not its highlight with the sentence after it, nor any sentence of it with a word of the
conversation (ufu55, docs/retrieval.md "ufu55"; HIGHLIGHT_KINDS)."""

import re

import pytest

from qa import answerable
from qa.answerable import (HIGHLIGHT_NOTE, highlight_kind_asked, highlight_unsaid, highlight_unsaid_note,
                           holds_asked_kind)

from tests.conftest import shared_path

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LAVROV = "lavrov-selakovic-press-conference-2021-04-16.txt"
SUGA = "wh-biden-suga-press-conference-2021-04-16.md"


def _cited(name: str, words: str, before: int = 300, after: int = 300) -> tuple[str, int, int]:
    """A window of a shared transcript (its whitespace read as one space) with `words` as its highlight: (text,
    highlight start, highlight end)."""
    text = re.sub(r"\s+", " ", shared_path("data", "transcripts", name).read_text(encoding="utf-8"))
    at = text.index(words)
    start = max(0, at - before)
    window = text[start:at + len(words) + after]
    return window, at - start, at - start + len(words)


EPA_APP = "This will include launching a new apt \\[sic\\] — a new app on — from EPA, so individuals"


@pytest.mark.parametrize("question, kind", [
    ("When will it be released?", "time"),
    ("and when does it take effect", "time"),
    ("by when do governors have to request it?", "time"),
    ("any release date for the book", "time"),
    ("is there a deadline for those talks", "time"),
    ("what year did they sign it?", "time"),
    ("how much money did those declarations bring in?", "figure"),
    ("what did she see when she arrived?", None),  # a "when" inside: not what is asked
    ("how long is the railway they're working on", None),
    ("who invented it", None),
])
def test_the_kind_a_follow_up_asks(question, kind):
    assert highlight_kind_asked(question) == kind


def test_a_highlight_that_says_a_time_or_a_clause_of_time_holds_it():
    assert holds_asked_kind("time", *_cited(LAVROV, "We expect the launch of Sputnik V production in Belgrade "
                                                    "scheduled for May", 0, 0))
    assert holds_asked_kind("time", *_cited(WILDFIRES, "The federal government is also offering funding, when "
                                                       "governors request it", 0, 0))


def test_a_highlight_and_passage_without_a_time_do_not():
    text, start, end = _cited(WILDFIRES, EPA_APP, 0, 120)
    assert not holds_asked_kind("time", text, start, end, frozenset({"app", "epa"}))
    # a point of time elsewhere in the passage counts only in a sentence that says a word of the conversation
    net_zero = "Japan and the United States are both committed to achieving net-zero emissions by 2050"
    text, start, end = _cited(SUGA, net_zero, 0, 200)
    start, end = text.index("And we’ll work"), len(text)
    assert holds_asked_kind("time", text, start, end, frozenset({"emiss"}))
    assert not holds_asked_kind("time", text, start, end, frozenset({"semiconductor"}))


def test_highlight_unsaid_reads_only_a_follow_up_and_the_kinds_read(monkeypatch):
    cited = [_cited(WILDFIRES, EPA_APP, 0, 120)]
    monkeypatch.setattr(answerable, "HIGHLIGHT_KINDS", ("time",))
    assert highlight_unsaid("When will it be released?", ["What app is the EPA launching?"], cited) == "time"
    assert highlight_unsaid("When will it be released?", [], cited) is None  # asked alone
    assert highlight_unsaid("When will it be released?", ["What app is the EPA launching?"], []) is None
    assert highlight_unsaid("how many people will use it?", ["What app is the EPA launching?"], cited) is None
    assert highlight_unsaid_note("time") == HIGHLIGHT_NOTE.format("time")
    monkeypatch.setattr(answerable, "HIGHLIGHT_KINDS", ())
    assert highlight_unsaid("When will it be released?", ["What app is the EPA launching?"], cited) is None


def test_a_time_the_found_passage_never_says_is_declined(eight_qa, monkeypatch):
    # conv-dev-437: the EPA app's release is never dated in the wildfire meeting (the eight transcripts indexed)
    monkeypatch.setattr(answerable, "HIGHLIGHT_KINDS", ("time",))
    asked = eight_qa.ask("When will it be released?", history=["What app is the EPA launching?"])
    assert asked.history_used and not asked.answerable and not asked.citations
    assert asked.note == "This follow-up asks for a time; the passage found for it says none."
    monkeypatch.setattr(answerable, "HIGHLIGHT_KINDS", ())
    asked = eight_qa.ask("When will it be released?", history=["What app is the EPA launching?"])
    assert asked.answerable


def test_a_time_the_found_passage_says_is_answered(eight_qa, monkeypatch):
    # batch B's conv-dev-4934: "Fire season, traditionally, lasts through October."
    monkeypatch.setattr(answerable, "HIGHLIGHT_KINDS", ("time",))
    asked = eight_qa.ask("until what month does it usually run?",
                             history=["What did Biden say about the length of the fire season?"])
    assert asked.answerable and "October" in " ".join(c.text for c in asked.citations)
