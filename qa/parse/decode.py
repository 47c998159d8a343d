"""Bytes -> text: UTF-8 first, then byte-order marks, then the common legacy encodings; binary is refused."""

from __future__ import annotations

import codecs

from qa.errors import ParseError

# Legacy encodings people's transcripts really come in, tried in this order when UTF-8 fails.
_LEGACY = ("cp1251", "cp1252", "latin-1", "koi8-r", "cp1250", "shift_jis", "gb18030")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) such that `open(path, encoding=encoding, newline="").read() == text`.

    Raises ParseError for binary content or text in no encoding we can tell.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _looks_binary(text):
            raise ParseError(f"{name}: this is a binary file, not text; give a transcript in a supported format")
        return text, "utf-8"
    utf16 = _bomless_utf16(data)
    if utf16:
        return _decode(data, utf16, name), utf16
    if b"\x00" in data:
        raise ParseError(f"{name}: this is a binary file, not text; give a transcript in a supported format")
    encoding = _guess_legacy(data)
    if encoding is None:
        raise ParseError(
            f"{name}: the text is not UTF-8 and its encoding could not be told; save it as UTF-8 and try again"
        )
    return data.decode(encoding), encoding


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ParseError(f"{name}: starts like {encoding} text but does not decode; save it as UTF-8") from None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


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
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is not None:
        text = str(best)
        if not _looks_binary(text):
            return codecs.lookup(best.encoding).name
    return None
