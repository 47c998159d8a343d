"""trial60: a policy team's first batch evaluations through `tqa eval` (docs/retrieval.md, "trial60").

A huge `--k` (a user asking for "everything") ranked the whole index quickly, but the report's plots drew a tick
and a bar for every k up to it: `tqa eval --k 100000` over 53 passages ran for minutes and gigabytes before writing
report.html. The plots now stop at the most citations an answer holds (never under 10), where every curve is flat.
Real parts: the bundled model, a real index of the seed transcript, the real question file of the UI tests.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.api import Settings, TranscriptQA, at_k_figure, curves, ranks_figure, run_eval
from qa.cli import main
from qa.config import BUNDLED_CORPUS
from qa.evaluate.questions import QuestionFileError, load_questions

QUESTIONS = Path(__file__).parent / "data" / "ui" / "questions.jsonl"
HUGE = 100_000


@pytest.fixture(scope="module")
def index(seed_index_dir, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("trial60") / "index"
    shutil.copytree(seed_index_dir, folder)
    return folder


def passage_count(index: Path) -> int:
    return sum(t.passages for t in TranscriptQA(Settings(index_dir=index)).list_transcripts())


def test_a_huge_k_plots_only_as_deep_as_the_answers_go(index):
    run = run_eval(QUESTIONS, settings=Settings(index_dir=index), corpus=BUNDLED_CORPUS, k=HUGE)
    most = max(len(r.answer.citations) for r in run.results)
    assert 10 <= most <= passage_count(index) < HUGE
    data = curves(run)
    assert data["k"] == list(range(1, most + 1))
    assert list(at_k_figure(run).axes[0].get_xticks()) == data["k"]
    assert len(ranks_figure(run).axes[0].patches) == most + 1  # a bar per rank, and "none"


def test_tqa_eval_with_a_huge_k_writes_its_report(index, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["eval", str(QUESTIONS), "--index", str(index), "--k", str(HUGE),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").stat().st_size > 0
    assert json.loads((out / "metrics.json").read_text())
    assert len((out / "results.jsonl").read_text().splitlines()) == len(QUESTIONS.read_text().splitlines())


def test_a_csv_cell_with_an_unquoted_comma_says_to_quote_it(tmp_path):
    """A gold quote with a figure, "about 9,000 firefighters deployed", typed into a CSV without quotes, split in
    two cells: the one-line reason said only "5 cells where the header has 4"; it now says what to do."""
    path = tmp_path / "q.csv"
    path.write_text("id,question,transcript,gold_quotes\n"
                    "d1,How many firefighters are deployed?,wildfires.md,about 9,000 firefighters deployed\n",
                    encoding="utf-8")
    with pytest.raises(QuestionFileError) as refused:
        load_questions(path)
    message = str(refused.value)
    assert "line 2: 5 cells where the header has 4; put double quotes around a cell holding ','" in message
    assert "\n" not in message.strip()
