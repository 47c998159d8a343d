"""Record, for each answerable seed and real-dev question, every unit choice `qa.cite._chosen_units` made while
answering it (the units, their scores, word shares and cosines, the rule's highlight first..last and best unit) and
the first citation's highlight, for the learned choice of the highlighted unit (`bench/fit_highlight.py choice`).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/choice_collect.py            # bench/out/highlight/choice.pkl

A development tool: it wraps `qa.cite`'s private `_chosen_units` to see what the rule chose from.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.tune_highlight import SETS, OUT, _highlight_on_gold, overlaps  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402


def collect(sets=("seed", "real")) -> list[dict]:
    calls: list[dict] = []
    real_chosen = cite._chosen_units

    def recording(units, scored, asked, rest_of, best=None, ahead=False, budget=None):
        chosen = real_chosen(units, scored, asked, rest_of, best=best, ahead=ahead, budget=budget)
        index = {id(u): i for i, u in enumerate(units)}
        if units and id(chosen.first) in index and id(chosen.last) in index:
            calls.append(dict(
                              texts=list(scored.texts), spans=[(u.start_char, u.end_char) for u in units],
                              scores=np.array(scored.scores, np.float64),
                              overlaps=np.array(scored.overlaps, np.float64),
                              similarities=None if scored.similarities is None
                              else np.array(scored.similarities, np.float64),
                              vectors=None if scored.vectors is None else np.array(scored.vectors, np.float32),
                              first=index[id(chosen.first)], last=index[id(chosen.last)],
                              shown=(index.get(id(chosen.shown_first)), index.get(id(chosen.shown_last))),
                              best=int(np.argmax(scored.scores)) if best is None else int(best), asked=asked))
        return chosen

    cite._chosen_units = recording
    records = []
    for name in sets:
        path, corpus, index = SETS[name]
        tqa = TranscriptQA(Settings(index_dir=index))
        tqa.ingest([corpus])
        questions = [q for q in load_questions(path) if q.answerable]
        texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        for q in questions:
            if q.history:
                tqa.ask(q.question, history=q.history)
            calls.clear()
            try:
                answer = tqa.ask(q.question, history=q.history)
            except Exception as error:  # noqa: BLE001 - a development tool: say which and go on
                print(q.id, "failed:", error, file=sys.stderr)
                continue
            first = answer.citations[0] if answer.citations else None
            relevant = first is not None and first.transcript == q.transcript and overlaps(
                first.start_char, first.end_char, gold[q.id])
            span = None if first is None else (first.highlight_start_char, first.highlight_end_char)
            records.append(dict(set=name, id=q.id, question=q.question, transcript=q.transcript, gold=gold[q.id],
                                calls=list(calls), answered=answer.answerable, relevant=relevant,
                                cited=None if first is None else first.transcript, span=span,
                                highlighted=bool(answer.answerable and first is not None
                                                 and _highlight_on_gold(first, texts, q.transcript, gold[q.id]))))
        print(f"{name}: {len(questions)} questions", file=sys.stderr)
    return records


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "choice.pkl").write_bytes(pickle.dumps(collect()))
