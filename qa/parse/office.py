"""DOCX and PDF transcripts, read from their text layers. The extracted text (paragraphs separated by a blank
line, headings marked `#`) becomes `Transcript.text`, and pieces index it, since the file itself is not text.
"""

from __future__ import annotations

import io
import re

from qa.errors import ParseError
from qa.parse.subtitles import looks_like_subrip, subtitle_transcript
from qa.parse.text import transcript_from_text
from qa.types import Transcript

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)


# A Word document is a zip; what it unzips to, not the upload's size, sets the work of reading it. Long real
# transcripts (a day of hearings, a film's subtitles saved as Word) have a few thousand to ten thousand
# paragraphs and a few MB of XML; these limits leave ten times that, and refuse a small file that unzips to
# millions of paragraphs (a "zip bomb") before python-docx builds its tree. The text read is held to the size
# of the largest text upload (the default max_upload_mb).
MAX_DOCX_XML_MB = 50
MAX_DOCX_PARAGRAPHS = 100_000
MAX_TEXT_MB = 20


def parse_docx(data: bytes, name: str) -> Transcript:
    """Parse a Word document: its paragraphs and table rows in order; Title/Heading paragraphs are headings.
    A document of SubRip cues (subtitles saved as Word) is read as subtitles, with the cues' times."""
    import docx
    from docx.oxml.ns import qn

    _check_docx_size(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        # style names by id, looked up once: python-docx's per-paragraph `style` rescans every style
        headings = {s.style_id for s in document.styles if s.name and (s.name == "Title" or s.name.startswith("Heading"))}
        lines, raw = [], []  # paragraphs as read, and as written (line breaks kept) for subtitles saved as Word
        for child in document.element.body.iterchildren():
            if child.tag == _W_P:
                text = _paragraph_text(child)
                raw.extend(text.split("\n"))
                lines.append(_docx_paragraph(text, _paragraph_style(child) in headings))
            elif child.tag == qn("w:tbl"):
                rows = _docx_table(docx.table.Table(child, document))
                lines.extend(rows)
                raw.extend(rows)
        title = (document.core_properties.title or "").strip() or None
        if looks_like_subrip(raw):
            return subtitle_transcript("\n".join(raw), name, file_format="docx", title=title)
    except ParseError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on a damaged package
        raise ParseError(f"{name}: not a readable DOCX file ({type(exc).__name__}); open it in Word or "
                         "LibreOffice and save it as .docx again") from None
    text = "\n\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise ParseError(f"{name}: the document has no text; nothing to index")
    if len(text) > MAX_TEXT_MB * 1e6:
        raise ParseError(f"{name}: the document's text is {len(text) / 1e6:.1f} MB, over the {MAX_TEXT_MB} MB a "
                         "transcript may have; split it into smaller documents")
    return transcript_from_text(text, name, fmt="docx", verbatim=False, title=title)


def _check_docx_size(data: bytes, name: str) -> None:
    """Refuse, before parsing, a document whose body unzips to more XML or paragraphs than MAX_DOCX_*."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_MB * 1e6:
                raise ParseError(f"{name}: the document unzips to {info.file_size / 1e6:.0f} MB of text markup, over "
                                 f"the {MAX_DOCX_XML_MB} MB a transcript needs; split it into smaller documents")
            paragraphs, tail = 0, b""
            with package.open(info) as body:
                while chunk := body.read(1 << 20):
                    window = tail + chunk  # a tag cut by the chunk's end is whole here, and the tail is too short
                    paragraphs += window.count(b"<w:p>") + window.count(b"<w:p ")  # to hold one counted before
                    tail = window[-4:]
                    if paragraphs > MAX_DOCX_PARAGRAPHS:
                        raise ParseError(f"{name}: the document holds more than {MAX_DOCX_PARAGRAPHS:,} paragraphs, "
                                         "more than a transcript has; split it into smaller documents")
    except ParseError:
        raise
    except Exception as exc:  # zipfile, zlib and KeyError (no document part) on a damaged package
        raise ParseError(f"{name}: not a readable DOCX file ({type(exc).__name__}); open it in Word or "
                         "LibreOffice and save it as .docx again") from None


def _docx_paragraph(text: str, heading: bool) -> str:
    words = " ".join(text.split())
    return "# " + words if words and heading else words


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_R, _W_HYPERLINK, _W_T, _W_BR = f"{_W}p", f"{_W}r", f"{_W}hyperlink", f"{_W}t", f"{_W}br"
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _paragraph_text(p) -> str:
    """python-docx's `Paragraph.text` (the runs, direct or in hyperlinks, with tabs and breaks as characters),
    read from the lxml element directly: python-docx runs an XPath query per paragraph and per run, a tenth of
    a millisecond each, which is most of the time a 100,000-paragraph document takes."""
    out = []
    for child in p:
        if child.tag == _W_R:
            runs = (child,)
        elif child.tag == _W_HYPERLINK:
            runs = tuple(r for r in child if r.tag == _W_R)
        else:
            continue
        for run in runs:
            for el in run:
                if el.tag == _W_T:
                    out.append(el.text or "")
                elif el.tag == _W_BR:
                    out.append("\n" if el.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
                elif el.tag in _RUN_TEXT:
                    out.append(_RUN_TEXT[el.tag])
    return "".join(out)


def _paragraph_style(p) -> str | None:
    ppr = p.find(f"{_W}pPr")
    style = ppr.find(f"{_W}pStyle") if ppr is not None else None
    return style.get(f"{_W}val") if style is not None else None


def _docx_table(table) -> list[str]:
    """A row `Speaker | Time | Words` reads as `Speaker (Time): Words`; other rows as their cells joined."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            words = " ".join(cell.text.split())
            if words and (not cells or cells[-1] != words):  # merged cells repeat
                cells.append(words)
        if len(cells) == 3 and re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", cells[1]):
            rows.append(f"{cells[0]} ({cells[1]}): {cells[2]}")
        elif len(cells) == 2 and len(cells[0].split()) <= 5:
            rows.append(f"{cells[0]}: {cells[1]}")
        elif cells:
            rows.append(" ".join(cells))
    return rows


def parse_pdf(data: bytes, name: str) -> Transcript:
    """Parse a PDF's text layer. A PDF without one (a scan) is a ParseError that says to run OCR first."""
    from pypdf import PdfReader

    warnings = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(f"{name}: the PDF is password-protected; save an unprotected copy and try again")
        pages = []
        for number, page in enumerate(reader.pages, 1):
            try:
                pages.append(page.extract_text() or "")
            except Exception as exc:  # one damaged page should not lose the others
                warnings.append(f"{name}: page {number}: text could not be extracted ({type(exc).__name__}), skipped")
        title = (reader.metadata.title if reader.metadata else None) or None
    except ParseError:
        raise
    except Exception as exc:  # pypdf raises many types on a damaged file
        raise ParseError(f"{name}: not a readable PDF ({type(exc).__name__}); open it in a PDF viewer and "
                         "save or print it to PDF again") from None
    text = "\n\n".join(_clean_page(page) for page in pages if _clean_page(page))
    if not text.strip():
        raise ParseError(f"{name}: the PDF has no text layer (a scanned image?); run OCR on it first "
                         "(for example `ocrmypdf in.pdf out.pdf`) and ingest the result")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    return transcript_from_text(text, name, fmt="pdf", verbatim=False, title=title, warnings=tuple(warnings))


def _clean_page(page: str) -> str:
    lines = [line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if not _PAGE_NUMBER.match(line)).strip()
