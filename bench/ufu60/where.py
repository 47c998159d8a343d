"""ufu60: which shared transcripts say each word or phrase (case-insensitive, word bounded). Usage: where.py TERM..."""
import re
import sys
from pathlib import Path

FOLDER = Path("/work/shared/data/transcripts")
TEXTS = {p.name[:22]: p.read_text(errors="replace").lower() for p in sorted(FOLDER.iterdir()) if p.suffix != ".md"
         or not p.name.startswith("PROV")}
for term in sys.argv[1:]:
    form = re.compile(r"\b" + re.escape(term.lower()) + r"\b")
    print(f"{term!r:28}", {name: len(form.findall(text)) for name, text in TEXTS.items() if form.search(text)})
