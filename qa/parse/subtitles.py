"""SubRip (.srt) and WebVTT (.vtt) subtitles: cues become pieces (their file span, their times), consecutive
cues of one speaker become a turn, and the rolling captions YouTube writes (each cue repeating the line before)
are read once. Cue timings are parsed by `srt` and `webvtt-py`; a cue they refuse is skipped and reported.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import srt
import webvtt
from webvtt.errors import MalformedCaptionError
from webvtt.vtt import WebVTTCueBlock

from qa.errors import ParseError
from qa.parse.decode import decode_text
from qa.parse.turns import Block, build_turns, label_of
from qa.types import Transcript

_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")  # cue tags <i>, <c.color>, <00:00:01.000>; ASS overrides {\an8}
_SOUND = re.compile(r"^[\s♪♫]*(?:\[[^\]]*\]|\([^)]*\))?[\s♪♫]*$")  # "[Music]", "(applause)", "♪"
_URL = re.compile(r"https?://[^\s<>\"']+")
_SPEAKER_MARK = re.compile(r"^(?:>>|-)[ \t]*")
# The timing line's shape, checked before `srt` reads the numbers (it would take "00:00:08,xx0" as 8 s).
_SRT_TIMING = re.compile(r"^\s*\d+:\d+:\d+(?:[,.]\d+)?\s*-->\s*\d+:\d+:\d+(?:[,.]\d+)?(?:\s.*)?$")


@dataclass
class _Cue:
    number: int  # 1-based position among the file's blocks that hold cues
    line: int
    start_char: int
    end_char: int
    start_time: float
    end_time: float
    parts: list[tuple[str | None, list[str]]]  # (speaker from a voice tag, cleaned lines)


def parse_srt(data: bytes, name: str) -> Transcript:
    """Parse a SubRip file. Broken cues are skipped and reported in `warnings`; no sound cue is a ParseError."""
    text, encoding = decode_text(data, name)
    if text.lstrip("\ufeff \t\r\n").startswith("WEBVTT"):
        return _transcript(text, name, encoding, "vtt", *_vtt_cues(text, name))
    return _transcript(text, name, encoding, "srt", *_srt_cues(text, name))


def parse_vtt(data: bytes, name: str) -> Transcript:
    """Parse a WebVTT file (cue settings, styling and voice tags, NOTE and STYLE blocks).

    Broken cues are skipped and reported in `warnings`; no sound cue is a ParseError.
    """
    text, encoding = decode_text(data, name)
    if not text.lstrip("\ufeff \t\r\n").startswith("WEBVTT"):
        if "-->" in text and re.search(r"\d\d:\d\d,\d{3}\s*-->", text):
            cues, warnings, media_url = _srt_cues(text, name)
            warnings = [f"{name}: no WEBVTT header; read as SubRip"] + warnings
            return _transcript(text, name, encoding, "srt", cues, warnings, media_url)
        raise ParseError(f"{name}: not a WebVTT file (it must start with 'WEBVTT'); "
                         "check the file type or export the captions again")
    return _transcript(text, name, encoding, "vtt", *_vtt_cues(text, name))


def _blocks(text: str, *, spaces_are_blank: bool):
    """(first line number, start, end, lines) of each run of non-blank lines."""
    pos, line_no = 0, 0
    start = first = end = None
    lines: list[str] = []
    for raw in text.splitlines(keepends=True):
        line_no += 1
        line = raw.rstrip("\r\n")
        blank = not line.strip() if spaces_are_blank else not line
        if blank:
            if lines:
                yield first, start, end, lines
                lines = []
        else:
            if not lines:
                start, first = pos, line_no
            lines.append(line)
            end = pos + len(line)
        pos += len(raw)
    if lines:
        yield first, start, end, lines


def _srt_cues(text: str, name: str):
    cues: list[_Cue] = []
    warnings: list[str] = []
    for line, start, end, lines in _blocks(text, spaces_are_blank=True):
        where = f"cue {len(cues) + 1} (line {line})"
        if not any("-->" in ln for ln in lines[:3]):
            if cues and cues[-1].end_char < start:  # a blank line inside the cue's text
                _extend(cues[-1], end, [(None, _clean(lines))])
            else:
                warnings.append(f"{name}: line {line}: text outside any cue, skipped: {_quote(lines[0])}")
            continue
        timing = next(ln for ln in lines if "-->" in ln)
        try:
            subs = list(srt.parse(text[start:end] + "\n")) if _SRT_TIMING.match(timing) else []
        except (srt.SRTParseError, srt.TimestampParseError, ValueError, OverflowError):
            subs = []
        if len(subs) != 1:
            warnings.append(f"{name}: {where}: broken timestamp {_quote(timing)}, skipped")
            continue
        sub = subs[0]
        cue = _cue(len(cues) + 1, line, start, end, sub.start.total_seconds(), sub.end.total_seconds(),
                   sub.content.splitlines(), name, warnings, where)
        if cue:
            cues.append(cue)
    return cues, warnings, _media_url(text[:2000])


def _vtt_cues(text: str, name: str):
    cues: list[_Cue] = []
    warnings: list[str] = []
    media_url = None
    for index, (line, start, end, lines) in enumerate(_blocks(text, spaces_are_blank=False)):
        head = lines[0].lstrip("\ufeff")
        if index == 0 and head.startswith("WEBVTT"):
            media_url = media_url or _media_url("\n".join(lines))
            lines = [ln for ln in lines[1:] if "-->" in ln or cues]  # a cue glued to the header
            if not any("-->" in ln for ln in lines):
                continue
        if head.startswith(("NOTE", "STYLE", "REGION")) and not any("-->" in ln for ln in lines[:2]):
            if head.startswith("NOTE"):
                media_url = media_url or _media_url("\n".join(lines))
            continue
        where = f"cue {len(cues) + 1} (line {line})"
        if not any("-->" in ln for ln in lines[:2]):
            if cues and not any("-->" in ln for ln in lines):
                _extend(cues[-1], end, [(None, _clean(lines))])
            else:
                warnings.append(f"{name}: line {line}: text outside any cue, skipped: {_quote(lines[0])}")
            continue
        if not WebVTTCueBlock.is_valid(lines):
            timing = next((ln for ln in lines if "-->" in ln), lines[0])
            warnings.append(f"{name}: {where}: broken timestamp {_quote(timing)}, skipped")
            continue
        block = WebVTTCueBlock.from_lines(lines)
        try:
            caption = webvtt.Caption(block.start, block.end, block.payload)
            begin, finish = caption.start_time.in_milliseconds() / 1000, caption.end_time.in_milliseconds() / 1000
        except (MalformedCaptionError, ValueError, TypeError):
            warnings.append(f"{name}: {where}: broken timestamp {block.start!r} --> {block.end!r}, skipped")
            continue
        cue = _cue(len(cues) + 1, line, start, end, begin, finish, block.payload, name, warnings, where)
        if cue:
            cues.append(cue)
    return cues, warnings, media_url


def _cue(number, line, start, end, begin, finish, payload, name, warnings, where) -> _Cue | None:
    if finish < begin:
        warnings.append(f"{name}: {where}: ends before it starts; kept with its start time only")
        finish = begin
    return _Cue(number, line, start, end, begin, finish, _voice_parts(payload))


def _extend(cue: _Cue, end: int, parts) -> None:
    cue.end_char = end
    cue.parts.extend(parts)


def _voice_parts(payload: list[str]) -> list[tuple[str | None, list[str]]]:
    """Split a cue's lines at voice tags `<v Name>`; text before any tag has no voice."""
    raw = "\n".join(payload)
    if "<v" not in raw:
        return [(None, _clean(payload))]
    pieces = _VOICE.split(raw)
    parts = [(None, _clean(pieces[0].split("\n")))] if pieces[0].strip() else []
    for voice, words in zip(pieces[1::2], pieces[2::2]):
        parts.append((voice.strip(), _clean(words.split("\n"))))
    return parts


def _clean(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = html.unescape(_TAG.sub("", line)).replace("\u00a0", " ").strip()
        if line and not _SOUND.match(line):
            out.append(" ".join(line.split()))
    return out


def _quote(line: str) -> str:
    return repr(line if len(line) <= 60 else line[:57] + "...")


def _media_url(text: str) -> str | None:
    m = _URL.search(text)
    return m.group(0).rstrip(".,;)") if m else None


def _transcript(text: str, name: str, encoding: str, fmt: str, cues: list[_Cue], warnings: list[str],
                media_url: str | None) -> Transcript:
    kind = "SubRip" if fmt == "srt" else "WebVTT"
    if not cues:
        detail = f" ({len(warnings)} broken: {warnings[0]})" if warnings else ""
        raise ParseError(f"{name}: no {kind} cues with text found{detail}; a cue is a "
                         "'hh:mm:ss,mmm --> hh:mm:ss,mmm' line followed by its text")
    _warn_out_of_order(cues, name, warnings)
    blocks = _dedupe_rolling(cues)
    if not blocks:
        raise ParseError(f"{name}: the {kind} cues hold no words (only sound tags or blank text)")
    turns = build_turns(blocks, joiner=" ", labels=False)
    title = re.sub(r"[-_]+", " ", name.rsplit(".", 1)[0]).strip() or name
    return Transcript(name=name, title=title, date=None, time=None, text=text, turns=tuple(turns), format=fmt,
                      encoding=encoding, media_url=media_url, warnings=tuple(warnings))


def _warn_out_of_order(cues: list[_Cue], name: str, warnings: list[str]) -> None:
    """Cues that overlap the one before by a little are normal (rolling captions); one that starts before the
    previous cue started is out of order: kept in file order, and said."""
    for before, cue in zip(cues, cues[1:]):
        if cue.start_time < before.start_time:
            warnings.append(f"{name}: cue {cue.number} (line {cue.line}) starts at {cue.start_time:.3f}s, before "
                            f"cue {before.number} ({before.start_time:.3f}s); kept in file order")


def _dedupe_rolling(cues: list[_Cue]) -> list[Block]:
    """One block per speaker part of each cue, with words a rolling caption repeats from the cue before
    removed; a cue that only repeats lengthens the block before it."""
    blocks: list[Block] = []
    previous: list[str] = []
    speaker: str | None = None
    for cue in cues:
        for voice, lines in cue.parts:
            if voice is None and lines:
                voice, lines = _label_speaker(lines)
            speaker = voice if voice is not None else speaker
            new = _new_lines(previous, lines)
            if lines:
                previous = lines
            if not new:
                if blocks and blocks[-1].speaker == (speaker or ""):
                    blocks[-1].end_char = max(blocks[-1].end_char, cue.end_char)
                    blocks[-1].end_time = max(blocks[-1].end_time, cue.end_time)
                continue
            blocks.append(Block(" ".join(new), cue.start_char, cue.end_char, cue.number, cue.start_time,
                                cue.end_time, speaker=speaker if speaker is not None else "", verbatim=False))
    return blocks


def _label_speaker(lines: list[str]) -> tuple[str | None, list[str]]:
    """`>> JOHN: words` / `- Mary Smith: words` at a cue's start names the speaker (capitals or two names)."""
    first = _SPEAKER_MARK.sub("", lines[0])
    label = label_of(first)
    if label is None or not label.speaker:
        return None, lines
    name = label.speaker
    if not (name.isupper() or len(name.split()) >= 2 or name.lower().startswith("speaker")):
        return None, lines
    rest = first[label.skip:].strip()
    return name, ([rest] if rest else []) + lines[1:]


def _new_lines(previous: list[str], lines: list[str]) -> list[str]:
    if not lines or lines == previous:
        return []
    for k in range(min(len(previous), len(lines)), 0, -1):
        if lines[:k] == previous[-k:]:
            return lines[k:]
    words, before = " ".join(lines).split(), " ".join(previous).split()
    if len(before) >= 2 and words[:len(before)] == before:  # word-by-word rolling: "a b" then "a b c"
        rest = words[len(before):]
        return [" ".join(rest)] if rest else []
    return lines
