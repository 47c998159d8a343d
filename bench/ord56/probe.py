"""ord56: ask order probes over a copy of the shared (and seed) index, printing the note and first citation.

    HF_HUB_OFFLINE=1 python bench/ord56/probe.py bench/out/idx-s20/index-shared FILE_OF_QUESTIONS
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

tqa = TranscriptQA(Settings(index_dir=Path(sys.argv[1])))
for q in Path(sys.argv[2]).read_text().splitlines():
    if not q.strip():
        continue
    a = tqa.ask(q)
    c = a.citations[0] if a.citations else None
    first = f"{c.speaker}: {c.text[:90]!r}" if c else "-"
    print(f"Q {q}\n  ans={a.answerable} note={(a.note or '')[:110]!r}\n  1: {first}")
