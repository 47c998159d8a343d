"""The QMSum comparison on a small slice of val (two short meetings): the default against itself without
context windows and against the plain baseline of BASELINES.md, scored by `tqa eval`'s code."""

import json
import shutil
import sys

import pytest

from qa.config import Settings
from qa.evaluate.run import run_eval
from tests.conftest import REPO, shared_path

MEETINGS = ("IS1006a", "ES2006a")


@pytest.fixture(scope="module")
def qmsum_slice(tmp_path_factory):
    """A folder like a QMSum split (transcripts/, questions.jsonl) holding two val meetings and their questions."""
    val = shared_path("bench", "qmsum", "val")
    root = tmp_path_factory.mktemp("qmsum-slice")
    (root / "transcripts").mkdir()
    for name in MEETINGS:
        shutil.copy(val / "transcripts" / f"{name}.txt", root / "transcripts")
    lines = [line for line in (val / "questions.jsonl").read_text().splitlines()
             if json.loads(line)["transcript"].removesuffix(".txt") in MEETINGS]
    (root / "questions.jsonl").write_text("\n".join(lines) + "\n")
    return root


@pytest.fixture(scope="module")
def runs(qmsum_slice):
    settings = Settings(index_dir=qmsum_slice / "index")
    common = dict(corpus=qmsum_slice / "transcripts", index=qmsum_slice / "index", scope="transcript")
    default = run_eval(qmsum_slice / "questions.jsonl", settings=settings, **common).metrics["overall"]
    bare = run_eval(qmsum_slice / "questions.jsonl", settings=settings.replace(window_words=0),
                    **common).metrics["overall"]
    return default, bare


def test_context_windows_read_more_of_the_gold_within_1000_and_2000_words(runs):
    default, bare = runs
    assert default["recall@1000w"] > bare["recall@1000w"]
    assert default["recall@2000w"] > bare["recall@2000w"]


def test_the_default_finds_the_answer_within_each_budget_more_often_than_the_plain_baseline(qmsum_slice, runs):
    sys.path.insert(0, str(REPO / "bench"))
    from plain_baseline import PlainBaseline
    from embeddings.encoder import load_encoder
    from qa.config import DEFAULT_MODEL
    from qa.evaluate import metrics as m
    from qa.evaluate.questions import load_questions, locate_gold

    baseline = PlainBaseline(qmsum_slice, load_encoder(DEFAULT_MODEL), cache=None)
    questions = load_questions(qmsum_slice / "questions.jsonl")
    gold = locate_gold(questions, baseline.texts.__getitem__, source="slice")
    hits = {budget: [] for budget in m.WORD_BUDGETS}
    for q in questions:
        ranked = [(w.transcript, w.start_char, w.end_char, w.words) for w in baseline.rank(q.question, q.transcript)]
        scores = m.budget_scores(ranked, q.transcript, gold[q.id], m.nonspace_prefix(baseline.texts[q.transcript]))
        for budget in m.WORD_BUDGETS:
            hits[budget].append(scores[f"hit@{budget}w"])
    default, _ = runs
    assert all(default[f"hit@{b}w"] >= sum(h) / len(h) for b, h in hits.items())
    assert default["hit@200w"] > sum(hits[200]) / len(hits[200])


def test_the_reading_within_the_budgets_wastes_no_words(qmsum_slice):
    """What `tqa eval` reads per meeting within the word budgets (docs/evaluation.md, "Per-meeting misses within
    2000 words"): no span read twice, no word counted that its span does not hold, and 2000 words to read unless
    the meeting holds fewer; so a miss within a budget is the ranking's (or a decline's), never the reading's."""
    sys.path.insert(0, str(REPO / "bench"))
    from diag_reading import miss_cause
    from qa.api import TranscriptQA
    from qa.evaluate import metrics as m
    from qa.evaluate.questions import load_questions, locate_gold

    tqa = TranscriptQA(Settings(index_dir=qmsum_slice / "index"))
    tqa.ingest([qmsum_slice / "transcripts"])  # nothing to embed once `runs` has built it
    sizes = {info.name: info.passages for info in tqa.list_transcripts()}
    questions = load_questions(qmsum_slice / "questions.jsonl")
    texts = {name: tqa.transcript_text(name) for name in sizes}
    gold = locate_gold(questions, texts.__getitem__, source="slice")
    causes = []
    for q in questions:
        answer, ranked = tqa.ask_ranked(q.question, k=m.DEPTH, depth=m.BUDGET_DEPTH, transcripts=[q.transcript])
        spans = sorted((p.start_char, p.end_char) for p in ranked)
        assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:])), q.id
        assert all(len(p.text.split()) <= len(texts[q.transcript][p.start_char:p.end_char].split()) for p in ranked)
        words = sum(len(p.text.split()) for p in ranked)
        assert not answer.answerable or words >= 2000 or len(ranked) == sizes[q.transcript], q.id  # the whole meeting
        for budget in m.WORD_BUDGETS:
            causes.append(miss_cause({"transcript": q.transcript, "gold": gold[q.id], "depth": m.BUDGET_DEPTH,
                                      "ranked": [(p.transcript, p.start_char, p.end_char, len(p.text.split()))
                                                 for p in ranked]}, budget))
    assert not [c for c in causes if c and c.startswith("mechanical")]
