"""nm63 exploration: for questions asked alone and answered, features of how the question's rarer content words sit in
the first citations' passages, compared between unanswerable (caught) and answerable (at risk).

    PYTHONPATH=. .venv/bin/python bench/nm63/probe.py RESULTS.jsonl [RESULTS ...]
"""
from __future__ import annotations

import collections
import json
import math
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.question_batches import TRANSCRIPTS, transcript_words  # noqa: E402
from qa.answerable import FUNCTION_WORDS, words  # noqa: E402
from qa.lexical import english_stemmer  # noqa: E402

FRAME = set("""what which who whom whose how why when where did does do is are was were has have had will would can could
should say says said tell told mention mentioned talk talked speak spoke according lavrov""".split())


def stems(text: str) -> list[str]:
    st = english_stemmer()
    return [st.stemWord(w) for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]


def chunks() -> list[set[str]]:
    out = []
    for f in sorted(TRANSCRIPTS.iterdir()):
        if f.name == "PROVENANCE.md":
            continue
        ws = transcript_words(f.name).split()
        for i in range(0, len(ws), 60):
            out.append(set(stems(" ".join(ws[i:i + 90]))))
    return out


CH = chunks()
DF = collections.Counter(s for c in CH for s in c)
N = len(CH)


def idf(s: str) -> float:
    return math.log((N + 1) / (DF.get(s, 0) + 0.5))


def feats(r: dict) -> dict:
    q = [s for s in dict.fromkeys(stems(r["question"])) if s not in FRAME]
    cits = r["answer"]["citations"]
    p1 = set(stems(cits[0]["text"])) if cits else set()
    p3 = set().union(*(set(stems(c["text"])) for c in cits[:3])) if cits else set()
    w = {s: idf(s) for s in q if DF.get(s)}
    tot = sum(w.values()) or 1.0
    cov1 = sum(v for s, v in w.items() if s in p1) / tot
    cov3 = sum(v for s, v in w.items() if s in p3) / tot
    held = [s for s in w if s not in p1]
    rarest_missing = max((w[s] for s in held), default=0.0)
    rare = sorted(w, key=w.get, reverse=True)
    rare1 = rare[0] in p1 if rare else True
    return dict(q=q, cov1=cov1, cov3=cov3, miss=rarest_missing, rare1=rare1, heldmiss=held,
                unheld=[s for s in q if not DF.get(s)])


def main() -> None:
    rows = []
    for path in sys.argv[1:]:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r["history"] or not r["answer"]["answerable"] or not r["answer"]["citations"]:
                continue
            rows.append((r, feats(r)))
    ans = [f for r, f in rows if r["answerable"]]
    un = [f for r, f in rows if not r["answerable"]]
    print("answered alone: answerable", len(ans), "unanswerable", len(un))
    for key in ("cov1", "cov3"):
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            a = sum(f[key] < t for f in ans)
            u = sum(f[key] < t for f in un)
            print(f"{key}<{t}: unans {u} ans {a}")
    for t in (3, 4, 5, 6):
        a = sum(f["miss"] > t for f in ans)
        u = sum(f["miss"] > t for f in un)
        print(f"rarest missing idf>{t}: unans {u} ans {a}")
    a = sum(not f["rare1"] for f in ans)
    u = sum(not f["rare1"] for f in un)
    print(f"rarest not in p1: unans {u} ans {a}")


if __name__ == "__main__":
    main()
