"""Each supported format on small files made for the purpose (tests/data/formats) and on the seed transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.parse import parse_bytes, parse_file
from qa.types import Transcript

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "tests" / "data" / "formats"
SEED = ROOT / "corpus" / "lavrov-selakovic-press-conference-2021-04-16.txt"


def check_spans(t: Transcript) -> None:
    """Every piece's text is its run of the turn's text; verbatim pieces are also the file's text there."""
    for turn in t.turns:
        assert turn.text and all(turn.speaker == turn.speaker for _ in turn.pieces)
        for piece in turn.pieces:
            assert 0 <= piece.start_char < piece.end_char <= len(t.text)
            assert 0 <= piece.text_start < piece.text_end <= len(turn.text)
            if piece.verbatim:
                assert t.text[piece.start_char:piece.end_char] == turn.text[piece.text_start:piece.text_end]
        if all(p.verbatim for p in turn.pieces):
            assert t.text[turn.start_char:turn.end_char] == turn.text


def turns_of(t: Transcript) -> list[tuple[str, str, str]]:
    return [(turn.speaker, turn.role, turn.text) for turn in t.turns]


def test_seed_transcript_keeps_header_turns_and_leaves_page_leftovers_out():
    t = parse_file(SEED)
    check_spans(t)
    assert t.date == "2021-04-16" and t.time == "20:37" and t.title.startswith("Foreign Minister Sergey Lavrov")
    assert [(turn.speaker, turn.role) for turn in t.turns[:3]] == [
        ("Sergey Lavrov", "statement"), ("Question", "question"), ("Sergey Lavrov", "answer")]
    for turn in t.turns:
        if turn.role == "answer":
            assert t.turns[turn.question_index].text == turn.question
        for leftover in ("en-GB1 ru-RU1", "Additional materials", "Advanced settings"):
            assert leftover not in turn.text


def test_srt_voice_tags_labels_sound_cues_and_a_broken_timestamp():
    t = parse_file(FORMATS / "panel.srt")
    check_spans(t)
    assert turns_of(t) == [
        ("Anna Berg", "statement", "Welcome to the water panel. Today we talk about river levels. "
                                   "this cue has a broken timestamp"),
        ("TOM REED", "statement", "The river rose two metres in May. It fell again by July."),
    ]
    assert t.warnings == ("panel.srt: line 10: the timing '00:00:06,000 --> 00:00:08,xx0' cannot be read; the "
                          "cue's words are kept, timed between the cues around it",)
    broken = t.turns[0].pieces[2]
    assert (broken.start_time, broken.end_time, broken.paragraph) == (6.0, 8.0, 3)
    first = t.turns[0].pieces[0]
    assert (first.start_time, first.end_time, first.paragraph) == (1.0, 3.5, 1)
    assert t.text[first.start_char:first.end_char].startswith("1\n00:00:01,000 --> 00:00:03,500\n")
    assert not first.verbatim


def test_youtube_rolling_captions_yield_each_word_once():
    t = parse_file(FORMATS / "rolling.vtt")
    check_spans(t)
    assert turns_of(t) == [("", "statement", "the harbour opened in nineteen ten and closed in nineteen ninety")]
    assert [(p.start_time, p.end_time) for p in t.turns[0].pieces] == [(0.0, 2.01), (2.01, 4.01), (4.01, 6.0)]
    assert t.media_url == "https://www.youtube.com/watch?v=abc123XYZ00"


def test_vtt_voice_tags_make_turns_and_a_cue_with_two_voices_is_split():
    t = parse_file(FORMATS / "voices.vtt")
    check_spans(t)
    assert [(s, text) for s, _, text in turns_of(t)] == [
        ("Maria Lopez", "Why did you start the bakery?"),
        ("Sam Okafor", "Because bread & butter pay the rent. And I like mornings."),
        ("Maria Lopez", "Fair enough."),
        ("Sam Okafor", "Thanks."),
        ("Maria Lopez", "See you tomorrow."),  # its timing line is broken: kept, timed after the cue before
    ]
    assert t.turns[1].start_time == 4.0 and t.turns[1].end_time == 9.0
    assert (t.turns[4].start_time, t.turns[4].end_time) == (11.0, 11.0)
    assert t.warnings == ("voices.vtt: line 19: the timing '00:00:xx.000 --> 00:00:12.000' cannot be read; the "
                          "cue's words are kept, timed between the cues around it",)


def test_whisper_json_segments_speakers_times_and_spans():
    t = parse_file(FORMATS / "diarized.json")
    check_spans(t)
    assert t.title == "Harbour council meeting" and t.media_url == "https://example.org/media/harbour.mp4"
    assert turns_of(t) == [
        ("SPEAKER_00", "statement", "Good evening, the meeting is open. First item: the ferry timetable."),
        ("SPEAKER_01", "statement", "Will the late ferry come back? broken time"),  # words of a broken time kept
        ("SPEAKER_00", "statement", "Yes, from June."),  # the speaker its words carry
    ]
    piece = t.turns[1].pieces[0]
    assert (piece.start_time, piece.end_time, piece.paragraph) == (6.0, 9.5, 3)
    assert t.text[piece.start_char:piece.end_char].startswith('{"id": 2') and t.text[piece.end_char - 1] == "}"
    assert t.warnings == ("diarized.json: segment 4 (line 10): broken time start='x' end=10.0; the words are kept, "
                          "without a time",)
    kept = t.turns[1].pieces[1]  # the segment of the broken time: its words, no end time of its own
    assert kept.end_time is None and '"start": "x"' in t.text[kept.start_char:kept.end_char]


def test_whisper_list_of_segments_and_text_only_json():
    listed = parse_bytes(b'[{"start": 1, "end": 2, "text": "hello"}, {"start": 2, "end": 3, "text": "there"}]',
                         "x.json")
    assert listed.turns[0].text == "hello there" and listed.turns[0].end_time == 3
    assert parse_bytes(b'{"text": " just words "}', "y.json").turns[0].text == "just words"


def test_colon_labels_without_blank_lines_and_q_a_roles():
    t = parse_file(FORMATS / "colon-labels.txt")
    check_spans(t)
    assert (t.title, t.date) == ("Town hall on the new library", "2024-03-03")
    assert [(s, r) for s, r, _ in turns_of(t)] == [
        ("MAYOR JONES", "statement"), ("Question", "question"), ("MAYOR JONES", "answer"),
        ("Councillor Amy Park", "answer"), ("Question", "question"), ("Councillor Amy Park", "answer")]
    assert t.turns[5].text == "Four million." and t.turns[5].question == "How much did it cost?"
    assert t.turns[0].text == "Good evening. The library opens in May.\nIt will have a children's wing."


def test_otter_export_name_and_time_on_a_line_of_their_own():
    t = parse_file(FORMATS / "otter.txt")
    check_spans(t)
    assert [(turn.speaker, turn.start_time, turn.text) for turn in t.turns] == [
        ("Alice Chen", 2.0, "Morning everyone, let's start with the release."),
        ("Bob Diaz", 75.0, "The release is blocked on the login bug.\nI expect a fix by Friday."),
        ("Alice Chen", 160.0, "Good, then we ship on Monday."),
    ]


def test_bracketed_and_parenthesised_times_in_labels():
    t = parse_file(FORMATS / "timed-labels.txt")
    check_spans(t)
    assert [(turn.speaker, turn.start_time) for turn in t.turns] == [
        ("Priya Nair", 5.0), ("Leo Grant", 12.0), ("Speaker 1", 62.0), ("Speaker 2", 90.0), ("Priya Nair", 130.0)]
    assert t.turns[2].text == "We should look at the budget first."


def test_markdown_front_matter_bold_labels_headings_and_inline_times():
    t = parse_file(FORMATS / "interview.md")
    check_spans(t)
    assert (t.title, t.date, t.format) == ("Interview with a lighthouse keeper", "2022-09-01", "markdown")
    assert t.media_url == "https://www.youtube.com/watch?v=light000000"
    assert [(turn.speaker, turn.start_time, turn.text[:20]) for turn in t.turns] == [
        ("Jan Vos", None, "How long have you ke"),
        ("Eva Moor", 45.0, "Thirty-one years, si"),
        ("Jan Vos", 300.0, "What changed in that"),  # the time of the break before it
        ("Eva Moor", 300.0, "The lamp is electric"),
    ]
    assert all("Part two" not in turn.text and "Break" not in turn.text for turn in t.turns)


def test_suffix_picks_the_parser_case_insensitively():
    t = parse_bytes((FORMATS / "panel.srt").read_bytes(), "PANEL.SRT")
    assert t.format == "srt"


def test_srt_that_is_really_webvtt_is_read_as_webvtt():
    t = parse_bytes((FORMATS / "rolling.vtt").read_bytes(), "captions.srt")
    assert t.format == "vtt" and "harbour opened" in t.turns[0].text


def test_html_page_keeps_the_article_and_drops_navigation_language_switch_share_and_footer():
    t = parse_file(FORMATS / "press-conference.html")
    check_spans(t)
    assert (t.title, t.date, t.time) == ("Mayor Ana Silva's news conference on the harbour", "2023-05-04", "11:30")
    assert t.media_url == "https://www.youtube.com/watch?v=harbour0001"
    assert turns_of(t) == [
        ("Ana Silva", "statement", "Good morning. The harbour will reopen to ferries on 1 June.\n\n"
                                   "Repairs to the north pier cost 2.4 million euros."),
        ("Question", "question", "Will fares go up after the reopening?"),
        ("Ana Silva", "answer", "No. Fares stay as they are this year."),
        ("Carlos Reis", "answer", "The port authority agrees, and night ferries return in July."),
    ]
    piece = t.turns[3].pieces[0]
    assert t.text[piece.start_char:piece.end_char] == (
        "<p><b>Carlos Reis</b>: The port authority agrees, and <em>night ferries</em> return in July.</p>")
    everything = " ".join(turn.text for turn in t.turns)
    for leftover in ("Home", "en-GB", "Share", "All rights reserved", "tracking"):
        assert leftover not in everything


def test_docx_paragraphs_bold_labels_and_a_speaker_time_table():
    t = parse_file(FORMATS / "hearing.docx")
    check_spans(t)
    assert (t.title, t.date, t.format) == ("Budget hearing, 12 March 2024", "2024-03-12", "docx")
    assert [(s, r) for s, r, _ in turns_of(t)] == [
        ("Chair Rosa Lind", "statement"), ("Question", "question"), ("Treasurer Ben Cole", "answer"),
        ("Rosa Lind", "answer"), ("Ben Cole", "answer")]
    assert [turn.start_time for turn in t.turns[3:]] == [750.0, 785.0]
    piece = t.turns[2].pieces[0]
    assert not piece.verbatim and t.text[piece.start_char:piece.end_char] == t.turns[2].text


def test_pdf_text_layer_pages_and_page_numbers_left_out():
    t = parse_file(FORMATS / "briefing.pdf")
    check_spans(t)
    assert (t.title, t.format) == ("Bridge briefing", "pdf")
    assert turns_of(t) == [
        ("SPOKESPERSON", "statement", "The bridge opens on Friday.\nTraffic will be light at first."),
        ("Question", "question", "Is the toll confirmed?"),
        ("SPOKESPERSON", "answer", "Yes, two euros a crossing."),
    ]


def test_pdf_without_a_text_layer_says_to_run_ocr():
    with pytest.raises(Exception, match=r"scanned\.pdf: the PDF has no text layer .* run OCR"):
        parse_file(FORMATS / "scanned.pdf")


@pytest.mark.parametrize("name", ["colon-labels.txt", "otter.txt", "interview.md", "panel.srt", "voices.vtt"])
def test_windows_line_ends_give_the_same_turns_and_exact_spans(name):
    data = (FORMATS / name).read_bytes()
    unix = parse_bytes(data, name)
    windows = parse_bytes(data.replace(b"\n", b"\r\n"), name)
    check_spans(windows)
    assert [(t.speaker, t.role, t.start_time, t.text.replace("\r\n", "\n")) for t in windows.turns] == [
        (t.speaker, t.role, t.start_time, t.text) for t in unix.turns]
