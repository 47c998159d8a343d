"""nm65: a batch's rows as asked (one or more runs of `bench/hl45_subset.py`), with the best cosine of the question
and the time sentences that let nm57's check through (`qa.answerable.time_sentences`, the bundled encoder).
Usage: summary.py RUN_DIR [RUN_DIR ...]"""
import json
import sys
from pathlib import Path

import numpy as np

from embeddings.encoder import load_encoder
from qa import answerable as A


def best_cosine(encoder, r):
    cits = r["answer"]["citations"]
    if not cits or not A.asks_time(r["question"]):
        return None
    sents = A.time_sentences(r["question"], [(c["text"], c["highlight_start"], c["highlight_end"]) for c in cits],
                             scores=[c["score"] for c in cits])
    if not sents:
        return None
    v = encoder.encode([r["question"], *sents])
    v = v / np.linalg.norm(v, axis=1, keepdims=True)
    return float(np.max(v[1:] @ v[0]))


def main():
    encoder = load_encoder("all-MiniLM-L6-v2")
    for run in sys.argv[1:]:
        rows = [json.loads(line) for folder in sorted(Path(run).glob("dev-*"))
                for line in open(folder / "results.jsonl")]
        ans = [r for r in rows if r["answerable"]]
        un = [r for r in rows if not r["answerable"]]
        print(f"{run}: answerable declined {sum(not r['answer']['answerable'] for r in ans)} of {len(ans)}, "
              f"Hit@1 {sum(r.get('first_relevant_rank') == 1 for r in ans)}; unanswerable declined "
              f"{sum(not r['answer']['answerable'] for r in un)} of {len(un)}")
        for r in rows:
            cos = best_cosine(encoder, r) if r["answer"]["answerable"] else None
            print(f"  {r['id']:14} {'ans' if r['answerable'] else 'UN '} "
                  f"{'declined' if not r['answer']['answerable'] else 'answered'} rank {r.get('first_relevant_rank')} "
                  f"cos {'-' if cos is None else f'{cos:.2f}'} | {r['question']} | {(r['answer']['note'] or '')[:70]}")


if __name__ == "__main__":
    main()
