"""nm65 probe: for each time question asked alone and answered in a dev run, the sentences that let nm57's time check
through (`time_unsaid`'s three clauses, read again on the saved citations), and the cosine of the question and the
nearest of them under the bundled encoder. Prints the distribution for unanswerable and answerable questions.
Usage: time_sim.py RESULTS.jsonl [...] [--list]
"""
import json
import sys

import numpy as np

from embeddings.encoder import load_encoder
from qa import answerable as A


def passing_sentences(question, highlights, scores):
    """The sentences by which `time_unsaid` lets `question` through (empty: it declines)."""
    other = A.other_tense_times(question)
    highlights = [(A._blanked(t, other), s, e) for t, s, e in highlights]
    text, start, end = highlights[0]
    out = []
    said = A._highlight_and_next(text, start, end)
    out += [("1", s) for s in A._ATTRIBUTE_SENTENCE.split(said) if A._says_time_first(s, question)]
    own = A._kept_stems(question) - A._kept_stems(A._TIME_FRAME)
    out += [("2", s) for s in A._ATTRIBUTE_SENTENCE.split(text) if A._TIME_POINT.search(s) and A._kept_stems(s) & own]
    for h in A.next_near_first(highlights, scores, A.TIME_DEPTH):
        out += [("3", s) for s in A._ATTRIBUTE_SENTENCE.split(A._highlight_and_next(*h)) if A._TIME_POINT.search(s)]
    return out


def main():
    paths = [p for p in sys.argv[1:] if not p.startswith("--")]
    enc = load_encoder("all-MiniLM-L6-v2")
    rows = []
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
            vec = enc.encode([r["question"]] + [s for _, s in sents])
            vec = vec / np.linalg.norm(vec, axis=1, keepdims=True)
            sims = vec[1:] @ vec[0]
            best = int(np.argmax(sims))
            rows.append((r["answerable"], float(sims[best]), r["id"], r["question"], sents[best][0], sents[best][1]))
    for bound in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        un = sum(1 for ok, s, *_ in rows if not ok and s < bound)
        ans = sum(1 for ok, s, *_ in rows if ok and s < bound)
        print(f"below {bound}: unanswerable {un} of {sum(not r[0] for r in rows)}, answerable {ans} of "
              f"{sum(r[0] for r in rows)}")
    if "--list" in sys.argv:
        for row in sorted(rows, key=lambda r: r[1]):
            print(f"{row[0]!s:5} {row[1]:.2f} {row[2]} | {row[3]} | {row[4]} {row[5][:140]!r}")


if __name__ == "__main__":
    main()
