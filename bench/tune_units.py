"""Re-ranking the first passages by their best sentence: features once, then a grid (dev sets only).

A passage's vector averages all its sentences, so a long answer turn that holds the one answering sentence can
rank below a passage that is about the question's topic throughout. The store keeps every sentence unit's
vector (for highlights); this script measures whether the best unit's cosine to the question, mixed with the
fused ranking score, puts the right passage first more often.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_units.py collect --split dev   # features of dev questions
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_units.py grid --split dev      # Hit@1 / MRR per setting
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_units.py collect --split test  # then report the chosen one
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_units.py grid --split test --only 0.5,20

It reuses the indexes of bench/eval_sets.py (bench/out/index-seed, bench/out/index-shared).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.conversation import Context, build_query  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.retrieve import retrieve  # noqa: E402

OUT = REPO / "bench" / "out"
SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = {"dev": [("seed", REPO / "qa/data/seed_questions.jsonl", OUT / "index-seed", REPO / "corpus"),
                ("real", REPO / "bench/questions/real-dev.jsonl", OUT / "index-shared", SHARED)],
        "test": [("seed", REPO / "qa/data/seed_questions_heldout.jsonl", OUT / "index-seed", REPO / "corpus"),
                 ("real", REPO / "bench/questions/real-test.jsonl", OUT / "index-shared", SHARED)]}
DEPTH = 30  # candidates kept per question


def question_rows(store, row: int, reach: int = 12) -> list[int]:
    """The rows of the question an answer passage answers: the question passages just before it."""
    start = store.passage(row)
    found, r = [], row - 1
    while r >= 0 and row - r <= reach:
        try:
            p = store.passage(r)
        except Exception:
            break
        if p.transcript != start.transcript:
            break
        if p.role == "question":
            found.append(r)
        elif found:
            break
        r -= 1
    return found


def collect(split: str) -> None:
    rows = []
    for name, path, index, corpus in SETS[split]:
        tqa = TranscriptQA(Settings(index_dir=index))
        tqa.ingest([corpus])
        store, s = tqa.store(), tqa.settings
        questions = [q for q in load_questions(path) if q.has_gold and not q.history]
        texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions}}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        for q in questions:
            query = build_query(q.question, Context((), None), tqa.query_encoder.encode)
            ranking = retrieve(store, store.lexical, query, k=DEPTH, mode=s.mode, dense_weight=s.dense_weight,
                               rrf_k=s.rrf_k, candidates=s.candidates, rows=None, section_weight=s.section_weight,
                               section_lexical=store.section_lexical, window_words=s.window_words,
                               window_turn_words=s.window_turn_words,
                               window_weights=(s.window_dense_weight, s.window_lexical_weight))
            hits = []
            for h in ranking.hits:
                p = h.passage
                units = store.unit_vectors(h.row)
                best = float(np.max(units @ query.vector)) if len(units) else float(h.dense or 0.0)
                relevant = p.transcript == q.transcript and any(a < p.end_char and p.start_char < b
                                                                for a, b in gold[q.id])
                asked = question_rows(store, h.row) if p.role == "answer" else []
                qcos = float(np.max(store.vectors(asked) @ query.vector)) if asked else None
                hits.append(dict(fused=h.score, dense=h.dense, unit=best, words=len(p.text.split()), qcos=qcos,
                                 asks=p.text.rstrip().endswith("?") or p.role == "question", relevant=relevant))
            rows.append(dict(set=name, id=q.id, hits=hits))
        print(f"[{split}] {name}: {len(questions)} questions", file=sys.stderr)
    OUT.mkdir(exist_ok=True)
    (OUT / f"units-{split}.pkl").write_bytes(pickle.dumps(rows))


def order(hits: list[dict], weight: float, depth: int) -> list[dict]:
    """The first `depth` hits re-ranked by (1 - weight) * fused / best fused + weight * best unit cosine."""
    head, tail = hits[:depth], hits[depth:]
    if not head or weight <= 0:
        return hits
    top = max(h["fused"] for h in head) or 1.0
    head = sorted(head, key=lambda h: -((1 - weight) * h["fused"] / top + weight * h["unit"]))
    return head + tail


def scores(rows: list[dict], weight: float, depth: int) -> dict:
    out = {}
    for name in sorted({r["set"] for r in rows}):
        hit1, rr = [], []
        for r in (r for r in rows if r["set"] == name):
            ranked = order(r["hits"], weight, depth)
            first = next((i for i, h in enumerate(ranked[:10], 1) if h["relevant"]), None)
            hit1.append(first == 1)
            rr.append(1 / first if first else 0.0)
        out[name] = (float(np.mean(hit1)), float(np.mean(rr)), len(hit1))
    return out


def grid(split: str, only: str | None) -> None:
    rows = pickle.loads((OUT / f"units-{split}.pkl").read_bytes())
    settings = [tuple(map(float, only.split(",")))] if only else \
        [(0.0, 0)] + [(w, d) for w in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0) for d in (3, 5, 10, 20, 30)]
    print("| weight | depth | " + " | ".join(f"{n} Hit@1 | {n} MRR" for n in sorted({r['set'] for r in rows})) + " |")
    for weight, depth in settings:
        found = scores(rows, weight, int(depth))
        cells = " | ".join(f"{h:.3f} | {m:.3f}" for h, m, _ in found.values())
        print(f"| {weight} | {int(depth)} | {cells} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("collect", "grid"))
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--only", help="weight,depth: one setting (to report the chosen one on test)")
    args = parser.parse_args()
    collect(args.split) if args.step == "collect" else grid(args.split, args.only)


if __name__ == "__main__":
    main()
