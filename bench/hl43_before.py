"""The "gold before the highlight" misses of the first citation, read at the unit level (issue 10 point 3; session s35,
helper hl43; development records only: dev sets).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl43_before.py [--records records-base.pkl] [--show]

Reads the records `bench/tune_highlight.py collect` wrote, replays each relevant first citation's highlight as the
product chooses it (`tune_highlight.replay`), and for those whose highlight misses while a unit of the chosen
passage before the highlight holds the gold, says how the highlight got there: the best unit (by score) is after
the gold ("best-after") or is the gold and the highlight moved on ("moved"), and, for "best-after", which of the
score's parts lifts the best unit over the gold unit (cosine, word share, the continuation bonus, the kind / answer
type / quantity bonuses), and whether the highlight refers back (`qa.cite.refers_back`) or opens by pointing back.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench.tune_highlight import OUT, _replay_call, overlaps, replay  # noqa: E402


def best_call(record: dict):
    asked = cite.read_question(record["read"]) if record.get("read") else None
    best = None
    for call in record["calls"]:
        if not call["texts"]:
            continue
        stated = call["asked"]
        if asked is not None:
            kept = asked if stated.kind is not None or not asked.asking else dataclasses.replace(asked, kind=None)
            stated = dataclasses.replace(kept, speakers=stated.speakers)
        found = _replay_call(call, stated)
        if best is None or found[0] > best[0]:
            best = (*found, call, stated)
    return best


def parts(call: dict, asked) -> dict[str, np.ndarray]:
    texts, sims, ov = call["texts"], call["cosines"], call["overlaps"]
    base = cite.unit_scores(sims, ov)
    out = {"cosine": np.asarray(sims if sims is not None else np.zeros(len(texts))),
           "words": cite.OVERLAP_WEIGHT * ov,
           "continuation": cite.CONTINUATION_WEIGHT * cite.continuation(texts, base)}
    total = cite.highlight_scores(asked, texts, sims, ov)
    total = np.array(total, dtype=float)
    total[0] += call["opening"]
    out["rest"] = total - out["cosine"] - out["words"] - out["continuation"]
    out["total"] = total
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", default="records-base.pkl")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    records = pickle.loads((OUT / args.records).read_bytes())
    counts: Counter = Counter()
    for r in records:
        if not r["relevant"] or replay(r):
            continue
        found = best_call(r)
        if found is None:
            continue
        _, start, end, call, asked = found
        spans = call["spans"]
        gold_units = [i for i, (s, e) in enumerate(spans) if overlaps(s, e, r["gold"])]
        if not gold_units or call["transcript"] != r["transcript"]:
            counts["gold not in the chosen passage"] += 1
            continue
        first = next(i for i, (s, e) in enumerate(spans) if e > start)
        if max(gold_units) >= first:
            counts["gold after or inside"] += 1
            continue
        p = parts(call, asked)
        best = int(np.argmax(p["total"]))
        g = max(gold_units)
        how = "moved" if best in gold_units else ("best-after" if best > g else "best-before")
        lift = [k for k in ("cosine", "words", "continuation", "rest") if p[k][best] - p[k][g] > 0]
        texts = call["texts"]
        back = bool(cite.refers_back([texts[first]])[0])
        opens = bool(cite._OPENS_BACK.match(texts[first]))
        counts[how] += 1
        counts[f"{how} d={first - g}"] += 1
        if how == "best-after":
            counts[f"{how}: refers back {back}, opens back {opens}"] += 1
            for k in lift:
                counts[f"{how}: best above gold in {k}"] += 1
        if args.show:
            print(f"[{how}] {r['set']} {r['id']} d={first - g} back={back} opens={opens}: {r['question']}")
            for i in range(max(0, g - 1), min(len(texts), first + 2)):
                mark = ("G" if i in gold_units else " ") + ("H" if first <= i and spans[i][1] <= end else " ") + (
                    "B" if i == best else " ")
                comp = " ".join(f"{k[:4]}={p[k][i]:+.2f}" for k in ("cosine", "words", "continuation", "rest", "total"))
                print(f"   {mark} {comp} | {texts[i][:150]!r}")
    for k, v in sorted(counts.items()):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
