"""Ways of building a follow-up's query, tried on the dev follow-ups (the seed's and conversations-dev's): Hit@1
and Hit@3 of the gold passage among the citations, for the product's `qa.conversation.build_query` and variants
put in its place (docs/retrieval.md, "Follow-up questions", quotes the figures).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_followups.py

A development tool: it swaps the query builder that `qa.api` calls. Uses the indexes that bench/eval_sets.py
builds (bench/out/index-seed, index-shared). `--grid` tries the history's weight in the vector and how many times
the question's own words count in the BM25 query; `--sentence` the weight of the re-ranking of a follow-up's
passages by their best sentence (docs/retrieval.md, "Follow-up questions", fourth session); `--near` the raise of
the passages near the earlier answer's citations (`qa.conversation.NEAR_WEIGHT`, `NEAR_REACH`, `NEAR_CITATIONS`;
docs/retrieval.md, "Near the earlier answer"; since the fifth session of 2026-12-02 the raise fades to nothing at the
reach, so `--near` grids the fading raise); `--robust` ways of keeping that raise from misleading when the
earlier answer was wrong or the follow-up is answered elsewhere (a raise that fades with distance, one weighted by
the earlier answer's margin, one spread over its first citations, the follow-up's own first passages kept first;
docs/retrieval.md, "A raise that fades"), with the follow-ups written for it (`conv-dev-301` on, `seed-70` on)
counted apart.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import itertools
from dataclasses import replace

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.api as api  # noqa: E402
from qa import conversation  # noqa: E402
from qa.answerable import content_words  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.questions import load_questions, locate_gold  # noqa: E402
from bench import constants  # noqa: E402
from bench.tune_answer import CORPORA_UNITS as CORPORA, QUESTIONS  # noqa: E402

SETS = [(REPO / "qa/data/seed_questions.jsonl", "seed"), (QUESTIONS / "conversations-dev.jsonl", "shared")]
PRODUCT = conversation.build_query


def blended(question: str, earlier: list[str], encode, weight: float) -> np.ndarray:
    vectors = encode([question, *earlier])
    vector = vectors[0].copy()
    for age, v in enumerate(reversed(vectors[1:]), 1):
        vector += (weight / age) * v
    return (vector / max(np.linalg.norm(vector), 1e-12)).astype(np.float32)


def referent_written_in(weight: float):
    """The previous question's content words in place of the first pronoun, the earlier vectors at `weight`."""
    def build(question, context, encode):
        earlier = list(context.questions)
        if not earlier:
            return PRODUCT(question, context, encode)
        m = conversation._PRONOUN.search(question)
        topic = " ".join(content_words(earlier[-1]))
        text = question[:m.start()] + topic + question[m.end():] if m else question
        return conversation.Query(question=question, lexical_text=" ".join([*earlier, question]),
                                  vector=blended(text, earlier, encode, weight), text=question)
    return build


def previous_passage(tqa_of: Callable[[], TranscriptQA], weight: float, lexical: bool):
    """The previous question's first passage (asked as the product asks it) added to the vector at `weight`, or
    its text to the BM25 query."""
    def build(question, context, encode):
        query = PRODUCT(question, context, encode)
        if not context.questions:
            return query
        cited = tqa_of().ask(context.questions[-1], history=list(context.questions[:-1]), k=3).citations
        if not cited:
            return query
        text = cited[0].text
        vector = query.vector + (0.0 if lexical else weight) * encode([text])[0]
        return conversation.Query(question=query.question, vector=(vector / np.linalg.norm(vector)).astype(np.float32),
                                  lexical_text=f"{query.lexical_text} {text}" if lexical else query.lexical_text,
                                  text=query.text)
    return build


def weighted(weight: float, own: int):
    """The product's query with the earlier questions' vectors at `weight` (the latest; half that the one before)
    and the question's own words `own` times in the BM25 query."""
    def build(question, context, encode):
        earlier = list(context.questions)
        if not earlier:
            return PRODUCT(question, context, encode)
        return conversation.Query(question=question, lexical_text=" ".join([*earlier, *[question] * own]),
                                  vector=blended(question, earlier, encode, weight),
                                  text=PRODUCT(question, context, encode).text)
    return build


def ranks(build, ids: list[str] | None = None) -> list[int | None]:
    """The rank of the first gold citation (k = 10) of each dev follow-up, with `build` as the query builder (their
    ids, in the same order, appended to `ids` when given)."""
    api.build_query = build
    found = []
    try:
        for path, corpus in SETS:
            tqa = TranscriptQA(Settings(index_dir=CORPORA[corpus][1]))
            CURRENT[0] = tqa
            questions = [q for q in load_questions(path) if q.category == "follow-up"]
            texts = {n: tqa.transcript_text(n) for n in {q.transcript for q in questions}}
            gold = locate_gold(questions, texts.__getitem__, source=str(path))
            for q in questions:
                cited = tqa.ask(q.question, history=q.history, k=10).citations
                rel = [c.transcript == q.transcript and any(c.start_char < e and c.end_char > s for s, e in gold[q.id])
                       for c in cited]
                found.append(rel.index(True) + 1 if True in rel else None)
                if ids is not None:
                    ids.append(q.id)
    finally:
        api.build_query = PRODUCT
    return found


CURRENT: list[TranscriptQA | None] = [None]


def near_grid() -> None:
    """Hit@1 and Hit@3 of the dev follow-ups for each weight, reach and number of the earlier answer's citations."""
    print("| near weight | reach (characters) | earlier citations | Hit@1 | Hit@3 | n |\n| --- | --- | --- | --- | --- | --- |")
    for setting in [(0.0, 0, 1), *itertools.product((0.1, 0.15, 0.2, 0.25, 0.3), (500, 1000, 2000), (1, 2, 3))]:
        with constants(conversation, **dict(zip(("NEAR_WEIGHT", "NEAR_REACH", "NEAR_CITATIONS"), setting))):
            r = ranks(PRODUCT)
        print(f"| {' | '.join(map(str, setting))} | {sum(x == 1 for x in r)} | "
              f"{sum(x is not None and x <= 3 for x in r)} | {len(r)} |", flush=True)


def robust_near(weight: float, reach: int, fade: bool, citations: int = 1, shared: bool = False, margin: float = 0.0,
                floor: float = 0.0, keep: int = 0):
    """A raise near the earlier answer to put in place of `conversation.near_earlier_answer`: `weight` times the best
    score within `reach` characters of the earlier answer's first `citations` citations (each in full, or
    `shared`: one raise split between them by their scores), falling linearly to nothing at `reach` when `fade`;
    the first citation's share scaled down when its score is less than `margin` (relative) above the second's; only
    passages at least `floor` times the best raised; the follow-up's own first `keep` passages kept first."""
    def near(hits, context):
        if not context.answered or not hits or weight <= 0:
            return list(hits)
        spans, weights = list(context.answered), [1.0]
        if citations > 1 or margin:  # the earlier answer's citations and scores, asked as the product asks it
            cited = CURRENT[0].ask(context.questions[-1], history=list(context.questions[:-1]), k=10).citations
            spans = [(c.transcript, c.start_char, c.end_char) for c in cited[:citations]] or spans
            scores = [max(c.score, 0.0) for c in cited[:citations]] or [1.0]
            weights = [x / sum(scores) for x in scores] if shared and sum(scores) > 0 else [1.0] * len(spans)
            if margin and len(cited) > 1 and cited[0].score > 0:
                weights[0] *= min(1.0, max(0.0, (cited[0].score - cited[1].score) / cited[0].score) / margin)
        best = max(h.score for h in hits)
        ordered = sorted(hits, key=lambda h: -h.score)
        ceiling = ordered[keep - 1].score if keep else None
        out = []
        for i, h in enumerate(ordered):
            start, end = h.span
            closeness = 0.0
            for (name, s, e), w in zip(spans, weights):
                gap = max(0, s - end, start - e)
                if name == h.passage.transcript and gap < reach:
                    closeness = max(closeness, w * ((1 - gap / reach) if fade else 1.0))
            if i >= keep and closeness > 0 and h.score >= floor * best:
                raised = h.score + weight * best * closeness
                h = replace(h, score=raised if ceiling is None else min(raised, ceiling))
            out.append(h)
        return sorted(out, key=lambda h: -h.score)
    return near


def _written_for_robust(qid: str) -> bool:
    """The follow-ups written for the robust raise (bench/questions/README.md), counted apart."""
    number = qid.rsplit("-", 1)[-1]
    return number.isdigit() and ((qid.startswith("conv-dev-") and int(number) >= 301)
                                 or (qid.startswith("seed-") and int(number) >= 70))


def robust_grid() -> None:
    """Hit@1 and Hit@3 of the dev follow-ups (all; those before; those written for this) for each robust raise."""
    rows = [("no raise", dict(weight=0.0, reach=1, fade=False)),
            ("flat, 0.15 within 2,000 (before)", dict(weight=0.15, reach=2000, fade=False)),
            *[(f"fading, {w} to nothing at {r:,}", dict(weight=w, reach=r, fade=True))
              for w, r in ((0.15, 1000), (0.1, 1000), (0.2, 1000), (0.15, 500), (0.2, 500), (0.15, 1500), (0.15, 3000))],
            *[(f"flat 0.15 / 2,000, first citation by its margin (full at {m})", dict(weight=0.15, reach=2000, fade=False,
                                                                                     margin=m))
              for m in (0.2, 0.5)],
            ("fading 0.15 / 1,000, first citation by its margin (full at 0.2)",
             dict(weight=0.15, reach=1000, fade=True, margin=0.2)),
            ("flat 0.15 / 2,000 near each of 3 citations", dict(weight=0.15, reach=2000, fade=False, citations=3)),
            ("flat 0.15 / 2,000 shared by 3 citations' scores", dict(weight=0.15, reach=2000, fade=False, citations=3,
                                                                      shared=True)),
            ("fading 0.15 / 1,000 shared by 3 citations' scores", dict(weight=0.15, reach=1000, fade=True, citations=3,
                                                                        shared=True)),
            *[(f"flat 0.15 / 2,000, only passages at {f} of the best or more", dict(weight=0.15, reach=2000, fade=False,
                                                                                   floor=f)) for f in (0.6, 0.8)],
            ("flat 0.15 / 2,000, the follow-up's own first passage kept first", dict(weight=0.15, reach=2000,
                                                                                    fade=False, keep=1)),
            ("fading 0.15 / 1,000, the follow-up's own first passage kept first", dict(weight=0.15, reach=1000,
                                                                                      fade=True, keep=1))]
    print("| raise near the earlier answer | Hit@1 | Hit@3 | before: Hit@1 | Hit@3 | written for it: Hit@1 | Hit@3 | n |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- |")
    product = conversation.near_earlier_answer
    try:
        for label, setting in rows:
            conversation.near_earlier_answer = robust_near(**setting)
            ids: list[str] = []
            r = ranks(PRODUCT, ids)
            parts = [[x for x, i in zip(r, ids) if keep(i)] for keep in (lambda i: True, lambda i: not _written_for_robust(i),
                                                                           _written_for_robust)]
            cells = " | ".join(f"{sum(x == 1 for x in p)} | {sum(x is not None and x <= 3 for x in p)}" for p in parts)
            print(f"| {label} | {cells} | {len(parts[1])}+{len(parts[2])} |", flush=True)
    finally:
        conversation.near_earlier_answer = product


def main() -> None:
    if "--robust" in sys.argv:
        robust_grid()
        return
    if "--near" in sys.argv:
        near_grid()
        return
    if "--sentence" in sys.argv:  # the follow-up's passages re-ranked by their best sentence
        print("| sentence weight | Hit@1 | Hit@3 | n |\n| --- | --- | --- | --- |")
        for weight in (0.0, 0.15, 0.25, 0.35, 0.5):
            with constants(conversation, FOLLOW_UP_SENTENCE_WEIGHT=weight):
                r = ranks(PRODUCT)
            print(f"| {weight} | {sum(x == 1 for x in r)} | {sum(x is not None and x <= 3 for x in r)} | {len(r)} |",
                  flush=True)
        return
    if "--grid" in sys.argv:
        print("| history weight | own words in BM25 | Hit@1 | Hit@3 | n |\n| --- | --- | --- | --- | --- |")
        for weight in (0.25, 0.35, 0.5):
            for own in (1, 2, 3):
                r = ranks(weighted(weight, own))
                print(f"| {weight} | x{own} | {sum(x == 1 for x in r)} | {sum(x is not None and x <= 3 for x in r)} "
                      f"| {len(r)} |", flush=True)
        return
    ways = {"the product (earlier questions' vectors at 0.5, their words in BM25)": PRODUCT}
    for w in (0.5, 1.0):
        ways[f"+ previous question's first passage in the vector, {w}"] = previous_passage(lambda: CURRENT[0], w, False)
    ways["+ previous question's first passage in BM25"] = previous_passage(lambda: CURRENT[0], 0.0, True)
    for w in (0.5, 0.25, 0.0):
        ways[f"referent written in place of the pronoun, earlier vectors {w}"] = referent_written_in(w)
    print("| how a follow-up is searched | Hit@1 | Hit@3 | n |\n| --- | --- | --- | --- |")
    for label, build in ways.items():
        r = ranks(build)
        print(f"| {label} | {sum(x == 1 for x in r)} | {sum(x is not None and x <= 3 for x in r)} | {len(r)} |",
              flush=True)


if __name__ == "__main__":
    main()
