"""unans46: how often each shape of asking a term's meaning, beyond unans45's ("mean by", "meaning of"), has its
term unsaid in every transcript, over the development questions asked alone (dev files, fresh4, the seed's dev
file): answerable against unanswerable. Reads no held-out file.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/unans46/shapes_probe.py [--show]
"""
from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import answerable as A  # noqa: E402

TEXTS = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob("/work/shared/data/transcripts/*"))
         if not p.endswith("PROVENANCE.md")]
FILES = sorted(glob.glob(str(REPO / "bench/questions/*-dev.jsonl"))) + sorted(
    glob.glob(str(REPO / "bench/questions/*-fresh4.jsonl"))) + [str(REPO / "qa/data/seed_questions.jsonl"),
                                                                str(REPO / "qa/data/seed_questions_fresh4.jsonl")]


def rows():
    for f in FILES:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                if not d.get("history") and d.get("kind") != "unans46":  # the batches are read by ask_batch.py
                    yield Path(f).name, d


def main() -> None:
    show = "--show" in sys.argv
    read = getattr(A, "term_shape", None)
    counts: dict = {}
    for name, d in rows():
        q = d["question"]
        old = A.term_asked(q)
        new = read(q) if read else None
        if new is None or old is not None:
            continue
        shape, tokens = new
        said = A.term_said_apart(tokens, TEXTS)
        key = (shape, "answerable" if d.get("answerable", True) else "unanswerable", "said" if said else "UNSAID")
        counts[key] = counts.get(key, 0) + 1
        if show:
            print(f"{shape:10} {key[1]:12} {key[2]:6} {d['id']:18} {' '.join(tokens)!r:30} {q}")
    for k in sorted(counts):
        print(*k, counts[k])


if __name__ == "__main__":
    main()
