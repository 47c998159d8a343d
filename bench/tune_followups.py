"""Ways of building a follow-up's query, tried on the dev follow-ups (the seed's and conversations-dev's): Hit@1
and Hit@3 of the gold passage among the citations, for the product's `qa.conversation.build_query` and variants
put in its place (docs/retrieval.md, "Follow-up questions", quotes the figures).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_followups.py

A development tool: it swaps the query builder that `qa.api` calls. Uses the indexes that bench/eval_sets.py
builds (bench/out/index-seed, index-shared). `--grid` tries the history's weight in the vector and how many times
the question's own words count in the BM25 query; `--sentence` the weight of the re-ranking of a follow-up's
passages by their best sentence (docs/retrieval.md, "Follow-up questions", fourth session); `--near` the raise of
the passages near the earlier answer's citations (`qa.conversation.NEAR_WEIGHT`, `NEAR_REACH`, `NEAR_CITATIONS`;
docs/retrieval.md, "Near the earlier answer").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import itertools

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


def ranks(build) -> list[int | None]:
    """The rank of the first gold citation (k = 10) of each dev follow-up, with `build` as the query builder."""
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


def main() -> None:
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
