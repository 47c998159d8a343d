"""Rules for the answer beside a restating best unit, replayed over `bench/tune_restate.py` records (dev only).

The rule measured here (`stance_move`): when the first citation's best unit restates the question (holds at least
`share` of its content words) and states nothing (no reason, view or intent cue: `qa.cite.holds_kind` of any kind),
and the unit after it states something and scores at least `score_share` of the best, that unit takes the highlight
(with the best unit where the two fit in 40 words, else alone). The control moves it as often to the unit before.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

import qa.cite as cite
from bench.tune_restate import fits, on_gold

KINDS = ("reason", "opinion", "intent")


def usable(records):
    return [r for r in records if r["call"] is not None]


def states(text: str) -> bool:
    """A unit that takes a stand (`qa.cite.states`, with `qa.cite.STANCE_KINDS` as set for the replay)."""
    return bool(cite.states([text])[0])


def stance_move(call: dict, share: float, score_share: float, side: int = 1) -> tuple[int, int] | None:
    """The new highlight (first, last unit), or None where the rule does not move it; `side` -1: the control."""
    b, texts, scores = call["best"], call["texts"], call["scores"]
    j = b + side
    if not 0 <= j < len(texts) or call["first"] <= j <= call["last"]:
        return None
    if call["overlaps"][b] < share or scores[b] <= 0 or scores[j] < score_share * scores[b]:
        return None
    if states(texts[b]) or not states(texts[j]):
        return None
    a, z = min(b, j), max(b, j)
    return (a, z) if fits(call, a, z) else (j, j)


def replay(records, **kw) -> dict[str, bool]:
    out = {}
    for r in records:
        c = r["call"]
        hit = bool(r["hl_hit"])
        if c is not None and c["vectors"] is not None:
            moved = stance_move(c, **kw)
            if moved is not None:
                hit = on_gold(c, moved[0], moved[1], r["gold"])
        out[r["id"]] = hit
    return out


def profile(records: list[dict]) -> None:
    rs = usable(records)
    print(f"{len(records)} records, {len(rs)} with the first citation's choice found; "
          f"relevant {sum(r['relevant'] for r in records)}, on gold {sum(bool(r['hl_hit']) for r in records)}")
    bad = [r["id"] for r in rs if on_gold(r["call"], r["call"]["first"], r["call"]["last"], r["gold"]) != r["hl_hit"]]
    print("replay disagrees:", bad)
    rows = Counter()
    for r in rs:
        if not r["relevant"]:
            continue
        c = r["call"]
        b = c["best"]
        n = len(c["texts"])
        gold_units = [i for i in range(n) if on_gold(c, i, i, r["gold"])]
        where = ("hit" if r["hl_hit"] else "none" if not gold_units else
                 f"after{min(gold_units) - c['last']}" if min(gold_units) > c["last"] else
                 f"before{c['first'] - max(gold_units)}" if max(gold_units) < c["first"] else "inside")
        nxt = c["last"] + 1
        rows[(bool(c["overlaps"][b] >= 0.5), where, "next fits" if nxt < n and fits(c, c["first"], nxt)
              else "next does not fit")] += 1
    print("(best unit restates: holds >= 0.5 of the question's words, where the gold is, the unit after the highlight)")
    for k, v in sorted(rows.items()):
        print(k, v)


def grid(records: list[dict]) -> None:
    from bench import constants
    for kinds in (("reason", "opinion", "intent"), ("opinion", "intent"), ("intent",)):
        print("\nkinds:", ", ".join(kinds))
        with constants(cite, STANCE_KINDS=kinds):
            grid_kinds(records)


def grid_kinds(records: list[dict]) -> None:
    base = {r["id"]: bool(r["hl_hit"]) for r in records}
    sets = sorted({r["set"] for r in records})
    print("share score_share side | " + " | ".join(f"{s} on gold" for s in sets) + " | +/- | moved")
    print("current | " + " | ".join(f"{sum(base[r['id']] for r in records if r['set'] == s)}" for s in sets))
    for side in (1, -1):
        for share in (0.4, 0.5, 0.6):
            for score_share in (0.5, 0.6, 0.7, 0.8, 0.9):
                got = replay(records, share=share, score_share=score_share, side=side)
                plus = [i for i in got if got[i] and not base[i]]
                minus = [i for i in got if base[i] and not got[i]]
                moved = sum(1 for r in records if r["call"] is not None and r["call"]["vectors"] is not None
                            and stance_move(r["call"], share, score_share, side) is not None)
                print(f"{share} {score_share} {'after' if side > 0 else 'before (control)'} | "
                      + " | ".join(f"{sum(got[r['id']] for r in records if r['set'] == s)}" for s in sets)
                      + f" | +{len(plus)} -{len(minus)} | {moved} | " + " ".join("+" + i for i in plus)
                      + " " + " ".join("-" + i for i in minus))


def features(records: list[dict]) -> None:
    """AUC of features of the pair (restating best unit, unit after the highlight) for telling a next-unit gold from
    a best-unit gold, over relevant first citations whose best unit holds >= 0.5 of the question's words and whose
    next unit does not fit with the highlight in 40 words (docs/retrieval.md, the table of features)."""
    import re

    from qa.rerank import FUNCTION_WORDS, content_stems, english_stemmer, words
    stemmer = english_stemmer()

    def bigrams(text):
        seq = stemmer.stemWords([w for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1])
        return set(zip(seq, seq[1:]))

    rows = []
    for r in usable(records):
        c = r["call"]
        if not r["relevant"] or c["cosines"] is None:
            continue
        b, n, j = c["best"], len(c["texts"]), c["last"] + 1
        if c["overlaps"][b] < 0.5 or j >= n or fits(c, c["first"], j):
            continue
        g_best, g_next = bool(r["hl_hit"]), on_gold(c, j, j, r["gold"])
        if g_best == g_next:
            continue
        tb, tn, v = c["texts"][b], c["texts"][j], c["vectors"]
        ns = content_stems(tn)
        rows.append(dict(
            y=int(g_next),
            novelty=len(ns - c["stems"] - content_stems(tb)) / max(1, len(ns)),
            score_share=float(c["scores"][j] / c["scores"][b]) if c["scores"][b] > 0 else 0.0,
            next_overlap=float(c["overlaps"][j]), redundancy=float(v[b] @ v[j]),
            pronoun_verb=float(bool(re.match(r"\W*(?:and |but |so )?(it|this|that|these|those|they|we|he|she|i)"
                                             r"(?: \w+)? (is|are|was|were|will|would|can|do|does|did|have|has|'s|’s|"
                                             r"\w+s)\b", tn, re.I))),
            next_states=float(cite.states([tn], ("reason", "opinion", "intent"))[0]),
            best_states=float(cite.states([tb], ("reason", "opinion", "intent"))[0]),
            echo=len(bigrams(r["question"]) & bigrams(tb)) / max(1, len(bigrams(r["question"]))),
            typed=float(c["typed"]), kind_asked=float(c["kind"] is not None)))
    ys = np.array([row["y"] for row in rows])
    print(f"{len(rows)} pairs, the next unit the gold in {int(ys.sum())}")
    for key in rows[0]:
        if key == "y":
            continue
        x = np.array([row[key] for row in rows])
        pos, neg = x[ys == 1], x[ys == 0]
        auc = np.mean([(p > q) + 0.5 * (p == q) for p in pos for q in neg])
        print(f"{key:14} AUC {auc:.2f}   next gold {pos.mean():.3f}   best gold {neg.mean():.3f}")
