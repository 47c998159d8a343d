"""Speech-to-text JSON in the Whisper shape (openai-whisper, the OpenAI API's verbose_json, faster-whisper,
WhisperX): `segments` with `start`, `end`, `text`, an optional `speaker` from diarization and optional `words`.
A segment is a piece whose span is the segment's object in the file; consecutive segments of one speaker make a
turn.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter

from qa.errors import ParseError
from qa.parse.decode import decode_text
from qa.parse.turns import Block, build_turns
from qa.types import Transcript

_WS = " \t\r\n"
_MEDIA_KEYS = ("media_url", "video_url", "audio_url", "source_url", "url")
_SHAPE = ('expected Whisper JSON: {"segments": [{"start": 0.0, "end": 2.5, "text": "...", "speaker": "..."}]} '
          '(or a list of such segments, or {"text": "..."})')


def parse_whisper_json(data: bytes, name: str) -> Transcript:
    """Parse Whisper-style JSON. Segments without text or times are skipped and reported; a document of
    another shape is a ParseError naming the expected one."""
    decoded = decode_text(data, name)
    text, encoding = decoded.text, decoded.encoding
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                         "give the speech-to-text output file unchanged") from None
    except RecursionError:
        raise ParseError(f"{name}: JSON nested too deeply to be a transcript; {_SHAPE}") from None
    spans = _segment_spans(text, doc)
    if isinstance(doc, dict) and isinstance(doc.get("segments"), list):
        segments = doc["segments"]
    elif isinstance(doc, list) and doc and all(isinstance(s, dict) for s in doc):
        segments = doc
    elif isinstance(doc, dict) and isinstance(doc.get("text"), str) and doc["text"].strip():
        segments, spans = [{"text": doc["text"]}], [(0, len(text))]
    else:
        raise ParseError(f"{name}: JSON of an unknown shape; {_SHAPE}")
    warnings: list[str] = list(decoded.warnings)
    lines = _LineNumbers(text)
    blocks = []
    for number, (segment, (start, end)) in enumerate(zip(segments, spans), 1):
        block = _block(segment, number, start, end, f"{name}: segment {number} (line {lines.of(start)})", warnings)
        if block:
            blocks.append(block)
    if not blocks:
        detail = f" ({warnings[0]})" if warnings else ""
        raise ParseError(f"{name}: no segment with text found{detail}; {_SHAPE}")
    meta = doc if isinstance(doc, dict) else {}
    title = meta.get("title") if isinstance(meta.get("title"), str) and meta["title"].strip() else None
    media_url = next((meta[k] for k in _MEDIA_KEYS if isinstance(meta.get(k), str)
                      and meta[k].startswith(("http://", "https://"))), None)
    date = meta.get("date") if isinstance(meta.get("date"), str) else None
    turns = build_turns(blocks, joiner=" ", labels=False)
    return Transcript(name=name, title=title or name.rsplit(".", 1)[0].replace("-", " ").replace("_", " "),
                      date=date, time=None, text=text, turns=tuple(turns), format="whisper", encoding=encoding,
                      media_url=media_url, warnings=tuple(warnings))


class _LineNumbers:
    """The line number of an offset in `text`, by binary search over the line ends (found on first use)."""

    def __init__(self, text: str):
        self.text = text
        self.ends: list[int] | None = None

    def of(self, offset: int) -> int:
        if self.ends is None:
            self.ends = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self.ends, offset) + 1


def _block(segment, number: int, start: int, end: int, where: str, warnings: list[str]) -> Block | None:
    if not isinstance(segment, dict):
        warnings.append(f"{where}: not an object, skipped")
        return None
    words = segment.get("text")
    if not isinstance(words, str) and isinstance(segment.get("words"), list):
        words = "".join(str(w.get("word", w.get("text", ""))) for w in segment["words"] if isinstance(w, dict))
    if not isinstance(words, str) or not words.strip():
        if "text" not in segment and "words" not in segment:
            warnings.append(f"{where}: no 'text', skipped")
        return None
    begin, finish = segment.get("start"), segment.get("end")
    if "start" in segment or "end" in segment:
        if not (_is_time(begin) and _is_time(finish)):
            # its words are kept, as a subtitle cue's are under a timing that cannot be read (trial44: skipped, the
            # words were lost from the index, and the warning said so to no one)
            warnings.append(f"{where}: broken time start={begin!r} end={finish!r}; the words are kept, without a time")
            begin = finish = None
        elif finish < begin:
            warnings.append(f"{where}: ends before it starts; kept with its start time only")
            finish = begin
    else:
        begin = finish = None
    return Block(" ".join(words.split()), start, end, number, float(begin) if begin is not None else None,
                 float(finish) if finish is not None else None, speaker=_speaker(segment), verbatim=False)


def _is_time(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def _speaker(segment: dict) -> str:
    speaker = segment.get("speaker")
    if isinstance(speaker, (str, int)) and not isinstance(speaker, bool) and str(speaker).strip():
        return str(speaker).strip()
    words = segment.get("words")
    if isinstance(words, list):
        votes = Counter(str(w["speaker"]) for w in words if isinstance(w, dict) and isinstance(w.get("speaker"), str))
        if votes:
            return votes.most_common(1)[0][0]
    return ""


def _segment_spans(text: str, doc) -> list[tuple[int, int]]:
    """The character span of each element of the segments array, found by scanning the top level of the
    document with the standard decoder (json keeps no positions)."""
    decoder = json.JSONDecoder()
    i = _skip(text, 0)
    if isinstance(doc, list):
        return _array_spans(text, i, decoder)
    if not isinstance(doc, dict) or not isinstance(doc.get("segments"), list):
        return []
    i += 1  # past "{"
    spans: list[tuple[int, int]] = []
    while True:
        i = _skip(text, i)
        if text[i] == "}":
            return spans
        key, i = decoder.raw_decode(text, i)
        i = _skip(text, i) + 1  # past ":"
        i = _skip(text, i)
        if key == "segments":
            spans = _array_spans(text, i, decoder)  # the last "segments" wins, as in json.loads
        _, i = decoder.raw_decode(text, i)
        i = _skip(text, i)
        if text[i] == ",":
            i += 1


def _array_spans(text: str, i: int, decoder: json.JSONDecoder) -> list[tuple[int, int]]:
    spans = []
    i = _skip(text, i) + 1  # past "["
    while True:
        i = _skip(text, i)
        if text[i] == "]":
            return spans
        _, end = decoder.raw_decode(text, i)
        spans.append((i, end))
        i = _skip(text, end)
        if text[i] == ",":
            i += 1


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i
