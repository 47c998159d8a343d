"""Each gold quote of fup49's batches located as `tqa eval` locates it (qa.evaluate.questions.find_quote over the
file's text, then spoken_quote over its parsed turns: a caption quote runs across cues). Prints the ones not found.

    .venv/bin/python bench/fup49/check_gold.py
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.fup49.batches import ROWS  # noqa: E402
from bench.question_batches import TRANSCRIPTS  # noqa: E402
from qa.evaluate.questions import find_quote, spoken_quote  # noqa: E402
from qa.parse import parse_file  # noqa: E402


def main() -> None:
    bad = 0
    for id_, _b, _cat, _shape, name, _history, _q, gold, _ref in ROWS:
        path = (REPO / "corpus" / name) if id_.startswith("seed-") else TRANSCRIPTS / name
        text = path.read_text(encoding="utf-8")
        for quote in gold:
            if not find_quote(text, quote) and not spoken_quote(parse_file(path).turns, quote):
                bad += 1
                print("NOT FOUND", id_, quote)
    print("bad", bad, "rows", len(ROWS))


if __name__ == "__main__":
    main()
