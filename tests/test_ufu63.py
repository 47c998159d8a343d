"""ufu63: a follow-up searched with its history that adds a place of its own is declined where the passage cited first
does not name it, whatever the passages after it say (`qa.conversation.PLACE_FIRST_PASSAGE`; docs/retrieval.md
"ufu63"). Over the eight shared transcripts (`eight_qa`): dev conversations the rule turns, and answerable follow-ups
of the same form that it leaves answered."""

import pytest

from qa import conversation
from qa.conversation import Context, place_unsaid, place_unsaid_note

FIRES = "how many firefighters are deployed across the west right now"
CYBER = "which allies agreed to help plan the cyber flag exercise?"


@pytest.fixture(autouse=True)
def fup46_reading_off(monkeypatch):
    """fup46's reading (three passages and the text near the earlier answer) stays off, as shipped."""
    monkeypatch.setattr(conversation, "PLACE_UNSAID", False)


def _context(*questions: str) -> Context:
    return Context(tuple(questions), "it opens with 'and'", answered=(("call", 0, 10),))


def test_only_the_first_passage_is_read_for_the_place(monkeypatch):
    context = _context(FIRES)
    near = {"call": "Arizona " + "x " * 20}.get  # said near the earlier answer: fup46's reading only
    cited = [("fires", "from California to New Mexico, to Utah and Nevada"), ("fires", "the Prescott, Arizona, Fire")]
    assert place_unsaid("what about arizona?", context, cited, near) == "arizona"
    assert place_unsaid("is utah one of those places?", context, cited, near) is None
    assert place_unsaid("what about arizona?", context, cited[::-1], near) is None
    assert place_unsaid("what about arizona?", Context((), None), cited, near) is None  # asked alone
    monkeypatch.setattr(conversation, "PLACE_FIRST_PASSAGE", False)
    assert place_unsaid("what about arizona?", context, cited, near) is None  # off: nothing read


def test_a_place_its_recording_is_made_of_need_not_be_named(monkeypatch):
    context = _context(FIRES)
    recording = {"fires": "the United States " * 15 + "Arizona"}.get  # a party of the recording: named 15 times
    cited = [("fires", "from California to New Mexico, to Utah and Nevada")]
    assert place_unsaid("how does the united states see it?", context, cited, recording) is None
    assert place_unsaid("what about arizona?", context, cited, recording) == "arizona"
    monkeypatch.setattr(conversation, "PLACE_PARTY_MENTIONS", 0)  # every place read
    assert place_unsaid("how does the united states see it?", context, cited, recording) == "united states"


@pytest.mark.parametrize("question, earlier, place", [
    ("what about arizona?", FIRES, "arizona"),  # conv-dev-2734: Arizona said two passages down
    ("and poland, did they sign up?", CYBER, "poland"),  # conv-dev-3651: said in another recording only
])
def test_a_place_the_first_passage_does_not_name_is_declined(eight_qa, monkeypatch, question, earlier, place):
    asked = eight_qa.ask(question, history=[earlier])
    assert not asked.answerable and asked.note == place_unsaid_note(place)
    monkeypatch.setattr(conversation, "PLACE_FIRST_PASSAGE", False)  # main's answer, from the earlier topic
    off = eight_qa.ask(question, history=[earlier])
    assert off.answerable and off.history_used


@pytest.mark.parametrize("question, earlier, said", [
    ("is utah one of those places?", FIRES, "Utah"),  # conv-dev-3668
    ("is france one of them?", CYBER, "France"),  # conv-dev-3708
    # conv-dev-2837: Moscow (Russia) is the press conference's own party, named 41 times there
    ("Has Moscow answered it yet?", "What did Lavrov say about Biden's summit proposal?", None),
])
def test_a_place_the_first_passage_names_is_answered(eight_qa, question, earlier, said):
    asked = eight_qa.ask(question, history=[earlier])
    assert asked.answerable and asked.history_used and (said is None or said in asked.citations[0].text)
