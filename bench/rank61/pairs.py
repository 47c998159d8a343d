"""rank61: for the kind-asked misses (gold at 2) and risks (Hit@1, [2] holds the kind, [1] not), the pair's scores.

    PYTHONPATH=. python bench/rank61/pairs.py /work/main/bench/out/eval-dev-s46f KIND[,KIND]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from measure_kind import reader_of, share  # noqa: E402

from qa.answerable import text_stems  # noqa: E402


def rows(run, kinds):
    for part in ("dev-seed", "dev-real+unanswerable"):
        tag = "seed" if part == "dev-seed" else "real"
        for line in open(Path(run) / part / "results.jsonl"):
            r = json.loads(line)
            if not r["answerable"] or not r["gold"] or r["history"]:
                continue
            cites = r["answer"]["citations"][:2]
            rank = r["first_relevant_rank"]
            if len(cites) < 2 or rank not in (1, 2):
                continue
            kind, reader = reader_of(r["question"])
            if kind not in kinds:
                continue
            a, b = cites
            if reader(a["text"]) or not reader(b["text"]):
                continue
            stems = text_stems(r["question"])
            yield ("GAIN" if rank == 2 else "RISK", tag, kind, r["id"], b["score"] / max(a["score"], 1e-6),
                   (b["cosine"] or 0) - (a["cosine"] or 0), (b["bm25"] or 0) - (a["bm25"] or 0),
                   share(stems, b["text"]) - share(stems, a["text"]), a["speaker"] == b["speaker"],
                   a["transcript"] == b["transcript"], a.get("kind"), b.get("kind"), r["question"])


if __name__ == "__main__":
    for row in sorted(rows(sys.argv[1], set(sys.argv[2].split(","))), key=lambda x: -x[4]):
        print(*[f"{v:.3f}" if isinstance(v, float) else v for v in row], sep="\t")
