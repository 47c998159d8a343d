"""A recording's order and who spoke most, read (qa.order): the wording read, the courtesies left out, and the
answers over the real seed index and the wildfires meeting (../shared)."""

from __future__ import annotations

import pytest

from qa import answerable, cite, order
from tests.conftest import shared_transcript_qa


@pytest.mark.parametrize("question, kind", [
    ("What did the Lamport interview start with?", "first"),
    ("What was the first topic at the western wildfires meeting?", "first"),
    ("Which example did the agentic AI video open with?", "first"),
    ("What was Lamport's final point in the Changelog interview?", "last"),
    ("What did the bagging lecture end with?", "last"),
    ("What was the last question at the Biden-Suga press conference?", "last"),
    ("What happened right after the President's opening remarks?", "after"),
    ("What did the host ask right before Lamport spoke of Paxos?", "before"),
    ("What was the first question about Taiwan at the press conference?", None),  # the first of a topic's passages
])
def test_the_order_a_question_asks_is_read(question, kind):
    assert order.order_kind(question) == kind


@pytest.mark.parametrize("text, courtesy", [
    ("Well, good afternoon.  Thank you all very much.", True),
    ("Thank you.  5:33 P.M. EDT", True),
    ("Hi everyone.  Thanks for joining us this morning.", True),
    ("Thank you. You might want to try that again and pronounce it either LayTech or LaTec.", False),
    ("Ladies and gentlemen,  My Serbian colleague and I had good, trust-based talks.", False),
])
def test_a_passage_of_greetings_alone_is_a_courtesy(text, courtesy):
    assert order.is_courtesy(text) == courtesy


def test_the_opening_passages_answer_what_a_recording_began_with(seed_qa):
    """seed-1640: the first passages in the order spoken, not the passages most like "open with"."""
    answer = seed_qa.ask("What did Lavrov open with at the news conference?")
    assert answer.answerable and "opening passages" in answer.note
    assert answerable.ORDER_NOTE not in answer.note
    starts = [c.start_char for c in answer.citations[:order.ORDER_PASSAGES]]
    assert starts == sorted(starts) and "COVID-19" in answer.citations[0].text


def test_the_last_question_is_the_last_reporters_question(seed_qa):
    """seed-1641: the last passage of role question (the answer before it is long: no floor is cited before it)."""
    answer = seed_qa.ask("What was the final question put to Lavrov at the press conference?")
    assert answer.citations[0].role == "question" and "Pristina" in answer.citations[0].text
    assert answer.citations[1].speaker == "Sergey Lavrov" and "We do not impose anything" in answer.citations[1].text


def test_right_after_is_the_passage_after_the_best_match(seed_qa):
    """seed-1642: the passage after the one that thanks Selakovic is the reporter's question on a Greater Albania."""
    answer = seed_qa.ask("What did the reporter ask right after Lavrov thanked Selakovic for the positive talks?")
    assert answer.answerable and "passage after" in answer.note
    assert answer.citations[0].role == "question" and "Greater Albania" in answer.citations[0].text
    assert "grateful to my colleague" in answer.citations[1].text  # the best match comes next


def test_with_the_order_unread_the_nearest_passages_and_the_note_stay(seed_qa, monkeypatch):
    monkeypatch.setattr(order, "ORDER_READ", False)
    monkeypatch.setattr(cite, "ASKING_FIRST", False)  # cite65 would raise a question turn: it asks what was asked
    answer = seed_qa.ask("What did the reporter ask right after Lavrov thanked Selakovic for the positive talks?")
    assert answerable.ORDER_NOTE in answer.note and "grateful to my colleague" in answer.citations[0].text


def test_who_spoke_most_counts_the_nearest_passages_by_speaker(wildfires_qa):
    """dev-trial27-20: the count is said, and the most counted speaker's passages come first."""
    most = wildfires_qa.ask("Who spoke most about the Good Neighbor Authority?")
    assert most.answerable and "GOVERNOR BROWN spoke most among the" in most.note
    assert answerable.MOST_SPOKEN_NOTE not in most.note
    assert most.citations[0].speaker == "GOVERNOR BROWN"


def test_right_after_someones_remarks_is_the_next_speakers_turn(wildfires_qa):
    """dev-trial27-19: the President's opening remarks run over many passages; what came right after them is the
    Vice President's turn, not the next passage of his."""
    answer = wildfires_qa.ask("What happened right after the President's opening remarks at the wildfire meeting?")
    assert answer.answerable and "turn of another speaker" in answer.note
    assert answer.citations[0].speaker == "THE VICE PRESIDENT"
    assert "First, I just want to thank the President" in " ".join(answer.citations[0].text.split())


@pytest.mark.parametrize("question, kind", [
    ("Who spoke at the wildfire meeting?", ""),
    ("who are the speakers in the lamport interview", ""),
    ("Which governors joined the wildfire meeting?", "governors"),
    ("Who attended?", ""),
    ("list the speakers", ""),
    ("who was on the press call about sanctions", ""),  # a topic after the recording says which recording
    ("Who spoke about vaccines at the meeting?", None),  # a topic before it: who said something, the search's
    ("who was in charge of the response", None),
    ("Who spoke most about fires?", None),
    ("Which countries joined the sanctions?", None),  # no recording: taking part in something else
    ("Who is the capital of Serbia?", None),
])
def test_a_question_of_who_speaks_in_a_recording_is_read(question, kind):
    assert order.speakers_asked(question) == kind


def test_who_spoke_cites_each_speaker_where_they_come_in(wildfires_qa):
    """lead34: the speakers' labels say who took part; each one's first passage is cited, from its first sentence
    of some words, in the order they first speak (dev-tri6-1's gold)."""
    answer = wildfires_qa.ask("Which governors joined the wildfire meeting?")
    assert answer.answerable and "GOVERNOR BROWN and GOVERNOR NEWSOM" in answer.note
    assert [c.speaker for c in answer.citations[:2]] == ["GOVERNOR BROWN", "GOVERNOR NEWSOM"]
    assert " ".join(answer.citations[0].highlight.split()).startswith("Thank you so much, Mr. President")
    everyone = wildfires_qa.ask("Who spoke at the wildfire meeting?")
    assert [c.speaker for c in everyone.citations] == ["THE PRESIDENT", "THE VICE PRESIDENT", "GOVERNOR BROWN",
                                                       "DR. SHERWOOD-RANDALL", "PARTICIPANT"]
    assert "and GOVERNOR NEWSOM in" in everyone.note  # the sixth, beyond the five cited, is named
    assert "(Audio turned off.)" not in everyone.citations[0].highlight  # a mark of the recording is no entrance


def test_who_spoke_about_a_topic_is_still_searched(wildfires_qa):
    answer = wildfires_qa.ask("Who spoke about the Good Neighbor Authority at the wildfire meeting?")
    assert "Read by the recording's speakers" not in (answer.note or "")
    assert answer.citations[0].speaker == "GOVERNOR BROWN"


def test_with_speakers_unread_the_nearest_passages_stay(wildfires_qa, monkeypatch):
    monkeypatch.setattr(order, "SPEAKERS_READ", False)
    answer = wildfires_qa.ask("Which governors joined the wildfire meeting?")
    assert "Read by the recording's speakers" not in (answer.note or "")


@pytest.mark.parametrize("question, kind", [
    ("Who is the host of the Changelog podcast?", order.HOST),
    ("who's the host of the changelog podcast pls", order.HOST),
    ("who hosts the changelog podcast", order.HOST),
    ("Who is the host?", order.HOST),
    ("Who hosted Suga at the White House?", None),  # a person hosted, no recording: the search's
    ("Who hosts an annual cyber exercise?", None),
])
def test_a_question_of_who_hosts_a_recording_is_read(question, kind):
    assert order.speakers_asked(question) == kind


def test_the_host_of_an_interview_is_the_one_who_asks_cited_where_they_come_in(tmp_path_factory):
    """lead34: dev-scope-01's gold is the host's opening; the recording is named as the verb's object too."""
    lamport = shared_transcript_qa(tmp_path_factory, "changelog-552-leslie-lamport-interview.md")
    for question in ("Who is the host of the Changelog podcast?", "who hosts the changelog podcast"):
        answer = lamport.ask(question)
        assert answer.answerable and "Jerod Santo asks the questions" in answer.note
        assert answer.citations[0].speaker == "Jerod Santo"
        assert answer.citations[0].highlight.startswith("Alright, I'm here with Leslie Lamport")
        assert "Uncertain" not in answer.note  # the hedge is fitted on the search's evidence, not on the labels
        # the whole sentence where they come in, not the unit a hard line break cut it into
        assert " ".join(answer.citations[0].highlight.split()).endswith("heard of or used.")


@pytest.mark.parametrize("question, phrase", [
    ("Which governors joined the wildfire meeting?", "in the wildfire meeting"),
    ("Who took part in the meeting on western wildfires?", "in the western wildfires meeting"),
    ("who spoke in the press call on russia sanctions", "in the russia sanctions press call"),
    ("Who spoke at the wildfire meeting?", ""),  # named as a place already: recordings_named reads it as written
])
def test_the_recording_a_question_of_who_speaks_names_is_read_as_a_place(question, phrase):
    assert order.recording_object(question) == phrase


def test_who_spoke_says_the_turns_labelled_by_role_alone(seed_qa):
    """A press conference's reporters are labelled "Question", with no name: the note says so (lead34)."""
    answer = seed_qa.ask("Who spoke at this press conference?")
    assert answer.answerable and answer.citations[0].speaker == "Sergey Lavrov"
    assert "Sergey Lavrov in" in answer.note and "Other turns are labelled Question alone, with no name." in answer.note
