"""A learned re-scoring of the first passages, fitted on dev and judged by cross-validation (issue 10 point 6; learn29).

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/fit_rank.py collect --indexes /tmp/learn29   # the records (slow)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_rank.py cv        # 2-fold by id hash, leave-one-transcript-out
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_rank.py grid --model all18,order+place --k 3,8 --l2s 0.3,1,3 \
        [--loss listwise] [--kinds]                                # one line per cell (docs/retrieval.md's table)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_rank.py fit       # the fit on every old record, as constants
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_rank.py new       # the untouched new questions

`collect` asks every answerable dev question without history that has gold (the seed's dev file over the bundled
index, real-dev and the conversations' first turns over the shared one) as `tqa eval` does (`ask_ranked`, corpus
scope), and reads the hits the pipeline holds just before `border_pair` (after the sentence re-ranking, the
exchanges and `agreed_transcript_first`: the order citation [1] is taken from) by wrapping `qa.api.border_pair`; the
fused scores by wrapping `qa.api.retrieve`. For the first K of those hits it keeps a row of features, each read
with the pipeline's own functions (`qa.rerank.best_sentence`, `word_shares`, `content_stems`,
`qa.retrieve.is_question_only`, `qa.rerank.neighbours`, the store's section vectors), and whether the hit's span
overlaps a gold span (`qa.evaluate.metrics.overlaps`); and whether the answer's citation [1] did.

A model is a weight vector w over the features; the first K hits are re-ordered by w . x (stable), the rest left.
Fits: a pairwise logistic loss (every gold hit against every other hit of its question's first K, each question
weighted alike) with an L2 pull to 0, `scipy.optimize.minimize`. Judged, on records not fitted on, by the first
hit's gold (Hit@1 of the hits list) and the reciprocal rank of the first gold hit in the first 10 (MRR@10), against
the pipeline's own order on the same records: 2 folds by a hash of the question id (`zlib.crc32`), and leave one
transcript out on real-dev. These are figures of the hits list before `border_pair` and the citing; the eval's
Hit@1 is the citations'. The run of record for an adopted model is bench/eval_sets.py.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
import zlib
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "bench" / "out" / "fit_rank"
K = 8
HEAD = K  # how many of the first hits a model re-orders (`--k`)
LOSS = "pairwise"  # or "listwise" (`--loss`)
NEW = re.compile(r"^(dev-learn29-\d+|seed-17[01]\d)$")
FEATURES = ("first", "log_rank", "score_gap", "fused", "dense", "lexical", "section", "sentence", "sentence_cosine",
            "passage_share", "sentence_share", "question_only", "answer", "log_words", "exchange", "pair",
            "first_neighbour", "same_transcript", "best_position", "sentence_margin", "border_facing")


def hit_span(hit) -> tuple[int, int]:
    if hit.start_char is not None and hit.end_char is not None:
        return hit.start_char, hit.end_char
    if hit.passages:
        return hit.passages[0].start_char, hit.passages[-1].end_char
    return hit.passage.start_char, hit.passage.end_char


def features(hits, question: str, query_vector: np.ndarray, store, fused: dict[int, float],
             coverage_weight: float) -> np.ndarray:
    """One row per hit of `hits` (the first K as the pipeline holds them before `border_pair`), FEATURES in order."""
    from qa.rerank import best_sentence, content_stems, neighbours, unit_scores, word_shares
    from qa.retrieve import is_question_only
    stems = content_stems(question)
    first = hits[0]
    top_fused = max(fused.values()) if fused else 1.0
    top_lexical = max([h.lexical or 0.0 for h in hits] + [1e-9])
    rows, best_at = [], []
    for i, h in enumerate(hits):
        vectors = store.vectors([h.row]) if h.row >= 0 else None
        dense = h.dense if h.dense is not None else (float(vectors[0] @ query_vector) if vectors is not None else 0.0)
        section = (float(store.section_vectors(store.section_of([h.row]))[0] @ query_vector)
                   if h.row >= 0 and store.section_count else 0.0)
        scored = unit_scores(store.unit_vectors, h, query_vector, units=store.units, stems=stems,
                             coverage_weight=coverage_weight)
        plain = best_sentence(store.unit_vectors, h, query_vector)
        texts = [h.passage.text[u.start:u.end] for u in store.units(h.row)] if h.row >= 0 else []
        best_text = texts[int(np.argmax(scored))] if len(scored) and texts else h.passage.text
        words = sum(len(p.text.split()) for p in h.passages) if h.passages else len(h.passage.text.split())
        best = int(np.argmax(scored)) if len(scored) else 0
        best_at.append((best, len(scored)))
        ordered = np.sort(scored)[::-1] if len(scored) else np.zeros(1)
        facing = 0.0  # the first hit's best sentence is its last unit and this is the next row, or first and previous
        if i > 0 and first.row >= 0 and abs(h.row - first.row) == 1 and neighbours(first.passage, h.passage):
            at, n = best_at[0]
            facing = float((h.row > first.row and at == n - 1) or (h.row < first.row and at == 0))
        rows.append([
            float(i == 0), math.log1p(i), h.score - first.score, fused.get(h.row, 0.0) / (top_fused or 1.0), dense,
            (h.lexical or 0.0) / top_lexical, section,
            float(np.max(scored)) if len(scored) else dense, plain if plain is not None else dense,
            float(word_shares(stems, [h.passage.text])[0]), float(word_shares(stems, [best_text])[0]),
            float(is_question_only(h.passage)), float(h.passage.role == "answer"), math.log(max(words, 1)),
            float(h.is_exchange), float(h.is_pair),
            float(i > 0 and first.row >= 0 and abs(h.row - first.row) == 1 and neighbours(first.passage, h.passage)),
            float(h.passage.transcript == first.passage.transcript),
            best / max(len(scored) - 1, 1), float(ordered[0] - ordered[1]) if len(ordered) > 1 else 0.0, facing])
    return np.array(rows, dtype=np.float64)


def question_sets(split: str = "dev"):
    from qa.evaluate.questions import load_questions
    shared = REPO.parent / "shared" / "data" / "transcripts"
    return [("seed", REPO / "qa" / "data" / "seed_questions.jsonl", REPO / "corpus", "index-seed"),
            ("real", REPO / "bench" / "questions" / "real-dev.jsonl", shared, "index-shared"),
            ("conversations", REPO / "bench" / "questions" / "conversations-dev.jsonl", shared, "index-shared")], \
        load_questions


def collect(indexes: Path, only: str | None) -> None:
    import qa.api as api
    from qa.config import Settings
    from qa.evaluate import metrics as m
    from qa.evaluate.questions import find_quote
    sets, load_questions = question_sets()
    state = {"record": None, "fused": None, "store": None, "question": None}
    real_border, real_retrieve = api.border_pair, api.retrieve

    def retrieve(*args, **kwargs):
        ranking = real_retrieve(*args, **kwargs)
        if state["fused"] is None:
            state["fused"] = {h.row: h.score for h in ranking.hits}
        return ranking

    def border_pair(question, query_vector, hits, *args, **kwargs):
        if state["record"] is None and hits:
            head = list(hits[:K])
            state["record"] = {
                "x": features(head, question, query_vector, state["store"], state["fused"] or {},
                              state["coverage"]),
                "spans": [(h.passage.transcript, *hit_span(h)) for h in hits[:10]]}
        return real_border(question, query_vector, hits, *args, **kwargs)

    api.border_pair, api.retrieve = border_pair, retrieve
    OUT.mkdir(parents=True, exist_ok=True)
    records = []
    for name, path, corpus, index in sets:
        if only and name != only:
            continue
        tqa = api.TranscriptQA(Settings(index_dir=str(indexes / index)))
        store = tqa.store()
        state["store"], state["coverage"] = store, tqa.settings.sentence_coverage_weight
        texts = {}
        for q in load_questions(path):
            if q.history or not q.answerable or not q.gold_quotes or not q.transcript:
                continue
            text = texts.setdefault(q.transcript, store.text(store.resolve(q.transcript)))
            gold = [span for quote in q.gold_quotes for span in find_quote(text, quote)]
            state["record"], state["fused"] = None, None
            answer, _ = tqa.ask_ranked(q.question, k=10, depth=m.BUDGET_DEPTH)
            record = state["record"]
            if record is None:
                continue
            resolved = store.resolve(q.transcript)
            record["gold"] = [t == resolved and m.overlaps((s, e), gold) for t, s, e in record["spans"]]
            c = answer.citations
            record["cited1"] = bool(c) and c[0].transcript == resolved and m.overlaps((c[0].start_char, c[0].end_char),
                                                                                        gold)
            record.update(id=q.id, set=name, transcript=q.transcript, answerable=answer.answerable)
            records.append(record)
        print(name, sum(r["set"] == name for r in records), flush=True)
    with open(OUT / (f"records-{only}.pkl" if only else "records.pkl"), "wb") as f:
        pickle.dump(records, f)


def load(paths=None) -> list[dict]:
    paths = paths or sorted(OUT.glob("records*.pkl"))
    return [r for p in paths for r in pickle.load(open(p, "rb"))]


def order(record: dict, w: np.ndarray | None) -> list[int]:
    """The positions of the hits list in the new order: the first K by w . x (stable), then the rest."""
    n = min(len(record["x"]), HEAD)
    head = list(range(n)) if w is None else sorted(range(n), key=lambda i: (-(record["x"][i] @ w), i))
    return head + list(range(n, len(record["gold"])))


def figures(records: list[dict], w: np.ndarray | None) -> tuple[int, float]:
    hit, mrr = 0, 0.0
    for r in records:
        ranked = [r["gold"][i] for i in order(r, w)][:10]
        hit += bool(ranked and ranked[0])
        mrr += next((1.0 / (i + 1) for i, g in enumerate(ranked) if g), 0.0)
    return hit, mrr


def pairs(records: list[dict], names: tuple[int, ...]):
    diffs, weights = [], []
    for r in records:
        x = r["x"][:HEAD, names]
        good = [i for i in range(len(x)) if r["gold"][i]]
        bad = [i for i in range(len(x)) if not r["gold"][i]]
        if not good or not bad:
            continue
        d = np.array([x[g] - x[b] for g in good for b in bad])
        diffs.append(d)
        weights.append(np.full(len(d), 1.0 / len(d)))
    return np.vstack(diffs), np.concatenate(weights)


def listwise(records: list[dict], names: tuple[int, ...]):
    """Per question with gold and a hit off it in its first HEAD: its rows, and which hold gold."""
    out = []
    for r in records:
        x = r["x"][:HEAD, names]
        gold = np.array(r["gold"][:len(x)], dtype=bool)
        if gold.any() and not gold.all():
            out.append((x, gold))
    return out


def fit(records: list[dict], names: tuple[int, ...], l2: float) -> np.ndarray:
    if LOSS == "listwise":  # a conditional logit: the log of the softmax's mass on the gold hits
        groups = listwise(records, names)

        def loss(w):
            value, grad = l2 * w @ w, 2 * l2 * w
            for x, gold in groups:
                z = x @ w
                p = np.exp(z - z.max())
                p /= p.sum()
                q = p * gold / p[gold].sum()
                value -= math.log(p[gold].sum())
                grad = grad - x.T @ (q - p)
            return value / 1.0, grad

        w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
        full = np.zeros(len(FEATURES))
        full[list(names)] = w
        return full
    d, weight = pairs(records, names)

    def loss(w):
        z = d @ w
        value = np.sum(weight * np.logaddexp(0.0, -z)) + l2 * w @ w
        grad = -(d.T @ (weight / (1.0 + np.exp(z)))) + 2 * l2 * w
        return value, grad

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
    full = np.zeros(len(FEATURES))
    full[list(names)] = w
    return full


def fold_of(qid: str) -> int:
    return zlib.crc32(qid.encode()) % 2


MODELS = {
    "all": FEATURES,
    "all18": FEATURES[:18],  # the first round, without the best sentence's place (best_position and after)
    "few": ("log_rank", "score_gap", "sentence", "sentence_share", "passage_share", "fused", "section"),
    "order+sentence": ("log_rank", "score_gap", "sentence", "sentence_cosine", "sentence_share"),
    "order+shares": ("log_rank", "score_gap", "passage_share", "sentence_share"),
    "order+place": ("log_rank", "score_gap", "first_neighbour", "best_position", "sentence_margin", "border_facing"),
    "raw": ("fused", "dense", "lexical", "section", "sentence", "sentence_cosine", "passage_share", "sentence_share",
            "question_only", "answer", "log_words", "exchange", "pair"),
    "order+kind": ("log_rank", "score_gap", "question_only", "answer", "exchange", "log_words", "first_neighbour"),
}


KINDS = ("why", "view", "short", "how", "what")
INTERACTED = ("sentence_share", "passage_share", "sentence", "log_words", "question_only", "exchange", "score_gap",
              "log_rank")


def with_kinds(records: list[dict]) -> None:
    """Each record's rows widened by INTERACTED times a flag of its question's kind (KINDS: asks why, `asked_kind`
    reason; a view or intent; three content words or fewer; "how" not of a count; "what"): within one question the
    flags are constant, so alone they weigh nothing, and only their products can move a hit."""
    global FEATURES
    from qa.cite import asked_kind
    from qa.evaluate.questions import load_questions
    from qa.rerank import content_stems
    sets, _ = question_sets()
    text = {q.id: q.question for _, path, _, _ in sets for q in load_questions(path)}
    base = FEATURES
    for r in records:
        q = text[r["id"]]
        kind, low = asked_kind(q), q.lower()
        flags = {"why": kind == "reason", "view": kind in ("opinion", "intent"), "short": len(content_stems(q)) <= 3,
                 "how": low.startswith("how ") and not re.match(r"how (many|much)\b", low),
                 "what": low.startswith("what ")}
        x = r["x"][:, :len(base)]
        r["x"] = np.hstack([x, np.column_stack([x[:, base.index(f)] * float(flags[k])
                                                for k in KINDS for f in INTERACTED])])
    FEATURES = base + tuple(f"{f}*{k}" for k in KINDS for f in INTERACTED)
    MODELS["kinds"] = base[:18] + FEATURES[len(base):]  # the first round's 18 and the products
    MODELS["order+kinds"] = ("log_rank", "score_gap") + FEATURES[len(base):]


def folds_of(old: list[dict]):
    folds = [("id0", lambda r: fold_of(r["id"]) == 0), ("id1", lambda r: fold_of(r["id"]) == 1)]
    return folds + [(t[:10], (lambda t: lambda r: r["set"] == "real" and r["transcript"] == t)(t))
                    for t in sorted({r["transcript"] for r in old if r["set"] == "real"})]


def grid_line(old: list[dict], names: tuple[str, ...], l2: float) -> str:
    """Per fold: the change of the first hit's gold and of MRR@10 on the held records (s: seed, r: real)."""
    idx = tuple(FEATURES.index(n) for n in names)
    out = []
    for label, test in folds_of(old):
        w = fit([r for r in old if not test(r)], idx, l2)
        cell = []
        for s in ("seed", "real"):
            held = [r for r in old if test(r) and r["set"] == s]
            if held:
                (h0, m0), (h1, m1) = figures(held, None), figures(held, w)
                cell.append(f"{s[0]}{h1 - h0:+d}/{m1 - m0:+.1f}")
        out.append(label + ":" + ",".join(cell))
    return "  ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("collect", "cv", "grid", "fit", "new"))
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--only", help="collect one set (seed, real, conversations)")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--l2s", default="0.01", help="grid: a list of L2 weights")
    parser.add_argument("--model", default=None, help="one of MODELS (default: all of them)")
    parser.add_argument("--k", default=str(K), help="how many first hits a model re-orders (grid: a list)")
    parser.add_argument("--kinds", action="store_true", help="add the question-kind products (`with_kinds`)")
    parser.add_argument("--loss", choices=("pairwise", "listwise"), default="pairwise")
    args = parser.parse_args()
    global HEAD, LOSS
    HEAD, LOSS = int(args.k.split(",")[0]), args.loss
    if args.what == "collect":
        collect(args.indexes, args.only)
        return
    records = load()
    if args.kinds:
        with_kinds(records)
    old = [r for r in records if not NEW.match(r["id"])]
    new = [r for r in records if NEW.match(r["id"])]
    models = {m: MODELS[m] for m in args.model.split(",")} if args.model else MODELS
    if args.what == "grid":  # --model a,b --k 3,8 --loss ... --l2 given as a list: one line per cell
        for label, names in models.items():
            for k in args.k.split(","):
                for l2 in args.l2s.split(","):
                    HEAD = int(k)
                    print(f"{label} k{k} {LOSS} l2={l2}: {grid_line(old, names, float(l2))}", flush=True)
        return
    if args.what == "cv":
        print(f"records: old {len(old)}, new {len(new)}; cited [1] on gold (old): {sum(r['cited1'] for r in old)}, "
              f"hits[0] on gold: {sum(r['gold'][0] for r in old)}")
        folds = [("id0", lambda r: fold_of(r["id"]) == 0), ("id1", lambda r: fold_of(r["id"]) == 1)]
        folds += [(f"lto:{t[:14]}", (lambda t: lambda r: r["set"] == "real" and r["transcript"] == t)(t))
                  for t in sorted({r["transcript"] for r in old if r["set"] == "real"})]
        for label, names in models.items():
            idx = tuple(FEATURES.index(n) for n in names)
            print(f"== {label} (l2 {args.l2})")
            for fold, test in folds:
                train = [r for r in old if not test(r)]
                held = [r for r in old if test(r)]
                w = fit(train, idx, args.l2)
                parts = []
                for s in ("seed", "real", "conversations"):
                    rs = [r for r in held if r["set"] == s]
                    if not rs:
                        continue
                    (h0, m0), (h1, m1) = figures(rs, None), figures(rs, w)
                    parts.append(f"{s} {len(rs)}: hit {h0}->{h1} mrr {m0:.1f}->{m1:.1f}")
                print(f"  {fold:22s} " + "; ".join(parts), flush=True)
    elif args.what in ("fit", "new"):
        for label, names in models.items():
            idx = tuple(FEATURES.index(n) for n in names)
            w = fit(old, idx, args.l2)
            print(f"== {label}: " + ", ".join(f"{FEATURES[i]}={w[i]:.4f}" for i in idx))
            for s in ("seed", "real", "conversations"):
                rs = [r for r in (new if args.what == "new" else old) if r["set"] == s]
                if rs:
                    (h0, m0), (h1, m1) = figures(rs, None), figures(rs, w)
                    print(f"  {s} {len(rs)}: hit {h0}->{h1} mrr {m0:.1f}->{m1:.1f}")


if __name__ == "__main__":
    main()
