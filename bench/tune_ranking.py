"""How the ranking constants were chosen: ranking variants scored on a question set from cached features.

    .venv/bin/python bench/tune_ranking.py val            # QMSum val: the context-window grid, both scopes
    .venv/bin/python bench/tune_ranking.py realdev seed   # our own dev sets (corpus scope)

Each question's vector and BM25 scores are computed once and cached (bench/out/qmsum/features-<set>.pkl); every
variant then re-ranks from them in numpy and is scored with `tqa eval`'s metric functions (hit and recall within
200/600/1000/2000 words, Hit@1, MRR@10). The variants mirror qa/retrieve.py (weighted reciprocal rank fusion of
passage, section and context-window rankings); `tqa eval` remains the measure of record. It needs the split
indexes of bench/eval_qmsum.py (bench/out/qmsum/index-<split>) and, for our own sets, bench/out/index-shared and
bench/out/index-seed (built when absent).
"""

from __future__ import annotations

import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate import metrics as m  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.conversation import Context, build_query  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum"
OUT = REPO / "bench" / "out" / "qmsum"


SETS = {
    "val": (OUT / "index-val", QMSUM / "val" / "transcripts", QMSUM / "val" / "questions.jsonl"),
    "test": (OUT / "index-test", QMSUM / "test" / "transcripts", QMSUM / "test" / "questions.jsonl"),
    "seed": (REPO / "bench" / "out" / "index-seed", REPO / "corpus", REPO / "qa" / "data" / "seed_questions.jsonl"),
    "seedtest": (REPO / "bench" / "out" / "index-seed", REPO / "corpus",
                 REPO / "qa" / "data" / "seed_questions_heldout.jsonl"),
    "realdev": (REPO / "bench" / "out" / "index-shared", REPO.parent / "shared" / "data" / "transcripts",
                REPO / "bench" / "questions" / "real-dev.jsonl"),
    "realtest": (REPO / "bench" / "out" / "index-shared", REPO.parent / "shared" / "data" / "transcripts",
                 REPO / "bench" / "questions" / "real-test.jsonl"),
}


class Data:
    def __init__(self, split: str):
        self.split = split
        index_dir, corpus, questions = SETS[split]
        self.qa = TranscriptQA(Settings(index_dir=index_dir))
        self.qa.ingest([corpus])
        st = self.qa._current()
        self.index, self.lexical, self.section_lexical = st.index, st.lexical, st.section_lexical
        idx = self.index
        self.P = idx.passages
        self.V = idx.vectors
        self.SV = idx.section_vectors
        self.section_of = idx.section_of
        self.owner = np.asarray([p.transcript for p in self.P])
        self.sec_owner = np.asarray([s.transcript for s in idx.sections])
        self.texts = {n: t.text for n, t in idx.transcripts.items()}
        self.turns = {n: t.turns for n, t in idx.transcripts.items()}
        self.prefix = {n: m.nonspace_prefix(t) for n, t in self.texts.items()}
        self.questions = [q for q in load_questions(questions) if q.answerable]
        self.gold = locate_gold(self.questions, self.texts.__getitem__, source="q")
        self._units()
        cache = OUT / f"features-{split}.pkl"
        if cache.exists():
            self.feat = pickle.loads(cache.read_bytes())
        else:
            self.feat = {}
            enc = self.qa.encoder.encode
            plain = [q for q in self.questions if not q.history]
            vecs = dict(zip([q.id for q in plain], enc([q.question for q in plain]))) if plain else {}
            for q in self.questions:
                if q.history:
                    query = build_query(q.question, Context(tuple(q.history)[-2:], "follow-up"), enc)
                    qv, text = query.vector, query.lexical_text
                else:
                    qv, text = vecs[q.id], q.question
                self.feat[q.id] = dict(qv=qv, lex=self.lexical.scores(text), slex=self.section_lexical.scores(text))
            cache.write_bytes(pickle.dumps(self.feat))

    def _units(self):
        """Per transcript: units in file order (passage row or -1, turn index, start, end)."""
        by_turn = defaultdict(list)
        for row, p in enumerate(self.P):
            by_turn[(p.transcript, p.turn_index)].append(row)
        self.units = {}
        self.unit_of_row = np.zeros(len(self.P), dtype=np.int64)
        for name, turns in self.turns.items():
            units = []
            for t in turns:
                rows = by_turn.get((name, t.index))
                if rows:
                    for r in rows:
                        self.unit_of_row[r] = len(units)
                        units.append((r, t.index, self.P[r].start_char, self.P[r].end_char))
                elif t.text.strip():
                    units.append((-1, t.index, t.start_char, t.end_char))
            self.units[name] = units

    def words(self, name, start, end):
        return len(self.texts[name][start:end].split())


def score(data: Data, q, ranked):
    """ranked: list of (transcript, start, end, words)."""
    gold = data.gold[q.id]
    rel = m.relevance([r[:3] for r in ranked], q.transcript, gold)
    first = m.first_relevant_rank(rel)
    out = {"hit@1": float(first == 1), "mrr@10": 1.0 / first if first and first <= 10 else 0.0}
    out.update(m.budget_scores(ranked, q.transcript, gold, data.prefix[q.transcript]))
    out["words"] = float(np.mean([r[3] for r in ranked[:5]]))
    return out


def rrf(lists, weights, k):
    fused = defaultdict(float)
    for w, lst in zip(weights, lists):
        for rank, row in enumerate(lst, 1):
            fused[row] += w / (k + rank)
    return fused


def top(scores, pool, n):
    s = scores[pool]
    n = min(n, len(pool))
    idx = np.argpartition(-s, n - 1)[:n]
    idx = idx[np.argsort(-s[idx], kind="stable")]
    return [int(pool[i]) for i in idx]


def rank_passages(data: Data, q, scope, dw=0.5, rrf_k=60, cand=100, sw=1.0, extra=None):
    f = data.feat[q.id]
    pool = np.flatnonzero(data.owner == q.transcript) if scope == "transcript" else np.arange(len(data.P))
    cos = np.full(len(data.P), -1.0, dtype=np.float32)
    cos[pool] = data.V[pool] @ f["qv"]
    dense = top(cos, pool, cand)
    lex = [r for r in top(f["lex"], pool, cand) if f["lex"][r] > 0]
    fused = rrf([dense, lex], [dw, 1 - dw], rrf_k)
    if sw:
        spool = np.unique(data.section_of[pool])
        scos = np.full(len(data.SV), -1.0, dtype=np.float32)
        scos[spool] = data.SV[spool] @ f["qv"]
        sd = top(scos, spool, cand)
        sl = [r for r in top(f["slex"], spool, cand) if f["slex"][r] > 0]
        sf = rrf([sd, sl], [dw, 1 - dw], rrf_k)
        fused = {r: s + sw * sf.get(int(data.section_of[r]), 0.0) for r, s in fused.items()}
    if extra is not None:
        fused = extra(data, q, fused, cos, pool)
    return sorted(fused.items(), key=lambda it: (-it[1], it[0])), cos


def as_passages(data, ranked, depth=100):
    return [(data.P[r].transcript, data.P[r].start_char, data.P[r].end_char, len(data.P[r].text.split()))
            for r, _ in ranked[:depth]]


def evaluate(data, scope, build, **kw):
    rows = []
    for q in data.questions:
        ranked, cos = rank_passages(data, q, scope, **kw)
        rows.append(score(data, q, build(data, q, ranked, cos)))
    return {k: float(np.mean([r[k] for r in rows])) for k in rows[0]}, rows


COLS = ["hit@1", "mrr@10", "hit@200w", "hit@600w", "hit@1000w", "hit@2000w", "recall@200w", "recall@600w",
        "recall@1000w", "recall@2000w", "words"]


def show(label, res):
    print(f"{label:40s} " + " ".join(f"{res[c]:.3f}" if c != "words" else f"{res[c]:.0f}" for c in COLS), flush=True)


def header():
    print(f"{'':40s} " + " ".join(c.replace("recall", "R").replace("@", "")[:6] for c in COLS))



def span_of(data, name, a, b):
    u = data.units[name]
    return u[a][2], u[b][3]


def run_item(data, name, a, b):
    s, e = span_of(data, name, a, b)
    return (name, s, e, data.words(name, s, e))


def build_sections(data, q, ranked, cos, depth=100):
    seen, out = set(), []
    for r, _ in ranked:
        key = (data.P[r].transcript, int(data.section_of[r]))
        if key in seen:
            continue
        seen.add(key)
        s = data.index.sections[key[1]]
        out.append((s.transcript, s.start_char, s.end_char, data.words(s.transcript, s.start_char, s.end_char)))
        if len(out) >= depth:
            break
    return out


def make_grow(max_words=200, rel=0.9, bridge=1, mode="cos", use_rank=None):
    """Grow around each seed over neighbouring units whose score is >= rel * seed score."""
    def build(data, q, ranked, cos, depth=100):
        fused = dict(ranked)
        covered = defaultdict(set)
        out = []
        for r, sc in ranked:
            name = data.P[r].transcript
            i = int(data.unit_of_row[r])
            if i in covered[name]:
                continue
            units = data.units[name]
            if mode == "cos":
                val = lambda j: cos[units[j][0]] if units[j][0] >= 0 else None
                thr = rel * cos[r]
            else:
                val = lambda j: fused.get(units[j][0], 0.0) if units[j][0] >= 0 else None
                thr = rel * sc
            a = b = i
            words = data.words(name, *span_of(data, name, a, b))
            grew = True
            while grew:
                grew = False
                for side in (-1, 1):
                    # look past up to `bridge` backchannels to the next passage unit
                    j = (a if side < 0 else b) + side
                    steps = 0
                    while 0 <= j < len(units) and units[j][0] < 0 and steps < bridge:
                        j += side
                        steps += 1
                    if not (0 <= j < len(units)) or units[j][0] < 0 or j in covered[name]:
                        continue
                    if val(j) is None or val(j) < thr:
                        continue
                    na, nb = (j, b) if side < 0 else (a, j)
                    # never swallow units covered by other citations
                    if any(k in covered[name] for k in range(na, nb + 1)):
                        continue
                    w = data.words(name, *span_of(data, name, na, nb))
                    if w > max_words:
                        continue
                    a, b, words, grew = na, nb, w, True
            covered[name].update(range(a, b + 1))
            out.append(run_item(data, name, a, b))
            if len(out) >= depth:
                break
        return out
    return build


def make_merge(max_words=200, gap=2, top_m=20):
    """Passages ranked within top_m that lie within `gap` units of an earlier citation join it (span grows,
    units between included) while it stays within max_words; otherwise they start a new citation."""
    def build(data, q, ranked, cos, depth=100):
        cits = []  # [name, a, b]
        for rank, (r, sc) in enumerate(ranked):
            name = data.P[r].transcript
            i = int(data.unit_of_row[r])
            placed = False
            for c in cits:
                if c[0] != name:
                    continue
                if c[1] <= i <= c[2]:
                    placed = True
                    break
                if rank < top_m and (c[1] - gap - 1 <= i <= c[2] + gap + 1):
                    na, nb = min(c[1], i), max(c[2], i)
                    # do not swallow another citation
                    if any(o is not c and o[0] == name and not (o[2] < na or o[1] > nb) for o in cits):
                        continue
                    if data.words(name, *span_of(data, name, na, nb)) <= max_words:
                        c[1], c[2] = na, nb
                        placed = True
                        break
            if not placed:
                cits.append([name, i, i])
            if len(cits) >= depth and rank >= top_m:
                break
        return [run_item(data, n, a, b) for n, a, b in cits[:depth]]
    return build


def neighbours(data):
    """Per row: rows of the same transcript in order (passage sequence), position of each row."""
    if hasattr(data, "seq"):
        return
    data.seq = {}
    data.pos = np.zeros(len(data.P), dtype=np.int64)
    for name in data.units:
        rows = [u[0] for u in data.units[name] if u[0] >= 0]
        data.seq[name] = np.asarray(rows)
        data.pos[rows] = np.arange(len(rows))
    # window vectors for radius k, lazily
    data.winvec = {}


def window_vectors(data, k):
    neighbours(data)
    if k in data.winvec:
        return data.winvec[k]
    W = np.zeros_like(data.V)
    for name, rows in data.seq.items():
        vs = data.V[rows]
        c = np.concatenate([np.zeros((1, vs.shape[1]), np.float32), np.cumsum(vs, axis=0)])
        n = len(rows)
        lo = np.clip(np.arange(n) - k, 0, n)
        hi = np.clip(np.arange(n) + k + 1, 0, n)
        w = c[hi] - c[lo]
        W[rows] = w / np.maximum(np.linalg.norm(w, axis=1, keepdims=True), 1e-12)
    data.winvec[k] = W
    return W


def window_sum(data, values, k):
    neighbours(data)
    out = np.zeros_like(values)
    for name, rows in data.seq.items():
        v = values[rows]
        c = np.concatenate([[0.0], np.cumsum(v)])
        n = len(rows)
        lo = np.clip(np.arange(n) - k, 0, n)
        hi = np.clip(np.arange(n) + k + 1, 0, n)
        out[rows] = c[hi] - c[lo]
    return out


def make_extra(signals, rrf_k=60, cand=100):
    """signals: list of (kind, k, weight); kind 'wcos' or 'wlex'. Adds weight * RRF term of that ranking."""
    def extra(data, q, fused, cos, pool):
        f = data.feat[q.id]
        out = dict(fused)
        for kind, k, w in signals:
            if kind == "wcos":
                vals = np.full(len(data.P), -1.0, np.float32)
                vals[pool] = window_vectors(data, k)[pool] @ f["qv"]
            else:
                vals = window_sum(data, f["lex"].astype(np.float64), k)
            ranking = top(vals, pool, cand)
            for rank, r in enumerate(ranking, 1):
                out[r] = out.get(r, 0.0) + w / (rrf_k + rank)
        return out
    return extra


def word_bounds(data, radius):
    """Per transcript: lo/hi (exclusive) positions of the window of each passage: neighbours whose words,
    counted outward from the passage, stay within `radius` on each side."""
    neighbours(data)
    key = ("wb", radius)
    if key in data.winvec:
        return data.winvec[key]
    out = {}
    for name, rows in data.seq.items():
        w = np.asarray([len(data.P[r].text.split()) for r in rows], dtype=np.int64)
        c = np.concatenate([[0], np.cumsum(w)])  # c[j] = words before j
        n = len(rows)
        idx = np.arange(n)
        # left: smallest lo with c[idx] - c[lo] <= radius
        lo = np.searchsorted(c, c[idx] - radius, side="left")
        # right: largest hi with c[hi] - c[idx+1] <= radius
        hi = np.searchsorted(c, c[idx + 1] + radius, side="right") - 1
        out[name] = (np.minimum(lo, idx), np.maximum(hi, idx + 1))
    data.winvec[key] = out
    return out


def wwindow_vectors(data, radius):
    neighbours(data)
    key = ("wv", radius)
    if key in data.winvec:
        return data.winvec[key]
    bounds = word_bounds(data, radius)
    W = np.zeros_like(data.V)
    for name, rows in data.seq.items():
        vs = data.V[rows]
        c = np.concatenate([np.zeros((1, vs.shape[1]), np.float32), np.cumsum(vs, axis=0)])
        lo, hi = bounds[name]
        w = c[hi] - c[lo]
        W[rows] = w / np.maximum(np.linalg.norm(w, axis=1, keepdims=True), 1e-12)
    data.winvec[key] = W
    return W


def wwindow_sum(data, values, radius):
    bounds = word_bounds(data, radius)
    out = np.zeros_like(values)
    for name, rows in data.seq.items():
        c = np.concatenate([[0.0], np.cumsum(values[rows])])
        lo, hi = bounds[name]
        out[rows] = c[hi] - c[lo]
    return out


def make_wextra(radius, wc, wl, rrf_k=60, cand=100):
    def extra(data, q, fused, cos, pool):
        f = data.feat[q.id]
        out = dict(fused)
        for kind, w in (("c", wc), ("l", wl)):
            if not w:
                continue
            if kind == "c":
                vals = np.full(len(data.P), -1.0, np.float32)
                vals[pool] = wwindow_vectors(data, radius)[pool] @ f["qv"]
            else:
                vals = wwindow_sum(data, f["lex"].astype(np.float64), radius)
            for rank, r in enumerate(top(vals, pool, cand), 1):
                out[r] = out.get(r, 0.0) + w / (rrf_k + rank)
        return out
    return extra


def make_tprior(inner, wt, kind="max", rrf_k=60, topn=3):
    """Adds wt / (rrf_k + rank of the passage's transcript) where transcripts are ranked by the best (or top-n
    mean) fused score of their passages, or by centroid cosine."""
    def extra(data, q, fused, cos, pool):
        out = inner(data, q, fused, cos, pool) if inner else dict(fused)
        if not wt:
            return out
        names = {}
        if kind == "centroid":
            neighbours(data)
            if not hasattr(data, "centroids"):
                data.centroids = {n: data.V[rows].sum(0) / np.linalg.norm(data.V[rows].sum(0)) for n, rows in data.seq.items()}
            tscore = {n: float(c @ data.feat[q.id]["qv"]) for n, c in data.centroids.items()}
        else:
            per = defaultdict(list)
            for r, s in out.items():
                per[data.P[r].transcript].append(s)
            tscore = {n: (max(v) if kind == "max" else float(np.mean(sorted(v, reverse=True)[:topn]))) for n, v in per.items()}
        order = sorted(tscore, key=lambda n: -tscore[n])
        trank = {n: i for i, n in enumerate(order, 1)}
        return {r: s + wt / (rrf_k + trank.get(data.P[r].transcript, len(order) + 1)) for r, s in out.items()}
    return extra


def unit_vectors(data):
    """Per passage row: the vectors of its sentence units (cached on disk)."""
    if hasattr(data, "UV"):
        return data.UV
    from qa.segment import sentence_units
    cache = OUT / f"units-{data.split if data.split not in ('seedtest',) else 'seed'}.pkl"
    if data.split == "realtest":
        cache = OUT / "units-realdev.pkl"
    if cache.exists():
        data.UV = pickle.loads(cache.read_bytes())
        return data.UV
    texts, owner = [], []
    for row, p in enumerate(data.P):
        turn = data.turns[p.transcript][p.turn_index]
        for u in sentence_units(turn, p):
            texts.append(p.text[u.start:u.end])
            owner.append(row)
    vecs = data.qa.encoder.encode(texts)
    owner = np.asarray(owner)
    data.UV = (vecs, owner)
    cache.write_bytes(pickle.dumps(data.UV))
    return data.UV


def maxsim(data, qv):
    vecs, owner = unit_vectors(data)
    sims = vecs @ qv
    out = np.full(len(data.P), -1.0, dtype=np.float32)
    np.maximum.at(out, owner, sims)
    return out


def make_maxsim(w, inner=None, rrf_k=60, cand=100, raw=None):
    def extra(data, q, fused, cos, pool):
        out = inner(data, q, fused, cos, pool) if inner else dict(fused)
        vals = maxsim(data, data.feat[q.id]["qv"])
        if raw is not None:
            return {r: s + raw * float(vals[r]) for r, s in out.items()}
        for rank, r in enumerate(top(vals, pool, cand), 1):
            out[r] = out.get(r, 0.0) + w / (rrf_k + rank)
        return out
    return extra


def answer_rows(data):
    """Per question-passage row: the first passage row of the turn that answers it (or -1)."""
    if hasattr(data, "ans"):
        return data.ans
    first_of_turn = {}
    for r, p in enumerate(data.P):
        first_of_turn.setdefault((p.transcript, p.turn_index), r)
    data.ans = np.full(len(data.P), -1, dtype=np.int64)
    for r, p in enumerate(data.P):
        if p.role != "question":
            continue
        for t in data.turns[p.transcript][p.turn_index + 1:]:
            if t.question_index == p.turn_index and (p.transcript, t.index) in first_of_turn:
                data.ans[r] = first_of_turn[(p.transcript, t.index)]
                break
            if t.role == "question":
                break
    return data.ans


def qa_shift(data, fused, mode="swap"):
    """A reporter's question passage gives its score to its answer's first passage, and sits just below it."""
    ans = answer_rows(data)
    out = dict(fused)
    for r, s in fused.items():
        a = ans[r]
        if a < 0:
            continue
        if out.get(a, -1e9) < s:
            out[a] = s
            out[r] = s - 1e-9
    return out


def norm(x, pool):
    v = x[pool]
    lo, hi = float(v.min()), float(v.max())
    out = np.zeros_like(x, dtype=np.float64)
    out[pool] = (v - lo) / (hi - lo) if hi > lo else 0.0
    return out


def rank_linear(data, q, scope, wc=1.0, wl=0.5, wm=0.0, ws=0.0, shift=False, win=None):
    """Linear fusion of min-max normalised scores over the scope."""
    f = data.feat[q.id]
    pool = np.flatnonzero(data.owner == q.transcript) if scope == "transcript" else np.arange(len(data.P))
    cos = np.full(len(data.P), -1.0, dtype=np.float32)
    cos[pool] = data.V[pool] @ f["qv"]
    s = wc * norm(cos, pool) + wl * norm(f["lex"].astype(np.float64), pool)
    if wm:
        s += wm * norm(maxsim(data, f["qv"]).astype(np.float64), pool)
    if ws:
        scos = data.SV[np.maximum(data.section_of, 0)] @ f["qv"]
        slex = f["slex"][np.maximum(data.section_of, 0)]
        s += ws * (norm(scos.astype(np.float64), pool) + wl * norm(slex.astype(np.float64), pool))
    if win:
        R, wwc, wwl = win
        wv = np.full(len(data.P), -1.0, np.float32)
        wv[pool] = wwindow_vectors(data, R)[pool] @ f["qv"]
        wlx = wwindow_sum(data, f["lex"].astype(np.float64), R)
        s += wwc * norm(wv.astype(np.float64), pool) + wwl * norm(wlx, pool)
    fused = {int(r): float(s[r]) for r in pool}
    if shift:
        fused = qa_shift(data, fused)
    return sorted(fused.items(), key=lambda it: (-it[1], it[0])), cos


def evaluate_ranker(data, scope, build, ranker):
    rows = []
    for q in data.questions:
        ranked, cos = ranker(data, q, scope)
        rows.append(score(data, q, build(data, q, ranked, cos)))
    return {k: float(np.mean([r[k] for r in rows])) for k in rows[0]}, rows


def rrf_ranker(shift=False, **kw):
    def ranker(data, q, scope):
        ranked, cos = rank_passages(data, q, scope, **kw)
        if shift:
            ranked = sorted(qa_shift(data, dict(ranked)).items(), key=lambda it: (-it[1], it[0]))
        return ranked, cos
    return ranker


def main() -> None:
    P = lambda data, q, r, c: as_passages(data, r)  # noqa: E731
    header()
    for split in sys.argv[1:] or ["val"]:
        d = Data(split)
        scopes = ("transcript", "corpus") if split in ("val", "test") else ("corpus",)
        for scope in scopes:
            show(f"{split} {scope} no windows", evaluate(d, scope, P)[0])
            for radius in (60, 100, 150, 250):
                for wc, wl in ((1, 1), (2, 2), (1, 2), (2, 1)):
                    show(f"{split} {scope} R{radius} dense {wc} lexical {wl}",
                         evaluate(d, scope, P, extra=make_wextra(radius, wc, wl))[0])


if __name__ == "__main__":
    main()
