"""The seed's first citations as ranked even where the question is declined (cite_anyway, as the UI's "nearest
passages"), per cell of module constants: where the ranking itself puts the gold (issue 10 point 6; rank25).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/seed_rank_probe.py --index bench/out/rank25-index-seed \
        --cell "" --cell qa.rerank.NAME=0.3 [--ids REGEX] [--new REGEX] [--show]

Per cell: first-citation hits over the old ids split by id parity and over the new ids (`--new`), and the ids whose
first citation moved against the first cell. Gold is located as the evaluation locates it; a citation is relevant
when its span overlaps a gold span. `--index` must be a copy of the seed's index: asking writes nothing, but the
library may read the index folder's state.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.halves_grid import cell_set, cell_settings, half, parse_cell  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

SEED = REPO / "qa" / "data" / "seed_questions.jsonl"


def first_rank(citations, spans: list[tuple[int, int]], name: str) -> int:
    for i, c in enumerate(citations, 1):
        if c.transcript == name and any(c.start_char < e and s < c.end_char for s, e in spans):
            return i
    return 0


def rows_of(store, name: str, start: int, end: int) -> list[int]:
    return [r for r in range(len(store)) if store.passage(r).transcript == name
            and store.passage(r).start_char < end and start < store.passage(r).end_char]


def explain(tqa: TranscriptQA, citations, spans, name: str) -> str:
    """What [1] is against the gold: a class for reading by hand (the passages' rows of the seed's index)."""
    store = tqa.store()
    if not citations:
        return "no citation"
    first = citations[0]
    cited = rows_of(store, name, first.start_char, first.end_char)
    gold = sorted({r for s, e in spans for r in rows_of(store, name, s, e)})
    roles = "+".join(store.passage(r).role for r in cited)
    if set(gold) & set(cited):
        why = "gold in [1]'s passage, outside its window"
    elif first.kind == "exchange" and any(store.passage(r).role == "question" for r in cited):
        why = "an exchange whose reporter's question matched"
    elif any(abs(g - c) == 1 and store.passage(g).turn_index == store.passage(c).turn_index
             for g in gold for c in cited):
        why = "the neighbouring passage of the turn"
    elif any(store.passage(g).turn_index == store.passage(c).turn_index for g in gold for c in cited):
        why = "another passage of the same turn"
    else:
        why = "another turn"
    return (f"[1] rows {cited} ({roles}, {first.kind}) hl: {' '.join(first.highlight.split())[:80]!r}; gold rows {gold}"
            f": {why}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--cell", action="append", required=True)
    parser.add_argument("--ids", default=".")
    parser.add_argument("--new", default=r"^seed-15[7-9]\d$")
    parser.add_argument("--show", action="store_true", help="print each question's rank of the gold")
    args = parser.parse_args()
    questions = [q for q in load_questions(SEED) if q.answerable and re.search(args.ids, q.id)]
    first = None
    for text in args.cell:
        cell = parse_cell(text)
        tqa = TranscriptQA(cell_settings(cell).replace(index_dir=args.index))
        texts = {name: tqa.transcript_text(name) for name in {q.transcript for q in questions}}
        gold = locate_gold(questions, texts.__getitem__, source=str(SEED))
        ranks = {}
        with cell_set(cell):
            for q in questions:
                answer, _ = tqa.ask_ranked(q.question, depth=0, k=10, cite_anyway=True)
                ranks[q.id] = first_rank(answer.citations, gold[q.id], q.transcript)
                if args.show and ranks[q.id] != 1:
                    print(f"  {q.id} gold@{ranks[q.id]} {q.question}\n    " + explain(tqa, answer.citations,
                                                                                  gold[q.id], q.transcript))
        first = ranks if first is None else first
        parts = []
        for label, keep in (("odd", lambda i: not re.search(args.new, i) and half(i) == "odd"),
                            ("even", lambda i: not re.search(args.new, i) and half(i) == "even"),
                            ("new", lambda i: bool(re.search(args.new, i)))):
            chosen = [r for i, r in ranks.items() if keep(i)]
            parts.append(f"{label} {len(chosen)}: @1 {sum(r == 1 for r in chosen)} @3 {sum(0 < r <= 3 for r in chosen)}")
        moved = [("+" if ranks[i] == 1 else "-") + i for i in ranks if (ranks[i] == 1) != (first[i] == 1)]
        print(f"{text or 'main'}: " + "; ".join(parts) + (" | " + " ".join(moved) if moved else ""), flush=True)


if __name__ == "__main__":
    main()
