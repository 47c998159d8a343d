"""rank64, step 1b: for each standalone answered dev row with gold (seed and real), the first three citations'
features read from the index: each passage's best sentence-unit cosine to the question (units.f16), the share of
the question's content words in that unit and in the passage, the ranking score; and which of them overlap the gold.
Written to a JSON lines file that `simulate.py` reads (no encoding there).

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/rank64/features.py /work/main/bench/out/eval-dev-s48f \
        bench/out/r64-feat.jsonl [--all]
"""
from __future__ import annotations

import bisect
import json
import sys
from pathlib import Path

import numpy as np

from qa.api import TranscriptQA
from qa.config import Settings
from qa.rerank import content_stems

INDEXES = {"dev-seed": "bench/out/idx-s20/index-seed", "dev-real+unanswerable": "bench/out/idx-s20/index-shared"}


def spans(store):
    found: dict[str, list] = {}
    for row in store.every_live_row():
        p = store.passage(int(row))
        found.setdefault(p.transcript, []).append((p.start_char, p.end_char, int(row)))
    return {t: sorted(v) for t, v in found.items()}


def row_at(table, transcript, start):
    entries = table.get(transcript, [])
    i = bisect.bisect_right([s for s, _, _ in entries], start) - 1
    return entries[i][2] if i >= 0 and entries[i][0] <= start < entries[i][1] else None


ALL = "--all" in sys.argv  # every standalone row, unanswerable and declined ones too


def main(run: str, out: str) -> None:
    with open(out, "w") as sink:
        for part, index in INDEXES.items():
            qa = TranscriptQA(Settings(index_dir=Path(index)))
            store = qa.store()
            encode = qa._query_encode()
            table = spans(store)
            for line in open(Path(run) / part / "results.jsonl"):
                r = json.loads(line)
                if ALL:  # every standalone row with two citations (the rows the rule can read)
                    if r["history"]:
                        continue
                elif not r["answerable"] or not r["gold"] or r["history"] or not r["answer"]["answerable"]:
                    continue
                cites = r["answer"]["citations"][:3]
                if len(cites) < 2:
                    continue
                v = np.asarray(encode([r["question"]])[0], dtype=np.float32)
                v = v / (np.linalg.norm(v) or 1.0)
                stems = content_stems(r["question"])
                feats = []
                for c in cites:
                    row = row_at(table, c["transcript"], c["start_char"])
                    best, best_cover, cover = None, 0.0, 0.0
                    if row is not None:
                        vectors = store.unit_vectors(row)
                        units = store.units(row)
                        passage = store.passage(row)
                        if len(vectors):
                            cos = vectors @ v / np.maximum(np.linalg.norm(vectors, axis=1), 1e-9)
                            i = int(np.argmax(cos))
                            best = float(cos[i])
                            text = passage.text[units[i].start:units[i].end]
                            best_cover = len(stems & content_stems(text)) / (len(stems) or 1)
                        cover = len(stems & content_stems(c["text"])) / (len(stems) or 1)
                    gold = bool(r["gold"]) and any(c["transcript"] == r["transcript"] and c["start_char"] < e
                                                   and c["end_char"] > s for s, e in r["gold"] or [])
                    feats.append({"score": c["score"], "best": best, "best_cover": best_cover, "cover": cover,
                                  "gold": gold, "speaker": c["speaker"], "role": c.get("role"),
                                  "paragraph": c.get("paragraph"), "transcript": c["transcript"],
                                  "start": c["start_char"], "end": c["end_char"], "hl": c["highlight"][:160]})
                sink.write(json.dumps({"id": r["id"], "set": part, "question": r["question"],
                                       "rank": r.get("first_relevant_rank"), "cites": feats,
                                       "answerable": r["answerable"],
                                       "declined": not r["answer"]["answerable"]}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
