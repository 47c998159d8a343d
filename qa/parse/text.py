"""Plain-text and Markdown transcripts as they come from real sites and transcription services: a header
(YAML front matter, a title, a date), speaker turns in the usual export styles (see `qa.parse.turns`), and
web-page leftovers that are kept out of every turn.

Turn text is verbatim file text, so `text[start_char:end_char]` of any passage is the passage itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qa.errors import ParseError
from qa.parse.decode import decode_text
from qa.parse.turns import ANSWER_LABELS, QUESTION_LABELS, Block, build_turns, label_of
from qa.types import Transcript, Turn

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# "16 April 202120:37" (date glued to time on the ministry's site), "16 April 2021", "April 16, 2021", "2021-04-16"
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})(\d{{1,2}}:\d{{2}})?", re.I)
_DATE_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([AP])\.?\s?M\b\.?", re.I)  # "9:36 A.M. EDT"

LEFTOVER_LINES = re.compile(
    r"^\s*(?:[•·*\-]\s*)?(?:"
    r"(?:[a-z]{2}-[A-Z]{2}\d*\s*)+"  # language switch: "en-GB1 ru-RU1"
    r"|additional materials|advanced settings|share|print|print version|back to top|related materials"
    r"|photos?|video|audio|tags?|top of page|skip to (?:main )?content|subscribe|download|read more"
    r")\s*$",
    re.I,
)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_YAML_ESCAPES = {"_": "\u00a0", "n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "0": "", " ": " "}
_MEDIA_KEYS = ("media_url", "video_url", "audio_url", "youtube", "video", "media", "source_url", "url", "link")
_LINE_STARTS_TURN = re.compile(
    r"^[ \t\u00a0]*(?:\*\*|__|\\?\[|\(|>>|-[ \t]|\d{1,2}:\d{2}|Q\b|A\b|[A-Z\u00c0-\u00de\u0400-\u042f])")


@dataclass
class _Paragraph:
    start: int
    end: int
    text: str
    heading: bool = False


def parse_text(data: bytes, name: str) -> Transcript:
    """Parse a plain-text or Markdown transcript. Raises ParseError when no text is left after cleaning."""
    decoded = decode_text(data, name)
    fmt = "markdown" if Path(name).suffix.lower() in (".md", ".markdown") else "text"
    return transcript_from_text(decoded.text, name, fmt=fmt, encoding=decoded.encoding, warnings=decoded.warnings)


def transcript_from_text(text: str, name: str, *, fmt: str, encoding: str = "utf-8",
                         verbatim: bool = True, warnings: tuple[str, ...] = (), title: str | None = None
                         ) -> Transcript:
    """The Transcript of decoded text. `verbatim=False` for text extracted from office formats, whose pieces
    index `text` (the extracted text) rather than a file a user can open."""
    meta, body_start = _front_matter(text)
    paragraphs = _kept_paragraphs(text, body_start)
    if not paragraphs:
        raise ParseError(f"{name}: no transcript text found (only blank lines, a header or page leftovers); "
                         "check that this is a transcript")
    date, time, header = _header(paragraphs)
    body = [p for p in paragraphs[header:] if not p.heading]
    title = meta.get("title") or title or _title(paragraphs[:header], name)
    if "date" in meta:
        date = parse_date(meta["date"])[0] or date
    if not body:
        raise ParseError(f"{name}: only a title and a date were found; the transcript text is missing")
    turns = _turns(text, body, title, verbatim)
    if not turns:
        raise ParseError(f"{name}: no transcript text found after the speaker labels")
    media_url = next((meta[k] for k in _MEDIA_KEYS if meta.get(k, "").startswith(("http://", "https://"))), None)
    return Transcript(name=name, title=title, date=date, time=time, text=text, turns=tuple(turns), format=fmt,
                      encoding=encoding, media_url=media_url, warnings=warnings)


def _kept_paragraphs(text: str, start: int) -> list[_Paragraph]:
    """`_paragraphs` of `text` from `start`, less web-page leftovers and horizontal rules."""
    return [p for p in _paragraphs(text, start) if not LEFTOVER_LINES.match(p.text) and not _RULE.match(p.text)]


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """YAML front matter's flat `key: value` lines (the fields a transcript header has) and where the body starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep or line[:1] in " \t-#":
            continue
        meta[key.strip().lower()] = _yaml_scalar(value.strip())
    return meta, m.end()


def _yaml_scalar(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = re.sub(r"\\(.)", lambda m: _YAML_ESCAPES.get(m.group(1), m.group(1)), value[1:-1])
        return inner.replace("\u00a0", " ")
    return value


def _paragraphs(text: str, pos: int) -> list[_Paragraph]:
    """Non-blank lines; a line that follows a blank line or starts with a speaker label starts a paragraph,
    and a Markdown heading is a paragraph of its own. Where nearly every label follows a blank line (a
    hard-wrapped transcript), a label-like wrapped line ("Dr.\\nSherwood: ...") does not start a turn."""
    lines = []  # (start, end, stripped, after_blank, labelled, heading)
    after_blank = True
    for line in text[pos:].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip(" \t\u00a0\u200b\ufeff")
        if not stripped:
            after_blank = True
            continue
        lead = len(body) - len(body.lstrip(" \t\u00a0\u200b\ufeff"))
        heading = stripped.startswith("#") and _HEADING.match(stripped) is not None
        lines.append((start + lead, start + lead + len(stripped), stripped, after_blank, _starts_turn(stripped),
                      heading))
        after_blank = False
    labels_after_blank = sum(1 for line in lines if line[4] and line[3])
    labels_inside = sum(1 for line in lines if line[4] and not line[3])
    wrapped = labels_after_blank >= 3 and labels_inside * 10 <= labels_after_blank

    out: list[_Paragraph] = []
    current: _Paragraph | None = None
    for s, e, stripped, after_blank, labelled, heading in lines:
        new = after_blank or heading or current is None or current.heading or (labelled and not wrapped)
        if new:
            current = _Paragraph(s, e, stripped, heading)
            out.append(current)
        else:
            current.end = e
            current.text = text[current.start:e]
    return out


def _starts_turn(line: str) -> bool:
    # the cheap test first: most lines of a long transcript start with a lower-case word
    return _LINE_STARTS_TURN.match(line) is not None and label_of(line) is not None


def parse_date(text: str) -> tuple[str | None, str | None]:
    """The first date (ISO) and time ("20:37") in `text`, or (None, None)."""
    m = _DATE_DMY.search(text)
    if m:
        day, month, year, time = m.groups()
        return f"{year}-{_MONTHS[month.lower()]:02d}-{int(day):02d}", time
    m = _DATE_MDY.search(text)
    if m:
        month, day, year = m.groups()
        return f"{year}-{_MONTHS[month.lower()]:02d}-{int(day):02d}", None
    m = _DATE_ISO.search(text)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", None
    return None, None


def _clock(text: str) -> str | None:
    m = _CLOCK.search(text)
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2)), m.group(3).upper()
    if not (1 <= hour <= 12 and minute < 60):
        return None
    hour = hour % 12 + (12 if half == "P" else 0)
    return f"{hour:02d}:{minute:02d}"


def _header(paragraphs: list[_Paragraph]) -> tuple[str | None, str | None, int]:
    """Date, time and how many leading paragraphs are header: headings and short unlabelled lines such as a
    date, a place and a title, which do not end like a sentence."""
    header = 0
    date = time = None
    for p in paragraphs[:4]:
        if not p.heading and (label_of(p.text) or len(p.text) > 300
                              or p.text.rstrip().endswith((".", ",", ";", "?", "!", ":"))):
            break
        d, t = parse_date(p.text)
        if d and date is None:
            date, time = d, t
        if time is None:
            time = _clock(p.text)
        header += 1
    return date, time, min(header, len(paragraphs) - 1)


# a title line that ends with where and when ("... with Foreign Minister of Serbia Nikola Selakovic, Moscow, April 16,
# 2021"): one to three capitalised words between the last two commas before the date
_TITLE_PLACE = re.compile(r",\s*((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*),\s*$")
PLACE_LINE_MAX = 80  # a header line this long or longer is a title, not a place


def header_place(text: str) -> str | None:
    """Where a recording took place, as its header says it (lead38): the short lines of the header paragraph just
    before the one that gives the time of day ("South Court Auditorium / Eisenhower Executive Office Building" before
    "11:11 A.M. EDT"; "Via Teleconference" before "9:36 A.M. EDT"), else the place a dated title line names before
    its date (", Moscow, April 16, 2021"). None where the header says none. Read from a transcript's text when a
    question asks it, never stored."""
    meta, body_start = _front_matter(text)
    paragraphs = _kept_paragraphs(text[:body_start + 4000], body_start)
    if not paragraphs:
        return None
    *_, header = _header(paragraphs)
    lines = [[line.strip() for line in p.text.splitlines() if line.strip()] for p in paragraphs[:header]]
    for i, p in enumerate(paragraphs[:header]):
        if i and _clock(p.text) and not paragraphs[i - 1].heading:
            before = lines[i - 1]
            if before and all(len(line) < PLACE_LINE_MAX and not parse_date(line)[0] and not _clock(line)
                              and line != meta.get("title") for line in before):
                return ", ".join(before)
    for line in (line for group in lines for line in group):
        m = _DATE_MDY.search(line) or _DATE_DMY.search(line)
        place = _TITLE_PLACE.search(line[:m.start()]) if m and m.start() else None
        if place:
            return place.group(1)
    return None


def _title(header: list[_Paragraph], name: str) -> str:
    headings = [_HEADING.match(p.text).group(2) for p in header if p.heading]
    if headings and headings[0].strip():
        return headings[0].strip()
    lines = [line.strip() for p in header if not p.heading for line in p.text.splitlines() if line.strip()]
    candidates = [line for line in lines if len(line) >= 40 or parse_date(line)[0] is None]
    titles = [c for c in candidates if not (len(c) < 40 and parse_date(c)[0]) and not _clock(c)]
    if titles:
        return max(titles, key=len).strip()
    return Path(name).stem.replace("-", " ").replace("_", " ")


def title_speaker(title: str, labels: list[str]) -> str:
    """The speaker the title names: the labelled speaker whose name appears first in the title."""
    found = [(title.find(label), label) for label in labels if label and label in title]
    if found:
        return min(found)[1]
    surnames = [(title.find(label.split()[-1]), label) for label in labels if label.split()[-1] in title]
    if surnames:
        return min(surnames)[1]
    m = re.search(r"((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)[’']s\b", title)
    return m.group(1) if m else ""


def _turns(text: str, body: list[_Paragraph], title: str, verbatim: bool) -> list[Turn]:
    blocks = [Block(p.text, p.start, p.end, n) for n, p in enumerate(body, 1)]
    names = []
    for p in body[:200]:
        label = label_of(p.text)
        if label and label.speaker and label.speaker.lower() not in QUESTION_LABELS | ANSWER_LABELS:
            names.append(label.speaker)
    opening_speaker = title_speaker(title, list(dict.fromkeys(names)))
    turns = build_turns(blocks, opening_speaker=opening_speaker, source_text=text)
    if verbatim:
        return turns
    from dataclasses import replace
    return [replace(t, pieces=tuple(replace(p, verbatim=False) for p in t.pieces)) for t in turns]
