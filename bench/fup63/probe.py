"""Probe dev conversation rows one by one: the earlier answer's first citations, the follow-up's (with its history
and alone) with speaker and role, and the gold's rank at k = 30 (fup63's reading of its class).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup63/probe.py INDEX-SHARED ID [ID ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402

FILES = ("bench/questions/conversations-dev.jsonl",)


GOLD: dict = {}


def gold_rank(citations, question) -> int | None:
    for c in citations:
        if c.transcript == question.transcript and any(c.start_char < e and s < c.end_char for s, e in GOLD[question.id]):
            return c.rank
    return None


def show(label, answer, question) -> None:
    print(f"  {label}: rank {gold_rank(answer.citations, question)} used {answer.history_used} "
          f"query {answer.query!r} note {(answer.note or '')[:80]!r}")
    for c in answer.citations[:4]:
        print(f"     {c.rank} {c.transcript[:24]} {c.start_char} {c.speaker[:20]!r} {c.role} | {c.highlight[:110]!r}")


def main(argv: list[str]) -> None:
    index, ids = Path(argv[0]), set(argv[1:])
    shared = REPO.parent / "shared" / "data" / "transcripts"
    questions = []
    for name in FILES:
        questions += [q for q in load_questions(REPO / name) if q.id in ids]
    qa = TranscriptQA(Settings(index_dir=index))
    GOLD.update(locate_gold(questions, lambda t: (shared / t).read_text(encoding="utf-8"), source="dev"))
    for q in questions:
        print(f"{q.id}: {' / '.join(q.history)} => {q.question}")
        print(f"  gold: {q.gold_quotes[0][:120]!r}")
        show("earlier", qa.ask(q.history[-1], history=q.history[:-1], k=30), q)
        show("follow", qa.ask(q.question, history=q.history, k=30), q)
        show("alone", qa.ask(q.question, use_history=False, k=30), q)


if __name__ == "__main__":
    main(sys.argv[1:])
