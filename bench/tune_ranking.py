"""How the ranking constants were chosen: fusion variants scored on question sets from cached features.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_ranking.py seed realdev convdev   # our dev sets (the product's
                                                                                  # retrieve, from cached queries)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_ranking.py val                    # QMSum val, both scopes
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_ranking.py --report seedtest realtest test   # held out, once

Our own sets (seed, realdev, convdev; held out: seedtest, realtest) run on the public Store API
(`TranscriptQA.store()`): each question's query (vector and BM25 text, history folded in as `ask` does) is
computed once and cached in bench/out/tune/queries-<set>.pkl, then every variant calls the product's
`qa.retrieve.retrieve` with its constants, and is scored with `tqa eval`'s metric functions (Hit@1, MRR@10, hit and
recall within 200/600/1000/2000 words; 100 passages deep, no question declined). `tqa eval` remains the measure
of record (bench/eval_sets.py).

QMSum (val; held out: test) uses the split's index in bench/out/qmsum/index-<split> when it is current. Embedding
a split takes over an hour on the shared two cores, so where only an index of the earlier format is there
(bench/out/qmsum/old/index-<split>, with its cached question vectors and BM25 scores, features-<split>.pkl) the
variants run on a numpy mirror of `retrieve` over those arrays, built from the same fusion functions
(`qa.retrieve.convex_scores`, `fuse_rankings`, `is_question_only`). With windows off and RRF the mirror gives
exactly the figures `tqa eval` gave on that index (val over the corpus, docs/evaluation.md's "before" row).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.answerable import CorpusWords  # noqa: E402
from qa.api import TranscriptQA, _question_exchanges, _source_rows  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.conversation import build_query, context_of  # noqa: E402
from qa.evaluate import metrics as m  # noqa: E402
from qa.exchange import ranked_span  # noqa: E402
from qa.rerank import rerank_by_sentence  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.retrieve import (QUESTION_DEPTH, Query, convex_scores, fuse_rankings, is_question_only,  # noqa: E402
                         rapid_talk, retrieve)
from qa.types import Passage, Piece, Turn  # noqa: E402

SHARED = REPO.parent / "shared"
QMSUM = SHARED / "bench" / "qmsum"
OUT = REPO / "bench" / "out"
QUESTIONS = REPO / "bench" / "questions"
SETS = {  # name: (index folder, corpus, question file)
    "seed": (OUT / "index-seed", REPO / "corpus", REPO / "qa" / "data" / "seed_questions.jsonl"),
    "seedtest": (OUT / "index-seed", REPO / "corpus", REPO / "qa" / "data" / "seed_questions_heldout.jsonl"),
    "realdev": (OUT / "index-shared", SHARED / "data" / "transcripts", QUESTIONS / "real-dev.jsonl"),
    "realtest": (OUT / "index-shared", SHARED / "data" / "transcripts", QUESTIONS / "real-test.jsonl"),
    "convdev": (OUT / "index-shared", SHARED / "data" / "transcripts", QUESTIONS / "conversations-dev.jsonl"),
    "convtest": (OUT / "index-shared", SHARED / "data" / "transcripts", QUESTIONS / "conversations-test.jsonl"),
    "val": (OUT / "qmsum" / "index-val", QMSUM / "val" / "transcripts", QMSUM / "val" / "questions.jsonl"),
    "test": (OUT / "qmsum" / "index-test", QMSUM / "test" / "transcripts", QMSUM / "test" / "questions.jsonl"),
}
DEPTH = m.BUDGET_DEPTH
COLS = ["hit@1", "mrr@10", "hit@200w", "hit@600w", "hit@1000w", "hit@2000w", "recall@200w", "recall@600w",
        "recall@1000w", "recall@2000w", "words"]


class StoreSet:
    """A question set over a current index, ranked by the product's `retrieve`."""

    def __init__(self, name: str):
        index_dir, corpus, questions = SETS[name]
        self.name = name
        self.qa = TranscriptQA(Settings(index_dir=index_dir))
        self.qa.ingest([corpus])
        self.store = self.qa.store()
        self.texts = {n: self.store.transcript(n).text for n in self.store.infos()}
        self.prefix = {n: m.nonspace_prefix(t) for n, t in self.texts.items()}
        self.questions = [q for q in load_questions(questions) if q.answerable]
        self.gold = locate_gold(self.questions, self.texts.__getitem__, source="q")
        self.queries = self._queries()

    def _queries(self) -> dict[str, Query]:
        """Each question's query as `ask` builds it, cached per set and index generation."""
        cache = OUT / "tune" / f"queries-{self.name}.pkl"
        key = (str(self.store.generation), len(self.store))
        if cache.exists():
            saved = pickle.loads(cache.read_bytes())
            if saved["key"] == key:
                return saved["queries"]
        store, encoder = self.store, self.qa.query_encoder
        corpus = CorpusWords(store.lexical.scores, None, lambda source: _source_rows(store, None, source),
                             lambda word: encoder.count_tokens([word]) == [1])
        queries = {}
        for q in self.questions:
            context = context_of(q.question, q.history, corpus.known, self.qa.settings.history_turns)
            queries[q.id] = build_query(q.question, context, encoder.encode)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps({"key": key, "queries": queries}))
        return queries

    def rows(self, q, scope: str):
        return self.store.rows([q.transcript], None) if scope == "transcript" else None

    def ranked(self, q, scope: str, v: dict) -> list[tuple[str, int, int, int]]:
        s = self.qa.settings
        ranking = retrieve(self.store, self.store.lexical, self.queries[q.id], k=max(DEPTH, s.sentence_depth),
                           mode="hybrid",
                           dense_weight=v.get("dense_weight", s.dense_weight), rrf_k=s.rrf_k,
                           candidates=s.candidates, rows=self.rows(q, scope),
                           section_weight=v.get("section_weight", s.section_weight),
                           section_lexical=self.store.section_lexical,
                           window_words=v.get("window_words", s.window_words),
                           window_turn_words=s.window_turn_words,
                           window_weights=v.get("window_weights", (s.window_dense_weight, s.window_lexical_weight)),
                           fusion=v.get("fusion", s.fusion),
                           question_weight=v.get("question_weight", s.question_weight))
        # what `ask_ranked` does next: the sentence re-ranking (not for follow-ups), the reporters' exchanges
        query = self.queries[q.id]
        weight = 0.0 if query.lexical_text != query.question else v.get("sentence_weight", s.sentence_weight)
        hits = rerank_by_sentence(ranking.hits, self.store.unit_vectors, query.vector, weight=weight,
                                  depth=s.sentence_depth, units=self.store.units, question=q.question,
                                  coverage_weight=v.get("sentence_coverage_weight", s.sentence_coverage_weight))
        if v.get("question_exchanges", s.question_exchanges):
            hits = _question_exchanges(self.store, hits, self.rows(q, scope))
        spans = [ranked_span(h) for h in hits[:DEPTH]]
        return [(p.transcript, p.start_char, p.end_char, len(p.text.split())) for p in spans]


class LegacySet:
    """QMSum over an index of the earlier format (jsonl + npy) and its cached question features, ranked by a numpy
    mirror of `retrieve` (same fusion functions)."""

    def __init__(self, name: str):
        _, _, questions = SETS[name]
        folder = OUT / "qmsum" / "old" / f"index-{name}" / "gen-000001"
        self.name = name
        self.P = [Passage(**json.loads(line)) for line in (folder / "passages.jsonl").open(encoding="utf-8")]
        self.V = np.load(folder / "vectors.npy")
        transcripts = [json.loads(line) for line in (folder / "transcripts.jsonl").open(encoding="utf-8")]
        self.texts = {t["info"]["name"]: t["text"] for t in transcripts}
        turns = {t["info"]["name"]: [Turn(**{**u, "pieces": tuple(Piece(**p) for p in u["pieces"])})
                                     for u in t["turns"]] for t in transcripts}
        self.turns = turns
        self.prefix = {n: m.nonspace_prefix(t) for n, t in self.texts.items()}
        self.owner = np.asarray([p.transcript for p in self.P])
        sections = [json.loads(line) for line in (folder / "sections.jsonl").open(encoding="utf-8")]
        number = {(s["transcript"], s["number"]): i for i, s in enumerate(sections)}
        self.section_of = np.asarray([number[(p.transcript, p.section)] for p in self.P])
        summed = np.zeros((len(sections), self.V.shape[1]), np.float32)
        np.add.at(summed, self.section_of, self.V)
        self.SV = summed / np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
        self.question_only = np.asarray([is_question_only(p) for p in self.P])
        self.words = np.asarray([len(p.text.split()) for p in self.P])
        self.active = np.asarray([rapid_talk(turns[p.transcript], Settings().window_turn_words) for p in self.P])
        self.feat = pickle.loads((OUT / "qmsum" / "old" / f"features-{name}.pkl").read_bytes())
        self.questions = [q for q in load_questions(questions) if q.answerable and q.id in self.feat]
        self.gold = locate_gold(self.questions, self.texts.__getitem__, source="q")
        self._windows = {}

    def windows(self, words: int):
        """(lo, hi, order) per row: its context window as `qa.retrieve.context_windows` cuts it, and the
        windows' unit vectors."""
        if words not in self._windows:
            order = np.arange(len(self.P))  # passages.jsonl is in file order, transcript after transcript
            lo, hi = np.zeros(len(order), np.int64), np.zeros(len(order), np.int64)
            vectors = np.zeros_like(self.V)
            for name in dict.fromkeys(self.owner):
                rows = np.flatnonzero(self.owner == name)
                before = np.concatenate(([0], np.cumsum(self.words[rows])))
                at = np.arange(len(rows))
                left = np.minimum(np.searchsorted(before, before[at] - words, side="left"), at)
                right = np.maximum(np.searchsorted(before, before[at + 1] + words, side="right") - 1, at + 1)
                lo[rows], hi[rows] = rows[0] + left, rows[0] + right
                summed = np.concatenate((np.zeros((1, self.V.shape[1]), np.float32), np.cumsum(self.V[rows], axis=0)))
                w = summed[right] - summed[left]
                vectors[rows] = w / np.maximum(np.linalg.norm(w, axis=1, keepdims=True), 1e-12)
            self._windows[words] = (lo, hi, vectors)
        return self._windows[words]

    def ranked(self, q, scope: str, v: dict) -> list[tuple[str, int, int, int]]:
        s = Settings()
        f = self.feat[q.id]
        get = lambda key, default: v.get(key, default)  # noqa: E731
        dw, sw = get("dense_weight", s.dense_weight), get("section_weight", s.section_weight)
        ww = get("window_weights", (s.window_dense_weight, s.window_lexical_weight))
        wwords, fusion = get("window_words", s.window_words), get("fusion", s.fusion)
        qweight, n, k = get("question_weight", s.question_weight), s.candidates, s.rrf_k
        pool = np.flatnonzero(self.owner == q.transcript) if scope == "transcript" else np.arange(len(self.P))
        cos = self.V[pool] @ f["qv"]
        lex = f["lex"][pool].astype(np.float64)
        dense = [(int(pool[i]), float(cos[i])) for i in _top(cos, n)]
        lexical = [(int(pool[i]), float(lex[i])) for i in _top(lex, n) if lex[i] > 0]
        spool = np.unique(self.section_of[pool])
        scos_all = self.SV @ f["qv"]
        slex_all = f["slex"].astype(np.float64)
        window = []
        if wwords > 0 and max(ww) > 0:
            lo, hi, wv = self.windows(wwords)
            apool = pool[self.active[pool]]
            summed = np.concatenate(([0.0], np.cumsum(f["lex"].astype(np.float64))))
            wlex_all = summed[hi] - summed[lo]
            wcos = wv[apool] @ f["qv"]
            window = [[(int(apool[i]), float(wcos[i])) for i in _top(wcos, n)],
                      [(int(apool[i]), float(wlex_all[apool][i])) for i in _top(wlex_all[apool], n)
                       if wlex_all[apool][i] > 0]] if len(apool) else [[], []]
        if fusion == "convex":
            cands = np.unique([r for lst in (dense, lexical, *window) for r, _ in lst]).astype(np.int64)
            zeros = np.zeros(len(cands))
            norm = lambda a, p: a[cands] / a[p].max() if len(p) and a[p].max() > 0 else zeros  # noqa: E731
            sec = self.section_of[cands]
            wd = wl = zeros
            act = np.zeros(len(cands), dtype=bool)
            if window:
                act = self.active[cands]
                wd, wl = wv[cands] @ f["qv"], norm(wlex_all, apool)
            best_section = slex_all[spool].max()
            fused_arr = convex_scores(self.V[cands] @ f["qv"], norm(f["lex"].astype(np.float64), pool),
                                      scos_all[sec], slex_all[sec] / best_section if best_section > 0 else zeros,
                                      wd, wl, act, dense_weight=dw, section_weight=sw,
                                      window_weights=ww if window else (0.0, 0.0))
            fused = dict(zip(cands.tolist(), fused_arr.tolist()))
        else:
            fused = dict(fuse_rankings(dense, lexical, dw, k))
            if sw:
                sd = [(int(spool[i]), 0.0) for i in _top(scos_all[spool], n)]
                sl = [(int(spool[i]), 0.0) for i in _top(slex_all[spool], n) if slex_all[spool][i] > 0]
                by_section = dict(fuse_rankings(sd, sl, dw, k))
                fused = {r: s_ + sw * by_section.get(int(self.section_of[r]), 0.0) for r, s_ in fused.items()}
            for weight, ranking in zip(ww, window):
                for rank, (r, _) in enumerate(ranking, 1):
                    fused[r] = fused.get(r, 0.0) + weight / (k + rank)
        ranked = sorted(fused.items(), key=lambda it: (-it[1], it[0]))
        if qweight != 1.0:
            head = [(r, sc * qweight if self.question_only[r] else sc) for r, sc in ranked[:QUESTION_DEPTH]]
            ranked = sorted(head, key=lambda it: (-it[1], it[0])) + ranked[QUESTION_DEPTH:]
        if v.get("mirror_rerank"):
            ranked = self.rerank(q, f["qv"], ranked, v)
        return [(self.P[r].transcript, self.P[r].start_char, self.P[r].end_char, int(self.words[r]))
                for r, _ in ranked[:DEPTH]]

    # The sentence re-ranking of `ask` (qa.rerank), mirrored: this index has no stored sentence units, so the units
    # of the passages it reaches are cut by qa.segment.sentence_units and embedded once, cached in
    # bench/out/qmsum/old/units-<split>.pkl.
    def units(self, rows) -> None:
        """The sentence units (texts, vectors) of every passage, cut and embedded in one batch the first time."""
        if hasattr(self, "_units"):
            return
        cache = OUT / "qmsum" / "old" / f"units-{self.name}.pkl"
        if cache.exists():
            saved = pickle.loads(cache.read_bytes())
            if len(saved) == len(self.P):
                self._units = saved
                return
        from embeddings.encoder import load_encoder
        from qa.segment import sentence_units

        cut = [[p.text[u.start:u.end] for u in sentence_units(self.turns[p.transcript][p.turn_index], p)]
               for p in self.P]
        vectors = load_encoder(Settings().model).encode([t for texts in cut for t in texts], batch_size=128)
        self._units, at = {}, 0
        for r, texts in enumerate(cut):
            self._units[r] = (texts, np.asarray(vectors[at:at + len(texts)], np.float32))
            at += len(texts)
        cache.write_bytes(pickle.dumps(self._units))

    def rerank(self, q, qv, ranked, v) -> list:
        from qa.rerank import content_stems, word_shares

        s = Settings()
        depth, weight = s.sentence_depth, v.get("sentence_weight", s.sentence_weight)
        cw = v.get("sentence_coverage_weight", s.sentence_coverage_weight)
        head, tail = ranked[:depth], ranked[depth:]
        self.units([r for r, _ in head])
        stems = content_stems(q.question) if cw > 0 else frozenset()
        top = max(sc for _, sc in head) or 1.0
        mixed = []
        for r, sc in head:
            texts, vecs = self._units[r]
            u = (vecs @ qv).astype(np.float64) if len(vecs) else np.array([float(self.V[r] @ qv)])
            # as `ask`: no word share in rapid talk, unless the variant asks for it
            if len(vecs) and cw > 0 and (not self.active[r] or v.get("coverage_in_rapid_talk")):
                u = u + cw * word_shares(stems, texts)
            mixed.append((r, (1 - weight) * sc / top + weight * float(u.max())))
        mixed.sort(key=lambda it: -it[1])
        return mixed + tail


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    n = min(n, len(scores))
    if n <= 0:
        return np.zeros(0, np.int64)
    idx = np.argpartition(-scores, n - 1)[:n]
    return idx[np.argsort(-scores[idx], kind="stable")]


def load(name: str):
    index_dir = SETS[name][0]
    manifest = index_dir / "manifest.json"
    if name in ("val", "test") and not (manifest.exists() and json.loads(manifest.read_text()).get("format") == 3):
        return LegacySet(name)
    return StoreSet(name)


def score(data, q, ranked) -> dict[str, float]:
    gold = data.gold[q.id]
    first = m.first_relevant_rank(m.relevance([r[:3] for r in ranked], q.transcript, gold))
    out = {"hit@1": float(first == 1), "mrr@10": 1.0 / first if first and first <= 10 else 0.0}
    out.update(m.budget_scores(ranked, q.transcript, gold, data.prefix[q.transcript]))
    out["words"] = float(np.mean([r[3] for r in ranked[:5]])) if ranked else 0.0
    return out


def evaluate(data, scope: str, variant: dict) -> dict[str, float]:
    rows = [score(data, q, data.ranked(q, scope, variant)) for q in data.questions]
    return {k: float(np.mean([r[k] for r in rows])) for k in rows[0]}


def show(label: str, res: dict) -> None:
    print(f"{label:58s} " + " ".join(f"{res[c]:.3f}" if c != "words" else f"{res[c]:.0f}" for c in COLS), flush=True)


def header() -> None:
    print(f"{'':58s} " + " ".join(c.replace("recall", "R").replace("@", "")[:6] for c in COLS), flush=True)


# The default before this change: weighted reciprocal rank fusion with these constants.
BEFORE = dict(fusion="rrf", dense_weight=0.5, section_weight=1.0, question_weight=1.0, sentence_weight=0.3)


# The variants: the RRF default before this change, then the convex fusion's grid (dense weight, section weight,
# window weights), each with and without the question-only demotion.
def grid(qmsum: bool) -> list[tuple[str, dict]]:
    variants = [("rrf (before)", BEFORE), ("rrf + question 0.5", {**BEFORE, "question_weight": 0.5})]
    if qmsum:  # fewer: each variant costs about 10 s here; windows (2.0, 1.0) unless said
        for dw in (0.6, 0.7, 0.8):
            for sw in (0.0, 0.25, 0.5):
                variants.append((f"convex w{dw} s{sw} q0.7",
                                 dict(fusion="convex", dense_weight=dw, section_weight=sw, question_weight=0.7)))
        for ww in ((0.5, 0.5), (1.0, 1.0), (4.0, 2.0), (2.0, 2.0), (1.0, 2.0), (4.0, 4.0)):
            for dw, sw in ((0.7, 0.0), (0.8, 0.0), (0.7, 0.25)):
                variants.append((f"convex w{dw} s{sw} q0.7 windows {ww}", dict(
                    fusion="convex", dense_weight=dw, section_weight=sw, question_weight=0.7, window_weights=ww)))
        return variants
    for qw in (1.0, 0.7, 0.5):
        for dw in (0.5, 0.6, 0.7, 0.8):
            for sw in (0.0, 0.25, 0.5, 1.0):
                variants.append((f"convex w{dw} s{sw} q{qw}",
                                 dict(fusion="convex", dense_weight=dw, section_weight=sw, question_weight=qw)))
    return variants


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", choices=list(SETS))
    parser.add_argument("--report", action="store_true", help="only the before/after pair (for held-out sets)")
    parser.add_argument("--only", action="store_true", help="only the --variant variants")
    parser.add_argument("--variant", action="append", default=[], help="extra variant as JSON, e.g. "
                        '\'{"fusion": "convex", "dense_weight": 0.7}\'')
    args = parser.parse_args()
    header()
    for name in args.sets:
        data = load(name)
        qmsum = name in ("val", "test")
        variants = [] if args.only else [("rrf (before)", BEFORE), ("default", {})] if args.report else grid(qmsum)
        variants += [(text, json.loads(text)) for text in args.variant]
        for scope in ("transcript", "corpus") if qmsum else ("corpus",):
            for label, variant in variants:
                show(f"{name} {scope[:6]} {label}", evaluate(data, scope, variant))


if __name__ == "__main__":
    main()
