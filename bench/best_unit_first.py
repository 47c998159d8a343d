"""Replay: the passage whose best sentence unit beats the first passage's, cited first (hl23; not adopted).

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/best_unit_first.py --indexes /work/main/bench/out/idx-s20 \
        --margin 0 --margin 0.1 --margin 0.2 --margin 0.3 --margin 0.5

Of the first DEPTH hits (3), after the ranking and the exchanges and before the same-turn pair (`qa.cite.border_pair`,
wrapped here), the one whose best unit (scored as its highlight is chosen, `qa.cite.Reading.highlight`; an
exchange: its answering passages) beats the first hit's by more than the margin is moved first. Prints
bench/halves_grid.py's lines for the seed set, per margin (the first cell: the product as it is). docs/retrieval.md,
"The first citation on the seed set: four causes read, none adopted".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.api as api  # noqa: E402
from qa.cite import Reading  # noqa: E402
from qa.types import Hit, SentenceUnit  # noqa: E402

DEPTH = 3


def best_unit_score(hit: Hit, units: Callable[[int], Sequence[SentenceUnit]],
                    unit_vectors: Callable[[int], np.ndarray], read: Reading) -> float | None:
    """The score of `hit`'s best unit as its highlight is chosen; an exchange: over its answering passages."""
    pairs = list(zip(hit.passages, hit.rows)) if hit.rows else [(hit.passage, hit.row)]
    if hit.is_exchange:
        pairs = [(p, r) for p, r in pairs if (p.role == "question") == read.asked.asking] or pairs
    best = None
    for passage, row in pairs:
        own = list(units(row)) if row >= 0 else []
        if not own or len(unit_vectors(row)) != len(own):
            return None
        chosen = read.highlight(Hit(passage=passage, score=hit.score, row=row), lambda p, own=own: own,
                                lambda p, u, row=row: unit_vectors(row), None)
        best = chosen.score if best is None else max(best, chosen.score)
    return best


def highlight_lead(hits: Sequence[Hit], units, unit_vectors, read: Reading, margin: float) -> list[Hit]:
    hits = list(hits)
    if len(hits) < 2:
        return hits
    scores = [best_unit_score(h, units, unit_vectors, read) for h in hits[:DEPTH]]
    if scores[0] is None:
        return hits
    best, at = scores[0] + margin, None
    for i, score in enumerate(scores[1:], 1):
        if score is not None and score > best:
            best, at = score, i
    return hits if at is None else [hits[at]] + hits[:at] + hits[at + 1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--margin", type=float, action="append", default=[])
    parser.add_argument("--one", help=argparse.SUPPRESS)  # one margin ("none": the product), in this process
    args = parser.parse_args()
    if args.one is None:  # each margin in a process of its own, the product first
        for margin in ["none", *map(str, args.margin)]:
            subprocess.run([sys.executable, __file__, "--indexes", str(args.indexes), "--one", margin], check=True)
        return
    plain = api.border_pair
    margin = None if args.one == "none" else float(args.one)

    def border_pair(question, vector, hits, units, unit_vectors, *rest, **named):
        read = rest[5] if len(rest) > 5 else named.get("read")
        if read is not None and margin is not None:
            hits = highlight_lead(hits, units, unit_vectors, read, margin)
        return plain(question, vector, hits, units, unit_vectors, *rest, **named)
    api.border_pair = border_pair
    sys.argv = [str(REPO / "bench" / "halves_grid.py"), "--indexes", str(args.indexes), "--cell",
                "qa.cite.ANSWER_MARGIN=0.7"]  # a no-op cell: the product's constants
    from bench.halves_grid import main as grid
    print(f"margin {args.one}:", end=" ", flush=True)
    grid()


if __name__ == "__main__":
    main()
