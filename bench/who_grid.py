"""The "Who is NAME?" weights (qa.define.PERSON_RANK_WEIGHT, PERSON_HIGHLIGHT_WEIGHT) over the dev questions that
ask or follow up on one: real-dev's dev-rank3-1000..1014 and conversations-dev's items with such a question in
their history, over the shared transcripts' index (docs/retrieval.md, "Who is NAME?").

    HF_HUB_OFFLINE=1 .venv/bin/python bench/who_grid.py --index bench/out/index-shared \
        --set PERSON_RANK_WEIGHT=0.3 --set PERSON_HIGHLIGHT_WEIGHT=0.4
prints one line: Hit@1, Hit@3 and highlight@1 counts of the real ones, then of the conversations.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa import define  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
QUESTIONS = REPO / "bench" / "questions"


def subset(folder: Path) -> tuple[Path, Path]:
    """The real-dev "who-is" questions and the conversations whose history asks who someone is, as two files."""
    real, conv = folder / "who-real.jsonl", folder / "who-conv.jsonl"
    rows = [json.loads(line) for line in (QUESTIONS / "real-dev.jsonl").read_text().splitlines() if line.strip()]
    real.write_text("".join(json.dumps(r) + "\n" for r in rows if r.get("kind") == "who-is"))
    text = (QUESTIONS / "conversations-dev.jsonl").read_text()
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    conv.write_text("".join(json.dumps(r) + "\n" for r in rows
                            if any(define.person_asked(q) for q in [r["question"], *r.get("history", [])])))
    return real, conv


def counts(path: Path, index: Path) -> str:
    results = run_eval(path, corpus=SHARED, index=index).results
    ranks = [r.scores.get("first_relevant_rank") for r in results]
    highlighted = sum(bool(r.scores.get("highlight@1")) for r in results)
    return (f"{sum(r == 1 for r in ranks)}/{sum(r is not None and r <= 3 for r in ranks)}/{highlighted} "
            f"of {len(results)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True, help="the shared transcripts' index folder")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a qa.define constant")
    args = parser.parse_args()
    for item in args.set:
        name, value = item.split("=", 1)
        setattr(define, name, float(value))
    with tempfile.TemporaryDirectory() as folder:
        real, conv = subset(Path(folder))
        print(" ".join(args.set) or "defaults", "| real (Hit@1/Hit@3/hl@1):", counts(real, args.index),
              "| conversations:", counts(conv, args.index))


if __name__ == "__main__":
    main()
