"""Near misses, "was X brought up" and recordings named as a heading (issue 10 point 5; near27, docs/retrieval.md
"How long, a figure of a named thing, a recording as a heading")."""

from __future__ import annotations

import pytest

from qa.answerable import measure_found, named_sources, speech_phrase_words, topic_of, unit_found, unit_kind
from tests.conftest import shared_transcript_qa

LCP = "According to web.dev and google, a good LCP score should be 2.5 seconds."


def test_a_figure_of_a_named_thing_is_found_only_near_that_name():
    assert measure_found("What LCP score counts as good?", [LCP])
    assert not measure_found("What CLS score counts as good?", [LCP])  # another metric's figure
    assert not measure_found("What was Matsuyama's final score at the Masters?", [LCP])
    # an ordinary word that qualifies the noun may be said otherwise: the noun near a number still counts
    assert measure_found("What performance score did the page get in Lighthouse?", [LCP])
    assert measure_found("What score did the desktop Lighthouse report give for performance?",
                         ["92 marks in performance."])


@pytest.mark.parametrize("text, given", [
    ("Fire season, traditionally, lasts through October.", True),
    ("I've been a working developer for 20+ years", True),
    ("almost four and a half years to hear a President", True),
    ("Talk of a Greater Albania has been going on for years.", True),
    ("Not many years.", True),
    ("We have also wanted to regulate one more area for a long time but to no avail.", True),
    ("about 150 characters", True),
    ("agreed to join in the planning for this year CYBER FLAG exercise.", False),  # a time, no length
    ("Like on a button or any type of input on a page, So", False),  # "a page" is no length of a text
    ("the first words of it", False),
])
def test_how_long_is_answered_by_a_number_of_units_an_end_or_a_span(text, given):
    assert unit_kind("How long does the CYBER FLAG exercise last?") == "length"
    assert unit_found("length", [text], [], "How long does it last?") is given


def test_the_words_that_say_something_was_said_are_no_topic_words():
    assert speech_phrase_words("Was Afghanistan brought up on the sanctions call?") == {"brought", "up"}
    assert speech_phrase_words("Did Suga bring up North Korea?") == {"bring", "up"}
    assert speech_phrase_words("Were rates raised?") == set()  # not said anywhere: no speech
    assert speech_phrase_words("Who raised the prices?") == set()


def test_a_recording_named_before_a_colon_or_a_dash_is_a_source():
    assert named_sources("Biden and Suga's joint press conference: anything on what firefighters are paid?") == (
        [], ["Biden and Suga's joint press conference"])
    assert named_sources("Lavrov's news conference with Selakovic - anything on the summit?")[1] == [
        "Lavrov's news conference"]
    assert named_sources("ruble denominated government debt - how big is that market")[1] == []  # no recording
    assert named_sources("How did the talk go - was it good?")[1] == []  # a question, not a heading
    assert topic_of("The sanctions call: anything on Ukraine?") == "Ukraine"


@pytest.fixture(scope="module")
def sanctions_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_the_sanctions_call_says_how_long_for_nothing_and_brings_up_afghanistan(sanctions_qa):
    # the call names "this year CYBER FLAG exercise", never how long it lasts
    cyber = sanctions_qa.ask("How long does the CYBER FLAG exercise last?")
    assert not cyber.answerable and "length" in cyber.note
    # "brought" is how the question says it was said, not a word the call must hold
    assert sanctions_qa.ask("Was Afghanistan brought up on the sanctions call?").answerable
