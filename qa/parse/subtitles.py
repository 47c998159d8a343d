"""SubRip (.srt) and WebVTT (.vtt) subtitles: cues become pieces (their file span, their times), consecutive
cues of one speaker become a turn, and the rolling captions YouTube writes (each cue repeating the line before)
are read once.

WebVTT follows the W3C parsing algorithm (https://www.w3.org/TR/webvtt1/#file-parsing): blocks, cue timings,
cue text tags and character references. SubRip is read as the `srt` and `pysrt` libraries read it: a timing
line starts a cue whether or not a blank line comes before it, the number line before it is the cue's number,
and blank lines inside a cue's text are part of it. Where a rule would drop words a person wants indexed (a cue
whose timing line cannot be read, text after a blank line, a tag without its `>`), the words are kept and a
warning names the line.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field

from qa.errors import ParseError
from qa.parse.decode import decode_text
from qa.parse.turns import NAME_PATTERN, Block, build_turns, is_speaker_name
from qa.types import Transcript

_SOUND = re.compile(r"^[\s♪♫]*(?:(?:\[[^\]]*\]|\([^)]*\))[\s♪♫]*)*$")  # "[Music]", "(applause)", "♪"
_URL = re.compile(r"https?://[^\s<>\"']+")
_NEWLINE = re.compile(r"\r\n|\r|\n")  # WebVTT's and SubRip's line ends (str.splitlines also splits at \x1c, \v ...)
_INDEX = re.compile(r"^[ \t]*-?\d+[ \t]*$")
_KARAOKE = re.compile(r"<\d{1,2}:\d{2}")  # an inline timestamp tag: the words were timed inside the cue
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SRT_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|<\d[\d:.,]*>|\{\\[^}\n]*\}")  # <i>, <font ...>, {\an8}
_VTT_TS = re.compile(r"(\d+):(\d+)(?::(\d+))?\.(\d+)")
_VTT_SPACE = " \t\n\f\r"
_SEP = "[,.:，．。：]"
_SRT_TS = rf"(\d+){_SEP}(\d+){_SEP}(\d+)(?:{_SEP}(\d*))?"
_SRT_TIMING = re.compile(rf"^[ \t]*{_SRT_TS}[ \t]*-[ -]?[ \t]*>[ \t]*{_SRT_TS}(?=\s|$)")
_BROKEN_TIMING = re.compile(r"^[ \t]*\d+[ \t]*[,.:;]")  # a line with '-->' that starts like a time
# a speaker label at the start of a cue: `[SPEAKER_00]: `, `SPEAKER_00: `, `>> NAME: `, `- Name: `, `Name: `
_CUE_LABEL = re.compile(rf"^(?P<mark>>>+|-)?[ \t]*(?:\[(?P<bracketed>[^\]\n]{{1,60}})\]|(?P<name>{NAME_PATTERN}))"
                        r"[ \t]*:[ \t]*")
_SPEAKER_ID = re.compile(r"^(?:SPEAKER[_ ]?\d+|Speaker[_ ]?\d+|spk_?\d+)$", re.I)
_FRAME = 1 / 24  # a cue shorter than one film frame is never read by anyone: a display artifact when it repeats


@dataclass
class _Cue:
    line: int  # 1-based line of its timing line
    start_char: int
    end_char: int
    start_time: float | None  # None: the timing line could not be read; set from the cues around it
    end_time: float | None
    raw: list[str]  # the cue's text lines as written
    first_text_line: int
    parts: list[tuple[str | None, list[str]]] = field(default_factory=list)  # (voice, cleaned lines)
    number: int = 0  # 1-based position among the cues read
    timing: str = ""  # the timing line as written


@dataclass
class _Lines:
    """A text's lines without their ends, each with its start and end in the text."""

    texts: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> "_Lines":
        if "\r" not in text:  # the usual case, at C speed: 100,000 cues are 400,000 lines
            texts = text.split("\n")
            if not texts[-1]:
                texts.pop()
            if not texts:
                return cls([], [], [])
            starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
            return cls(texts, starts, [s + len(t) for s, t in zip(starts, texts)])
        texts, starts, ends, pos = [], [], [], 0
        for m in _NEWLINE.finditer(text):
            texts.append(text[pos:m.start()])
            starts.append(pos)
            ends.append(m.start())
            pos = m.end()
        if pos < len(text):
            texts.append(text[pos:])
            starts.append(pos)
            ends.append(len(text))
        return cls(texts, starts, ends)


def parse_srt(data: bytes, name: str) -> Transcript:
    """Parse a SubRip file. Unreadable parts are reported in `warnings`; no readable cue is a ParseError."""
    decoded = decode_text(data, name)
    text = decoded.text
    if _has_signature(text):
        return _transcript(text, name, decoded.encoding, "vtt", *_vtt_cues(text, name), decoded.warnings)
    return _transcript(text, name, decoded.encoding, "srt", *srt_cues(text, name), decoded.warnings)


def parse_vtt(data: bytes, name: str) -> Transcript:
    """Parse a WebVTT file (cue settings, styling and voice tags, NOTE, STYLE and REGION blocks).

    Unreadable parts are reported in `warnings`; no readable cue is a ParseError.
    """
    decoded = decode_text(data, name)
    text = decoded.text
    if not _has_signature(text):
        if re.search(r"\d\d:\d\d,\d{1,3}[ \t]*-[ -]?>", text):
            cues, warnings, media_url = srt_cues(text, name)
            warnings = [f"{name}: line 1: no WEBVTT header and SubRip timings; read as SubRip"] + warnings
            return _transcript(text, name, decoded.encoding, "srt", cues, warnings, media_url, decoded.warnings)
        if "-->" not in text:
            raise ParseError(f"{name}: not a WebVTT file (it must start with 'WEBVTT' and hold "
                             "'00:01.000 --> 00:04.000' cue timings); check the file type or export the captions again")
    return _transcript(text, name, decoded.encoding, "vtt", *_vtt_cues(text, name), decoded.warnings)


def subtitle_transcript(text: str, name: str, *, file_format: str, warnings: tuple[str, ...] = (),
                        title: str | None = None) -> Transcript:
    """The Transcript of SubRip cues in extracted text (subtitles saved as a Word document)."""
    return _transcript(text, name, "utf-8", "srt", *srt_cues(text, name), warnings, file_format=file_format,
                       title=title)


def looks_like_subrip(lines: list[str]) -> bool:
    """Whether these lines are SubRip cues: timing lines make at least a fifth of the non-blank lines (a cue
    is a number, a timing line and one or two lines of text, so a quarter to a third in real files)."""
    filled = [line for line in lines if line.strip()]
    timings = sum(1 for line in filled if "-->" in line and _SRT_TIMING.match(line))
    return timings >= 1 and timings * 5 >= len(filled)


def _has_signature(text: str) -> bool:
    """WebVTT's signature: 'WEBVTT' first in the file (after a BOM), then a space, a tab or the line end. Blank
    lines or spaces before it break the rule but not the file: they are allowed here, and said."""
    head = text.lstrip("\ufeff \t\r\n")
    return head.startswith("WEBVTT") and (len(head) == 6 or head[6] in " \t\r\n")


# ---- WebVTT ------------------------------------------------------------------------------------------------


def _vtt_cues(text: str, name: str):
    lines = _Lines.of(text)
    warnings: list[str] = []
    media_url = None
    n = len(lines.texts)
    i = 0
    while i < n and not lines.texts[i].lstrip("\ufeff").strip():
        i += 1  # blank lines before the signature
    if i < n and lines.texts[i].lstrip("\ufeff").lstrip(" \t").startswith("WEBVTT"):
        if i > 0 or lines.texts[i].lstrip("\ufeff")[:1] in (" ", "\t"):
            warnings.append(f"{name}: line {i + 1}: blank space before 'WEBVTT', read anyway")
        media_url = _media_url(lines.texts[i])
        i += 1
        if i < n and lines.texts[i]:
            i, _, _, header, _ = _collect_block(lines.texts, i, in_header=True)
            media_url = media_url or _media_url("\n".join(lines.texts[j] for j in header))
    else:
        warnings.append(f"{name}: line 1: no WEBVTT header; the cues are read anyway")
    cues: list[_Cue] = []
    while i < n:
        if not lines.texts[i]:
            i += 1
            continue
        start = i
        i, id_lines, timing, body, cut = _collect_block(lines.texts, i, in_header=False)
        body = [j for j in body if lines.texts[j].strip()]
        if cut and body and _INDEX.match(lines.texts[body[-1]]):
            body = body[:-1]  # no blank line before the next cue: this number is that cue's identifier
        if timing is None:
            media_url = _other_block(lines, start, body, cues, name, warnings, media_url)
            continue
        span_start = lines.starts[id_lines[0] if id_lines else timing]
        span_end = lines.ends[body[-1] if body else timing]
        times = _vtt_timing(lines.texts[timing])
        cues.append(_Cue(timing + 1, span_start, span_end, *(times or (None, None)),
                         [lines.texts[j] for j in body], (body[0] if body else timing) + 1,
                         timing=lines.texts[timing]))
    return cues, warnings, media_url


def _collect_block(texts: list[str], i: int, *, in_header: bool):
    """W3C 'collect a WebVTT block' from line `i`: (next line, identifier lines, timing line or None, other
    lines, whether it was cut short). A block ends at a blank line, or is cut before a line with '-->' that
    cannot be its own timing (the next cue's, when cues have no blank line between them)."""
    line_count, seen_arrow = 0, False
    buffer: list[int] = []
    id_lines: list[int] = []
    timing = None
    n = len(texts)
    while i < n:
        line = texts[i]
        line_count += 1
        if "-->" in line:
            if not in_header and (line_count == 1 or (line_count == 2 and not seen_arrow)):
                seen_arrow = True
                id_lines, buffer, timing = buffer, [], i
            else:
                return i, id_lines, timing, buffer, True
        elif not line:
            return i + 1, id_lines, timing, buffer, False
        else:
            buffer.append(i)
        i += 1
    return i, id_lines, timing, buffer, False


def _other_block(lines: _Lines, start: int, body: list[int], cues: list[_Cue], name: str, warnings: list[str],
                 media_url: str | None) -> str | None:
    """A block without a timing line: NOTE, STYLE, REGION are skipped; text after a cue is kept with it."""
    head = lines.texts[start]
    if re.match(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)", head):
        return media_url or (_media_url("\n".join(lines.texts[j] for j in body)) if head.startswith("NOTE") else None)
    if not body:  # only white space, or the identifier of the cue after it
        return media_url
    first = body[0] + 1
    if not cues:
        warnings.append(f"{name}: line {first}: text before the first cue, skipped: {_quote(lines.texts[body[0]])}")
        return media_url
    if _INDEX.match(lines.texts[body[0]]) and len(body) > 1:
        body = body[1:]
        warnings.append(f"{name}: line {first}: cue identifier {lines.texts[first - 1].strip()} has no timing line; "
                        f"its text is kept with the cue before (line {cues[-1].line})")
    else:
        warnings.append(f"{name}: line {first}: text after a blank line, with no timing line; kept with the "
                        f"cue before (line {cues[-1].line})")
    cue = cues[-1]
    cue.raw.extend(lines.texts[j] for j in body)
    cue.end_char = lines.ends[body[-1]]
    return media_url


def _vtt_timing(line: str) -> tuple[float, float] | None:
    """W3C 'collect WebVTT cue timings and settings': start and end in seconds; the settings are ignored."""
    i = _skip_space(line, 0)
    start = _vtt_timestamp(line, i)
    if start is None:
        return None
    i = _skip_space(line, start[1])
    if line[i:i + 3] != "-->":
        return None
    end = _vtt_timestamp(line, _skip_space(line, i + 3))
    return (start[0], end[0]) if end else None


def _skip_space(line: str, i: int) -> int:
    while i < len(line) and line[i] in _VTT_SPACE:
        i += 1
    return i


def _vtt_timestamp(line: str, i: int) -> tuple[float, int] | None:
    """W3C 'collect a WebVTT timestamp': [hh:]mm:ss.ttt, minutes and seconds of two digits under 60, three
    digits of fraction; hours are required when the first field is not two digits under 60."""
    m = _VTT_TS.match(line, i)
    if not m:
        return None
    first, second, third, fraction = m.groups()
    if third is None:
        if len(first) != 2 or int(first) > 59:
            return None
        hours, minutes, seconds = 0, int(first), second
    else:
        hours, minutes, seconds = int(first), second, third
        if len(minutes) != 2:
            return None
        minutes = int(minutes)
    if len(seconds) != 2 or len(fraction) != 3 or minutes > 59 or int(seconds) > 59:
        return None
    return ((hours * 3600 + minutes * 60 + int(seconds)) * 1000 + int(fraction)) / 1000, m.end()


# ---- SubRip ------------------------------------------------------------------------------------------------


def srt_cues(text: str, name: str):
    """SubRip cues of `text`, what was skipped (in words), and a media link named in its first lines."""
    lines = _Lines.of(text)
    n = len(lines.texts)
    read = {j: _SRT_TIMING.match(line) for j, line in enumerate(lines.texts) if "-->" in line}
    timings = [j for j, m in read.items() if m or _BROKEN_TIMING.match(lines.texts[j])]
    warnings: list[str] = []
    cues: list[_Cue] = []
    first = timings[0] if timings else n
    if first > 0 and _INDEX.match(lines.texts[first - 1]):
        first -= 1
    skipped = next((j for j in range(first) if lines.texts[j].strip()), None)
    if skipped is not None and timings:
        warnings.append(f"{name}: line {skipped + 1}: text before the first cue, skipped: "
                        f"{_quote(lines.texts[skipped])}")
    for k, timing in enumerate(timings):
        end = timings[k + 1] if k + 1 < len(timings) else n
        if k + 1 < len(timings) and end - 1 > timing and _INDEX.match(lines.texts[end - 1]):
            end -= 1  # the next cue's number
        numbered = timing > 0 and _INDEX.match(lines.texts[timing - 1]) and (k == 0 or timing - 1 > timings[k - 1])
        body = _srt_body(lines, timing + 1, end, name, warnings)
        times = _srt_times(read[timing])
        cues.append(_Cue(timing + 1, lines.starts[timing - 1 if numbered else timing],
                         lines.ends[body[-1] if body else timing], *(times or (None, None)),
                         [lines.texts[j] for j in body], (body[0] if body else timing) + 1, timing=lines.texts[timing]))
    return cues, warnings, _media_url("\n".join(lines.texts[:min(first, 20)]))


def _srt_body(lines: _Lines, begin: int, end: int, name: str, warnings: list[str]) -> list[int]:
    """The lines of a cue's text: up to the next cue, text after blank lines included (as `srt` reads it), but
    the number of a following cue whose timing line is missing left out."""
    body: list[int] = []
    blank = False
    for j in range(begin, end):
        line = lines.texts[j]
        if not line.strip():
            blank = bool(body)
            continue
        if blank and _INDEX.match(line) and j + 1 < end and lines.texts[j + 1].strip():
            warnings.append(f"{name}: line {j + 1}: cue number {line.strip()} has no timing line; its text is "
                            f"kept with the cue before (line {begin})")
        else:
            body.append(j)
        blank = False
    return body


def _srt_times(m: re.Match | None) -> tuple[float, float] | None:
    if not m:
        return None
    h1, m1, s1, f1, h2, m2, s2, f2 = m.groups()
    # as `srt` and `pysrt` read them: the fraction is a count of milliseconds, whatever its digits
    return (((int(h1) * 60 + int(m1)) * 60 + int(s1)) * 1000 + int(f1 or 0)) / 1000, (
        ((int(h2) * 60 + int(m2)) * 60 + int(s2)) * 1000 + int(f2 or 0)) / 1000


# ---- cue text ----------------------------------------------------------------------------------------------


def _cue_parts(raw: list[str], vtt: bool) -> tuple[list[tuple[str | None, list[str]]], str | None]:
    """The cue's text split at voice tags `<v Name>` (text before any has no voice), tags removed and character
    references decoded; and a problem to report (a tag without its `>`), if any."""
    text = "\n".join(raw)
    if "<" not in text and "{" not in text:
        return [(None, _clean(raw))], None
    if not vtt:
        return _voice_split(_SRT_TAG.sub(lambda m: _voice_marker(m.group()), text)), None
    out, problem, i = [], None, 0
    while i < len(text):
        lt = text.find("<", i)
        if lt == -1:
            out.append(text[i:])
            break
        out.append(text[i:lt])
        gt = text.find(">", lt + 1)
        inner = text[lt + 1:gt] if gt != -1 else text[lt + 1:]
        if gt == -1 or "<" in inner:
            tag = re.match(r"/?[^\s<>]*", inner).group()
            skip = lt + 1 + len(tag)
            if tag.startswith("lang"):  # its annotation is a language code, not words
                skip += len(re.match(r"\s*[^\s<>]*", text[skip:]).group())
            problem = problem or f"a tag without its '>' ({_quote(text[lt:lt + 24])}): the tag dropped, its words kept"
            i = skip
            continue
        out.append(_voice_marker(text[lt:gt + 1]))
        i = gt + 1
    return _voice_split("".join(out)), problem


_VOICE_MARK = "\x00"  # decode_text leaves no NUL in the text, so it can mark where a voice begins


def _voice_marker(tag: str) -> str:
    m = re.match(r"<v(?:\.[^\s>]*)?(?:[ \t\n\f]+([^>]*))?>$", tag)
    if m and m.group(1) and m.group(1).strip():
        return f"{_VOICE_MARK}{' '.join(m.group(1).split())}{_VOICE_MARK}"
    return ""


def _voice_split(text: str) -> list[tuple[str | None, list[str]]]:
    pieces = text.split(_VOICE_MARK)
    parts = [(None, _clean(pieces[0].split("\n")))] if pieces[0].strip() or len(pieces) == 1 else []
    for voice, words in zip(pieces[1::2], pieces[2::2]):
        parts.append((voice, _clean(words.split("\n"))))
    return parts


def _clean(lines: list[str]) -> list[str]:
    """The lines' words, white space collapsed; none when they only describe sounds ([Music], (applause), ♪):
    a bracket beside words ('[Alba]' above her line) is kept."""
    out = []
    for line in lines:
        if "&" in line:
            line = _ENTITY.sub(lambda m: html.unescape(m.group()), line)
        line = " ".join(line.replace("\u00a0", " ").split())
        if line:
            out.append(line)
    return [] if all(_SOUND.match(line) for line in out) else out


# ---- cues -> transcript ------------------------------------------------------------------------------------


def _transcript(text: str, name: str, encoding: str, fmt: str, cues: list[_Cue], warnings: list[str],
                media_url: str | None, read_warnings: tuple[str, ...] = (), *, file_format: str | None = None,
                title: str | None = None) -> Transcript:
    kind = "SubRip" if fmt == "srt" else "WebVTT"
    untimed = [c for c in cues if c.start_time is None]
    if len(untimed) == len(cues):
        problem = (f"line {untimed[0].line}: the timing {_quote(untimed[0].timing)} cannot be read" if untimed
                   else f"no line holds a cue timing such as '{_EXAMPLE[fmt]}'")
        raise ParseError(f"{name}: no {kind} cue could be read ({problem}); a cue is a line "
                         f"'{_EXAMPLE[fmt]}' followed by its text")
    warnings = list(read_warnings) + warnings + [
        f"{name}: line {c.line}: the timing {_quote(c.timing)} cannot be read; " + (
            "the cue's words are kept, timed between the cues around it" if any(line.strip() for line in c.raw)
            else "it has no text; skipped") for c in untimed]
    cues = [c for c in cues if c.start_time is not None or any(line.strip() for line in c.raw)]
    _time_from_neighbours(cues)
    for number, cue in enumerate(cues, 1):
        cue.number = number
        cue.parts, problem = _cue_parts(cue.raw, vtt=fmt == "vtt")
        if problem:
            warnings.append(f"{name}: line {cue.first_text_line}: {problem}")
        if cue.end_time < cue.start_time:
            warnings.append(f"{name}: line {cue.line}: the cue ends before it starts; kept with its start time only")
            cue.end_time = cue.start_time
    _warn_out_of_order(cues, name, warnings)
    blocks = _blocks(cues)
    if not blocks:
        raise ParseError(f"{name}: the {kind} cues hold no words (only sound tags or blank text)")
    turns = build_turns(blocks, joiner=" ", labels=False)
    title = title or re.sub(r"[-_]+", " ", name.rsplit(".", 1)[0]).strip() or name
    return Transcript(name=name, title=title, date=None, time=None, text=text, turns=tuple(turns),
                      format=file_format or fmt, encoding=encoding, media_url=media_url, warnings=tuple(warnings))


_EXAMPLE = {"srt": "00:00:01,000 --> 00:00:04,000", "vtt": "00:00:01.000 --> 00:00:04.000"}


def _time_from_neighbours(cues: list[_Cue]) -> None:
    """A cue whose timing line could not be read lies between the cues around it in the file: it starts when
    the one before ends and ends when the one after starts."""
    after: list[float | None] = [None] * len(cues)
    following = None
    for k in range(len(cues) - 1, -1, -1):
        after[k] = following
        if cues[k].start_time is not None:
            following = cues[k].start_time
    last_end = None
    for k, cue in enumerate(cues):
        if cue.start_time is None:
            cue.start_time = last_end if last_end is not None else after[k]
            cue.end_time = max(after[k], cue.start_time) if after[k] is not None else cue.start_time
        last_end = cue.end_time


def _warn_out_of_order(cues: list[_Cue], name: str, warnings: list[str]) -> None:
    """Cues that overlap the one before by a little are normal (rolling captions); one that starts before the
    previous cue started is out of order: kept in file order, and said."""
    for before, cue in zip(cues, cues[1:]):
        if cue.start_time < before.start_time:
            warnings.append(f"{name}: line {cue.line}: cue {cue.number} starts at {cue.start_time:.3f}s, before "
                            f"cue {before.number} ({before.start_time:.3f}s); kept in file order")


def _blocks(cues: list[_Cue]) -> list[Block]:
    """One block per speaker part of each cue. A rolling caption (a cue that repeats the lines or words of the
    cue before and adds to them) keeps only what it adds; a cue that only repeats the one before is kept with
    its own time, unless it is a display artifact (the cue before was timed word by word, or it lasts less than
    a frame): then it lengthens the block before it."""
    recurring = _recurring_labels(cues)
    blocks: list[Block] = []
    previous: list[str] = []
    speaker: str | None = None
    karaoke = False
    for cue in cues:
        artifact = karaoke or cue.end_time - cue.start_time < _FRAME
        for voice, lines in cue.parts:
            if voice is None and lines:
                voice, lines = _label_speaker(lines, recurring)
            speaker = voice if voice is not None else speaker
            new = _new_lines(previous, lines, artifact)
            previous = lines
            if not new:
                if lines and blocks and blocks[-1].speaker == (speaker or ""):
                    blocks[-1].end_char = max(blocks[-1].end_char, cue.end_char)
                    blocks[-1].end_time = max(blocks[-1].end_time, cue.end_time)
                continue
            blocks.append(Block(" ".join(new), cue.start_char, cue.end_char, cue.number, cue.start_time,
                                cue.end_time, speaker=speaker if speaker is not None else "", verbatim=False))
        karaoke = any(_KARAOKE.search(line) for line in cue.raw)
    return blocks


def _new_lines(previous: list[str], lines: list[str], artifact: bool) -> list[str]:
    """What `lines` add to the cue before: all of them, unless they repeat its last lines (or words) and add to
    them (then only the addition), or only repeat them in a display artifact (then nothing)."""
    if not lines:
        return []
    if len(lines) <= len(previous) and lines == previous[len(previous) - len(lines):]:
        return [] if artifact else lines
    for k in range(min(len(previous), len(lines) - 1), 0, -1):
        if lines[:k] == previous[-k:]:
            return lines[k:]
    words, before = " ".join(lines).split(), " ".join(previous).split()
    if len(before) >= 2 and len(words) > len(before) and words[:len(before)] == before:  # "a b" then "a b c"
        return [" ".join(words[len(before):])]
    return lines


def _label_match(line: str):
    m = _CUE_LABEL.match(line)
    if not m:
        return None, None
    name = (m.group("bracketed") or m.group("name") or "").strip()
    return (m, name) if name and is_speaker_name(name) else (None, None)


def _recurring_labels(cues: list[_Cue]) -> set[str]:
    """Names that label the start of at least two cues: a speaker, even when written like a word ('Anna:')."""
    seen: dict[str, int] = {}
    for cue in cues:
        for voice, lines in cue.parts:
            if voice is None and lines:
                _, name = _label_match(lines[0])
                if name:
                    seen[name] = seen.get(name, 0) + 1
    return {name for name, count in seen.items() if count >= 2}


def _label_speaker(lines: list[str], recurring: set[str]) -> tuple[str | None, list[str]]:
    """A speaker label at a cue's start names the speaker: `[SPEAKER_00]:` and `>> Name:` always; `- Name:`
    and a bare `Name:` (Zoom) when the name is in capitals, has two words or more, is a diarization id
    (SPEAKER_00), or labels other cues too."""
    m, name = _label_match(lines[0])
    if m is None:
        return None, lines
    strong = (m.group("bracketed") is not None or (m.group("mark") or "").startswith(">>") or name.isupper()
              or len(name.split()) >= 2 or _SPEAKER_ID.match(name) is not None or name in recurring)
    if not strong:
        return None, lines
    rest = lines[0][m.end():].strip()
    return name, ([rest] if rest else []) + lines[1:]


def _quote(line: str) -> str:
    return repr(line if len(line) <= 60 else line[:57] + "...")


def _media_url(text: str) -> str | None:
    m = _URL.search(text)
    return m.group(0).rstrip(".,;)") if m else None
