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
