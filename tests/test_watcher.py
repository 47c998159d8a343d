"""A policy watcher's ways of asking (docs/retrieval.md, "A policy watcher's trial"): a request or a question frame
before "X said" is no name, a count of mentions is answered by the mentions with a note that no count is made, and a
quoted phrase says which thing "the" noun before it means. Real model and index."""

from __future__ import annotations

from qa.answerable import MENTION_COUNT_NOTE, asks_mention_count, named_sources
from qa.conversation import dependence


def test_a_frame_before_the_speaker_is_no_name():
    assert named_sources("Quote what Governor Inslee said about the heat.")[0] == ["Governor Inslee"]
    assert named_sources("Summarise how the lecturer says a bagging ensemble is trained.")[0] == ["the lecturer"]
    assert named_sources('In what context did someone say "sparring partners"?')[0] == []
    # without an asking word the words before the verb are left as they were
    assert named_sources("wat did the vise president ask the governers")[0] == ["wat did the vise president"]
    # unchanged: a speaker that opens the question, and one after "did"
    assert named_sources("Lavrov said what about Kosovo?")[0] == ["Lavrov"]
    assert named_sources("What did Governor Brown say about the National Guard?")[0] == ["Governor Brown"]


def test_quoted_phrase_is_answered_by_who_said_it(wildfires_qa):
    answer = wildfires_qa.ask('In what context did someone say "no Republican thermometer"?')
    assert answer.answerable and not (answer.note or "").startswith("Nobody named")
    first = answer.citations[0]
    assert first.speaker == "GOVERNOR NEWSOM" and "no Republican thermometer" in first.highlight


def test_absent_speaker_after_a_request_is_named_as_asked(wildfires_qa):
    answer = wildfires_qa.ask("Quote what Governor Inslee said about the heat in Washington state.")
    assert not answer.answerable
    assert answer.note.startswith("Nobody named Governor Inslee speaks in these transcripts.")


def test_asks_mention_count():
    assert asks_mention_count("How many times is Ukraine mentioned?")
    assert asks_mention_count("How often did Biden bring up the National Guard?")
    assert asks_mention_count("Was Resolution 1244 mentioned more than once?")
    assert not asks_mention_count("How many times did Newsom call Governor Brown for resources?")
    assert not asks_mention_count("How many times has the Time, Clocks paper been cited?")
    assert not asks_mention_count("How many firefighters are deployed across the region?")


def test_count_of_mentions_shows_the_mentions_and_says_no_count_is_made(seed_qa):
    answer = seed_qa.ask("How many times is Sputnik V mentioned?")
    assert answer.answerable and MENTION_COUNT_NOTE in answer.note
    assert "Sputnik V" in answer.citations[0].highlight
    # a name no transcript holds is still declined as unsaid, not counted as zero
    absent = seed_qa.ask("How many times is Ukraine mentioned?")
    assert not absent.answerable and absent.note == "Ukraine is not mentioned in these transcripts."


def test_quoted_phrase_says_which_statements(seed_qa):
    question = 'Who called the statements "unacceptable, provocative and very harmful"?'
    assert dependence(question, lambda word: True) is None
    # the note no longer asks which statements are meant (over this one-transcript index the question is still
    # declined as too far from every passage: docs/retrieval.md, "A policy watcher's trial", what is left)
    assert "depends on an earlier one" not in (seed_qa.ask(question).note or "")


def test_terminal_text_shows_the_note_of_an_answer(seed_qa):
    from qa.render import render_answer

    answer = seed_qa.ask("How many times is Sputnik V mentioned?")
    assert render_answer(answer).splitlines()[1] == f"({answer.note})"
