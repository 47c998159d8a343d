"""What the last new user's trial left (docs/ui.md, "New user's trial (trial37)", mended in "ui38"): the upload's
progress, the "no speaker matches" message, the evaluation report's counts by category, and a highlight cut inside
a sentence in the answer line. Real parts: a copy of the seed index, real uploads, `qa.evaluate.run_eval`."""

from __future__ import annotations

import json
import shutil

import pytest

import app
from qa.api import Answer, Citation, Settings, TqaError, TranscriptQA, corpus_files, render
from qa.evaluate.report import report_html, summary_table
from qa.evaluate.run import run_eval
from tests.conftest import SEED, shared_transcript_qa

UI_DATA = SEED.parent.parent / "tests" / "data" / "ui"
SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"


def test_the_upload_progress_names_the_file_of_how_many_and_shows_its_own_share(fresh_index, tmp_path):
    """Seven files showed "500/700 steps" and "Indexing NAME: embedding passages - 71.4%": the whole upload's share
    under one file's name, which stayed while that file embedded."""
    tqa = TranscriptQA(Settings(index_dir=fresh_index, data_dir=tmp_path / "data"))
    names = ["riverside-council-bicycle-lane-2024-03-05.txt", "tidewater-podcast-episode-12.md"]
    uploads = []
    for name in names:  # add_uploads deletes its uploads' temporary copies
        shutil.copy(UI_DATA / name, tmp_path / name)
        uploads.append(corpus_files.Upload(tmp_path / name, name))
    shown = []
    done, failed = corpus_files.add_uploads(tqa, uploads, lambda step: shown.append(app.upload_step(step)))
    assert not failed and len(done) == 2
    for number, name in enumerate(names, 1):
        steps = [share for share, desc in shown if desc.startswith(f"Indexing file {number} of 2, {name}: ")]
        assert steps, shown
        assert all(0.0 <= s <= 1.0 for s in steps) and steps == sorted(steps)
        assert steps[-1] == 1.0  # that file's embedding done, whatever share of the upload it was
    second = [share for share, desc in shown if "file 2 of 2" in desc]
    assert second[0] < 0.5  # its own share from its start, not the upload's (50 % and more)


def test_one_file_uploaded_is_not_numbered(fresh_index, tmp_path):
    tqa = TranscriptQA(Settings(index_dir=fresh_index, data_dir=tmp_path / "data"))
    name = "riverside-council-bicycle-lane-2024-03-05.txt"
    shutil.copy(UI_DATA / name, tmp_path / name)
    shown = []
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(tmp_path / name, name)],
                                            lambda step: shown.append(app.upload_step(step)))
    assert not failed and len(done) == 1 and shown
    assert all(desc.startswith(f"Indexing {name}: ") for _, desc in shown), shown
    assert shown[-1][0] == 1.0


def test_no_speaker_matches_lists_the_speakers_not_the_question_label(seed_qa):
    """The message listed "Question", the reporters' role label, which the speakers filter does not offer."""
    assert "Question" in seed_qa.speakers()  # the seed labels the reporters' turns so
    with pytest.raises(TqaError, match="no speaker matches") as raised:
        seed_qa.ask("anything", speakers=["Nobody Atall"])
    listed = str(raised.value).split("speakers here: ", 1)[1].split(", ")
    assert "Sergey Lavrov" in listed and "Question" not in listed


def test_a_category_row_counts_its_answerable_questions_without_gold(fresh_index, tmp_path):
    """A "(no category)" row of a question answerable without gold read "0 with gold, 0 unanswerable"."""
    questions = tmp_path / "questions.jsonl"
    rows = [{"id": "oil", "question": "Which Russian company is the main shareholder of Serbia's national oil company?",
             "transcript": SEED.name, "gold_quotes": ["Its main stakeholder and investor is Gazprom Neft."],
             "category": "factoid"},
            {"id": "nord", "question": "What did Lavrov say about the Nord Stream 2 pipeline?",
             "transcript": SEED.name, "answerable": False, "category": "absent"},
            {"id": "opening", "question": "Who opened the press conference?", "transcript": SEED.name}]
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run = run_eval(questions, settings=Settings(index_dir=fresh_index), corpus=SEED.parent, index=fresh_index)
    table = summary_table(run.metrics, run.config["k"]).split("category", 1)[1]
    header, *lines = table.splitlines()
    assert header.split()[-2:] == ["no", "gold"]
    counts = {line.split("  ")[0].strip(): line.split()[-3:] for line in lines}
    assert counts == {"(no category)": ["0", "0", "1"], "absent": ["0", "1", "0"], "factoid": ["1", "0", "0"]}
    page = report_html(run)
    category = page.split("<h3>By category</h3>", 1)[1]
    assert "<th>no gold</th>" in category
    assert "<tr><th>(no category)</th><td class=n>0</td><td class=n>0</td><td class=n>1</td>" in category


def test_a_table_of_questions_all_with_gold_or_unanswerable_has_no_third_count(seed_qa, fresh_index, tmp_path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text(json.dumps({"id": "oil", "question": "Who is the main investor in NIS?",
                                     "transcript": SEED.name, "category": "factoid",
                                     "gold_quotes": ["Its main stakeholder and investor is Gazprom Neft."]}) + "\n",
                         encoding="utf-8")
    run = run_eval(questions, settings=Settings(index_dir=fresh_index), corpus=SEED.parent, index=fresh_index)
    assert "no gold" not in summary_table(run.metrics, run.config["k"]) and "no gold" not in report_html(run)


def _citation(text: str, start: int, end: int) -> Citation:
    return Citation(rank=1, transcript="t.txt", title="A title", date=None, speaker="Official", role="answer",
                    question=None, start_char=0, end_char=len(text), start_time=None, end_time=None, text=text,
                    highlight=text[start:end], score=0.5, paragraph=1, highlight_start=start, highlight_end=end)


def test_a_highlight_cut_inside_a_sentence_is_marked_in_the_answer_line():
    text = ("Under the new order, Treasury issued a directive that prohibits banks from participation in the primary "
            "market for bonds issued after June 14. That is all.")
    at = text.index("in the primary")
    cut = _citation(text, at, text.index(" That"))
    assert render.cut_in_sentence(cut) == (True, False)
    answer = Answer(question="q", answerable=True, answer=f"{cut.highlight} [1]", citations=(cut,))
    assert render.readable_answer(answer) == "…in the primary market for bonds issued after June 14. [1]"
    head = _citation(text, 0, at - 1)  # the sentence's first part: it ends inside the sentence
    assert render.readable_answer(Answer(question="q", answerable=True, answer=f"{head.highlight} [1]",
                                         citations=(head,))).endswith("from participation… [1]")
    whole = _citation(text, 0, text.index(" That"))
    assert render.cut_in_sentence(whole) == (False, False)
    captions = "so we start with the trees and then in the forest we count the votes"  # no sentence to be inside of
    assert render.cut_in_sentence(_citation(captions, captions.index("then"), len(captions))) == (False, False)


@pytest.fixture(scope="module")
def sanctions_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, SANCTIONS)


def test_the_trials_follow_up_answer_line_shows_its_highlight_begins_inside_a_sentence(sanctions_qa):
    """"and what about existing bonds?" gave "in the primary market for ruble or non-ruble denominated bonds ...",
    the second run of a 51-word sentence (over `qa.cite.SENTENCE_HIGHLIGHT_WORDS`), in lower case as if whole."""
    first = "When does the ban on new Russian sovereign debt take effect?"
    answer = sanctions_qa.ask("and what about existing bonds?", history=[first])
    line = render.readable_answer(answer)
    assert "…in the primary market for ruble" in line
    assert not render.readable_answer(sanctions_qa.ask(first)).startswith("…")
