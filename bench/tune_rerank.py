"""A learned linear re-rank of the first passages: features of the sentence re-ranking's head, weights fitted on the
dev questions with cross-validation, against the product's order.

    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_rerank.py collect            # dev heads, once
    nice -n 10 env HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_rerank.py fit [--new PREFIX]  # CV, then all

`collect` asks every answerable standalone question of the dev sets (seed, real-dev) as `ask` does and keeps what
`qa.rerank.rerank_by_sentence` was given (the fused head, the question's vector, its arguments) and what
`qa.exchange.question_exchanges` was given (the filter rows, whether the question asks what was asked), then the
features of each of the first `HEAD` passages (`features`). `fit` replays `ask`'s order after the re-ranking
(reporters' exchanges, the agreed transcript) for a weight vector over those features, scores Hit@1 / MRR@10 with
`tqa eval`'s functions, and compares the product's order (all extra weights 0) with weights fitted on the training
folds only (k folds by question) by a top-one softmax loss with the product's score as a fixed offset (`fit_listwise`;
a head passage counts as relevant as `ask` would cite it first). The questions whose ids start with a --new prefix
are never fitted on, and reported apart. `misses` prints, for each question whose first passage is not relevant,
the head with its features.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.evaluate import metrics as m  # noqa: E402

OUT = REPO / "bench" / "out" / "tune"
SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = {"seed": (REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "corpus", REPO / "bench" / "out" / "index-seed"),
        "real": (REPO / "bench" / "questions" / "real-dev.jsonl", SHARED, REPO / "bench" / "out" / "index-shared")}
HEAD = 10  # how many of the re-ranked head the extra features may reorder


def _open(name: str):
    from qa.api import TranscriptQA
    from qa.config import Settings
    questions, corpus, index = SETS[name]
    qa = TranscriptQA(Settings(index_dir=index))
    qa.ingest([corpus])
    return qa, questions, corpus


def collect(names) -> None:
    import qa.api as api
    from qa.evaluate.questions import load_questions, locate_gold

    for name in names:
        qa, path, _ = _open(name)
        store = qa.store()
        questions = [q for q in load_questions(path) if q.answerable and not q.history and q.has_gold]
        texts = {n: store.transcript(n).text for n in store.infos()}
        gold = locate_gold(questions, texts.__getitem__, source=str(path))
        seen: dict = {}
        real_rerank, real_exchanges = api.rerank_by_sentence, api.question_exchanges

        def rerank(hits, unit_vectors, query_vector, **kw):
            seen["rerank"] = (list(hits), query_vector, kw)
            return real_rerank(hits, unit_vectors, query_vector, **kw)

        def exchanges(store_, hits, rows, vector, asking=False, *a, **kw):
            seen["exchanges"] = (rows, asking)
            return real_exchanges(store_, hits, rows, vector, asking, *a, **kw)

        api.rerank_by_sentence, api.question_exchanges = rerank, exchanges
        records = []
        try:
            for q in questions:
                seen.clear()
                answer, passages = qa.ask_ranked(q.question, k=10, depth=10)
                hits, vector, kw = seen["rerank"]
                rows, asking = seen.get("exchanges", (None, False))
                cited = [(p.transcript, p.start_char, p.end_char) for p in passages]
                records.append(dict(id=q.id, question=q.question, transcript=q.transcript, gold=gold[q.id],
                                    hits=hits, vector=vector, kw={k: v for k, v in kw.items() if k != "units"},
                                    rows=rows, asking=asking, product=cited))
        finally:
            api.rerank_by_sentence, api.question_exchanges = real_rerank, real_exchanges
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"rerank-{name}.pkl").write_bytes(pickle.dumps(records))
        print(f"{name}: {len(records)} questions", file=sys.stderr)


FEATURES = ("cos", "share", "pshare", "qonly", "rq", "ans", "dense", "lex", "logw", "prior", "asks", "second",
            "restate", "dshare")


def features(store, rec) -> tuple[list, np.ndarray, np.ndarray]:
    """The product's re-ranked hits (the head of `HEAD`), their product scores, and their extra features."""
    from qa.answerable import answer_type, holds_answer_type
    from qa import define
    from qa.rerank import content_stems, rerank_by_sentence, word_shares
    from qa.retrieve import is_question_only

    hits, vector, kw = rec["hits"], rec["vector"], rec["kw"]
    ranked = rerank_by_sentence(hits, store.unit_vectors, vector, units=store.units, **kw)
    order = {h.row: i for i, h in enumerate(hits)}
    head = ranked[:HEAD]
    stems = content_stems(rec["question"])
    typed = answer_type(rec["question"])
    term = define.defined_term(rec["question"])
    lex_top = max((h.lexical or 0.0) for h in head) or 1.0
    rows = []
    for h in head:
        p = h.passage
        units = store.units(h.row)
        vecs = store.unit_vectors(h.row)
        texts = [p.text[u.start:u.end] for u in units]
        if len(vecs):
            cos = (vecs @ vector).astype(np.float64)
            share = word_shares(stems, texts)
            total = cos + kw.get("coverage_weight", 0.0) * share
            if typed is not None and typed.kind == "date":
                total = total + 0.4 * holds_answer_type(typed, texts)
            if term:
                total = total + define.RANK_WEIGHT * define.defines(term, texts)
            best = int(np.argmax(total))
            best_stems = content_stems(texts[best])
            restate = len(best_stems & stems) / max(len(best_stems), 1)
            second = float(np.sort(total)[-2]) if len(total) > 1 else float(total[0])
            asks = texts[best].rstrip().rstrip("\"'”’)]").endswith("?")
            cmax, smax = float(cos.max()), float(share.max())
        else:
            cmax = smax = restate = 0.0
            second = h.dense or 0.0
            asks = False
        pshare = float(word_shares(stems, [p.text])[0])
        rows.append([cmax, smax, pshare, float(is_question_only(p)), float(p.role == "question"),
                     float(p.role == "answer"), float(h.dense or 0.0), (h.lexical or 0.0) / lex_top,
                     float(np.log(max(len(p.text.split()), 1) / 100.0)), 1.0 / (1 + order.get(h.row, 30)),
                     float(asks), second, restate, pshare - smax])
    return ranked, np.array([h.score for h in head]), np.array(rows)


def replay(store, rec, ranked, scores, X, w: np.ndarray) -> list[tuple[str, int, int]]:
    """The ranked spans after reordering the head by scores + X @ w, then `ask`'s exchanges and agreement."""
    from qa.exchange import question_exchanges, ranked_span
    from qa.rerank import agreed_transcript_first

    new = scores + X @ w
    order = sorted(range(len(new)), key=lambda i: -new[i])
    hits = [ranked[i] for i in order] + list(ranked[len(new):])
    hits = question_exchanges(store, hits, rec["rows"], rec["vector"], rec["asking"])
    hits = agreed_transcript_first(hits)[:10]
    return [(s.transcript, s.start_char, s.end_char) for s in map(ranked_span, hits)]


def score(recs, prepared, store_of, w) -> tuple[np.ndarray, np.ndarray]:
    hit, rr = [], []
    for rec, (ranked, scores, X) in zip(recs, prepared):
        cited = replay(store_of[rec["set"]], rec, ranked, scores, X, w)
        first = m.first_relevant_rank(m.relevance(cited, rec["transcript"], rec["gold"]))
        hit.append(first == 1)
        rr.append(1.0 / first if first else 0.0)
    return np.array(hit), np.array(rr)


def lists(recs, prepared, idx):
    """Listwise training data: per question with a relevant and an irrelevant head passage, (X, scores, relevant)."""
    out = []
    for i in idx:
        rec, (ranked, scores, X) = recs[i], prepared[i]
        rel = np.array(head_relevance(rec, ranked[:len(scores)]))
        if rel.any() and not rel.all():
            out.append((X, scores, rel))
    return out


STORES: dict = {}


def head_relevance(rec, head) -> list[bool]:
    """Per head passage: whether it is relevant as `ask` would cite it first (a reporter's question as its exchange
    with the start of its answer, where `question_exchanges` makes one)."""
    from qa.exchange import question_exchanges, ranked_span
    store = STORES[rec["set"]]
    spans = []
    for h in head:
        cited = ranked_span(question_exchanges(store, [h], rec["rows"], rec["vector"], rec["asking"])[0])
        spans.append((cited.transcript, cited.start_char, cited.end_char))
    return m.relevance(spans, rec["transcript"], rec["gold"])


def fit_listwise(data, l2: float, cols, scale: float = 20.0) -> np.ndarray:
    """Top-one softmax loss: -log of the probability that a relevant passage is first, under softmax(scale *
    (score + X @ w)); L2 penalty `l2`; only `cols` free."""
    from scipy.optimize import minimize

    def loss(w):
        total, grad = 0.0, 2 * l2 * w * len(data)
        for X, scores, rel in data:
            Xc = X[:, cols]
            z = scale * (scores + Xc @ w)
            z = z - z.max()
            e = np.exp(z)
            p = e / e.sum()
            pr = p[rel].sum()
            total -= np.log(pr)
            # d(-log sum_rel p)/dz = p - p*rel/pr
            dz = p - np.where(rel, p / pr, 0.0)
            grad += scale * Xc.T @ dz
        return total / len(data) + l2 * w @ w, grad / len(data)
    res = minimize(loss, np.zeros(len(cols)), jac=True, method="L-BFGS-B")
    w = np.zeros(len(FEATURES))
    w[cols] = res.x
    return w


def fit(names, new: list[str], folds: int, l2s, subsets, scale: float = 20.0) -> None:
    recs, stores = [], {}
    for name in names:
        qa, _, _ = _open(name)
        stores[name] = STORES[name] = qa.store()
        for r in pickle.loads((OUT / f"rerank-{name}.pkl").read_bytes()):
            r["set"] = name
            recs.append(r)
    prepared = [features(stores[r["set"]], r) for r in recs]
    is_new = np.array([any(r["id"].startswith(p) for p in new) for r in recs])
    old = np.flatnonzero(~is_new)
    zero = np.zeros(len(FEATURES))
    hit0, rr0 = score(recs, prepared, stores, zero)
    print(f"product order: old {hit0[old].mean():.3f}/{rr0[old].mean():.3f} (n {len(old)}), "
          f"new {hit0[is_new].mean():.3f}/{rr0[is_new].mean():.3f} (n {is_new.sum()})")
    check = sum(1 for r, h in zip(recs, hit0) if (m.first_relevant_rank(
        m.relevance(r["product"], r["transcript"], r["gold"])) == 1) != h)
    print(f"replay differs from ask's first citation for {check} questions")
    rng = np.random.default_rng(0)
    fold_of = rng.permutation(len(old)) % folds
    for cols_name in subsets:
        cols = [FEATURES.index(c) for c in cols_name.split(",")]
        for l2 in l2s:
            hit_cv, rr_cv = np.zeros(len(old), bool), np.zeros(len(old))
            for f in range(folds):
                train, test = old[fold_of != f], old[fold_of == f]
                w = fit_listwise(lists(recs, prepared, train), l2, cols, scale)
                h, r = score([recs[i] for i in test], [prepared[i] for i in test], stores, w)
                hit_cv[fold_of == f], rr_cv[fold_of == f] = h, r
            w = fit_listwise(lists(recs, prepared, old), l2, cols, scale)
            h, r = score(recs, prepared, stores, w)
            ws = " ".join(f"{FEATURES[c]}={w[c]:+.3f}" for c in cols)
            print(f"{cols_name:40s} l2={l2:<6} CV old {hit_cv.mean():.3f}/{rr_cv.mean():.3f} "
                  f"(product {hit0[old].mean():.3f}/{rr0[old].mean():.3f}) | all-fit old {h[old].mean():.3f} "
                  f"new {h[is_new].mean():.3f}/{r[is_new].mean():.3f} | {ws}", flush=True)


def misses(names, only: list[str]) -> None:
    """The questions whose first passage (product order) is not relevant: each head passage with its features."""
    from qa.exchange import ranked_span
    for name in names:
        qa, _, _ = _open(name)
        store = qa.store()
        for rec in pickle.loads((OUT / f"rerank-{name}.pkl").read_bytes()):
            if only and not any(rec["id"].startswith(p) for p in only):
                continue
            ranked, scores, X = features(store, rec)
            spans = [(s.transcript, s.start_char, s.end_char) for s in map(ranked_span, ranked[:HEAD])]
            rel = m.relevance(spans, rec["transcript"], rec["gold"])
            if rel[0]:
                continue
            print(f"{rec['id']}: {rec['question']}")
            for i, (h, s, x, r) in enumerate(zip(ranked, scores, X, rel)):
                if i > 4 and not r:
                    continue
                f = " ".join(f"{n}={v:.2f}" for n, v in zip(FEATURES, x) if n in ("cos", "share", "pshare", "dense", "lex", "restate", "prior"))
                print(f"  {'*' if r else ' '}{i+1} {s:.3f} {h.passage.transcript[:10]} {h.passage.speaker[:14]:14s} "
                      f"{h.passage.role[:4]} {f} | {h.passage.text[:90]!r}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("collect", "fit", "misses"))
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--new", action="append", default=[], help="id prefix of questions never fitted on")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--scale", type=float, default=20.0, help="the softmax's sharpness")
    parser.add_argument("--l2", action="append", type=float, default=[])
    parser.add_argument("--cols", action="append", default=[], help="comma-separated features left free")
    args = parser.parse_args()
    if args.step == "misses":
        misses(args.sets, args.new)
    elif args.step == "collect":
        collect(args.sets)
    else:
        fit(args.sets, args.new, args.folds, args.l2 or [0.01, 0.1],
            args.cols or [",".join(FEATURES)], args.scale)
