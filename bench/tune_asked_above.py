"""The answer's opening sentence under the reporter's question (`qa.cite.asked_above`): choose ASKED_ABOVE_OPENING
and ASKED_ABOVE_MARGIN on a grid (dev only: the seed and real-dev answerable questions).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/tune_asked_above.py --indexes bench/out/idx-s20 \
        --new '^seed-14[2-4]\\d$'

Each question is asked once, with qa.cite's constants as they are; each time the answer is cited, its first hit is
cited again under every cell of the grid (the rule acts only where an exchange is cited, after the passages are
ranked and paired, so a cell's first citation is what that cell's run would cite), and its highlight is judged
against the gold as `tqa eval` judges it (`qa.evaluate.run._highlight_hit`). Prints per cell the first highlights
gained and lost against the rule off (ASKED_ABOVE_OPENING 0), old ids and new, the ids that moved, those whose first
citation's hit moved (an exchange is cited over a window around its highlight), and how many first highlights'
cosines moved (what the decline reads: a full run checks that no decline changed; docs/retrieval.md, "What the user
knows already; what the reporter asked right above the answer"). A development tool: it wraps `qa.api.cite`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.api as api  # noqa: E402
import qa.cite as cite  # noqa: E402
from bench import constants  # noqa: E402
from bench.first_highlights import dev_sets, overlaps  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.evaluate.run import _highlight_hit  # noqa: E402

OPENINGS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
CELLS = [(o, m) for o in OPENINGS for m in (MARGINS if o else (0.0,))]


def collect(indexes: Path) -> list[dict]:
    """Per answerable question with gold: its id and, per cell, whether the first highlight meets the gold and the
    first citation's highlight cosine."""
    seen: list[dict] = []
    real = api.cite

    def citing(question, vector, hits, *args, **kwargs):
        cells = {}
        for opening, margin in CELLS:
            with constants(cite, ASKED_ABOVE_OPENING=opening, ASKED_ABOVE_MARGIN=margin):
                first = real(question, vector, hits[:1], *args, **kwargs)
            cells[(opening, margin)] = first[0] if first else None
        seen.append(cells)
        return real(question, vector, hits, *args, **kwargs)

    api.cite = citing
    records = []
    for name, (path, index) in dev_sets(indexes).items():
        tqa = api.TranscriptQA(Settings(index_dir=index))
        questions = [q for q in load_questions(path) if q.answerable]
        texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        for q in questions:
            if not gold[q.id]:
                continue
            seen.clear()
            tqa.ask(q.question, history=q.history)
            if not seen:  # declined before citing
                continue
            cells = seen[-1]
            records.append(dict(id=q.id, cells={
                cell: (None if h is None else bool(_highlight_hit(h.citation, texts, q.transcript, gold[q.id])),
                       None if h is None else h.similarity,
                       h is not None and h.citation.transcript == q.transcript
                       and overlaps(h.citation.start_char, h.citation.end_char, gold[q.id]))
                for cell, h in cells.items()}))
        print(f"{name}: {len(questions)} questions", file=sys.stderr, flush=True)
    return records


def report(records: list[dict], new: str) -> None:
    off = (0.0, 0.0)
    for cell in CELLS:
        counts = {"old": [0, 0, 0], "new": [0, 0, 0]}
        moved, cosines, hits = [], 0, []
        for r in records:
            was, now = r["cells"][off][0], r["cells"][cell][0]
            cosines += r["cells"][off][1] != r["cells"][cell][1]
            if r["cells"][off][2] != r["cells"][cell][2]:  # the cited window (an exchange's) lost or took the gold
                hits.append(("+" if r["cells"][cell][2] else "-") + r["id"])
            row = counts["new" if re.search(new, r["id"]) else "old"]
            row[0] += bool(now)
            if bool(now) != bool(was):
                row[1 if now else 2] += 1
                moved.append(("+" if now else "-") + r["id"])
        print(f"opening {cell[0]} margin {cell[1]}: old hl/+/- {counts['old']} new {counts['new']} "
              f"cosines moved {cosines} | {' '.join(moved)} | first citation's hit moved: {' '.join(hits) or 'none'}",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    ap.add_argument("--new", default=r"^seed-14[2-4]\d$", help="ids of the new questions")
    args = ap.parse_args()
    report(collect(args.indexes), args.new)


if __name__ == "__main__":
    main()
