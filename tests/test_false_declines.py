"""fdecl37: answerable questions declined by a reading of their form (docs/retrieval.md, "fdecl37"): a post typed
after its place in a lower-case question ("the oregon governor"), which the casing of such questions writes as a
name ("the Oregon Governor") that no speaker label holds; and "what area of X", which asks which domain, not an
area as a figure."""

import pytest

from tests.conftest import shared_transcript_qa
from qa.answerable import unit_kind


def test_what_area_of_something_asks_no_figure():
    assert unit_kind("what area of economic cooperation did they call key") is None
    assert unit_kind("What areas of research will they fund?") is None
    # an area asked as a figure is read as before
    assert unit_kind("What area did the Lava Fire burn?") == "area"
    assert unit_kind("How large an area burned?") == "area"


def test_an_area_of_cooperation_is_answered(seed_qa):
    # was declined: "No passage found gives the area asked for."
    answer = seed_qa.ask("What area of economic cooperation did Lavrov call key?")
    assert answer.answerable, answer.note
    assert any("primarily in energy" in c.text for c in answer.citations[:5])


@pytest.fixture(scope="module")
def meeting_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-biden-meeting-western-wildfires-2021-06-30.md")


def test_a_post_typed_in_lower_case_after_its_place_is_the_speaker_who_holds_it(meeting_qa):
    # was declined: "Nobody named the Oregon Governor speaks in these transcripts. ..."
    typed = meeting_qa.ask("what did the oregon governor say the guard training money did for them")
    assert typed.answerable, typed.note
    assert "Nobody named" not in (typed.note or "")
    # the same post written with its capital as a user writes it was answered before, and still is; written with
    # capitals throughout, as the casing writes it, it was declined as well
    written = meeting_qa.ask("What did the Oregon governor say the Guard training money did for them?")
    assert written.answerable, written.note
    titled = meeting_qa.ask("What did the Oregon Governor say the Guard training money did for them?")
    assert titled.answerable, titled.note
    # someone the meeting never hears from is still read as absent
    absent = meeting_qa.ask("what did governor inslee say about the guard training money")
    assert not absent.answerable and "Inslee" in absent.note
