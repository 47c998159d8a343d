"""Plain-text and Markdown transcripts as they come from real sites: a header (title, date), speaker turns
marked `Name:`, `Question:`, `Q:`/`A:`, and web-page leftovers that are kept out of every turn.

Turn text is verbatim file text, so `text[start_char:end_char]` of any passage is the passage itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qa.errors import ParseError
from qa.parse.decode import decode_text
from qa.types import Piece, Transcript, Turn

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# "16 April 202120:37" (date glued to time on the ministry's site), "16 April 2021", "April 16, 2021", "2021-04-16"
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})(\d{{1,2}}:\d{{2}})?", re.I)
_DATE_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_QUESTION_LABELS = {"question", "q", "questioner", "reporter", "journalist", "audience member", "audience"}
_ANSWER_LABELS = {"answer", "a"}
# A label is a name of one to six capitalised words (or a known role word) followed by a colon.
_LABEL = re.compile(
    r"^[ \t\u00a0]*(?P<label>(?:[A-Z\u0400-\u042f][\w.'’\-]*|[A-Z]\.)(?:[ \t](?:[A-Z\u0400-\u042f(][\w.'’\-)]*|of|de|van|von|al|bin|da|der|la|le)){0,5})"
    r"[ \t]*:[ \t\u00a0]*"
)
_LEFTOVER_LINES = re.compile(
    r"^\s*(?:[•·*\-]\s*)?(?:"
    r"(?:[a-z]{2}-[A-Z]{2}\d*\s*)+"  # language switch: "en-GB1 ru-RU1"
    r"|additional materials|advanced settings|share|print|print version|back to top|related materials"
    r"|photos?|video|audio|tags?|top of page|skip to (?:main )?content|subscribe|download|read more"
    r")\s*$",
    re.I,
)


@dataclass
class _Paragraph:
    start: int
    end: int
    text: str


def parse_text(data: bytes, name: str) -> Transcript:
    """Parse a plain-text or Markdown transcript. Raises ParseError when no text is left after cleaning."""
    text, encoding = decode_text(data, name)
    paragraphs = [p for p in _paragraphs(text) if not _LEFTOVER_LINES.match(p.text)]
    if not paragraphs:
        raise ParseError(f"{name}: no transcript text found (only blank lines or page leftovers)")
    date, time, header = _header(paragraphs)
    body = paragraphs[header:]
    title = _title(paragraphs[:header], body, name)
    if not body:
        raise ParseError(f"{name}: only a title and a date were found; the transcript text is missing")
    turns = _turns(text, body, title)
    fmt = "markdown" if Path(name).suffix.lower() in (".md", ".markdown") else "text"
    return Transcript(name=name, title=title, date=date, time=time, text=text, turns=tuple(turns),
                      format=fmt, encoding=encoding)


def _paragraphs(text: str) -> list[_Paragraph]:
    """Non-blank lines; a line that starts with a speaker label or follows a blank line starts a paragraph."""
    out: list[_Paragraph] = []
    pos = 0
    current: _Paragraph | None = None
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip(" \t\u00a0\u200b\ufeff")
        if not stripped:
            current = None
            continue
        lead = len(body) - len(body.lstrip(" \t\u00a0\u200b\ufeff"))
        s, e = start + lead, start + lead + len(stripped)
        if current is not None and not _LABEL.match(body):
            current.end = e
            current.text = text[current.start:e]
        else:
            current = _Paragraph(s, e, stripped)
            out.append(current)
    return out


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


def _header(paragraphs: list[_Paragraph]) -> tuple[str | None, str | None, int]:
    """Date, time and how many leading paragraphs are header: short unlabelled lines such as a date and a
    title, which do not end like a sentence."""
    header = 0
    date = time = None
    for p in paragraphs[:3]:
        if _label_of(p) or len(p.text) > 300 or p.text.rstrip().endswith((".", ",", ";", "?", "!", ":")):
            break
        d, t = parse_date(p.text)
        if d and date is None:
            date, time = d, t
        header += 1
    return date, time, min(header, len(paragraphs) - 1)


def _title(header: list[_Paragraph], body: list[_Paragraph], name: str) -> str:
    candidates = [p.text for p in header if len(p.text) >= 40 or parse_date(p.text)[0] is None]
    titles = [c for c in candidates if not (len(c) < 40 and parse_date(c)[0])]
    if titles:
        return max(titles, key=len).strip()
    return Path(name).stem.replace("-", " ").replace("_", " ")


def _label_of(paragraph: _Paragraph) -> tuple[str, int] | None:
    m = _LABEL.match(paragraph.text)
    if not m:
        return None
    label = m.group("label").strip()
    words = label.split()
    low = label.lower()
    if low in _QUESTION_LABELS or low in _ANSWER_LABELS:
        return label, m.end()
    # A name, not a sentence that happens to hold a colon: short and capitalised word by word.
    if len(words) > 6 or len(paragraph.text) <= m.end():
        return None
    if low in ("note", "source", "update", "editor's note", "transcript", "date", "title", "location", "time"):
        return None
    return label, m.end()


def _title_speaker(title: str, labels: list[str]) -> str:
    """The speaker the title names: the labelled speaker whose name appears first in the title."""
    found = [(title.find(label), label) for label in labels if label and label in title]
    if found:
        return min(found)[1]
    surnames = [(title.find(label.split()[-1]), label) for label in labels if label.split()[-1] in title]
    if surnames:
        return min(surnames)[1]
    m = re.search(r"((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)[’']s\b", title)
    return m.group(1) if m else ""


def _turns(text: str, body: list[_Paragraph], title: str) -> list[Turn]:
    labelled = [(p, _label_of(p)) for p in body]
    names = [lab for _, l in labelled if l for lab in [l[0]] if lab.lower() not in _QUESTION_LABELS | _ANSWER_LABELS]
    opening_speaker = _title_speaker(title, list(dict.fromkeys(names)))

    turns: list[Turn] = []
    groups: list[tuple[str, str, list[tuple[_Paragraph, int, int]]]] = []  # speaker, role, [(paragraph, skip, number)]
    speaker, role = opening_speaker, "statement"
    last_answerer = opening_speaker
    for n, (p, label) in enumerate(labelled, 1):
        if label is None:
            if not groups:
                groups.append((speaker, role, []))
            groups[-1][2].append((p, 0, n))
            continue
        raw, skip = label
        low = raw.lower()
        previous_role = groups[-1][1] if groups else None
        if low in _QUESTION_LABELS:
            speaker, role = ("Question" if low == "q" else raw), "question"
        elif low in _ANSWER_LABELS:
            speaker, role = last_answerer or "Answer", "answer"
        else:
            speaker = raw
            # after a question, every named speaker answers it until the next question (both ministers may reply)
            role = "answer" if previous_role in ("question", "answer") else "statement"
            last_answerer = raw
        groups.append((speaker, role, [(p, skip, n)]))

    question_text: str | None = None
    question_index: int | None = None
    for speaker, role, members in groups:
        pieces = []
        first = members[0][0].start + members[0][1]
        # skip whitespace after the label
        while first < len(text) and text[first] in " \t\u00a0":
            first += 1
        turn_end = members[-1][0].end
        for p, skip, number in members:
            s = first if p is members[0][0] else p.start
            e = p.end
            while e > s and text[e - 1] in " \t\u00a0\u200b":
                e -= 1
            if e <= s:
                continue
            pieces.append(Piece(text_start=s - first, text_end=e - first, start_char=s, end_char=e, paragraph=number))
        if not pieces:
            continue
        turn_end = pieces[-1].end_char
        turn_text = text[first:turn_end]
        index = len(turns)
        if role == "question":
            question_text, question_index = turn_text, index
        turn = Turn(speaker=speaker, role=role, text=turn_text, pieces=tuple(pieces), index=index,
                    question=question_text if role == "answer" else None,
                    question_index=question_index if role == "answer" else None)
        turns.append(turn)
    return turns
