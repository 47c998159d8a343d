"""exch53: the evidence read where a reporter's exchange is first, dumped per question without changing any answer:
the exchange's score, its answer's and its question's best sentence cosine to the question, and for each of the next
`qa.exchange.EXCHANGE_REACH` hits of the re-ranked head: its score, its best sentence cosine, role, speaker and span.
Runs `bench/hl45_subset.py` with the rule's function wrapped (measurement only); writes JSON lines to DUMP.
    HF_HUB_OFFLINE=1 python bench/exch53/features.py DUMP --ids REGEX --indexes bench/out/idx-s20 --out OUT"""
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.exchange as exchange  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402

DUMP = Path(sys.argv.pop(1))
_asked = {"q": None}
_ask = TranscriptQA.ask_ranked
_rule = exchange.closer_than_exchange_first


def ask(self, question, **kw):
    _asked["q"] = question
    return _ask(self, question, **kw)


def rule(hits, scored, unit_vectors, qv, margin, lead, reach=None):
    out = list(hits)
    if out and scored and out[0].is_exchange and out[0].passage.role == "question" and out[0].row in scored:
        first = out[0]

        def best(rows):
            vs = [unit_vectors(r) for r in rows if r >= 0]
            vs = [v for v in vs if len(v)]
            return float(np.max(np.concatenate(vs) @ qv)) if vs else None
        rec = {"question": _asked["q"], "score": first.score, "transcript": first.passage.transcript,
               "answer_cos": best([r for r, p in zip(first.rows, first.passages) if p.role == "answer"]),
               "question_cos": best([r for r, p in zip(first.rows, first.passages) if p.role == "question"]),
               "answerer": first.passages[-1].speaker, "start": first.start_char, "end": first.end_char,
               "candidates": []}
        for j, h in enumerate(out[1:1 + exchange.EXCHANGE_REACH], 1):
            rec["candidates"].append({
                "rank": j + 1, "exchange": h.is_exchange, "in_head": h.row in scored, "score": h.score,
                "cos": best(list(h.rows or (h.row,))), "role": h.passage.role, "speaker": h.passage.speaker,
                "transcript": h.passage.transcript, "start": h.passage.start_char if h.start_char is None else h.start_char,
                "end": h.passage.end_char if h.end_char is None else h.end_char})
        with DUMP.open("a", encoding="utf-8") as f:
            f.write(json.dumps(rec) + "\n")
    return _rule(hits, scored, unit_vectors, qv, margin, lead, reach)


TranscriptQA.ask_ranked = ask
exchange.closer_than_exchange_first = rule

sys.argv[0] = str(REPO / "bench" / "hl45_subset.py")
import runpy  # noqa: E402
runpy.run_path(sys.argv[0], run_name="__main__")
