"""lead45 (docs/retrieval.md "lead45"): "What does BRIC stand for?" is answered where a first citation spells the
acronym out ("FEMA's BRIC program — Building Resilient Infrastructure and Communities"), however far the short
question's vector lies from the passage (`qa.define.acronym_defined`, the decline's exemption `term_defined`), and
an acronym a transcript only names is still declined. Over the eight shared transcripts in one index."""

from qa import define

WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
SPELLED = "This grant is part of FEMA’s BRIC program — Building Resilient\nInfrastructure and Communities."


def test_an_acronym_beside_its_words_is_defined():
    assert define.acronym_defined("What does BRIC stand for?", [SPELLED])
    assert define.acronym_defined("What does FCP stand for?", ["Now you can see here."],
                                  ["Then after that. FCP comes. First Contextual Paint. Now you can see here."])


def test_an_acronym_only_named_is_not():
    assert not define.acronym_defined("What does FEMA stand for?", [SPELLED])
    assert not define.acronym_defined("What is the BRIC program?", [SPELLED])  # no acronym asked alone


def test_the_spelled_out_acronym_is_answered(eight_qa):
    answer = eight_qa.ask("What does BRIC stand for?", k=3)
    assert answer.answerable
    assert answer.citations[0].transcript == WILDFIRES
    assert "Building Resilient" in answer.citations[0].highlight


def test_an_acronym_never_spelled_out_is_still_declined(eight_qa):
    assert not eight_qa.ask("What does FMAG stand for?", k=3).answerable
