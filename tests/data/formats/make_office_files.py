"""Writes the DOCX and PDF test files of this folder (run from the repository root with the project's venv):
    .venv/bin/python tests/data/formats/make_office_files.py
The PDFs are written by hand (no PDF library is a dependency): Helvetica text lines, one content stream a page.
"""

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Budget hearing, 12 March 2024"
    document.add_heading("Budget hearing", level=1)
    document.add_paragraph("12 March 2024")
    p = document.add_paragraph()
    p.add_run("Chair Rosa Lind:").bold = True
    p.add_run(" The hearing is open. We start with the school budget.")
    document.add_paragraph("Question: Why was the school budget cut?")
    p = document.add_paragraph()
    p.add_run("Treasurer Ben Cole:").bold = True
    p.add_run(" It was not cut; it grew by three percent.")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("Rosa Lind", "00:12:30", "Thank you. Next item."),
                                       ("Ben Cole", "00:13:05", "The roads budget is unchanged.")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    document.save(path)


def make_subtitles_docx(path: Path) -> None:
    """SubRip cues saved as a Word document: a paragraph a line, an empty paragraph between cues."""
    document = docx.Document()
    for line in ["1", "00:00:01,000 --> 00:00:03,000", "The library opens in May.", "",
                 "2", "00:00:03,500 --> 00:00:06,000", "It will have a children's wing.", "",
                 "3", "00:00:06,500 --> 00:00:08,000", "And a café."]:
        document.add_paragraph(line)
    document.save(path)


def pdf_bytes(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal PDF with a text layer: one page per list of lines (an empty list: a page with no text)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops) if lines else ""
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    info = None
    if title:
        objects.append(f"<< /Title ({title}) >>")
        info = len(objects)
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "")
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


if __name__ == "__main__":
    make_docx(HERE / "hearing.docx")
    make_subtitles_docx(HERE / "subtitles.docx")
    (HERE / "briefing.pdf").write_bytes(pdf_bytes([
        ["Press briefing on the bridge", "SPOKESPERSON: The bridge opens on Friday.", "Traffic will be light at first.",
         "1"],
        ["Q: Is the toll confirmed?", "SPOKESPERSON: Yes, two euros a crossing.", "2"],
    ], title="Bridge briefing"))
    (HERE / "scanned.pdf").write_bytes(pdf_bytes([[], []]))
