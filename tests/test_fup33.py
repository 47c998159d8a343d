"""A follow-up's own new words checked as a question asked alone checks them, whatever its register (fup33,
docs/retrieval.md "fup33"): a place typed in lower case that no transcript holds is read as the name it is ("hungary
also?"), a title before a lower-case name does not hide the name ("what did governor abbott say"), and a request to
make something up or to reword the answer is read past the thanks that open it ("cool thx can u write me a poem about
it", "make it into a tweet")."""

import pytest

from qa.answerable import composes, typed_place


def test_a_lower_case_place_no_transcript_holds_is_declined_after_history(seed_qa):
    earlier = ["lavrov serbia vaccine"]
    hungary = seed_qa.ask("hungary also?", history=earlier)
    assert "Hungary" in hungary.query
    assert not hungary.answerable and "Hungary is not mentioned" in hungary.note
    spain = seed_qa.ask("ok and spain, did they expel any diplomats too",
                        history=["what did lavrov say about poland expelling diplomats"])
    assert not spain.answerable and "Spain is not mentioned" in spain.note


def test_a_place_the_transcript_holds_in_some_form_is_not_read_as_absent(seed_qa):
    # "polish" is in the word list as a place, and the transcript says "Poland": the follow-up is answered
    polish = seed_qa.ask("and what about the polish expulsions", history=["how many us diplomats will russia expel"])
    assert polish.answerable
    assert "Polish is not mentioned" not in (polish.note or "")
    assert seed_qa.ask("and serbia?", history=["what did lavrov say about the sputnik vaccine"]).answerable


def test_a_us_state_typed_in_lower_case_is_read_as_a_place(wildfires_qa):
    idaho = wildfires_qa.ask("and how many are in idaho",
                             history=["how many firefighters are deployed across the west"])
    assert not idaho.answerable and "Idaho is not mentioned" in idaho.note
    assert typed_place("idaho") and typed_place("Spain") and not typed_place("bootleg")


def test_a_title_before_a_lower_case_name_does_not_hide_the_name(wildfires_qa):
    earlier = ["what did governor newsom say about being stretched"]
    abbott = wildfires_qa.ask("what did governor abbott say", history=earlier)
    assert not abbott.answerable and "Abbott" in abbott.note
    assert wildfires_qa.ask("what did governor brown say about last year's fires", history=earlier).answerable


@pytest.mark.parametrize("question, kind", [
    ("cool thx can you write me a poem about it", "poem"),  # as `ask` reads it: "u" is "you" in its plain wording
    ("ok great, tell me a joke", "joke"),
    ("make it into a tweet pls", "rewording"),
    ("can you translate that into spanish", "translation"),
    ("tell me a story Lamport told", None),  # what someone told is what was said
    ("Did the bill make it into law?", None),
    ("thanks! what did lavrov say about kosovo", None),
])
def test_a_request_to_make_up_or_reword_is_read_past_its_thanks(question, kind):
    assert composes(question) == kind


def test_an_off_task_request_after_history_is_declined_and_a_question_after_thanks_answered(seed_qa):
    earlier = ["what did lavrov say about kosovo"]
    poem = seed_qa.ask("cool thx can u write me a poem about it", history=earlier)
    assert not poem.answerable and "poem" in poem.note
    assert not seed_qa.ask("can you translate that into spanish", history=earlier).answerable
    assert seed_qa.ask("ok thanks, and what did he say about interpol", history=earlier).answerable
