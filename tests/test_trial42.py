"""What a new user's trial found (trial42, docs/ui.md "New user's trial (trial42)"): real index, model, evaluation."""

from __future__ import annotations

import json
import shutil

import app
from qa.api import Settings, TranscriptQA, run_eval
from tests.conftest import SEED


def test_the_per_question_table_says_none_for_a_missed_question_and_is_blank_without_gold(seed_index_dir, tmp_path):
    """A question whose gold no citation held and an unanswerable one (no gold) both had a blank rank; the plot beside
    the table calls the first "none"."""
    shutil.copytree(seed_index_dir, tmp_path / "index")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    sputnik = "Serbia is among the top nations in Europe in terms of vaccination rate"
    rows = [{"id": "found", "question": "How has Russia helped Serbia's vaccination campaign?",
             "transcript": SEED.name, "gold_quotes": [sputnik]},
            {"id": "missed", "question": "What is the recipe for chocolate cake?", "transcript": SEED.name,
             "gold_quotes": [sputnik]},
            {"id": "absent", "question": "What did Lavrov say about Nord Stream 2?", "answerable": False}]
    questions = tmp_path / "mine.jsonl"
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run = run_eval(questions, settings=tqa.settings, corpus=SEED.parent, index=tmp_path / "index", k=5)
    table = app.eval_rows(run)
    ranks = dict(zip(table["id"], table["first relevant rank"]))
    assert ranks["found"] == 1
    assert ranks["missed"] == "none"
    assert ranks["absent"] == ""
