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


def row_at(store, name: str, seconds: float) -> int | None:
    """The row of the passage of transcript `name` spoken at `seconds`: the last one that starts at or before it
    (the first one before its first words); None when the transcript has no times or ends before `seconds`."""
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
    return int(rows[lo])


def unit_at(units: Sequence[SentenceUnit], seconds: float) -> int:
    """The index of the unit of `units` (a passage's, in order) spoken at `seconds`: the last that starts at or before
    it, else the first."""
    at = 0
    for i, unit in enumerate(units):
        if unit.start_time is not None and unit.start_time <= seconds:
            at = i
    return at
