"""nm65 probe, variants: for each time question asked alone and answered in a dev run, with the sentences that let
nm57's time check through (`time_sim.passing_sentences`), the cosines under the bundled encoder of
  best:  the question and the nearest passing sentence;
  rel:   best less the question's cosine with the nearest sentence of the first passage (any sentence);
Caches the vectors in /tmp/nm65-vec.pkl. Usage: time_sim2.py RESULTS.jsonl [...] [--list VARIANT]
"""
import json
import os
import pickle
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from time_sim import passing_sentences  # noqa: E402
from qa import answerable as A  # noqa: E402

CACHE = "/tmp/nm65-vec.pkl"


def main():
    paths = [p for p in sys.argv[1:] if not p.startswith("--") and not p.startswith("v:")]
    items = []
    for path in paths:
        for line in open(path):
            r = json.loads(line)
            a = r["answer"]
            if r.get("history") or not a["answerable"] or not A.asks_time(r["question"]) or not a["citations"]:
                continue
            cits = a["citations"]
            hl = [(c["text"], c["highlight_start"], c["highlight_end"]) for c in cits]
            sents = passing_sentences(r["question"], hl, [c["score"] for c in cits])
            if not sents:
                continue
            first = [s for s in A._ATTRIBUTE_SENTENCE.split(cits[0]["text"]) if s.strip()]
            items.append((r, sents, first))
    texts = sorted({t for r, sents, first in items for t in [r["question"]] + [s for _, s in sents] + first})
    cache = pickle.load(open(CACHE, "rb")) if os.path.exists(CACHE) else {}
    todo = [t for t in texts if t not in cache]
    if todo:
        from embeddings.encoder import load_encoder
        vec = load_encoder("all-MiniLM-L6-v2").encode(todo)
        vec = vec / np.linalg.norm(vec, axis=1, keepdims=True)
        cache.update(zip(todo, vec))
        pickle.dump(cache, open(CACHE, "wb"))
    rows = []
    for r, sents, first in items:
        q = cache[r["question"]]
        best = max((float(cache[s] @ q), clause, s) for clause, s in sents)
        top = max(float(cache[s] @ q) for s in first)
        rows.append(dict(ok=r["answerable"], best=best[0], rel=best[0] - top, clause=best[1], sent=best[2],
                         id=r["id"], q=r["question"]))
    n_un = sum(not r["ok"] for r in rows)
    n_ans = sum(r["ok"] for r in rows)
    for var, bounds in (("best", (0.15, 0.2, 0.22, 0.25, 0.3)), ("rel", (-0.3, -0.25, -0.2, -0.15, -0.1, -0.05))):
        for b in bounds:
            un = sum(1 for r in rows if not r["ok"] and r[var] < b)
            ans = sum(1 for r in rows if r["ok"] and r[var] < b)
            print(f"{var} < {b}: unanswerable {un} of {n_un}, answerable {ans} of {n_ans}")
    for arg in sys.argv:
        if arg.startswith("v:"):
            var = arg[2:]
            for r in sorted(rows, key=lambda r: r[var])[:40]:
                print(f"{r['ok']!s:5} {r[var]:.2f} {r['id']} | {r['q']} | {r['clause']} {r['sent'][:120]!r}")


if __name__ == "__main__":
    main()
