"""The parse stage on the real transcripts in ../shared/data/transcripts (present in CI, absent on a user's machine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.parse import parse_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "transcripts"

pytestmark = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/data/transcripts not present (only in CI); real-file parse tests skipped")


def parse(name: str):
    t = parse_file(SHARED / name)
    for turn in t.turns:
        for piece in turn.pieces:
            assert 0 <= piece.start_char < piece.end_char <= len(t.text)
            if piece.verbatim:
                assert t.text[piece.start_char:piece.end_char] == turn.text[piece.text_start:piece.text_end]
        if turn.pieces[0].verbatim:
            assert t.text[turn.start_char:turn.end_char] == turn.text
    return t


def words(text: str) -> list[str]:
    return text.split()


def test_youtube_vtt_is_one_unlabelled_statement_with_times_and_no_repeats():
    t = parse("agentic-ai-explained-youtube-captions.vtt")
    assert [(turn.speaker, turn.role) for turn in t.turns] == [("", "statement")]
    turn = t.turns[0]
    assert len(turn.pieces) == 304 and turn.start_time == 0.08 and turn.end_time > 600
    assert turn.text.startswith("My goal for today's video is to provide you with no BS extremely simple agentic AI")
    assert t.warnings == ()


def test_srt_lecture_keeps_every_cue_once():
    t = parse("i2ml-random-forest-bagging-lecture.srt")
    turn = t.turns[0]
    assert len(t.turns) == 1 and len(turn.pieces) == 290
    assert turn.text.startswith("hi and Welcome to our new chapter here on random Forest so I will begin in in this")
    assert 1900 <= len(words(turn.text)) <= 2000


def test_whisper_json_segments_cover_the_top_level_text():
    import json

    t = parse("core-web-vitals-lecture-whisper.json")
    turn = t.turns[0]
    assert len(turn.pieces) == 355 and turn.end_time == pytest.approx(774, abs=1)
    assert words(turn.text) == words(json.loads(t.text)["text"])
    assert t.text[turn.pieces[0].start_char] == "{"


def test_markdown_front_matter_and_shouted_labels_with_q_lines():
    t = parse("wh-background-press-call-russia-sanctions-2021-04-15.md")
    assert t.title == "Background Press Call by Senior Administration Officials on Russia"
    assert (t.date, t.time) == ("2021-04-15", "09:36")
    assert t.media_url.startswith("https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/04/15/")
    assert t.turns[0].speaker == "SENIOR ADMINISTRATION OFFICIAL" and t.turns[0].text.startswith("Hi everyone.")
    questions = [turn for turn in t.turns if turn.role == "question"]
    assert len(questions) == 4 and all(turn.speaker == "Question" for turn in questions)
    answer = t.turns[questions[0].index + 1]
    assert answer.role == "answer" and answer.question == questions[0].text


def test_press_conference_answers_know_their_question():
    t = parse("wh-biden-suga-press-conference-2021-04-16.md")
    assert [turn.speaker for turn in t.turns[:3]] == ["PRESIDENT BIDEN", "PRIME MINISTER SUGA", "PRESIDENT BIDEN"]
    assert sum(turn.role == "question" for turn in t.turns) == 4
    assert all(turn.question for turn in t.turns if turn.role == "answer")


def test_meeting_speakers_and_no_label_taken_from_a_wrapped_line():
    t = parse("wh-biden-meeting-western-wildfires-2021-06-30.md")
    assert {"THE PRESIDENT", "THE VICE PRESIDENT", "GOVERNOR BROWN", "GOVERNOR NEWSOM", "DR. SHERWOOD-RANDALL",
            "PARTICIPANT"} <= set(t.speakers)
    assert "Sherwood" not in t.speakers  # "Dr.\nSherwood: Are we moving to" is wrapped prose


def test_podcast_bold_labels_inline_times_and_break_marker():
    t = parse("changelog-552-leslie-lamport-interview.md")
    assert t.speakers == ["Jerod Santo", "Leslie Lamport"]
    first = t.turns[0]
    assert first.text.startswith("Alright, I'm here with Leslie Lamport") and len(first.pieces) == 2
    timed = [turn for turn in t.turns if turn.start_time is not None]
    assert timed[0].start_time == 8 * 60 + 8
    assert all("**" not in turn.text[:4] and "Break" not in turn.speaker for turn in t.turns)


def test_seed_copy_in_shared_parses_like_the_bundled_one():
    bundled = parse_file(Path(__file__).resolve().parents[1] / "corpus" / "lavrov-selakovic-press-conference-2021-04-16.txt")
    assert parse("lavrov-selakovic-press-conference-2021-04-16.txt").turns == bundled.turns
