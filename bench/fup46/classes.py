"""Unanswerable follow-ups a run answers, and answerable ones as controls, by where their own words are said (fup46).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup46/classes.py RUN [RUN ...] --indexes IDX [--list]

RUN: a bench/eval_sets.py output folder (its `*-conversations/results.jsonl` is read). For every turn with history
searched with it (`history_used`) and answered: its own words (content stems less its earlier questions'; the
measured "how" word out, as `qa.conversation.own_words`), and whether they are said (a) within NEAR_REACH of the
earlier turn's first citation, (b) in the turn's own first three passages, (c) in the earlier answer's recording,
(d) in any transcript of the index. Reads the runs and the index's texts; asks nothing.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.conversation import NEAR_REACH, _HOW_WORD  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def own_of(question, history):
    own = content_stems(question) - frozenset().union(*(content_stems(q) for q in history))
    return own - content_stems(" ".join(m.group(1) for m in _HOW_WORD.finditer(question)))


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("runs", type=Path, nargs="+")
    p.add_argument("--indexes", type=Path, required=True)
    p.add_argument("--list", action="store_true")
    p.add_argument("--ids", default="")
    a = p.parse_args(argv)
    recs = []
    for run in a.runs:
        for f in sorted(run.glob("*-conversations/results.jsonl")):
            recs += [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
    by_key = {(r["question"], tuple(r.get("history") or ()), r["id"].rsplit("-", 1)[0]): r for r in recs}
    qa = TranscriptQA(Settings(index_dir=a.indexes / "index-shared"))
    store = qa.store()
    names = list(store.names()) if hasattr(store, "names") else None
    corpus_cache = {}

    def text(n):
        if n not in corpus_cache:
            corpus_cache[n] = store.text_and_turns(n)[0]
        return corpus_cache[n]

    all_stems = None
    rows = collections.Counter()
    out = []
    for r in recs:
        h = r.get("history") or []
        ans = r["answer"]
        if not h or not ans.get("answerable") or not ans.get("history_used"):
            continue
        if r["category"] in ("nonsense", "switch", "topic-switch"):
            continue
        kind = "unans" if r["answerable"] is False else "ans"
        prev = by_key.get((h[-1], tuple(h[:-1]), r["id"].rsplit("-", 1)[0]))
        own = own_of(r["question"], h)
        cits = ans["citations"][:3]
        cited = content_stems(" ".join(c["text"] for c in cits))
        near = frozenset()
        rec = frozenset()
        if prev and prev["answer"]["citations"]:
            c0 = prev["answer"]["citations"][0]
            t = text(c0["transcript"])
            near = content_stems(t[max(0, c0["start_char"] - NEAR_REACH):c0["end_char"] + NEAR_REACH])
            rec = content_stems(t)
        cls = ("no-own" if not own else "near" if own <= near else "cited-all" if own <= cited
               else "rec-all" if own <= rec else "none-near" if not (own & near) else "part")
        rows[(kind, cls)] += 1
        out.append((kind, cls, r["id"], r["question"], sorted(own), sorted(own - near), sorted(own - cited),
                    sorted(own - rec), h[-1]))
    for k in sorted(rows):
        print(k, rows[k])
    if a.list:
        for o in sorted(out):
            if o[0] == "unans" or a.ids and o[2] in a.ids.split(","):
                print(" | ".join(str(x) for x in o))
    if a.ids == "ans":
        for o in sorted(out):
            if o[0] == "ans" and o[1] in ("none-near", "part", "rec-all"):
                print(" | ".join(str(x) for x in o))


if __name__ == "__main__":
    main()
