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
counted apart. `--list [--new]` prints each dev follow-up's rank (those written in the ninth session, `conv-dev-401`
on, counted apart and listed only with `--new`); `--carry [--ids] [--only ID,...] [ROW ...]` what of the earlier
questions and answer a follow-up carries, and the named speaker's raise (`qa.conversation.named_speaker_first`;
docs/retrieval.md, "A follow-up that names whom it asks").
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
from qa.answerable import FUNCTION_WORDS, content_words  # noqa: E402
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
            questions = [q for q in load_questions(path) if q.category == "follow-up" and (not ONLY or q.id in ONLY)]
            if not questions:
                continue
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
# `--only ID,ID,...`: these follow-ups alone (a grid whose rows differ only on some, such as those naming a speaker)
ONLY = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else set()


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


def _written_now(qid: str) -> bool:
    """The follow-ups written for the ninth session's work (`conv-dev-401` on, bench/questions/README.md): constants
    are chosen on the others, these are reported before and after."""
    number = qid.rsplit("-", 1)[-1]
    return qid.startswith("conv-dev-") and number.isdigit() and int(number) >= 401


def _counts(r: list[int | None]) -> str:
    return f"{sum(x == 1 for x in r)} | {sum(x is not None and x <= 3 for x in r)}"


def listing(show_new: bool) -> None:
    """Each older dev follow-up's first gold rank (k = 10) with the product, its history and question, misses at 3
    marked; Hit@1 and Hit@3 of the older ones and of those written in the ninth session (listed only with
    `show_new`)."""
    ids: list[str] = []
    r = ranks(PRODUCT, ids)
    asked = {q.id: q for path, _ in SETS for q in load_questions(path)}
    for i, x in zip(ids, r):
        if _written_now(i) and not show_new:
            continue
        q = asked[i]
        print(f"{'MISS' if x is None or x > 3 else 'ok  '} {x} {i} {' / '.join(q.history)} => {q.question}", flush=True)
    old = [x for x, i in zip(r, ids) if not _written_now(i)]
    new = [x for x, i in zip(r, ids) if _written_now(i)]
    print(f"older: Hit@1 | Hit@3 {_counts(old)} of {len(old)}; written in the ninth session: {_counts(new)} of {len(new)}")


def _struck(earlier: str, infos) -> str:
    """`earlier` without the words that name a speaker of the transcripts (`infos`): "What did Biden say about the
    National Guard?" -> "What did say about the National Guard?"."""
    from qa.answerable import resolve_source
    words = earlier.split()
    keep = [w for i, w in enumerate(words)
            if not (i > 0 and w[:1].isupper() and (lambda src: src.speakers or src.titled)(
                resolve_source(w.strip("?.,!;:’'"), infos)))]
    return " ".join(keep)


def _highlight_names(question: str, earlier: list[str]) -> list[str]:
    """The names (capitalised words past a sentence's first, not in the conversation's questions) of the highlight
    of the latest earlier question's answer, asked as the product asks it."""
    import re
    cited = CURRENT[0].ask(earlier[-1], history=earlier[:-1], k=3).citations
    if not cited:
        return []
    said = {w.lower().strip("’'") for t in [question, *earlier] for w in re.findall(r"[\w’'-]+", t)}
    names = []
    for sentence in re.split(r"(?<=[.!?])\s+", cited[0].highlight):
        for i, m in enumerate(re.finditer(r"[\w’'-]+", sentence)):
            w = re.sub(r"(?:’s|'s)$", "", m.group()).strip("’'")
            if i and len(w) > 1 and w[:1].isupper() and w.lower() not in said and w.lower() not in FUNCTION_WORDS and w not in names:
                names.append(w)
    return names


def carried(strike: bool, names: str):
    """The product's query with the earlier questions' speaker names struck when the follow-up names its own source
    (`strike`), and the earlier answer's highlight's names added: `names` "" (none), "lexical" (to BM25), "both"
    (to BM25 and to the latest earlier question's vector)."""
    from qa.answerable import named_sources

    def build(question, context, encode):
        earlier = list(context.questions)
        if not earlier:
            return PRODUCT(question, context, encode)
        searched = earlier
        if strike and named_sources(question)[0]:
            infos = CURRENT[0].store().all_infos()
            searched = [_struck(e, infos) for e in earlier]
        extra = _highlight_names(question, earlier) if names else []
        vec_earlier = list(searched)
        if names == "both" and extra:
            vec_earlier[-1] = f"{vec_earlier[-1]} {' '.join(extra)}"
        lexical = " ".join([*searched, *extra, question])
        return conversation.Query(question=question, lexical_text=lexical,
                                  vector=blended(question, vec_earlier, encode, conversation.HISTORY_WEIGHT),
                                  text=PRODUCT(question, context, encode).text)
    return build


ASKED: list[str] = [""]  # the follow-up being searched, for the raise variants below (set by `tracking`)


def tracking(build):
    """`build`, keeping the question it builds for in ASKED."""
    def wrapped(question, context, encode):
        ASKED[0] = question
        return build(question, context, encode)
    return wrapped


def speaker_near(mode: str):
    """The product's raise near the earlier answer, where the follow-up names whom it asks about: `mode` "off" (no
    raise), "named" (only the named speakers' passages raised)."""
    from qa.rerank import speakers_named
    product = conversation.near_earlier_answer

    def near(hits, context):
        named = speakers_named(ASKED[0], CURRENT[0].store().all_infos())
        if not (named.labels or named.titled):
            return product(hits, context)
        if mode == "off":
            return list(hits)
        raised = product(hits, context)
        before = {h.row: h.score for h in hits}
        out = [h if (h.passage.speaker in named.labels or (h.passage.transcript, h.passage.speaker) in named.titled)
               else replace(h, score=before[h.row]) for h in raised]
        return sorted(out, key=lambda h: -h.score)
    return near


def speaker_lift(depth: int, weight: float, topic: str):
    """Before the product's raise: where the follow-up names whom it asks about, that speaker's passages among the
    follow-up's first `depth` that hold a word of the `topic` ("own": the follow-up's words less the speaker's;
    "conversation": those and the earlier questions' less their sources; "any": no need) gain `weight` times the best
    score."""
    from qa.answerable import named_sources
    from qa.rerank import content_stems, speakers_named
    product = conversation.near_earlier_answer

    def near(hits, context):
        named = speakers_named(ASKED[0], CURRENT[0].store().all_infos())
        if not (named.labels or named.titled) or not hits or not context.questions:
            return product(hits, context)
        stems = set(named.topic)
        if topic == "conversation":
            for e in context.questions:
                stems |= content_stems(e) - frozenset().union(*(content_stems(x) for x in named_sources(e)[0]))
        best = max(h.score for h in hits)
        out = []
        for i, h in enumerate(hits):
            p = h.passage
            if i < depth and (p.speaker in named.labels or (p.transcript, p.speaker) in named.titled) and (
                    topic == "any" or stems & content_stems(p.text)):
                h = replace(h, score=h.score + weight * best)
            out.append(h)
        return product(sorted(out, key=lambda h: -h.score), context)
    return near


LIFT_DEPTHS, LIFT_WEIGHTS = (5, 10, 30), (0.1, 0.2, 0.3, 0.4, 0.6)


def whole_chain(question, history, known, history_turns):
    """`conversation.context_of` with the chain not stopped at an earlier question that stands alone: a follow-up
    is searched with its `history_turns` latest earlier questions (the referent may be in an earlier turn than the
    last: "When did it happen?" after "At whose funeral ...?" / "How many firefighters died?")."""
    context = conversation.context_of(question, history, known, history_turns)
    if not context.questions:
        return context
    chain = [h.strip() for h in history if h and h.strip() and not conversation.is_nonsense(h.strip(), known)]
    return replace(context, questions=tuple(chain[-history_turns:]))


def carry_grid() -> None:
    """Hit@1 and Hit@3 of the older dev follow-ups and of those written in the ninth session, for what of the earlier
    questions and answer is carried into the follow-up's search."""
    print("| carried | older: Hit@1 | Hit@3 | ninth session: Hit@1 | Hit@3 | n |\n| --- | --- | --- | --- | --- | --- |")
    rows = [("the product", PRODUCT), ("speakers struck", carried(True, "")),
            ("highlight names, BM25", carried(False, "lexical")), ("highlight names, BM25 and vector", carried(False, "both")),
            ("speakers struck + highlight names, BM25", carried(True, "lexical"))]
    only = [a for a in sys.argv[2:] if not a.startswith("--") and a.split(",")[0] not in ONLY]
    rows += [("no raise where the follow-up names a speaker", ("off", PRODUCT)),
             ("raise only the named speaker's passages", ("named", PRODUCT)),
             ("speakers struck, no raise where named", ("off", carried(True, ""))),
             ("speakers struck, raise only the named", ("named", carried(True, "")))]
    for depth in LIFT_DEPTHS:
        for weight in LIFT_WEIGHTS:
            for topic in ("own", "conversation", "any"):
                rows.append((f"lift {depth} {weight} {topic}", (speaker_lift(depth, weight, topic), PRODUCT)))
    rows.append(("the whole chain", "chain"))
    product = conversation.near_earlier_answer
    for label, build in rows:
        if only and label not in only:
            continue
        ids: list[str] = []
        if isinstance(build, tuple):
            conversation.near_earlier_answer = speaker_near(build[0]) if isinstance(build[0], str) else build[0]
            build = tracking(build[1])
        if build == "chain":
            api.context_of, build = whole_chain, PRODUCT
        try:
            r = ranks(build, ids)
        finally:
            conversation.near_earlier_answer = product
            api.context_of = conversation.context_of
        old = [x for x, i in zip(r, ids) if not _written_now(i)]
        new = [x for x, i in zip(r, ids) if _written_now(i)]
        print(f"| {label} | {_counts(old)} | {_counts(new)} | {len(old)}+{len(new)} |", flush=True)
        if "--ids" in sys.argv:
            print("  ", " ".join(f"{i}:{x}" for x, i in zip(r, ids)))


def main() -> None:
    if "--carry" in sys.argv:
        carry_grid()
        return
    if "--list" in sys.argv:
        listing("--new" in sys.argv)
        return
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
