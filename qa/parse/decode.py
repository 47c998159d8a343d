"""Bytes -> text: UTF-8 first, then byte-order marks, then the common legacy encodings; binary is refused.

A few control characters (a NUL in one cue, a stray escape) do not make a file binary: each is read as a space,
so every offset still points into the file's text, and a warning names the lines where they were.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from qa.errors import ParseError

# Legacy encodings people's transcripts really come in, tried in this order when UTF-8 fails.
_LEGACY = ("cp1251", "cp1252", "latin-1", "koi8-r", "cp1250", "shift_jis", "gb18030")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# C0 controls but tab, line feed, carriage return, vertical tab and form feed (white space in text), and DEL.
# C1 controls (U+0080-U+009F) are left alone: in UTF-8 text they come from double encoding ("â\x80\x94" for
# an em dash), which a repair could undo and a space could not.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")  # never part of a multi-byte character in _LEGACY
# Text has next to no control characters; random bytes read as Latin-1 have about one in eight, executables and
# images more. A file is binary above one in twenty (in its first 64 KB), halfway between.
_BINARY_SHARE = 0.05
_SAMPLE = 65536


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read in, and what was changed while reading it (said in words)."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, name: str) -> Decoded:
    """The text of `data`: `open(path, encoding=encoding, newline="").read()`, with control characters other
    than white space read as spaces (same length, so offsets hold). Raises ParseError for binary content or
    text in no encoding we can tell."""
    text, encoding = _decode_any(data, name)
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(2, _BINARY_SHARE * len(sample)):
        raise ParseError(f"{name}: this is a binary file, not text; give a transcript in a supported format")
    if not _CONTROL.search(text):
        return Decoded(text, encoding)
    return Decoded(_CONTROL.sub(" ", text), encoding, (_control_warning(text, name),))


def _decode_any(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _bomless_utf16(data)
    if utf16:
        return _decode(data, utf16, name), utf16
    encoding = _guess_legacy(_CONTROL_BYTES.sub(b"", data))  # a stray NUL must not hide the code page
    try:
        if encoding is not None:
            return data.decode(encoding), encoding
    except UnicodeDecodeError:  # the control bytes split a multi-byte character: not text in that code page
        pass
    if _CONTROL.search(data[:_SAMPLE].decode("latin-1")):
        raise ParseError(f"{name}: this is a binary file, not text; give a transcript in a supported format")
    raise ParseError(f"{name}: the text is not UTF-8 and its encoding could not be told; save it as UTF-8 and "
                     "try again")


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ParseError(f"{name}: starts like {encoding} text but does not decode; save it as UTF-8") from None


def _control_warning(text: str, name: str) -> str:
    lines, count, line, last = [], 0, 1, 0
    for m in _CONTROL.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        count += 1
        if not lines or lines[-1] != line:
            lines.append(line)
    shown = ", ".join(str(n) for n in lines[:5]) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")
    where = f"line {shown}" if len(lines) == 1 else f"lines {shown}"
    return (f"{name}: {where}: {count} control character{'s' if count > 1 else ''} (such as NUL) read as "
            f"space{'s' if count > 1 else ''}; the words around them are kept")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as every other byte zero in Latin-script text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _guess_legacy(data: bytes) -> str | None:
    """The detector's best code page; where it scores several alike (cp1252 and cp1250 read "décidé" alike, and it
    then took either: "à" became "ŕ", "naïve" "naďve"), the one first in _LEGACY, the order of how common they are."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(_LEGACY)))
    if not matches:
        return None
    order = [codecs.lookup(name).name for name in _LEGACY]

    def rank(match) -> tuple[float, float, int]:
        name = codecs.lookup(match.encoding).name
        return match.chaos, -match.coherence, order.index(name) if name in order else len(order)

    return codecs.lookup(min(matches, key=rank).encoding).name
