"""Read a transcript file of any supported format into a `Transcript`; the parser is picked by file suffix.

Every parser takes the file's bytes and its name and returns a `Transcript`, or raises `ParseError` with a
message that names the file and says what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from qa.errors import ParseError
from qa.parse.text import parse_text
from qa.types import Transcript

Parser = Callable[[bytes, str], Transcript]

PARSERS: dict[str, Parser] = {
    ".txt": parse_text,
    ".md": parse_text,
    ".markdown": parse_text,
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
            "split the file or raise max_upload_mb"
        )
    if not data.strip():
        raise ParseError(f"{name}: the file is empty; nothing to index")
    return parser(data, name)


def parse_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Transcript:
    """Parse the transcript file at `path`. Raises ParseError for a missing, unreadable or malformed file."""
    path = Path(path)
    if not path.is_file():
        raise ParseError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ParseError(
            f"{path.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit; "
            "split the file or raise max_upload_mb"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_bytes(data, path.name, max_bytes=max_bytes)
