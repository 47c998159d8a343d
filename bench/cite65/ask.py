"""cite65: ask questions (each with an optional history, "Q1 || Q2 || Q") over a copy of the shared index, with the
rule on and off, and print the first citations of each.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/cite65/ask.py INDEX "QUESTION" ["EARLIER || QUESTION" ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench import constants  # noqa: E402
from qa import cite  # noqa: E402
from qa.api import Settings, TranscriptQA  # noqa: E402


def main(argv: list[str]) -> None:
    qa = TranscriptQA(Settings(index_dir=Path(argv[0])))
    for text in argv[1:]:
        *history, question = [t.strip() for t in text.split("||")]
        for on in (False, True):
            with constants(cite, ASKING_FIRST=on):
                a = qa.ask(question, history=history)
            print(f"== {'ON ' if on else 'OFF'} {question!r} after {history}: answerable={a.answerable} note={a.note!r}")
            for c in a.citations[:3]:
                print(f"   [{c.rank}] {c.role:9} {c.speaker[:20]:20} {c.start_char}-{c.end_char} hl: {c.highlight[:100]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
