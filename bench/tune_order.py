"""The order of the first passages: re-ranking variants scored on the dev sets from cached candidates.

    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_order.py collect          # dev candidates, once
    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_order.py grid             # the variants, dev only

`collect` ranks every answerable question of the dev sets (seed, real-dev, conversations-dev; the query as `ask`
builds it, history folded in) with the product's `qa.retrieve.retrieve` and its settings, with the question-only
demotion off (each variant applies its own), and caches per question the first 100 passages with what the
variants read: fused score, cosine, role, text, the sentence units' cosines and texts, the passage before.
`grid` then replays `ask`'s ordering for each variant (demotion, sentence re-ranking, reporters' exchanges) and
scores Hit@1 and MRR@10 with `tqa eval`'s functions, pooled over the dev sets and per set.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from qa.evaluate import metrics as m  # noqa: E402
from qa.answerable import answer_type, holds_answer_type  # noqa: E402

OUT = REPO / "bench" / "out" / "tune"
DEV = ("seed", "realdev", "convdev")


@dataclass
class Cand:
    row: int
    score: float  # fused, no question demotion
    dense: float | None
    role: str
    speaker: str
    text: str
    transcript: str
    span: tuple[int, int]
    words: int
    units: np.ndarray  # cosines of its sentence units to the query
    unit_texts: list[str]
    prev_cos: float | None = None  # cosine of the passage just before it (same transcript) to the query
    prev_text: str | None = None
    prev_speaker: str | None = None
    prev_role: str | None = None
    next: tuple | None = None  # the passage just after it in the same transcript: (row, span, speaker, words)
    exchange: tuple | None = None  # a reporter's question: (rows, span) of its exchange with its answer's start
    alone_units: np.ndarray | None = None  # cosines of its sentence units to the question alone (no history)


def collect(names) -> None:
    from tune_ranking import StoreSet
    from qa.exchange import with_its_answer
    from qa.retrieve import retrieve

    for name in names:
        d = StoreSet(name)
        s, store = d.qa.settings, d.store
        rows_out = []
        for q in d.questions:
            query = d.queries[q.id]
            alone = d.qa.query_encoder.encode([q.question])[0]
            ranking = retrieve(store, store.lexical, query, k=100, mode="hybrid", dense_weight=s.dense_weight,
                               rrf_k=s.rrf_k, candidates=s.candidates, rows=None, section_weight=s.section_weight,
                               section_lexical=store.section_lexical, window_words=s.window_words,
                               window_turn_words=s.window_turn_words,
                               window_weights=(s.window_dense_weight, s.window_lexical_weight), fusion=s.fusion,
                               question_weight=1.0)
            cands = []
            for h in ranking.hits:
                p = h.passage
                units = store.units(h.row)
                vecs = store.unit_vectors(h.row)
                c = Cand(h.row, h.score, h.dense, p.role, p.speaker, p.text, p.transcript, (p.start_char, p.end_char),
                         len(p.text.split()), vecs @ query.vector if len(vecs) else np.zeros(0),
                         [p.text[u.start:u.end] for u in units], alone_units=vecs @ alone if len(vecs) else None)
                if h.row > 0:
                    prev = store.passage(h.row - 1)
                    if prev.transcript == p.transcript:
                        c.prev_cos = float(store.vectors([h.row - 1])[0] @ query.vector)
                        c.prev_text, c.prev_speaker, c.prev_role = prev.text, prev.speaker, prev.role
                if h.row + 1 < store.rows_total:
                    nxt = store.passage(h.row + 1)
                    if nxt.transcript == p.transcript:
                        c.next = (h.row + 1, (nxt.start_char, nxt.end_char), nxt.speaker, len(nxt.text.split()))
                if p.role == "question":
                    following = [(r, store.passage(r)) for r in range(h.row + 1, min(h.row + 5, store.rows_total))]
                    x = with_its_answer(h, following)
                    if x is not None:
                        c.exchange = (x.rows, (x.start_char, x.end_char),
                                      sum(len(q.text.split()) for q in x.passages))
                cands.append(c)
            from qa.answerable import FUNCTION_WORDS, words
            from qa.lexical import english_stemmer
            content = [w for w in words(q.question) if w not in FUNCTION_WORDS and len(w) > 1]
            df = {english_stemmer().stemWord(w): store.lexical.document_frequency(w) for w in content}
            rows_out.append(dict(id=q.id, question=q.question, transcript=q.transcript, gold=d.gold[q.id],
                                 follow=query.lexical_text != query.question, cands=cands, df=df,
                                 n=store.lexical.documents))
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"order-{name}.pkl").write_bytes(pickle.dumps(rows_out))
        print(f"{name}: {len(rows_out)} questions", file=sys.stderr)


def stems(text: str) -> frozenset[str]:
    from qa.answerable import FUNCTION_WORDS, words
    from qa.lexical import english_stemmer

    return frozenset(english_stemmer().stemWords([w for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]))


def asks_only(text: str, role: str, rule: str) -> bool:
    """The question-only test of a variant: "end" (the text ends with '?', qa.retrieve.is_question_only), "share"
    (and at least half of its words are in sentences that end with '?')."""
    if role != "statement" or not text.rstrip().rstrip("\"'”’)]").endswith("?"):
        return False
    if rule == "end":
        return True
    import re
    sentences = re.split(r"(?<=[.!?])[\"'”’)\]]*\s+", text.strip())
    asked = sum(len(x.split()) for x in sentences if x.rstrip("\"'”’)] ").endswith("?"))
    return asked >= 0.5 * max(len(text.split()), 1)


_STEMS: dict = {}


def cached_stems(text: str) -> frozenset[str]:
    if text not in _STEMS:
        _STEMS[text] = stems(text)
    return _STEMS[text]


def replay(rec: dict, v: dict) -> list[tuple[str, int, int, int]]:
    """The ranked spans (transcript, start, end, words) for one question under variant `v`."""
    rule, qw = v.get("rule", "end"), v.get("qw", 0.7)
    cands = list(rec["cands"])
    head = sorted(((c.score * (qw if asks_only(c.text, c.role, rule) else 1.0), c) for c in cands[:20]),
                  key=lambda t: (-t[0], t[1].row))
    scored = head + [(c.score, c) for c in cands[20:]]
    depth = v.get("depth", 30)
    sw = v.get("follow_sw", 0.0) if rec["follow"] else v.get("sw", 0.5)
    alone = rec["follow"] and v.get("follow_alone")  # a follow-up's sentences scored against the question alone
    top = max(sc for sc, _ in scored[:depth]) or 1.0
    qstems = cached_stems(rec["question"]) if v.get("cov", 0) else frozenset()
    mixed = []
    for sc, c in scored[:depth]:
        if not sw:
            mixed.append((sc, c))
            continue
        u = (c.alone_units if alone and c.alone_units is not None else c.units).astype(np.float64)
        if not len(u):
            u = np.array([c.dense or 0.0])
        elif v.get("cov", 0) and qstems:
            if v.get("idf"):
                idf = {t: np.log(1.0 + (rec["n"] - d + 0.5) / (d + 0.5)) for t, d in rec["df"].items()}
                total = sum(idf.get(t, 0.0) for t in qstems) or 1.0
                share = np.array([sum(idf.get(t, 0.0) for t in qstems & cached_stems(x)) / total
                                  for x in c.unit_texts])
            else:
                share = np.array([len(qstems & cached_stems(t)) / len(qstems) for t in c.unit_texts])
            u = u + v["cov"] * share
        if v.get("atype", 0) and len(c.units):
            # a sentence that gives the kind of answer asked for ("9,000 firefighters" for "how many firefighters")
            u = u + v["atype"] * holds_answer_type(answer_type(rec["question"]), c.unit_texts)
        if v.get("qunit", 1.0) != 1.0 and len(c.units):
            # a sentence that asks (ends with '?') restates a question rather than answering one
            asks = np.array([t.rstrip().rstrip("\"'”’)]").endswith("?") for t in c.unit_texts])
            u = np.where(asks, u * v["qunit"], u)
        agg = v.get("agg", "max")
        if agg == "max":
            best = float(u.max())
        elif agg == "top2":
            best = float(np.sort(u)[::-1][:2].mean())
        else:  # "max+pair": the best unit with its better neighbour, averaged
            i = int(np.argmax(u))
            nb = [u[j] for j in (i - 1, i + 1) if 0 <= j < len(u)]
            best = float((u[i] + max(nb)) / 2) if nb else float(u[i])
        x = (1 - sw) * sc / top + sw * best
        if v.get("pcov", 0) and qstems:
            x += v["pcov"] * len(qstems & cached_stems(c.text)) / len(qstems)
        if v.get("pair2", 0) and qstems and len(c.unit_texts) > 1:
            # the best two neighbouring units together: the question's words spread over adjacent sentences
            held = [cached_stems(t) & qstems for t in c.unit_texts]
            x += v["pair2"] * max(len(a | b) for a, b in zip(held, held[1:])) / len(qstems)
        if v.get("spk", 0) and c.speaker in named_speakers(rec) and (
                not v.get("spk_topic") or speaks_on_topic(rec, c)):
            x += v["spk"]
        if v.get("qpost", 1.0) != 1.0 and asks_only(c.text, c.role, rule):
            x *= v["qpost"]
        if v.get("pair", 0) and c.prev_cos is not None and c.prev_speaker != c.speaker \
                and (c.prev_role == "question" or asks_only(c.prev_text, c.prev_role, rule)):
            x += v["pair"] * c.prev_cos
        if v.get("rq", 1.0) != 1.0 and c.role == "question":
            x *= v["rq"]
        if v.get("lenw", 0):
            x -= v["lenw"] * np.log(max(c.words, 1) / 100.0)
        mixed.append((x, c))
    if sw or v.get("pair", 0):
        mixed.sort(key=lambda t: -t[0])
    ranked = [c for _, c in mixed] + [c for _, c in scored[depth:]]
    out, taken = [], set()
    for c in ranked:
        if c.row in taken:
            continue
        rows, span, words = (c.row,), c.span, c.words
        if v.get("qx", True) and c.exchange is not None and not taken & set(c.exchange[0][1:]):
            rows, span, words = c.exchange
        elif v.get("sx") and c.next is not None and asks_only(c.text, c.role, rule) and c.next[2] != c.speaker \
                and c.next[0] not in taken:
            # an interviewer's question (no Q: label) cited with the start of the reply that follows it
            rows, span, words = (c.row, c.next[0]), (c.span[0], c.next[1][1]), c.words + c.next[3]
        taken.update(rows)
        out.append((c.transcript, span[0], span[1], words))
    return out


def named_speakers(rec: dict) -> frozenset[str]:
    """The speakers among a question's candidates that the question has speak ("What did Newsom say ...")."""
    if "_named" not in rec:
        from types import SimpleNamespace
        from qa.answerable import named_sources, resolve_source
        labels = SimpleNamespace(name="", title="", speakers=tuple({c.speaker for c in rec["cands"] if c.speaker}))
        rec["_named"] = frozenset(s for phrase in named_sources(rec["question"])[0]
                                  for s in resolve_source(phrase, [labels]).speakers)
    return rec["_named"]


def speaks_on_topic(rec: dict, c: Cand) -> bool:
    """Whether a named speaker's passage holds a word of the question besides the speakers' names."""
    from qa.answerable import named_sources
    from qa.rerank import content_stems
    topic = cached_stems(rec["question"]) - frozenset().union(*(content_stems(s) for s in named_speakers(rec)))
    for phrase in named_sources(rec["question"])[0]:
        topic -= content_stems(phrase)
    return not topic or bool(topic & cached_stems(c.text))


def score_set(recs: list[dict], v: dict) -> dict:
    hit1, rr, w = [], [], []
    for rec in recs:
        ranked = replay(rec, v)
        first = m.first_relevant_rank(m.relevance([r[:3] for r in ranked], rec["transcript"], rec["gold"]))
        hit1.append(first == 1)
        rr.append(1.0 / first if first and first <= 10 else 0.0)
        w.append(ranked[0][3])
    return {"hit1": float(np.mean(hit1)), "mrr": float(np.mean(rr)), "n": len(recs), "words1": float(np.mean(w)),
            "hits": int(np.sum(hit1))}


def load_sets(names) -> dict[str, list[dict]]:
    return {n: pickle.loads((OUT / f"order-{n}.pkl").read_bytes()) for n in names}


def show(label: str, data: dict, v: dict) -> dict:
    res = {n: score_set(recs, v) for n, recs in data.items()}
    n = sum(r["n"] for r in res.values())
    pooled_h = sum(r["hits"] for r in res.values()) / n
    pooled_m = sum(r["mrr"] * r["n"] for r in res.values()) / n
    cells = " ".join(f"{k} {r['hit1']:.3f}/{r['mrr']:.3f}" for k, r in res.items())
    print(f"{label:60s} pooled {pooled_h:.3f}/{pooled_m:.3f} | {cells}", flush=True)
    return {"hit1": pooled_h, "mrr": pooled_m, **res}


def grid(names, only: list[str]) -> None:
    import json

    data = load_sets(names)
    base = {"rule": "end", "qw": 0.7, "sw": 0.5, "agg": "max", "cov": 0.0, "qpost": 1.0, "pair": 0.0, "rq": 1.0,
            "qx": True}
    if only:
        for text in only:
            show(text, data, {**base, **json.loads(text)})
        return
    show("default", data, base)
    for key, values in (("rule", ["share"]), ("qw", [1.0, 0.5]), ("sw", [0.3, 0.4, 0.6, 0.7]),
                        ("agg", ["top2", "max+pair"]), ("cov", [0.1, 0.25, 0.5]), ("qpost", [0.9, 0.8, 0.7]),
                        ("pair", [0.05, 0.1, 0.2]), ("rq", [0.9, 0.8, 0.7]), ("qx", [False]),
                        ("lenw", [0.02, 0.05])):
        for value in values:
            show(f"{key}={value}", data, {**base, key: value})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("collect", "grid"))
    parser.add_argument("sets", nargs="*", default=list(DEV))
    parser.add_argument("--only", action="append", default=[], help="a variant as JSON over the default")
    args = parser.parse_args()
    collect(args.sets) if args.step == "collect" else grid(args.sets, args.only)
