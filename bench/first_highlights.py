"""The first citation's highlight choice, recorded question by question: the loop `bench/tune_restate.py` and
`bench/tune_handover.py` share. Each wraps `qa.cite._chosen_units` to append what it saw to `calls`; this asks the
dev questions and keeps, for each, the call whose highlight became the first citation's. A development tool."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402


def overlaps(a: int, b: int, spans) -> bool:
    """Whether the characters a..b meet any of the gold `spans`."""
    return any(a < e and b > s for s, e in spans)


def count_move(counts: dict[str, list[int]], moved: list[str], record_id: str, new: str, was: bool,
               now: bool) -> None:
    """Tally one replayed highlight: its row ("new" where `record_id` matches `new`, else "old") counts it moved,
    gained or lost, and `moved` lists it with + or - where the hit changed."""
    row = counts["new" if re.search(new, record_id) else "old"]
    row[0] += 1
    row[1] += now and not was
    row[2] += was and not now
    if now != was:
        moved.append(("+" if now else "-") + record_id)


def dev_sets(indexes: Path) -> dict[str, tuple[Path, Path]]:
    """The seed and real-dev question files with their indexes under `indexes` (index-seed, index-shared)."""
    return {"seed": (REPO / "qa/data/seed_questions.jsonl", indexes / "index-seed"),
            "real": (REPO / "bench/questions/real-dev.jsonl", indexes / "index-shared")}


def first_highlights(sets: dict[str, tuple[Path, Path]], calls: list[dict], ids: str | None, not_ids: str | None,
                     extra: Callable[[object, object, object, list], dict] | None = None) -> list[dict]:
    """One record per answerable question of `sets` (filtered by the `ids` / `not_ids` patterns): its id, gold
    spans, whether the first citation's highlight meets the gold (`hl_hit`), the recorded call that chose it
    (`call`, the last of `calls` with the same span), and what `extra(question, answer, first citation, gold)` adds."""
    records = []
    for name, (path, index) in sets.items():
        tqa = TranscriptQA(Settings(index_dir=index))
        questions = [q for q in load_questions(path) if q.answerable and (ids is None or re.search(ids, q.id))
                     and (not_ids is None or not re.search(not_ids, q.id))]
        texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        for q in questions:
            calls.clear()
            answer = tqa.ask(q.question, history=q.history)
            first = answer.citations[0] if answer.citations else None
            rec = dict(set=name, id=q.id, question=q.question, gold=gold[q.id], hl_hit=None, call=None)
            if extra is not None:
                rec.update(extra(q, answer, first, gold[q.id]))
            if first is not None and first.transcript == q.transcript and first.highlight_start_char is not None:
                hs, he = first.highlight_start_char, first.highlight_end_char
                rec["hl_hit"] = overlaps(hs, he, gold[q.id])
                match = [c for c in calls if c["spans"][c["first"]][0] == hs and c["spans"][c["last"]][1] == he]
                rec["call"] = match[-1] if match else None
            records.append(rec)
        print(f"{name}: {len(questions)} questions", file=sys.stderr)
    return records
