"""Every cue with words is read with its own time, nothing of the markup reaches the text, speaker labels become
speakers, and what is skipped or repaired is said with its line (issue 14). Small files made for each case are in
tests/data/formats."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa.errors import ParseError
from qa.parse import parse_bytes, parse_file
from qa.types import Transcript

FORMATS = Path(__file__).resolve().parents[1] / "tests" / "data" / "formats"


def cues(t: Transcript) -> list[tuple[float, float, str]]:
    return [(p.start_time, p.end_time, turn.text[p.text_start:p.text_end]) for turn in t.turns for p in turn.pieces]


def speakers_and_words(t: Transcript) -> list[tuple[str, str]]:
    return [(turn.speaker, turn.text) for turn in t.turns]


def test_a_line_of_only_spaces_before_a_cue_does_not_lose_it():
    t = parse_file(FORMATS / "spaces-before-cue.vtt")
    assert cues(t) == [(2.0, 4.5, "The ferry leaves at nine."), (5.0, 7.0, "It returns at six.")]
    assert t.warnings == ()


def test_a_cue_straight_after_the_webvtt_line_is_read():
    t = parse_file(FORMATS / "cue-after-header.vtt")
    assert cues(t)[0] == (1.0, 3.0, "Right after the header line.")


@pytest.mark.parametrize("name", ["no-blank-lines.vtt", "no-blank-lines.srt"])
def test_cues_without_blank_lines_between_them_are_each_read(name):
    t = parse_file(FORMATS / name)
    assert [(start, end) for start, end, _ in cues(t)] == [(1.0, 2.0), (2.0, 3.0), (3.0, 4.0)]
    assert [words for _, _, words in cues(t)][:2] == ["First cue without a blank line", "Second cue"]


def test_identical_consecutive_cues_are_kept_with_their_times():
    t = parse_file(FORMATS / "repeated-cues.srt")
    assert cues(t) == [(1.0, 2.0, "Are you coming?"), (2.5, 3.0, "Yes."), (4.0, 4.5, "Yes."), (5.0, 6.0, "Then hurry.")]


def test_a_cue_not_followed_by_a_blank_line_keeps_its_own_time():
    t = parse_file(FORMATS / "karaoke.vtt")
    assert cues(t)[1] == (286.47, 304.08, "what")  # a rolling caption: 'yes' repeated, 'what' added


def test_a_repeat_of_a_word_timed_cue_lengthens_it_instead_of_repeating_its_words():
    t = parse_file(FORMATS / "karaoke.vtt")
    assert cues(t)[2] == (304.08, 305.4, "we will build the bridge")
    assert t.turns[0].text.count("bridge") == 1


def test_a_repeat_shorter_than_a_frame_is_merged_into_the_cue_before():
    data = (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe harbour opened\n\n"
            b"00:00:02.000 --> 00:00:02.010\nthe harbour opened\n")
    assert cues(parse_bytes(data, "yt.vtt")) == [(1.0, 2.01, "the harbour opened")]


def test_tags_without_their_closing_bracket_keep_their_words_and_are_reported():
    t = parse_file(FORMATS / "broken-tags.vtt")
    assert [words for _, _, words in cues(t)] == ["It's a blue apple tree!", "Apples are green.", "Fine & dandy <3"]
    assert t.turns[-1].speaker == "Ann"
    assert t.warnings[0] == ("broken-tags.vtt: line 4: a tag without its '>' (\"<c It's a blue apple tre\"): "
                             "the tag dropped, its words kept")


def test_an_unreadable_timing_line_never_reaches_the_text_and_its_cue_is_kept_between_its_neighbours():
    t = parse_file(FORMATS / "invalid-timing.vtt")
    assert cues(t) == [(1.0, 3.0, "The council met on Monday."), (3.0, 6.0, "Its timing line is broken."),
                       (6.0, 8.0, "A cue whose timing line is doubled.")]
    assert "-->" not in " ".join(turn.text for turn in t.turns)
    assert t.warnings == ("invalid-timing.vtt: line 6: the timing '00:00:03.000 --> 00:00:0x.000' cannot be read; "
                          "the cue's words are kept, timed between the cues around it",)


def test_subrip_saved_as_a_word_document_is_read_as_timed_cues():
    t = parse_file(FORMATS / "subtitles.docx")
    assert t.format == "docx"
    assert cues(t) == [(1.0, 3.0, "The library opens in May."), (3.5, 6.0, "It will have a children's wing."),
                       (6.5, 8.0, "And a café.")]


@pytest.mark.parametrize("name", ["diarized.srt", "diarized.vtt", "diarized.txt"])
def test_diarization_labels_become_speakers(name):
    assert speakers_and_words(parse_file(FORMATS / name)) == [
        ("SPEAKER_00", "hola, bon dia,"), ("SPEAKER_01", "bon dia, com estas?"), ("SPEAKER_00", "molt be.")]


def test_zoom_names_that_label_several_cues_become_speakers():
    assert [s for s, _ in speakers_and_words(parse_file(FORMATS / "zoom.vtt"))] == ["Priya", "Tom", "Priya", "Tom"]


def test_a_single_word_before_a_colon_once_is_text_not_a_speaker():
    t = parse_bytes(b"WEBVTT\n\n00:01.000 --> 00:02.000\nNote: the bridge is closed.\n", "n.vtt")
    assert speakers_and_words(t) == [("", "Note: the bridge is closed.")]


def test_caption_markers_before_names_become_speakers_in_subrip():
    assert speakers_and_words(parse_file(FORMATS / "news.srt")) == [
        ("ANCHOR", "Good evening."), ("REPORTER", "The bridge is open."), ("Mary Smith", "Traffic is light.")]


def test_caption_markers_before_names_become_speakers_in_text():
    assert speakers_and_words(parse_file(FORMATS / "markers.txt")) == [
        ("SPEAKER_00", "welcome to the show"), ("HOST", "thanks for having me"), ("GUEST", "glad to be here")]


def test_a_dash_before_an_ordinary_word_in_markdown_stays_a_list_item():
    t = parse_bytes(b"# Minutes\n\nAnna Berg: We agreed on two things.\n- Budget: up by 3%.\n- Timing: May.\n", "m.md")
    assert [turn.speaker for turn in t.turns] == ["Anna Berg"]


def test_nul_characters_in_one_cue_keep_the_file_and_the_words_and_are_reported():
    t = parse_file(FORMATS / "nul-in-cue.srt")
    assert [words for _, _, words in cues(t)] == ["The first cue is clean.", "A stray NUL here.",
                                                  "The third cue is clean."]
    assert t.warnings == ("nul-in-cue.srt: line 7: 2 control characters (such as NUL) read as spaces; the words "
                          "around them are kept",)
    assert len(t.text) == len((FORMATS / "nul-in-cue.srt").read_bytes())  # offsets still index the file


def test_a_file_with_no_readable_cue_is_refused_naming_the_first_problem_and_its_line():
    data = (b"WEBVTT\n\nNOTE nothing yet\n\n00:00:01.000 --> 00:00:0x.000\nwords\n\n"
            b"00:00:0y.000 --> 00:00:03.000\nmore\n")
    with pytest.raises(ParseError, match=r"^x\.vtt: no WebVTT cue could be read \(line 5: the timing "
                                         r"'00:00:01\.000 --> 00:00:0x\.000' cannot be read\)"):
        parse_bytes(data, "x.vtt")


WARNING = re.compile(r"^[\w.-]+: lines? \d+(?:, \d+)*(?: and \d+ more)?: .+")
CASES = sorted(p.name for p in FORMATS.iterdir() if p.suffix in (".srt", ".vtt", ".txt", ".json"))


@pytest.mark.parametrize("name", CASES)
def test_every_warning_names_its_line(name):
    for warning in parse_file(FORMATS / name).warnings:
        assert WARNING.match(warning) or re.match(rf"^{re.escape(name)}: segment \d+ \(line \d+\): ", warning), warning
