"""hl64: features of restating highlights of right first citations and of the sentence after them (dev runs only).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl64/features.py RUN OUT.jsonl

One row per right first citation whose highlight holds half of the question's content words or more and has a
next sentence in the cited text: whether the highlight is right, whether the gold is the next sentence, the
cosines of the question with the highlight and with the next sentence (the bundled model), the highlight's share of
content words that are not the question's (novel), the next sentence's new content words.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.hl42_classes import gold_in_text, records, turn_of, words  # noqa: E402
from embeddings.encoder import load_encoder  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.rerank import content_stems  # noqa: E402
from qa.segment import split_sentences  # noqa: E402


def main():
    run, out = Path(sys.argv[1]), Path(sys.argv[2])
    rows = []
    for name, rec in records([run]):
        met = rec["metrics"]
        if not rec.get("answerable") or met.get("hit@1") != 1.0:
            continue
        c = rec["answer"]["citations"][0]
        hs, he, text = c.get("highlight_start"), c.get("highlight_end"), c["text"]
        if hs is None:
            continue
        q = rec["question"]
        qs, hst = content_stems(q), content_stems(c["highlight"])
        if not qs or len(hst & qs) / len(qs) < 0.5:
            continue
        sents = split_sentences(text) or [(0, len(text))]
        hu = [i for i, (s, e) in enumerate(sents) if s < he and e > hs]
        if not hu or hu[-1] + 1 >= len(sents):
            continue
        nxt = hu[-1] + 1
        ns = text[sents[nxt][0]:sents[nxt][1]]
        spans = gold_in_text(rec, c)
        gu = sorted({i for a, b in spans for i, (s, e) in enumerate(sents) if s < b and e > a})
        right = met.get("highlight@1") is True
        same_turn = turn_of(c, sents[nxt][0]) == turn_of(c, hs) if c.get("turns") else True
        rows.append({"set": name, "id": rec["id"], "q": q, "h": c["highlight"], "n": ns, "right": right,
                     "gold_next": (not right) and bool(gu) and gu[0] == nxt, "same_turn": same_turn,
                     "novel": len(hst - qs) / len(hst) if hst else 0.0,
                     "share": len(hst & qs) / len(qs),
                     "n_new": len(content_stems(ns) - qs - hst), "n_share": len(content_stems(ns) & qs) / len(qs),
                     "h_words": len(words(c["highlight"])), "n_words": len(words(ns)),
                     "n_asks": ns.rstrip().endswith("?")})
    enc = load_encoder(Settings().model)
    qv = enc.encode([r["q"] for r in rows])
    hv = enc.encode([r["h"] for r in rows])
    nv = enc.encode([r["n"] for r in rows])
    for r, a, b, d in zip(rows, qv, hv, nv):
        r["cos_h"], r["cos_n"] = float(np.dot(a, b)), float(np.dot(a, d))
    with out.open("w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(len(rows), sum(r["right"] for r in rows), sum(r["gold_next"] for r in rows))


if __name__ == "__main__":
    main()
