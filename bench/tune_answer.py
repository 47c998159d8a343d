"""Collect what the answer stage decides on, for the development question sets, so that its constants can be
chosen offline: per question the decline evidence, the ranks of relevant citations, and per unit of the first
citations its cosine, word overlap and whether it overlaps gold.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer.py collect --split dev     # writes bench/out/answer/
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer.py highlight               # highlight rules on dev
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer.py decline                 # decline rules on dev
    (the decline rules of 2026-12-02 were chosen with bench/tune_decline.py, which replays an eval_sets dev run)
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer.py units --split dev       # units of relevant citations
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer.py unit-rules              # the unit score's weights
    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_answer.py unit-type               # the answer-type weight

A development tool: it looks inside the API (it records what `qa.api` hands to `qa.cite.cite`) and lets every
question be answered, so that the decision can be replayed under any rule.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.api  # noqa: E402
from qa.answerable import Verdict  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import BUNDLED_CORPUS, Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from qa.types import to_json  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
QUESTIONS = REPO / "bench" / "questions"
OUT = REPO / "bench" / "out" / "answer"
SETS = {
    "dev": {"seed": (REPO / "qa/data/seed_questions.jsonl", "seed"), "real": (QUESTIONS / "real-dev.jsonl", "shared"),
            "unanswerable": (QUESTIONS / "unanswerable-dev.jsonl", "shared"),
            "conversations": (QUESTIONS / "conversations-dev.jsonl", "shared")},
    "test": {"seed": (REPO / "qa/data/seed_questions_heldout.jsonl", "seed"),
             "real": (QUESTIONS / "real-test.jsonl", "shared"),
             "unanswerable": (QUESTIONS / "unanswerable-test.jsonl", "shared"),
             "conversations": (QUESTIONS / "conversations-test.jsonl", "shared")},
}
CORPORA_UNITS = {"seed": (BUNDLED_CORPUS, REPO / "bench" / "out" / "index-seed"),
                 "shared": (SHARED, REPO / "bench" / "out" / "index-shared")}
CORPORA = {"seed": (BUNDLED_CORPUS, OUT / "idx-seed"), "shared": (SHARED, OUT / "idx-shared")}


def overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and b > s for s, e in spans)


def open_set(path: Path, corpus: Path, index: Path, answerable_only: bool = False):
    """A question set's index (ingested, a no-op when current), its questions and their located gold spans."""
    tqa = TranscriptQA(Settings(index_dir=index))
    tqa.ingest([corpus])
    questions = [q for q in load_questions(path) if q.answerable or not answerable_only]
    texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions if q.transcript}}
    return tqa, questions, locate_gold(questions, texts.__getitem__, source=str(path))


def collect(split: str, k: int = 10, dense: int = 3) -> list[dict]:
    """Ask every question of `split` (never declining) and record what the answer stage saw."""
    seen = {}
    real_cite = qa.api.cite

    def recording_cite(question, question_vector, hits, transcripts, units_of, vectors_of, file_of=None):
        units = [list(units_of(h.passage)) for h in hits[:dense]]
        seen["units"] = [[(h.passage.transcript, u.start_char, u.end_char, h.passage.text[u.start:u.end])
                          for u in us] for h, us in zip(hits, units)]
        seen["vectors"] = [vectors_of(h.passage, us) for h, us in zip(hits, units)]
        seen["cosines"] = [v @ question_vector for v in seen["vectors"]]
        seen["question_vector"] = question_vector
        return real_cite(question, question_vector, hits, transcripts, units_of, vectors_of, file_of)

    qa.api.cite = recording_cite
    qa.api.decide = lambda evidence, *args: Verdict(True, None)
    records = []
    for set_name, (path, corpus_name) in SETS[split].items():
        tqa, questions, gold = open_set(path, *CORPORA[corpus_name])
        for q in questions:
            seen.clear()
            answer = tqa.ask(q.question, history=q.history, k=k)
            spans = gold[q.id]
            rel = [c.transcript == q.transcript and overlaps(c.start_char, c.end_char, spans) for c in answer.citations]
            units = [[dict(text=t, gold=name == q.transcript and overlaps(a, b, spans), cosine=float(cos),
                           vector=vec.astype(np.float16))
                      for (name, a, b, t), cos, vec in zip(us, coss, vecs)]
                     for us, coss, vecs in zip(seen.get("units", []), seen.get("cosines", []),
                                               seen.get("vectors", []))]
            records.append(dict(set=set_name, id=q.id, question=q.question, history=list(q.history),
                                category=q.category, transcript=q.transcript,
                                answerable=q.answerable, relevant=rel, units=units,
                                question_vector=seen.get("question_vector"),
                                answer=to_json(answer)))
        print(f"{split} {set_name}: {len(questions)} questions", file=sys.stderr)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("collect", "highlight", "decline", "units", "unit-rules", "unit-type"))
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.what == "collect":
        records = collect(args.split)
        (OUT / f"records-{args.split}.pkl").write_bytes(pickle.dumps(records))
    elif args.what == "highlight":
        tune_highlight(pickle.loads((OUT / f"records-{args.split}.pkl").read_bytes()))
    elif args.what == "units":
        (OUT / f"units-{args.split}.pkl").write_bytes(pickle.dumps(collect_units(args.split)))
    elif args.what == "unit-type":
        tune_unit_type(pickle.loads((OUT / f"units-{args.split}.pkl").read_bytes()))
    elif args.what == "unit-rules":
        tune_units(pickle.loads((OUT / f"units-{args.split}.pkl").read_bytes()))
    elif args.what == "decline":
        tune_decline(regather(pickle.loads((OUT / f"records-{args.split}.pkl").read_bytes())))




def collect_units(split: str, k: int = 5) -> list[dict]:
    """Ask every answerable question of `split` (never declining) and record, for each of its first k citations,
    whether it is relevant and the units a highlight may be chosen among: per candidate passage (an exchange's
    passages, a passage alone) its role and place, per unit its text, file span, cosine to the query and
    whether it overlaps gold; with each question the document frequency of its words in the store."""
    seen = {}
    real_cite = qa.api.cite

    def recording_cite(question, question_vector, hits, transcripts, units_of, vectors_of, file_of=None):
        seen["hits"] = []
        for h in hits[:k]:
            candidates = []
            for p in (h.passages if h.is_exchange else (h.passage,)):
                us = list(units_of(p))
                cos = vectors_of(p, us) @ question_vector
                candidates.append(dict(role=p.role, text=p.text, units=[
                    dict(text=p.text[u.start:u.end], start_char=u.start_char, end_char=u.end_char,
                         cosine=float(c)) for u, c in zip(us, cos)]))
            seen["hits"].append(dict(exchange=h.is_exchange, candidates=candidates))
        return real_cite(question, question_vector, hits, transcripts, units_of, vectors_of, file_of)

    qa.api.cite = recording_cite
    qa.api.decide = lambda evidence, *args: Verdict(True, None)
    records = []
    for set_name in ("seed", "real", "conversations"):
        path, corpus_name = SETS[split][set_name]
        tqa, questions, gold = open_set(path, *CORPORA_UNITS[corpus_name], answerable_only=True)
        lexical, documents = tqa._current().lexical, len(tqa._current())
        for q in questions:
            seen.clear()
            answer = tqa.ask(q.question, history=q.history, k=k)
            spans = gold[q.id]
            for h, c in zip(seen.get("hits", []), answer.citations):
                h["relevant"] = c.transcript == q.transcript and overlaps(c.start_char, c.end_char, spans)
                h["highlight"] = c.highlight
                h["words"] = len(c.text.split())
                for cand in h["candidates"]:
                    for u in cand["units"]:
                        u["gold"] = c.transcript == q.transcript and overlaps(u["start_char"], u["end_char"], spans)
            df = {w: lexical.document_frequency(w) for w in set(re.findall(r"[\w'’-]+", q.question))}
            records.append(dict(set=set_name, id=q.id, question=q.question, history=list(q.history),
                                hits=seen.get("hits", []), df=df, documents=documents))
        print(f"{split} {set_name}: {len(questions)} questions", file=sys.stderr, flush=True)
    return records


def highlight_rules():
    """Candidate highlight rules: (name, function(question, units) -> (first, last) unit indexes)."""
    from qa.answerable import expected_answer, holds_answer
    from qa.rerank import content_stems

    def rule(overlap_weight, context_weight, extend, type_weight):
        def choose(question, units):
            stems = content_stems(question)
            kind = expected_answer(question)
            cos = np.array([u["cosine"] for u in units])
            over = np.array([len(stems & content_stems(u["text"])) for u in units]) / max(len(stems), 1)
            score = cos + overlap_weight * over
            if kind and type_weight:
                score = score + type_weight * np.array([bool(holds_answer(kind, [u["text"]])) for u in units])
            if context_weight:
                score = score + context_weight * np.concatenate([[0.0], score[:-1]])
            best = int(np.argmax(score))
            sizes = [len(u["text"].split()) for u in units]
            first = last = best
            fits_next = best + 1 < len(units) and sizes[best] + sizes[best + 1] <= 40
            fits_prev = best > 0 and sizes[best] + sizes[best - 1] <= 40
            if extend == "short" and fits_next and sizes[best] < 8:
                last = best + 1
            elif extend == "always" and fits_next:
                last = best + 1
            elif extend == "both":
                options = [(score[best + 1], best, best + 1)] if fits_next else []
                options += [(score[best - 1], best - 1, best)] if fits_prev else []
                if options:
                    _, first, last = max(options)
            return first, last
        return choose
    out = []
    for ow in (0.0, 0.25, 0.5, 1.0):
        for cw in (0.0, 0.25, 0.5):
            for ext in ("none", "short", "always", "both"):
                for tw in (0.0, 0.05, 0.1, 0.2):
                    out.append((f"overlap {ow} prev {cw} extend {ext} type {tw}", rule(ow, cw, ext, tw)))
    return out


def unit_rows(record: dict, hit: dict) -> list[dict]:
    """The units a highlight is chosen among for one recorded citation (an exchange's non-question passages),
    with the features the unit rules weigh."""
    import math
    from qa.answerable import expected_answer, holds_answer
    from qa.cite import _YES_NO
    from qa.rerank import content_stems
    question, n = record["question"], record["documents"]
    idf = {s: math.log(1 + (n - df + 0.5) / (df + 0.5)) for w, df in record["df"].items() for s in content_stems(w)}
    from qa.answerable import answer_type, holds_answer_type
    stems, kind = content_stems(question), expected_answer(question)
    typed = answer_type(question)
    yes_no = bool(_YES_NO.match(question))
    candidates = [c for c in hit["candidates"] if c["role"] != "question"] or hit["candidates"]
    rows = []
    for ci, c in enumerate(candidates):
        for ui, u in enumerate(c["units"]):
            held = content_stems(u["text"])
            rows.append(dict(passage=ci, text=u["text"], gold=u["gold"], cosine=u["cosine"],
                             overlap=len(stems & held) / max(len(stems), 1),
                             idf_overlap=sum(idf.get(s, 0) for s in stems & held)
                             / max(sum(idf.get(s, 0) for s in stems), 1e-9),
                             asks=u["text"].rstrip().endswith("?"), novel=len(held - stems) / max(len(held), 1),
                             kind=bool(kind and holds_answer(kind, [u["text"]])),
                             opening=yes_no and hit["exchange"] and ci == 0 and ui == 0,
                             typed=float(holds_answer_type(typed, [u["text"]])[0]),
                             words=len(u["text"].split())))
    return rows


def choose_units(rows: list[dict], w: dict) -> tuple[int, int]:
    """The highlight (first and last unit) under weights `w`: the best unit with its better neighbour within 40
    words in the same passage, as qa.cite.highlight_units."""
    s = np.array([x["cosine"] + w.get("overlap", 0) * x["overlap"] + w.get("idf", 0) * x["idf_overlap"]
                  - w.get("asks", 0) * x["asks"] + w.get("novel", 0) * x["novel"] + w.get("kind", 0) * x["kind"]
                  + w.get("opening", 0) * x["opening"] + w.get("atype", 0) * x.get("typed", 0) for x in rows])
    if w.get("previous"):
        s = s + w["previous"] * np.array([s[i - 1] if i and rows[i - 1]["passage"] == rows[i]["passage"] else 0
                                          for i in range(len(rows))])
    best = int(np.argmax(s))
    options = [(s[n], min(best, n), max(best, n)) for n in (best - 1, best + 1)
               if 0 <= n < len(rows) and rows[n]["passage"] == rows[best]["passage"]
               and rows[best]["words"] + rows[n]["words"] <= 40]
    return max(options)[1:] if options else (best, best)


def tune_units(records):
    """A grid over the unit score's weights: per set, the share of relevant citations (first 5) whose highlight
    overlaps gold, among those whose answering passages hold gold at all."""
    import itertools
    cases = [(r["set"], unit_rows(r, h)) for r in records for h in r["hits"]
             if h.get("relevant") and any(u["gold"] for c in h["candidates"] for u in c["units"])]
    grid = dict(overlap=(0.25, 0.5, 1.0), asks=(0, 0.2), kind=(0, 0.1, 0.3), opening=(0, 0.3), idf=(0, 0.5),
                novel=(0, 0.2), previous=(0, 0.2))
    rows = []
    for values in itertools.product(*grid.values()):
        w = dict(zip(grid, values))
        got = [(name, any(x["gold"] for x in units[a:b + 1]))
               for name, units in cases for a, b in [choose_units(units, w)]]
        by_set = {name: np.mean([g for n, g in got if n == name]) for name in ("seed", "real", "conversations")}
        rows.append((np.mean([g for _, g in got]), by_set, w))
    for share, by_set, w in sorted(rows, key=lambda r: -r[0])[:20]:
        print(f"{share:.3f}  " + " ".join(f"{k} {v:.3f}" for k, v in by_set.items()) + f"  {w}")
    print(f"({len(cases)} relevant citations)")


def tune_unit_type(records):
    """The answer-type weight (qa.cite.ANSWER_TYPE_WEIGHT) over the shipped unit weights, then its count reach
    (qa.answerable.COUNT_REACH) at the shipped weight: the share of relevant citations (first 5) whose highlight
    overlaps gold."""
    import qa.answerable as answerable

    def share(weight: float) -> tuple[float, str, int]:
        cases = [(r["set"], unit_rows(r, h)) for r in records for h in r["hits"]
                 if h.get("relevant") and any(u["gold"] for c in h["candidates"] for u in c["units"])]
        w = dict(overlap=0.5, asks=0.2, opening=0.3, atype=weight)
        got = [(name, any(x["gold"] for x in units[a:b + 1])) for name, units in cases
               for a, b in [choose_units(units, w)]]
        by_set = " ".join(f"{n} {np.mean([g for s, g in got if s == n]):.3f}"
                          for n in ("seed", "real", "conversations"))
        return float(np.mean([g for _, g in got])), by_set, len(cases)

    for weight in (0.0, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0):
        mean, by_set, n = share(weight)
        print(f"answer type {weight:.1f}: {mean:.3f}  {by_set}")
    shipped = answerable.COUNT_REACH
    for reach in (2, 3, 4, 6, 8):
        answerable.COUNT_REACH = reach
        mean, by_set, n = share(0.5)
        print(f"count reach {reach} (weight 0.5): {mean:.3f}  {by_set}")
    answerable.COUNT_REACH = shipped
    print(f"({n} relevant citations)")


def tune_highlight(records):
    """For each rule: the share of questions whose first citation is relevant and whose highlight overlaps gold,
    among those with a relevant first citation; and mean words per highlight."""
    firsts = [r for r in records if r["relevant"][:1] == [True] and r["units"]]
    rows = []
    for name, choose in highlight_rules():
        hits, words = 0, []
        for r in firsts:
            units = r["units"][0]
            first, last = choose(r["question"], units)
            hits += any(u["gold"] for u in units[first:last + 1])
            words.append(sum(len(u["text"].split()) for u in units[first:last + 1]))
        rows.append((hits / len(firsts), float(np.mean(words)), name))
    for share, words, name in sorted(rows, reverse=True)[:25]:
        print(f"{share:.3f}  {words:5.1f} words  {name}")
    print(f"({len(firsts)} questions whose first citation is relevant)")


def rehighlight(question, units):
    """The highlight the current qa.cite rule picks among a citation's recorded units."""
    from qa.cite import highlight_units, unit_scores
    from qa.rerank import content_stems, word_shares
    stems = content_stems(question)
    texts = [u["text"] for u in units]
    overlaps = word_shares(stems, texts).astype(np.float32)
    first, last = highlight_units(texts, unit_scores(np.array([u["cosine"] for u in units]), overlaps))
    return " ".join(texts[first:last + 1])


def regather(records):
    """Each record's evidence computed again by the current qa.answerable.gather, from what the search left (its
    nearest cosine, citations, highlights), without asking again."""
    import qa.api as api
    from qa.answerable import CorpusWords, gather
    tqas = {}
    for r in records:
        corpus_name = "seed" if r["set"] == "seed" else "shared"
        if corpus_name not in tqas:
            tqas[corpus_name] = TranscriptQA(Settings(index_dir=CORPORA[corpus_name][1]))
        tqa = tqas[corpus_name]
        store = tqa.store()
        words = CorpusWords(store.lexical.scores, None, lambda s, store=store: api._source_rows(store, None, s),
                            lambda w, tqa=tqa: tqa.query_encoder.count_tokens([w]) == [1], store.transcript_names,
                            store.section_of)
        a, e = r["answer"], r["answer"]["evidence"]
        first = a["citations"][:3]
        highlights = [c["highlight"] for c in first]
        infos = store.infos()
        evidence = gather(r["question"], cosine=e["cosine"], sentence=e["sentence"],
                          top_texts=[f"{c['speaker']}: {c['text']}" for c in first], highlights=highlights,
                          corpus=words, transcripts=list(infos.values()),
                          rapid=tqa._rapid_talk(store, tqa.settings.window_turn_words))
        r["answer"]["evidence"] = to_json(evidence)
    return records


def decline_sets(records):
    """The questions the decline decision is tuned on: every answerable and unanswerable question asked alone or
    after a history (conversation switches and follow-ups included), by whether it should be declined."""
    return [(r, not r["answerable"]) for r in records]


def replay(records, rule):
    """Decline recall, false declines (share of answerable questions declined) and the declined ids under `rule`."""
    from qa.answerable import decide
    from qa.types import Evidence
    said = []
    for r, unanswerable in decline_sets(records):
        e = r["answer"]["evidence"]
        evidence = Evidence(**{k: tuple(v) if isinstance(v, list) else v for k, v in e.items()})
        said.append((r, unanswerable, not decide(evidence, rule).answerable))
    positives = [s for s in said if s[1]]
    negatives = [s for s in said if not s[1]]
    recall = sum(d for _, _, d in positives) / len(positives)
    false = sum(d for _, _, d in negatives) / len(negatives)
    return recall, false, said


def tune_decline(records):
    """A grid over the DeclineRule thresholds: recall of declines against false declines, on the dev sets."""
    import itertools
    from qa.answerable import DeclineRule
    rows = []
    grid = dict(min_similarity=(0.2, 0.25, 0.3), min_coverage=(0.5, 0.55, 0.6, 0.7, 0.8),
                min_transcript_coverage=(0.0, 0.5, 0.6, 0.7, 0.8), min_source_coverage=(0.5, 0.6, 0.67),
                name_similarity=(0.6, 0.65, 0.7, 1.01), typed_similarity=(0.0, 0.5),
                displaced_similarity=(0.0, 0.5, 0.55, 0.6, 0.65, 0.7))
    for values in itertools.product(*grid.values()):
        rule = DeclineRule(**dict(zip(grid, values)))
        recall, false, _ = replay(records, rule)
        rows.append((recall, false, rule))
    best = sorted((r for r in rows if r[1] <= 0.03), key=lambda r: (-r[0], r[1]))[:15]
    for recall, false, rule in best:
        print(f"recall {recall:.3f} false {false:.3f} {rule}")
    return best


if __name__ == "__main__":
    main()
