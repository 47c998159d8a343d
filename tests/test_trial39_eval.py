"""What a meeting team's analyst met scripting the product (trial39, docs/ui.md "New user's trial (trial39)"): a
question file exported from a spreadsheet whose header names the columns as people write them ("Question",
"Gold Quotes"), read by `load_questions` and by `tqa eval` as a real process over a copy of the seed index."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa.errors import QuestionFileError
from qa.evaluate.questions import load_questions, locate_gold
from tests.conftest import REPO, SEED

HEADER = ["ID", "Question", "Transcript", "Gold Quotes", "Answerable", "Category"]
ROWS = [
    ["oil", "Which Russian company is the main shareholder of Serbia's national oil company?", SEED.stem,
     "Its main stakeholder and investor is Gazprom Neft.", "TRUE", "factoid"],
    [],  # a spreadsheet's empty row
    ["nord-stream", "What did Lavrov say about the Nord Stream 2 pipeline, in short?", SEED.stem, "", "FALSE",
     "absent-topic"],
]


def sheet_csv(path: Path, header: list[str] = HEADER) -> Path:
    """As a spreadsheet exports it: a byte-order mark, CRLF, a question with commas quoted, an empty row."""
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, lineterminator="\r\n").writerows([header, *ROWS])
    return path


def test_a_header_in_other_case_or_with_spaces_names_the_known_fields(tmp_path):
    """Every line said "missing `question` (is 'Question' meant to be `question`?)" and the file was refused."""
    questions = load_questions(sheet_csv(tmp_path / "q.csv"))
    assert [q.id for q in questions] == ["oil", "nord-stream"]
    assert questions[0].question.endswith("oil company?") and questions[0].transcript == SEED.stem
    assert questions[0].gold_quotes == ("Its main stakeholder and investor is Gazprom Neft.",)
    assert questions[1].answerable is False and questions[1].has_gold is False
    assert questions[0].category == "factoid" and questions[0].extra == {"category": "factoid"}


def test_a_column_named_as_a_field_keeps_its_own_name_beside_that_field(tmp_path):
    """"question" and "Question" side by side: the file's own "question" is the question, "Question" stays a
    field of the user's own (no column is taken for another)."""
    path = tmp_path / "q.csv"
    path.write_text('question,Question\r\nWhat is asked?,a note\r\n', encoding="utf-8")
    (q,) = load_questions(path)
    assert q.question == "What is asked?" and q.extra == {"Question": "a note"}
    path.write_text('Question,QUESTION\r\nWhat is asked?,again\r\n', encoding="utf-8")
    with pytest.raises(QuestionFileError, match="missing `question`"):  # two columns, one field: neither is it
        load_questions(path)


def test_tqa_eval_runs_a_spreadsheets_file_with_its_header_as_written(seed_index_dir, tmp_path):
    shutil.copytree(seed_index_dir, tmp_path / "index")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "qa.cli", "eval", str(sheet_csv(tmp_path / "Questions.csv")),
                           "--index", str(tmp_path / "index"), "--out", str(out)], capture_output=True, text=True,
                          timeout=600, cwd=tmp_path, env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not a known field" not in done.stderr
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["transcript"], r["category"]) for r in rows] == [
        ("oil", SEED.name, "factoid"), ("nord-stream", SEED.name, "absent-topic")]
    assert rows[0]["first_relevant_rank"] == 1
    assert "absent-topic" in done.stdout  # the per-category table


def test_a_cell_of_quotes_one_a_line_is_each_lines_quote_and_its_row_is_named_by_its_first_line(tmp_path):
    """A spreadsheet cell of two quotes typed with Alt+Enter was one quote, nowhere in the transcript, and the row
    was named by the line its cell ended on: "line 3: gold quote 'We will respond in kind …' is not in …"."""
    text = SEED.read_text(encoding="utf-8")
    quotes = ["We will respond in kind by proposing that 10 US diplomats leave Russia.",
              "Its main stakeholder and investor is Gazprom Neft."]
    path = tmp_path / "q.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, lineterminator="\r\n").writerows(
            [["Question", "Transcript", "Gold Quotes"], ["What did Lavrov say?", SEED.name, "\n".join(quotes)],
             ["And then?", SEED.name, f"{quotes[0]}\nA sentence nobody said."]])
    first, second = load_questions(path)
    assert (first.line, second.line) == (2, 4)
    with pytest.raises(QuestionFileError) as refused:  # a line found nowhere: the cell is reported, whole
        locate_gold([first, second], lambda name: text, source=str(path))
    assert "line 4: gold quote 'We will respond in kind" in str(refused.value) and "line 2" not in str(refused.value)
    (spans,) = locate_gold([first], lambda name: text, source=str(path)).values()
    assert sorted(text[a:b] for a, b in spans) == sorted(quotes)
