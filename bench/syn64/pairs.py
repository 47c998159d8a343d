"""syn64: for each topic-rule decline of a run made with TOPIC_NEIGHBOUR_SIMILARITY at 1.0 whose `topic_neighbour` is
at least --min, the lacking topic words of its best sections and each one's nearest word there (each encoded alone).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/syn64/pairs.py RUN_FOLDER --indexes bench/out/idx-s20 [--min 0.55]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files  # noqa: E402
from qa.answerable import source_words, text_stems  # noqa: E402
from qa.api import _SPEAKER_LABEL  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.lexical import english_stemmer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--min", type=float, default=0.55)
    args = parser.parse_args()
    from qa.api import TranscriptQA
    qas, stem = {}, english_stemmer().stemWord
    for f in (f for run in args.runs for f in result_files(run)):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            ev = r["answer"].get("evidence") or {}
            if ev.get("topic_neighbour") is None or ev["topic_neighbour"] < args.min:
                continue
            index = "index-seed" if r["id"].startswith("seed-") else "index-shared"
            if index not in qas:
                qas[index] = TranscriptQA(Settings(index_dir=args.indexes / index))
            qa = qas[index]
            store = qa.store()
            out = []
            for row in ev["topic_sections"]:
                text = _SPEAKER_LABEL.sub("", store.section(int(row)).text)
                held = text_stems(text)
                lacking = [w for w in ev["topic_read"] if stem(w.lower()) not in held]
                said = [w for w in source_words([text]) if stem(w) not in {stem(x) for x in lacking}]
                if not lacking or not said:
                    continue
                a = qa.query_encoder.encode(lacking)
                b = qa.query_encoder.encode(said)
                a = a / np.linalg.norm(a, axis=1, keepdims=True)
                b = b / np.linalg.norm(b, axis=1, keepdims=True)
                sims = a @ b.T
                out.append(" ".join(f"{w}~{said[int(sims[i].argmax())]}:{sims[i].max():.2f}"
                                    for i, w in enumerate(lacking)))
            print(f"{ev['topic_neighbour']:.3f} {'ANS' if r['answerable'] else 'un '} {r['id']:16} "
                  f"{' | '.join(out)}")


if __name__ == "__main__":
    main()
