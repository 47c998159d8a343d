"""ufu63: for each follow-up a run answered with its history (a conversations results.jsonl), how near the follow-up's
own text is to what was cited: the cosine of the follow-up as typed, and of its own content words (those its earlier
questions do not say), to the first highlight and to the best of the first three; printed as the unanswerable turns
each threshold would decline against the answerable ones (Hit@3 among them). Usage: own_similarity.py RESULTS.jsonl
[-v]"""
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, ".")
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.conversation import Context, own_text  # noqa: E402


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    rows = [r for r in rows if r.get("history") and r["answer"]["answerable"] and r["answer"]["history_used"]
            and r["category"] in ("follow-up", "unanswerable-follow-up") and r["answer"]["citations"]]
    encode = TranscriptQA(Settings()).encoder.encode
    texts, own = [], []
    for r in rows:
        own.append(own_text(r["question"], Context(tuple(r["history"]), None)) or r["question"])
        texts.append(r["question"])
    highs = [[c["highlight"] for c in r["answer"]["citations"][:3]] for r in rows]
    flat = [h for hs in highs for h in hs]
    hv = encode(flat)
    qv, ov = encode(texts), encode(own)
    stats, at = [], 0
    for i, hs in enumerate(highs):
        block = hv[at:at + len(hs)]
        at += len(hs)
        stats.append((float(block[0] @ qv[i]), float((block @ qv[i]).max()), float(block[0] @ ov[i]),
                      float((block @ ov[i]).max())))
    stats = np.array(stats)
    unans = np.array([not r["answerable"] for r in rows])
    hit3 = np.array([r["answerable"] and (r.get("first_relevant_rank") or 99) <= 3 for r in rows])
    names = ("typed-first", "typed-best3", "own-first", "own-best3")
    print(f"{len(rows)} answered with history: {unans.sum()} unanswerable, {(~unans).sum()} answerable "
          f"({hit3.sum()} with a hit in the first 3)")
    for j, name in enumerate(names):
        for t in (0.15, 0.2, 0.25, 0.3, 0.35):
            below = stats[:, j] < t
            print(f"{name:12} < {t:.2f}: unanswerable {int((below & unans).sum()):3d}  answerable "
                  f"{int((below & ~unans).sum()):3d} (hit@3 {int((below & hit3).sum()):3d})")
    if "-v" in sys.argv:
        for r, s in sorted(zip(rows, stats), key=lambda x: x[1][2]):
            print(f"{'UN' if not r['answerable'] else 'ok'} {s.round(2)} {r['id']} {r['history'][-1][:50]!r} || "
                  f"{r['question']!r}")


if __name__ == "__main__":
    main()
