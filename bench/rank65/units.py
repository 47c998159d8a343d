"""rank65, step 1c: for each standalone dev row with gold (answered), the first three citations' best sentence unit
(nearest the question by the stored unit vectors) and the unit after it, as text, for the asked-kind reading of
`kinds.py`.

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/rank65/units.py /work/main/bench/out/eval-dev-s49g \
        bench/out/r65-units.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from qa.api import TranscriptQA
from qa.config import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank64"))
from features import INDEXES, row_at, spans  # noqa: E402


def main(run: str, out: str) -> None:
    with open(out, "w") as sink:
        for part, index in INDEXES.items():
            qa = TranscriptQA(Settings(index_dir=Path(index)))
            store = qa.store()
            encode = qa._query_encode()
            table = spans(store)
            rows = [json.loads(line) for line in open(Path(run) / part / "results.jsonl")]
            rows = [r for r in rows if not r["history"] and len(r["answer"]["citations"]) >= 2]
            vectors = encode([r["question"] for r in rows])
            for r, v in zip(rows, vectors):
                v = np.asarray(v, np.float32)
                v = v / (np.linalg.norm(v) or 1.0)
                feats = []
                for c in r["answer"]["citations"][:3]:
                    row = row_at(table, c["transcript"], c["turns"][-1]["start_char"])
                    best = after = ""
                    cos = None
                    if row is not None and len(store.unit_vectors(row)):
                        units, p = store.units(row), store.passage(row)
                        u = store.unit_vectors(row).astype(np.float32)
                        sims = u @ v / np.maximum(np.linalg.norm(u, axis=1), 1e-9)
                        i = int(np.argmax(sims))
                        cos = float(sims[i])
                        best = p.text[units[i].start:units[i].end]
                        after = p.text[units[i + 1].start:units[i + 1].end] if i + 1 < len(units) else ""
                    gold = any(c["transcript"] == r["transcript"] and c["start_char"] < e and c["end_char"] > s
                               for s, e in r["gold"] or [])
                    feats.append({"score": c["score"], "gold": gold, "best": best, "after": after, "cos": cos,
                                  "hl": c["highlight"], "text": c["text"]})
                sink.write(json.dumps({"id": r["id"], "set": part, "question": r["question"],
                                       "rank": r.get("first_relevant_rank"), "answerable": r["answerable"],
                                       "declined": not r["answer"]["answerable"], "has_gold": bool(r["gold"]),
                                       "cites": feats}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
