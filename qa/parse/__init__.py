"""Read a transcript file of any supported format into a `Transcript`; the parser is picked by file suffix.

Every parser takes the file's bytes and its name and returns a `Transcript`, or raises `ParseError` with a
message that names the file and says what to do.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from qa.errors import ParseError
from qa.types import Transcript

Parser = Callable[[bytes, str], Transcript]


def _on_use(module: str, function: str) -> Parser:
    """The parser `function` of qa.parse.`module`, imported when first called: the HTML and office readers take
    a quarter of a second to import, which asking a question never needs."""
    def parse(data: bytes, name: str) -> Transcript:
        return getattr(importlib.import_module(f"qa.parse.{module}"), function)(data, name)

    parse.__name__ = parse.__qualname__ = function
    return parse


PARSERS: dict[str, Parser] = {
    ".txt": _on_use("text", "parse_text"),
    ".md": _on_use("text", "parse_text"),
    ".markdown": _on_use("text", "parse_text"),
    ".srt": _on_use("subtitles", "parse_srt"),
    ".vtt": _on_use("subtitles", "parse_vtt"),
    ".json": _on_use("whisper", "parse_whisper_json"),
    ".html": _on_use("html", "parse_html"),
    ".htm": _on_use("html", "parse_html"),
    ".docx": _on_use("office", "parse_docx"),
    ".pdf": _on_use("office", "parse_pdf"),
}

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def supported_suffixes() -> list[str]:
    return sorted(PARSERS)


def parse_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Transcript:
    """Parse `data` as the transcript file called `name` (its suffix picks the parser)."""
    suffix = Path(name).suffix.lower()
    parser = PARSERS.get(suffix)
    if parser is None:
        raise ParseError(
            f"{name}: unsupported file type {suffix or '(no suffix)'!r}; "
            f"supported: {', '.join(supported_suffixes())}"
        )
    if len(data) > max_bytes:
        raise ParseError(
            f"{name}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; "
            "split the file or raise the limit (TQA_MAX_UPLOAD_MB)"
        )
    if not data.strip():
        raise ParseError(f"{name}: the file is empty; nothing to index")
    actual = _sniff(data)
    if actual and suffix not in _SUFFIXES_OF.get(actual, ()):
        fix = (f"rename it to {_SUFFIXES_OF[actual][0]}" if actual in _SUFFIXES_OF
               else "give its transcript instead (audio and images are not read)")
        raise ParseError(f"{name}: the name says {suffix} but the content is a {actual} file; {fix}")
    return parser(data, name)


# Binary formats tell themselves by their first bytes, so a file whose suffix lies about them is caught here.
_MAGIC = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP (DOCX)"), (b"\xd0\xcf\x11\xe0", "legacy Office (DOC)"),
          (b"{\\rtf", "RTF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
          (b"ID3", "MP3 audio"), (b"OggS", "Ogg audio"), (b"fLaC", "FLAC audio"), (b"\x1f\x8b", "gzip"))
_SUFFIXES_OF: dict[str, tuple[str, ...]] = {"PDF": (".pdf",), "ZIP (DOCX)": (".docx",)}


def _sniff(data: bytes) -> str | None:
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp" or (head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ")):
        return "audio or video"
    return None


def parse_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Transcript:
    """Parse the transcript file at `path`. Raises ParseError for a missing, unreadable or malformed file."""
    path = Path(path)
    if not path.is_file():
        raise ParseError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ParseError(
            f"{path.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; "
            "split the file or raise the limit (TQA_MAX_UPLOAD_MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_bytes(data, path.name, max_bytes=max_bytes)
