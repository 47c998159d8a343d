"""ufu63: each place a term is said in the shared transcripts, with the words around it (used while writing the
batches, to check that an asked aspect is said nowhere or to copy a gold quote). Usage: ctx.py TERM [FILE_PREFIX]"""
import re
import sys
from pathlib import Path

FOLDER = Path("/work/shared/data/transcripts")
term = sys.argv[1].lower()
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
for path in sorted(FOLDER.iterdir()):
    if path.name.startswith("PROV") or not path.name.startswith(prefix):
        continue
    text = re.sub(r"\s+", " ", path.read_text(errors="replace"))
    for m in re.finditer(r"\b" + re.escape(term), text.lower()):
        print(f"{path.name[:14]}: …{text[max(0, m.start() - 160):m.end() + 160]}…")
