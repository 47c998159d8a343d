"""What every parser shares once it has the file's blocks (paragraphs, cues, segments): speaker labels in the
styles transcripts are exported in, and grouping blocks into turns with roles (statement, question, answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.types import Piece, Turn

QUESTION_LABELS = {"question", "q", "questioner", "reporter", "journalist", "audience member", "audience",
                   "interviewer"}
ANSWER_LABELS = {"answer", "a"}
# Words before a colon that start ordinary prose or page furniture, never a speaker.
_NOT_SPEAKERS = {"note", "source", "update", "editor's note", "transcript", "date", "title", "location", "time",
                 "tags", "subject", "re", "warning", "example", "summary", "keywords", "topic", "agenda", "place",
                 "venue", "duration", "attendees", "participants", "present", "speakers", "url", "link", "http",
                 "https", "ps", "nb", "edit", "edited", "updated", "posted", "published", "description"}

_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A name: one to six capitalised words (or a known connector), "Speaker 1", "DR. SHERWOOD-RANDALL".
NAME_PATTERN = _NAME = (r"(?:[A-Z\u00c0-\u00de\u0400-\u042f][\w.'’\-]*|[A-Z]\.)"
         r"(?:[ \t](?:[A-Z\u00c0-\u00de\u0400-\u042f][\w.'’\-)]*|\([A-Za-z][\w.'’\-)]*|\d{1,3}|of|de|van|von|al|bin|da|der|la|le)){0,5}")
_SP = r"[ \t\u00a0]"
# `[00:01:02] Name: text`, `Speaker 1 (00:01:02): text`, `Name: text`, `**Name:** text`, `**Name**: text`,
# and as speech-to-text tools write them: `[SPEAKER_00]: text`, `>> NAME: text`, `- NAME: text`
_COLON_LABEL = re.compile(
    rf"^{_SP}*(?:\\?\[(?P<t1>{_TS})\\?\]{_SP}*|\((?P<t2>{_TS})\){_SP}*|(?P<t3>{_TS}){_SP}+)?"
    rf"(?P<mark>>>{_SP}*|-{_SP}+)?(?P<bold>\*\*|__)?(?P<lb>\[)?(?P<name>{_NAME})(?(lb)\]){_SP}*"
    rf"(?:[(\[](?P<t4>{_TS})[)\]]{_SP}*)?"
    rf"(?::(?P=bold)|(?P=bold):|(?(bold)(?!)|:))"
    rf"{_SP}*(?:\\?\[(?P<t5>{_TS})\\?\]{_SP}*)?"
)
# otter.ai style: the name and the time alone on a line (either order), the words on the lines after it.
_LINE_LABEL = re.compile(
    rf"^{_SP}*(?:(?P<t1>{_TS}){_SP}+(?P<name1>{_NAME})|(?P<name2>{_NAME}){_SP}+\(?(?P<t2>{_TS})\)?){_SP}*(?:\r?\n|\r|$)"
)
# White House style: `Q    text` (a Q followed by several spaces), `Q. text`, `A: text`
_QA_LABEL = re.compile(rf"^{_SP}*(?P<name>Q|A)(?:{_SP}{{2,}}|\.{_SP}+|{_SP}*:{_SP}*)")
# A paragraph that opens with a time only: `[16:30] words`, `\[16:30\] words`, `(00:01:02) words`
_TIME_ONLY = re.compile(rf"^{_SP}*(?:\\?\[(?P<t1>{_TS})\\?\]|\((?P<t2>{_TS})\)){_SP}*")


@dataclass(frozen=True)
class Label:
    speaker: str  # as written, "" when the paragraph only opens with a time
    skip: int  # characters of the paragraph the label takes (text starts after them)
    time: float | None = None


def seconds(stamp: str) -> float:
    """'01:02:03,5' / '1:02.25' / '02:03' -> seconds."""
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def label_of(text: str) -> Label | None:
    """The speaker label (and time) a paragraph opens with, or None for a paragraph that continues a turn."""
    m = _QA_LABEL.match(text)
    if m:
        return Label(m.group("name"), m.end())
    m = _LINE_LABEL.match(text)
    if m:
        name = m.group("name1") or m.group("name2")
        stamp = m.group("t1") or m.group("t2")
        if _is_name(name):
            return Label(name.strip(), m.end(), seconds(stamp))
    m = _COLON_LABEL.match(text)
    if m:
        name = m.group("name").strip()
        stamp = next((m.group(g) for g in ("t1", "t2", "t3", "t4", "t5") if m.group(g)), None)
        low = name.lower()
        known = low in QUESTION_LABELS or low in ANSWER_LABELS
        # A name, not a sentence that happens to hold a colon: short, not a known prose word. After a list
        # dash only a name in capitals or a diarization id (`- JOHN:`, `- SPEAKER_01:`): `- Budget: ...` is a list.
        alone = len(text) <= m.end()
        dashed = (m.group("mark") or "").startswith("-")
        plain_list_item = dashed and not (name.isupper() or _SPEAKER_ID.match(name))
        if not plain_list_item and (known or (_is_name(name) and (not alone or stamp or m.group("bold")
                                                                   or len(name.split()) <= 4))):
            return Label(name, m.end(), seconds(stamp) if stamp else None)
    m = _TIME_ONLY.match(text)
    if m:
        return Label("", m.end(), seconds(m.group("t1") or m.group("t2")))
    return None


_SPEAKER_ID = re.compile(r"^(?:SPEAKER|Speaker|speaker|spk)[_ ]?\d+$")


def is_speaker_name(name: str) -> bool:
    """Whether `name` (the words before a label's colon) can be a speaker: not a prose or header word ('Note',
    'Summary'), not a clock word, at most six words."""
    return _is_name(name)


def _is_name(name: str) -> bool:
    low = name.strip().lower()
    return (bool(low) and low not in _NOT_SPEAKERS and len(low.split()) <= 6 and not low[0].isdigit()
            and not _CLOCK_WORD.match(low))


_CLOCK_WORD = re.compile(r"^(?:[ap]\.?m\.?|noon|midnight|hrs?|h|utc|gmt|[a-z]?[ecmp][sd]?t)\b")


@dataclass
class Block:
    """One paragraph, cue or segment, ready to become a piece. `speaker` None: taken from a label in `text`
    (or the running speaker); "" or a name: set by the source (voice tag, diarization)."""

    text: str
    start_char: int
    end_char: int
    number: int
    start_time: float | None = None
    end_time: float | None = None
    speaker: str | None = None
    verbatim: bool = True


def build_turns(blocks: list[Block], *, opening_speaker: str = "", joiner: str = "\n\n",
                source_text: str | None = None, labels: bool = True) -> list[Turn]:
    """Group blocks into turns: a new turn starts where the speaker changes.

    With `labels`, a block whose text opens with a speaker label starts a turn of that speaker (the label is
    left out of the turn). With `source_text` (verbatim formats) a turn's text is the file text from its
    first to its last piece, else the pieces' texts joined with `joiner`.
    Roles: `Q`/`Question` labels ask; after a question every named speaker answers it until the next one.
    """
    groups: list[tuple[str, str, list[tuple[Block, int, float | None]]]] = []  # speaker, role, [(block, skip, time)]
    speaker, role = opening_speaker, "statement"
    last_answerer = opening_speaker
    for block in blocks:
        label = label_of(block.text) if labels and block.speaker is None else None
        if block.speaker is not None and (not groups or groups[-1][0] != block.speaker):
            speaker, role = block.speaker, "statement"
            groups.append((speaker, role, []))
        if label is None or (label.speaker == "" and groups):
            skip = label.skip if label else 0
            time = label.time if label else None
            if not groups:
                groups.append((speaker, role, []))
            groups[-1][2].append((block, skip, time))
            continue
        name = label.speaker
        low = name.lower()
        previous_role = groups[-1][1] if groups else None
        if low in QUESTION_LABELS:
            speaker, role = ("Question" if low == "q" else name), "question"
        elif low in ANSWER_LABELS:
            speaker, role = last_answerer or "Answer", "answer"
        elif name:
            speaker = name
            role = "answer" if previous_role in ("question", "answer") else "statement"
            last_answerer = name
        groups.append((speaker, role, [(block, label.skip, label.time)]))

    turns: list[Turn] = []
    question_text: str | None = None
    question_index: int | None = None
    pending_time: float | None = None  # a time label with no words of its own applies to the next block
    last_time: float | None = None  # a paragraph with no time of its own starts no earlier than the last one
    for speaker, role, members in groups:
        parts = []
        for block, skip, time in members:
            start, text = _after_label(block, skip)
            if not text:
                if time is not None:
                    pending_time = time
                continue
            if time is None and pending_time is not None and not parts:
                time = pending_time
            pending_time = None
            time = time if time is not None else block.start_time
            time = time if time is not None else last_time
            last_time = time
            parts.append((block, start, text, time))
        if not parts:
            continue
        pieces, turn_text = _pieces(parts, joiner, source_text)
        index = len(turns)
        if role == "question":
            question_text, question_index = turn_text, index
        answer = role == "answer" and question_text is not None
        turns.append(Turn(speaker=speaker, role=role if role != "answer" or answer else "statement",
                          text=turn_text, pieces=tuple(pieces), index=index,
                          question=question_text if answer else None,
                          question_index=question_index if answer else None))
    return turns


def _after_label(block: Block, skip: int) -> tuple[int, str]:
    """Where the block's words begin in the file (for verbatim blocks) and the words themselves."""
    text = block.text[skip:]
    stripped = text.lstrip(" \t\u00a0\r\n")
    lead = skip + len(text) - len(stripped)
    stripped = stripped.rstrip(" \t\u00a0\u200b\r\n")
    return (block.start_char + lead if block.verbatim else block.start_char), stripped


def _pieces(parts, joiner: str, source_text: str | None) -> tuple[list[Piece], str]:
    pieces = []
    if source_text is not None:
        first = parts[0][1]
        for block, start, text, time in parts:
            end = start + len(text)
            pieces.append(Piece(text_start=start - first, text_end=end - first, start_char=start, end_char=end,
                                start_time=time, end_time=block.end_time, paragraph=block.number))
        return pieces, source_text[first:pieces[-1].end_char]
    chunks: list[str] = []
    pos = 0
    for block, _, text, time in parts:
        if chunks:
            chunks.append(joiner)
            pos += len(joiner)
        chunks.append(text)
        pieces.append(Piece(text_start=pos, text_end=pos + len(text), start_char=block.start_char,
                            end_char=block.end_char, verbatim=False, start_time=time, end_time=block.end_time,
                            paragraph=block.number))
        pos += len(text)
    return pieces, "".join(chunks)
