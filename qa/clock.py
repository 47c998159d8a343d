"""A place in a recording asked by its time: "What was said at 00:05:00?", "What does he say around 12:30?", "What
is discussed at minute 5 of the lecture?" (docs/retrieval.md, "Asking by a time in the recording").

`asked_seconds` reads the time from the question's wording; `row_at` finds the passage of a timed transcript whose
times cover it by bisecting the transcript's rows (passages are stored in file order, their times never going
back), a few row reads whatever the transcript's length; `unit_at` the sentence unit of that passage at that time.
A question whose time no allowed recording reaches, or whose transcripts have no times (a time of day: "the 9:30
meeting"), is asked as any other question.
"""

from __future__ import annotations

import re
from typing import Sequence

from qa.types import SentenceUnit

# a clock time, h:mm:ss or mm:ss (minutes and seconds below 60), after a word that places it in the recording ("at",
# "around", ...), or any h:mm:ss, or "the 12:30 mark"; not a time of day ("9:30 am", "at 9:30 o'clock", "9:30 in the
# morning", "the 9:30 meeting"); or "minute N" ("at minute 5", "in minute 12"), "N minutes in" ("5 minutes into the
# talk")
_PLACE = r"\b(?:at|around|about|near|nearly|approximately|roughly|from|after|before|by|past|until|till)\s+"
_DAY = r"(?!\s*(?:[ap]\.?\s?m\b\.?|o['’]?clock\b|in\s+the\s+(?:morning|afternoon|evening)|(?:h|hrs?|hours)\b))"
_CLOCK = re.compile(rf"(?:{_PLACE})(?:(?P<h>\d{{1,2}}):)?(?P<m>\d{{1,2}}):(?P<s>\d{{2}})(?![\d:]){_DAY}"
                    rf"|(?<![\d:])(?P<h3>\d{{1,2}}):(?P<m3>\d{{2}}):(?P<s3>\d{{2}})(?![\d:]){_DAY}"
                    r"|\bthe\s+(?:(?P<hm>\d{1,2}):)?(?P<mm>\d{1,2}):(?P<sm>\d{2})\s+(?:mark|point|timestamp)\b"
                    r"|\bminute\s+(?P<minute>\d{1,3})\b(?!\s*[:.]\d)"
                    r"|\b(?P<minutes>\d{1,3})\s+minutes?\s+(?:into\b|in(?=\s*(?:[?!.,;]|$)))", re.IGNORECASE)


def asked_seconds(question: str) -> float | None:
    """The place in a recording, in seconds from its start, that `question` asks about by a clock time or a minute
    (the first one it gives); None when it gives none."""
    for m in _CLOCK.finditer(question):
        if m["minute"] is not None or m["minutes"] is not None:
            return 60.0 * int(m["minute"] or m["minutes"])
        h, mins, s = next((m[f"h{g}"], m[f"m{g}"], m[f"s{g}"]) for g in ("", "3", "m") if m[f"m{g}"] is not None)
        if int(s) >= 60 or (h is not None and int(mins) >= 60):
            continue
        return 3600.0 * int(h or 0) + 60.0 * int(mins) + int(s)
    return None


def unreached(seconds: float) -> str:
    """The note of a declined question whose time no allowed recording with times reaches."""
    h, rest = divmod(int(seconds), 3600)
    return (f"No recording searched has times reaching {h}:{rest // 60:02d}:{rest % 60:02d}; a time is read as a "
            "place only in timed recordings (.srt, .vtt, Whisper .json).")


# a clock time names a whole second: "at 1:16" holds 76.0 to 76.99, so in a silence between two cues a cue that
# starts within that second is the one spoken "at 1:16", not the one that ended before it (trial39: the cue ending
# at 1:15.5 was cited for "What is said at 1:16?", not the one starting at 1:16.1)
ASKED_SECOND = 1.0


def _in_the_silence_before(end: float | None, next_start: float | None, seconds: float) -> bool:
    """Whether `seconds` falls after a part that ended at `end` and the next part starts within the asked second."""
    return (end is not None and next_start is not None and end <= seconds < next_start
            and next_start < seconds + ASKED_SECOND)


def row_at(store, name: str, seconds: float) -> int | None:
    """The row of the passage of transcript `name` spoken at `seconds`: the last one that starts at or before it
    (the first one before its first words), or the next one where `seconds` falls in the silence before it and it
    starts within the asked second; None when the transcript has no times or ends before `seconds`."""
    rows = store.transcript_rows(name)
    if not len(rows):
        return None
    last = store.passage(int(rows[-1]))
    if last.start_time is None or last.end_time is None or seconds > last.end_time:
        return None
    lo, hi = 0, len(rows) - 1
    while lo < hi:  # the last row whose start is at or before `seconds`: O(log n) reads of one row
        mid = (lo + hi + 1) // 2
        start = store.passage(int(rows[mid])).start_time
        if start is not None and start <= seconds:
            lo = mid
        else:
            hi = mid - 1
    if lo + 1 < len(rows):
        before, after = store.passage(int(rows[lo])), store.passage(int(rows[lo + 1]))
        if _in_the_silence_before(before.end_time, after.start_time, seconds):
            lo += 1
    return int(rows[lo])


def unit_at(units: Sequence[SentenceUnit], seconds: float) -> int:
    """The index of the unit of `units` (a passage's, in order) spoken at `seconds`: the last that starts at or before
    it, else the first; the next one where `seconds` falls in the silence before it and it starts within the asked
    second. Units that share one cue's times (a cue of three sentences: each has the cue's start) are
    placed within it by their share of its characters, so that the cue's own start is its first sentence, not its
    last (trial30: "What is said at 0:52?" highlighted "It's what I call them.", the third sentence of the cue that
    starts at 0:52)."""
    at = 0
    for i, unit in enumerate(units):
        start = _spoken_from(units, i)
        if start is not None and start <= seconds:
            at = i
    if at + 1 < len(units) and _in_the_silence_before(units[at].end_time, _spoken_from(units, at + 1), seconds):
        at += 1  # the asked second's own cue, after a silence
    return at


def _spoken_from(units: Sequence[SentenceUnit], i: int) -> float | None:
    """When unit `i` of `units` starts: its own start time, or, where the units around it share its start and end
    times (one cue), that start plus its characters' share of the cue before it."""
    unit = units[i]
    if unit.start_time is None or unit.end_time is None:
        return unit.start_time
    times = (unit.start_time, unit.end_time)
    first = i
    while first > 0 and (units[first - 1].start_time, units[first - 1].end_time) == times:
        first -= 1
    last = i
    while last + 1 < len(units) and (units[last + 1].start_time, units[last + 1].end_time) == times:
        last += 1
    chars = units[last].end - units[first].start
    if first == last or chars <= 0:
        return unit.start_time
    return unit.start_time + (unit.end_time - unit.start_time) * (unit.start - units[first].start) / chars


# a time mark written in a transcript at the start of a line, or after the line's speaker label: "[24:23] My
# colleague ...", Markdown's "\[24:23\]", "**Leslie Lamport:** \[11:59\]", "[1:02:03]"
_MARK = re.compile(r"(?m)^(?:[^\n\[\]]{1,60}?:[*_]*[ \t]+)?"
                   r"(?P<mark>\\?\[(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})\\?\])")


def time_marks(text: str) -> list[tuple[float, int]]:
    """The time marks of `text` as (seconds, offset of the words after the mark), in order: a timeline only where
    there are at least two and their times go forward (a lone "[12:30]" or marks out of order are not read as times);
    else none."""
    marks = []
    for m in _MARK.finditer(text):
        if int(m["s"]) >= 60 or (m["h"] is not None and int(m["m"]) >= 60):
            return []
        marks.append((3600.0 * int(m["h"] or 0) + 60.0 * int(m["m"]) + int(m["s"]), m.end("mark")))
    if len(marks) < 2 or any(b[0] <= a[0] or b[1] <= a[1] for a, b in zip(marks, marks[1:])):
        return []
    return marks


def _mark_text(seconds: float) -> str:
    h, rest = divmod(int(seconds), 3600)
    return f"[{h}:{rest // 60:02d}:{rest % 60:02d}]" if h else f"[{rest // 60:02d}:{rest % 60:02d}]"


def marked_offset(marks: Sequence[tuple[float, int]], seconds: float, first: int,
                  end: int) -> tuple[int, str | None] | None:
    """Where in a transcript whose text carries time `marks` (`time_marks`) `seconds` was spoken, as an offset of its
    text: a mark's own place when the time is one, else estimated from the text's length between the marks around
    it (speech runs at about one rate), from the transcript's first words (`first`, at 0:00) before the first mark,
    at the marks' mean rate after the last one; with a note saying it is an estimate; None past its `end`."""
    for at, offset in marks:
        if at == seconds:
            return offset, None
    before = [(0.0, first)] + [m for m in marks if m[0] < seconds]
    after = [m for m in marks if m[0] > seconds]
    (t0, o0), (t1, o1) = (before[-1], after[0]) if after else (marks[0], marks[-1])
    offset = round(before[-1][1] + (seconds - before[-1][0]) * (o1 - o0) / (t1 - t0))
    if offset >= end:
        return None
    around = (f"between the marks {_mark_text(before[-1][0])} and {_mark_text(after[0][0])}"
              if after and len(before) > 1 else f"before its first mark {_mark_text(after[0][0])}" if after
              else f"after its last mark {_mark_text(marks[-1][0])}")
    return offset, (f"The transcript gives times only by marks in its text: {_mark_text(seconds)[1:-1]} is placed "
                    f"{around}, by the length of its text (an estimate).")


def marked_row(store, name: str, seconds: float) -> tuple[int, int, str | None] | None:
    """The row of the passage of transcript `name`, a transcript without times whose text carries time marks, at
    `seconds` (`marked_offset`), the offset there and the note of an estimate; None without marks or past its end."""
    rows = store.transcript_rows(name)
    if not len(rows) or store.passage(int(rows[-1])).end_time is not None:  # a timed recording: `row_at`
        return None
    marks = time_marks(store.text(name))
    if not marks:
        return None
    first, last = store.passage(int(rows[0])), store.passage(int(rows[-1]))
    placed = marked_offset(marks, seconds, first.start_char, last.end_char)
    if placed is None:
        return None
    offset, note = placed
    lo, hi = 0, len(rows) - 1
    while lo < hi:  # the first row that ends after the offset (a mark after a speaker's label is not in a passage)
        mid = (lo + hi) // 2
        if store.passage(int(rows[mid])).end_char > offset:
            hi = mid
        else:
            lo = mid + 1
    return int(rows[lo]), offset, note


def unit_at_char(units: Sequence[SentenceUnit], offset: int) -> int:
    """The index of the unit of `units` (a passage's, in order) at file offset `offset`: the one holding it, else the
    first after it, else the last."""
    for i, unit in enumerate(units):
        if unit.end_char > offset:
            return i
    return len(units) - 1
