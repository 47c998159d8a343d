"""Run a question set through `TranscriptQA` and score each answer: questions + index -> `EvalRun`."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from qa.api import TranscriptQA
from qa.config import Settings
from qa.errors import TqaError
from qa.evaluate import metrics as m
from qa.evaluate.questions import (EvalQuestion, check_transcripts, field_warnings, load_questions, locate_gold,
                                   named_by_stem)
from qa.ingest import expand
from qa.types import Answer, IngestReport

SCOPES = ("corpus", "transcript")
Progress = Callable[[int, int, str], None]  # (done, total, what), as TranscriptQA.ingest calls it


@dataclass(frozen=True)
class QuestionResult:
    """One question, the answer it got and its scores. `citations` are (transcript, start_char, end_char)."""

    question: EvalQuestion
    answer: Answer
    gold: tuple[tuple[int, int], ...]
    latency_ms: float
    scores: dict  # per-question metrics, see `score_question`
    alone: Answer | None = None  # a question with history, asked again without it (see `run_eval`)


@dataclass
class EvalRun:
    """A finished evaluation: per-question results, the summary metrics and what produced them."""

    results: list[QuestionResult]
    metrics: dict  # {"overall": {...}, "per_transcript": {name: {...}}}
    config: dict
    texts: dict[str, str] = field(default_factory=dict)  # transcript texts the gold and citations index into
    warnings: list[str] = field(default_factory=list)  # about the question file, one line each (field typos)


def eval_index_dir(settings: Settings, corpus: Path, index: Path | None) -> Path:
    """The index folder an evaluation of `corpus` uses: `index` when given; the product's index for the
    bundled corpus; otherwise one folder per corpus under `.tqa-eval/` beside the default index, so that
    reruns on the same corpus reuse its embeddings."""
    if index is not None:
        return Path(index)
    corpus = Path(corpus).resolve()
    if corpus == Path(settings.corpus_dir).resolve():
        return Path(settings.index_dir)
    tag = hashlib.sha256(str(corpus).encode()).hexdigest()[:8]
    return Path(settings.index_dir).parent / ".tqa-eval" / f"{corpus.parent.name}-{corpus.name}-{tag}"


def run_eval(questions_path: Path | str, *, settings: Settings | None = None, corpus: Path | str | None = None,
             index: Path | str | None = None, scope: str = "corpus", k: int | None = None,
             mode: str | None = None, dense_weight: float | None = None, section_weight: float | None = None,
             ingest_progress: Progress | None = None, ask_progress: Progress | None = None,
             uploads: Path | str | None = None) -> EvalRun:
    """Evaluate the questions of `questions_path` against `corpus` (default: the bundled corpus), and against the
    transcripts of `uploads` too when that folder exists (the UI's data folder: what its chat asks). With `index`
    and neither `corpus` nor `uploads`, against that index as it stands: nothing is indexed into it.

    The corpus is ingested into its index folder first (see `eval_index_dir`; unchanged transcripts embed
    nothing). Each question is asked with `depth = max(k, 10)` citations (its passages ranked BUDGET_DEPTH deep for the
    word-budget metrics), against the whole corpus or (scope 'transcript') its own transcript, with its
    `history`; a question with history is asked once more without it, so that the evaluation can say whether
    its citations are those of the question asked alone (what a self-contained question should get). Raises QuestionFileError before asking anything when
    the file is malformed, names a transcript the corpus lacks, or has gold that cannot be found; TqaError for
    other bad input (unknown scope, a corpus folder that does not exist or whose files fail to parse).
    """
    started = time.perf_counter()
    if scope not in SCOPES:
        raise TqaError(f"unknown scope {scope!r}: choose one of {', '.join(SCOPES)}")
    questions = load_questions(questions_path)
    settings = (settings or Settings()).replace(k=k, mode=mode, dense_weight=dense_weight,
                                                section_weight=section_weight)
    if corpus is None and index is not None and uploads is None:
        return _run_on_index(questions, questions_path, settings, Path(index), scope, ask_progress, started)
    corpus = Path(corpus) if corpus is not None else Path(settings.corpus_dir)
    if not corpus.is_dir():
        raise TqaError(f"{corpus}: no such corpus folder; give --corpus a folder of transcripts")
    # a question naming a transcript the folder lacks stops the run before the index is touched (it was first
    # ingested: `tqa eval Q --index I` without --corpus added the bundled transcript to I, then refused the file)
    # an uploads folder that holds no transcript (none uploaded yet, only the UI's own evaluation runs) is not
    # indexed: it was, and a second evaluation in the UI failed with "no transcript files in this folder"
    uploaded = Path(uploads) if uploads is not None and Path(uploads).is_dir() else None
    uploaded_files = expand([uploaded])[0] if uploaded else []  # the folder is walked once
    folders = [corpus] + ([uploaded] if uploaded_files else [])
    known = dict.fromkeys(path.name for path in [*expand([corpus])[0], *uploaded_files])
    questions = named_by_stem(questions, known)  # "ES2006a" for ES2006a.txt, as the chat takes it
    check_transcripts(questions, known, scope=scope, source=str(questions_path))
    settings = settings.replace(index_dir=eval_index_dir(settings, corpus, Path(index) if index else None))
    tqa = TranscriptQA(settings)
    # an index the evaluation chose itself, of another version of transcript-qa: kept aside and built again
    kept = tqa.set_aside_older_index() if index is None else None
    report = tqa.ingest(folders, progress=ingest_progress)
    if report.errors:
        raise TqaError(f"{corpus}: {len(report.errors)} file(s) could not be indexed: " + "; ".join(report.errors))
    aside = sorted({q.transcript for q in questions} & set(report.set_aside))
    if aside:  # removed from the index with its file kept (qa.ingest.SET_ASIDE): the folder's ingest passed it over
        raise TqaError(f"{', '.join(aside)}: removed from the index earlier, so its questions cannot be asked; add it "
                       "again (upload it, or tqa ingest PATH) or leave its questions out")
    ingested = time.perf_counter()
    corpus_names = sorted({*report.added, *report.updated, *report.unchanged})
    warnings = []
    if kept is not None:
        warnings.append(f"{settings.index_dir} was written by another version of transcript-qa: kept as {kept}, "
                        "built again for this run")
    return _asked_and_scored(tqa, questions, questions_path, settings, scope, corpus_names, ask_progress,
                             {"corpus": str(corpus), "index": str(settings.index_dir),
                              **({"uploads": str(folders[1])} if len(folders) > 1 else {})},
                             report.passages_embedded, warnings, started, ingested)


def _run_on_index(questions: list[EvalQuestion], questions_path: Path | str, settings: Settings, index: Path,
                  scope: str, ask_progress: Progress | None, started: float) -> EvalRun:
    """`run_eval` over an index of the user's own, as it stands (`--index` without `--corpus`): nothing is indexed
    into it, and the questions may name any transcript it holds (trial42: the bundled corpus was evaluated instead,
    and ingested into that index)."""
    tqa = TranscriptQA(settings.replace(index_dir=index))
    names = sorted(info.name for info in tqa.list_transcripts()) if index.is_dir() else []
    if not names:
        raise TqaError(f"{index}: holds no transcripts to evaluate; index yours first (tqa ingest FILES --index "
                       f"{index}), or give --corpus FOLDER")
    known = dict.fromkeys(names)
    questions = named_by_stem(questions, known)
    check_transcripts(questions, known, scope=scope, source=str(questions_path), holder=f"the index {index}")
    return _asked_and_scored(tqa, questions, questions_path, tqa.settings, scope, names, ask_progress,
                             {"corpus": None, "index": str(index)}, 0, [], started, time.perf_counter())


def _asked_and_scored(tqa: TranscriptQA, questions: list[EvalQuestion], questions_path: Path | str,
                      settings: Settings, scope: str, corpus_names: list[str], ask_progress: Progress | None,
                      where_from: dict, passages_embedded: int, warnings: list[str], started: float,
                      ingested: float) -> EvalRun:
    """The questions asked of `tqa`'s index (the `corpus_names` transcripts, searched alone when it holds more) and
    scored: the EvalRun of `run_eval`."""
    infos = {info.name: info for info in tqa.list_transcripts()}
    texts = {name: tqa.transcript_text(name) for name in {q.transcript for q in questions if q.transcript}}
    gold = locate_gold(questions, texts.__getitem__, source=str(questions_path),
                       citable=lambda name, start, end: _in_a_turn(tqa, name, start, end),
                       turns_of=lambda name: tqa.store().transcript(name).turns)

    depth = max(settings.k, m.DEPTH)
    # only restrict a corpus-scope search when the index holds more than this corpus (e.g. uploads)
    corpus_filter = corpus_names if set(infos) - set(corpus_names) else None
    asked, alone = [], {}
    if questions:  # untimed: the first ask loads what every later one reuses (the model when ingest embedded nothing,
        # the index's files), and its latency was the loading's (trial37: 1,837 ms against 55-88 ms, p95 1,312 ms of 7)
        tqa.ask_ranked(questions[0].question, k=depth, depth=m.BUDGET_DEPTH, transcripts=corpus_filter)
    for done, q in enumerate(questions):
        if ask_progress:
            ask_progress(done, len(questions), "asking")
        where = [q.transcript] if scope == "transcript" else corpus_filter
        t0 = time.perf_counter()
        answer, passages = tqa.ask_ranked(q.question, history=q.history, k=depth, depth=m.BUDGET_DEPTH,
                                          transcripts=where)
        ranked = [(p.transcript, p.start_char, p.end_char, len(p.text.split())) for p in passages]
        asked.append((q, answer, (time.perf_counter() - t0) * 1000, ranked))
        if q.history:  # not timed: the latency is that of the question as asked
            alone[q.id] = tqa.ask_ranked(q.question, k=depth, depth=m.BUDGET_DEPTH, transcripts=where)[0]
    if ask_progress:
        ask_progress(len(questions), len(questions), "asking")
    answered = time.perf_counter()

    in_scope = {name: infos[name] for name in corpus_names}
    results = score_questions(asked, gold, texts, k=settings.k, scope=scope, infos=in_scope, alone=alone)
    summary = summarize_run(results, settings.k)
    scored = time.perf_counter()
    config = {
        "questions": str(questions_path), **where_from,
        "scope": scope, "k": settings.k, "depth": depth, "mode": settings.mode,
        "fusion": settings.fusion, "dense_weight": settings.dense_weight, "section_weight": settings.section_weight,
        "question_weight": settings.question_weight, "model": settings.model, "min_similarity": settings.min_similarity,
        "transcripts": len(corpus_names), "passages": sum(infos[n].passages for n in corpus_names),
        "passages_embedded": passages_embedded,
        "seconds": {"ingest": round(ingested - started, 3), "ask": round(answered - ingested, 3),
                    "score": round(scored - answered, 3), "total": round(scored - started, 3)},
    }
    warnings = field_warnings(questions, str(questions_path)) + warnings
    config["warnings"] = warnings
    return EvalRun(results=results, metrics=summary, config=config, texts=texts, warnings=warnings)


def _in_a_turn(tqa: TranscriptQA, name: str, start: int, end: int) -> bool:
    """Whether [start, end) of transcript `name` overlaps one of its turns (text a citation can cover)."""
    try:
        return bool(tqa.context(name, start, end, before=0, after=0))
    except TqaError:
        return False


Ranked = list[tuple[str, int, int, int]]  # (transcript, start_char, end_char, words), in rank order
# A question asked in parts (its file line has `parts`): do the first PARTS_AT citations cover each part (and their
# highlights)? 3: the citations an answer shows first (ANSWER_CITATIONS); for bench/questions/README.md's list26 set
PARTS_AT = 3


def score_questions(asked: Sequence[tuple[EvalQuestion, Answer, float, Ranked]], gold: dict, texts: dict[str, str],
                    *, k: int, scope: str, infos: dict, alone: dict[str, Answer] | None = None) -> list[QuestionResult]:
    """Per-question scores for answered questions (see `score_question`); ranking metrics from `metrics.ranking_metrics`.
    Each question comes with its answer, latency, and the passages as ranked deeper than the citations.
    `alone` maps the id of a question with history to its answer when asked without it: such a question also
    gets `alone_identical`, whether both answers cite the same spans in the same order (and agree on declining)."""
    alone = alone or {}
    with_gold = [i for i, (q, *_) in enumerate(asked) if gold[q.id]]
    matches = [m.gold_matches(_cited(asked[i][1]), asked[i][0].transcript, gold[asked[i][0].id]) for i in with_gold]
    ranked = m.ranking_metrics(matches, [len(gold[asked[i][0].id]) for i in with_gold])
    ranking = {i: {name: float(values[j]) for name, values in ranked.items()} for j, i in enumerate(with_gold)}
    prefixes = {name: m.nonspace_prefix(text) for name, text in texts.items()
                if any(q.transcript == name for q, *_ in asked)}
    results = []
    for i, (q, answer, latency, ranked_deep) in enumerate(asked):
        scores = score_question(q, answer, gold[q.id], texts, prefixes, k=k, ranked=ranked_deep)
        if i in ranking:
            scores.update(ranking[i])
            scores.update(_random_hits(q, gold[q.id], texts, infos, scope))
        if q.id in alone:
            scores["alone_identical"] = same_citations(answer, alone[q.id])
        results.append(QuestionResult(q, answer, gold[q.id], latency, scores, alone.get(q.id)))
    return results


def score_question(q: EvalQuestion, answer: Answer, gold: Sequence[tuple[int, int]], texts: dict[str, str],
                   prefixes: dict, *, k: int, ranked: Ranked) -> dict:
    """Scores of one answer beside the ranking metrics: first relevant rank, character recall at k, 5 and 10, Hit and
    recall within each word budget (`metrics.budget_scores`) over `ranked`, highlight overlap, the
    answerability decision, words per cited passage."""
    cited = _cited(answer)
    scores: dict = {"said_answerable": answer.answerable,
                    "cited_words": m.mean([len(c.text.split()) for c in answer.citations[:k]])}
    if not gold:
        return scores
    relevant = m.relevance(cited, q.transcript, gold)
    scores["first_relevant_rank"] = m.first_relevant_rank(relevant)
    prefix = prefixes[q.transcript]
    for at in sorted({k, 5, 10}):
        own = [(s, e) for name, s, e in cited[:at] if name == q.transcript]
        scores[f"recall@{at}"] = m.char_recall(own, gold, prefix)
    scores.update(m.budget_scores(ranked, q.transcript, gold, prefix))
    highlights = [_highlight_hit(c, texts, q.transcript, gold) for c in answer.citations[:k]]
    scores["highlight@1"] = highlights[0] if highlights else False  # None: the highlight is not in the file
    judged = [h for h, rel in zip(highlights, relevant) if rel and h is not None]
    scores["highlight_in_relevant"] = (sum(judged) / len(judged)) if judged else None
    scores["highlight_unlocated"] = sum(h is None for h in highlights)
    parts = part_spans(q, gold, texts.get(q.transcript, ""))
    if parts:
        top = answer.citations[:PARTS_AT]
        scores[f"all_parts@{PARTS_AT}"] = all(any(rel for rel in m.relevance(cited[:PARTS_AT], q.transcript, spans))
                                              for spans in parts)
        scores[f"all_parts_highlight@{PARTS_AT}"] = all(
            any(_highlight_hit(c, texts, q.transcript, spans) for c in top) for spans in parts)
    return scores


def part_spans(q: EvalQuestion, gold: Sequence[tuple[int, int]], text: str) -> list[list[tuple[int, int]]]:
    """The gold spans of each part of a question whose file line has `parts` (a list per part of its gold quotes,
    e.g. [["LCP quote"], ["CLS quote", "another CLS quote"]]): per part, the question's gold spans that hold one of
    its quotes. [] when the question has no usable `parts` (fewer than two, or not lists of text)."""
    raw = q.extra.get("parts")
    if not isinstance(raw, list) or len(raw) < 2 or not all(
            isinstance(p, list) and p and all(isinstance(x, str) for x in p) for p in raw):
        return []
    from qa.evaluate.questions import find_quote

    out = []
    for quotes in raw:
        found = [span for quote in quotes for span in find_quote(text, quote)]
        out.append([g for g in gold if any(m.overlaps(g, [f]) for f in found)])
    return out if all(out) else []


def same_citations(answer: Answer, other: Answer) -> bool:
    """Whether two answers agree on declining and cite the same (transcript, span) list in the same order."""
    return answer.answerable == other.answerable and _cited(answer) == _cited(other)


def summarize_run(results: Sequence[QuestionResult], k: int) -> dict:
    """metrics.json's figures: {"overall": summarize(all), "per_transcript": {name: summarize(its questions)}},
    and "per_category" in the same form when any question has a `category` field."""
    summary = {"overall": summarize(results, k),
               "per_transcript": {name: summarize(group, k) for name, group in _by_transcript(results)}}
    if any(r.question.category for r in results):
        summary["per_category"] = {name: summarize(group, k) for name, group in _by_category(results)}
    return summary


def summarize(results: Sequence[QuestionResult], k: int) -> dict:
    """Means of the per-question scores over the questions that have them, the answerability decision,
    latency percentiles, and counts."""
    scored = [r for r in results if r.gold]
    summary: dict = {"questions": len(results), "with_gold": len(scored),
                     "unanswerable": sum(not r.question.answerable for r in results)}
    names = [f"hit@{at}" for at in m.HIT_KS] + [f"recall@{at}" for at in sorted({k, 5, 10})] + [
        "mrr@10", "ndcg@10", "highlight@1", "highlight_in_relevant"] + [
        f"{metric}@{budget}w" for budget in m.WORD_BUDGETS for metric in ("hit", "recall")]
    for name in names:
        summary[name] = m.mean([_number(r.scores.get(name)) for r in scored])
    for name in (f"all_parts@{PARTS_AT}", f"all_parts_highlight@{PARTS_AT}"):  # only over questions asked in parts
        summary[name] = m.mean([_number(r.scores.get(name)) for r in scored])
    summary["asked_in_parts"] = sum(f"all_parts@{PARTS_AT}" in r.scores for r in scored)
    for at in m.HIT_KS:
        summary[f"random_hit@{at}"] = m.mean([r.scores.get(f"random_hit@{at}") for r in scored])
    summary["answered_with_gold"] = m.mean([float(r.answer.answerable) for r in scored])
    summary["answerability"] = m.answerability([not r.question.answerable for r in results],
                                               [not r.answer.answerable for r in results])
    summary["declined"] = m.mean([float(not r.answer.answerable) for r in results])
    summary["false_declines"] = m.mean([float(not r.answer.answerable) for r in results if r.question.answerable])
    with_history = [r.scores["alone_identical"] for r in results if "alone_identical" in r.scores]
    summary["with_history"] = len(with_history)
    summary["alone_identical"] = m.mean([float(same) for same in with_history])
    latencies = [r.latency_ms for r in results]
    summary["latency_ms"] = {"p50": m.percentile(latencies, 50), "p95": m.percentile(latencies, 95),
                             "mean": m.mean(latencies)}
    summary["cited_words"] = m.mean([r.scores.get("cited_words") for r in results])
    return summary


def _cited(answer: Answer) -> list[tuple[str, int, int]]:
    return [(c.transcript, c.start_char, c.end_char) for c in answer.citations]


def _number(value):
    return None if value is None else float(value)


def _highlight_hit(citation, texts: dict[str, str], transcript: str | None, gold) -> bool | None:
    """Does the citation's highlight overlap gold? None when the highlight cannot be placed in the file."""
    if citation.transcript != transcript:
        return False
    span = m.highlight_span(texts[citation.transcript], citation.start_char, citation.end_char, citation.highlight,
                            (citation.highlight_start_char, citation.highlight_end_char))
    return None if span is None else m.overlaps(span, gold)


def _random_hits(q: EvalQuestion, gold, texts, infos: dict, scope: str) -> dict:
    """Hit@k of k passages drawn at random from the question's scope (relevant passages estimated)."""
    info = infos[q.transcript]
    relevant = m.estimated_relevant_passages(gold, len(texts[q.transcript]), info.passages)
    pool = info.passages if scope == "transcript" else sum(i.passages for i in infos.values())
    return {f"random_hit@{at}": m.random_hit_rate(pool, relevant, at) for at in m.HIT_KS}


def _by_category(results: Sequence[QuestionResult]):
    groups: dict[str, list[QuestionResult]] = {}
    for r in results:
        groups.setdefault(r.question.category or "(no category)", []).append(r)
    return sorted(groups.items())


def _by_transcript(results: Sequence[QuestionResult]):
    groups: dict[str, list[QuestionResult]] = {}
    for r in results:
        groups.setdefault(r.question.transcript or "(no transcript)", []).append(r)
    return sorted(groups.items())
