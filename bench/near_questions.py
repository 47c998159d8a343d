"""Near copies of new question texts among the project's other question files (bench/questions/README.md, fresh2).

    python bench/near_questions.py bench/questions/real-fresh2.jsonl ... [--at 0.77]

Compares each question text of the files named with every question text of every other question file
(bench/questions/*.jsonl, qa/data/seed_questions*.jsonl), lower-cased with punctuation dropped, and prints each new
question whose closest old one scores at least --at: the score is the larger of difflib's sequence ratio and the
share of words the two have in common. Reads the files only; asks nothing.

The text of a near question from a held-out file (test, fresh, fresh2, fresh3, fresh5 and later; fresh4 is
development data) is hidden, its id and score shown, so that a writer of development questions learns of the
collision without reading it (session s31: a dev writer saw held-out texts here). `--show-held-out` prints them,
for a writer of a new held-out split.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ALL_FILES = sorted([*(REPO / "bench" / "questions").glob("*.jsonl"),
                    *(REPO / "qa" / "data").glob("seed_questions*.jsonl")])


HELD_OUT_FILE = re.compile(r"(?:-test|-fresh\d*|^seed_questions_heldout|^seed_questions_fresh\d*)$")


def held_out(path: Path) -> bool:
    """Whether a question file is a held-out split's (fresh4, opened for tuning, is not)."""
    return bool(HELD_OUT_FILE.search(path.stem)) and not path.stem.endswith("fresh4")


def words(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


def score(one: str, two: str) -> float:
    """The larger of the sequence ratio and the word overlap (Jaccard) of two normalised texts."""
    a, b = set(one.split()), set(two.split())
    return max(difflib.SequenceMatcher(None, one, two).ratio(), len(a & b) / max(1, len(a | b)))


def questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="the new question files")
    parser.add_argument("--at", type=float, default=0.77, help="print new questions scoring at least this")
    parser.add_argument("--show-held-out", action="store_true",
                        help="print held-out questions' texts too (for a writer of a held-out split)")
    args = parser.parse_args(argv)
    new = {p.resolve() for p in args.files}
    old = [(q["id"], q["question"], words(q["question"]), held_out(p) and not args.show_held_out)
           for p in ALL_FILES if p.resolve() not in new for q in questions(p)]
    print(f"{len(old)} old question texts")
    for path in args.files:
        for q in questions(path):
            text = words(q["question"])
            best, old_id, old_text, hidden = max((score(text, w), i, t, h) for i, t, w, h in old)
            if best >= args.at:
                shown = "(a held-out question: text hidden)" if hidden else repr(old_text)
                print(f"{best:.2f} {q['id']}: {q['question']!r}\n     ~ {old_id}: {shown}")


if __name__ == "__main__":
    main()
