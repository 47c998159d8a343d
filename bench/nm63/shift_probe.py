"""nm63 probe: for questions asked alone and answered, the question's own words missing from the first citation's
passage (`missing`: content words, stemmed, not said there), and how much nearer the first highlight is to the question
than to the question without them (`shift`; as the focus and relation shifts read it), and the least of each missing
word's best cosine to a word of the passage (`word`). Unanswerable caught against answerable put at risk, per gate.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm63/shift_probe.py RESULTS.jsonl [...] [--typed]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from embeddings.encoder import load_encoder  # noqa: E402
from qa.answerable import asks_sum, asks_time, content_words, words, _kept_stems, FUNCTION_WORDS  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.lexical import english_stemmer  # noqa: E402

FRAME = set("""what which who whom whose how why when where did does do is are was were has have had will would can
could should say says said tell told mention mentioned talk talked speak spoke according much many year date""".split())


def missing_words(question: str, passage: str) -> list[str]:
    st = english_stemmer()
    said = {st.stemWord(w) for w in words(passage)}
    return [w for w in content_words(question) if w not in FRAME and st.stemWord(w) not in said]


def main() -> None:
    typed = "--typed" in sys.argv
    enc = load_encoder(Settings().model)

    def encode(texts):
        v = np.asarray(enc.encode(list(texts)), dtype=np.float32)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)

    rows = []
    for path in [a for a in sys.argv[1:] if not a.startswith("--")]:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            a = r["answer"]
            q = r["question"]
            if r["history"] or not a["answerable"] or not a["citations"]:
                continue
            if typed and not (asks_time(q) or asks_sum(q)):
                continue
            c = a["citations"][0]
            miss = missing_words(q, c["text"])
            if not miss:
                rows.append((r["answerable"], None, None, r["id"], q, miss))
                continue
            without = q
            for w in miss:
                without = re.sub(rf"\b{re.escape(w)}\b", " ", without, count=1, flags=re.IGNORECASE)
            qv, wv, hv = encode([q, " ".join(without.split()), c["highlight"]])
            shift = float(hv @ qv - hv @ wv)
            word = None
            rows.append((r["answerable"], shift, word, r["id"], q, miss))
    n_un = sum(1 for r in rows if not r[0])
    n_an = sum(1 for r in rows if r[0])
    print("answered alone: unanswerable", n_un, "answerable", n_an,
          "| none missing: unans", sum(1 for r in rows if not r[0] and r[1] is None),
          "ans", sum(1 for r in rows if r[0] and r[1] is None))
    for t in (-0.1, -0.05, -0.02, 0.0, 0.02):
        print(f"shift<{t}: unans {sum(1 for r in rows if not r[0] and r[1] is not None and r[1] < t)} "
              f"ans {sum(1 for r in rows if r[0] and r[1] is not None and r[1] < t)}")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5):
        print(f"word<{t}: unans {sum(1 for r in rows if not r[0] and r[2] is not None and r[2] < t)} "
              f"ans {sum(1 for r in rows if r[0] and r[2] is not None and r[2] < t)}")
    out = Path("bench/out/nm63-shift.tsv")
    out.write_text("\n".join("\t".join(map(str, r)) for r in rows) + "\n")


if __name__ == "__main__":
    main()
