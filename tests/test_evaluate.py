"""`tqa eval` end to end on the bundled corpus (real model, real index copied from the session's seed index):
report files exist and parse, JSONL and CSV score alike, the user's own fields come back and categories break
the metrics down, a question with history is compared with itself asked alone, bad question files stop the run
before anything is written, runs compare."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.evaluate import metrics as m
from qa.evaluate.compare import compare_runs
from qa.evaluate.questions import EvalQuestion
from qa.evaluate.report import result_json, summary_table
from qa.evaluate.run import QuestionResult, same_citations
from qa.types import Answer
from tests.conftest import SEED

DATA = Path(__file__).parent / "data" / "eval"


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def eval_index(seed_index_dir, tmp_path_factory) -> Path:
    """A copy of the seed index shared by this module's runs (eval re-ingests the corpus: a no-op here)."""
    folder = tmp_path_factory.mktemp("eval") / "index"
    shutil.copytree(seed_index_dir, folder)
    return folder


def eval_run(eval_index: Path, questions: str) -> Path:
    out = eval_index.parent / f"{questions}-run"
    code, output = run("eval", DATA / questions, "--out", out, "--index", eval_index)
    assert code == 0, output
    assert "hit@5" in output and "not-answerable recall" in output  # the summary table
    return out


@pytest.fixture(scope="module")
def jsonl_run(eval_index) -> Path:
    return eval_run(eval_index, "questions.jsonl")


@pytest.fixture(scope="module")
def csv_run(eval_index) -> Path:
    return eval_run(eval_index, "questions.csv")


def _results(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]


def test_eval_writes_every_report_file_and_they_parse(jsonl_run):
    assert sorted(p.name for p in jsonl_run.iterdir()) == ["metrics.json", "qrels", "report.html", "results.jsonl", "run"]
    results = _results(jsonl_run)
    assert [r["id"] for r in results] == ["oil", "rail", "poland", "vaccine", "nord-stream"]
    first = results[0]
    assert first["transcript"] == SEED.name and first["answer"]["question"] == first["question"]
    assert len(first["answer"]["citations"]) == 10 and first["latency_ms"] > 0  # metrics look 10 deep
    assert {"hit@1", "recall@5", "mrr@10", "ndcg@10", "highlight@1"} <= set(first["metrics"])
    metrics = json.loads((jsonl_run / "metrics.json").read_text())
    assert metrics["config"]["k"] == 5 and metrics["config"]["scope"] == "corpus"
    overall = metrics["overall"]
    assert overall["questions"] == 5 and overall["with_gold"] == 4 and overall["unanswerable"] == 1
    assert 0.0 <= overall["recall@5"] <= 1.0 and overall["latency_ms"]["p95"] >= overall["latency_ms"]["p50"]
    assert set(metrics["per_transcript"]) == {SEED.name}
    page = (jsonl_run / "report.html").read_text(encoding="utf-8")
    assert page.count("src='data:image/png;base64,") == 3 and "nord-stream" in page and "http" not in page
    run_lines = [line.split() for line in (jsonl_run / "run").read_text().splitlines()]
    assert all(len(cols) == 6 and cols[1] == "Q0" for cols in run_lines)
    assert run_lines[0][:4] == ["oil", "Q0", m_doc(first["answer"]["citations"][0]), "1"]
    qrels = [line.split() for line in (jsonl_run / "qrels").read_text().splitlines()]
    assert all(len(cols) == 4 for cols in qrels) and "nord-stream" not in {cols[0] for cols in qrels}


def m_doc(citation: dict) -> str:
    return f"{citation['transcript']}:{citation['start_char']}-{citation['end_char']}"


def test_first_relevant_rank_follows_the_span_overlap_rule(jsonl_run):
    for r in _results(jsonl_run):
        cited = [(c["transcript"], c["start_char"], c["end_char"]) for c in r["answer"]["citations"]]
        gold = [tuple(span) for span in r["gold"]]
        expected = m.first_relevant_rank(m.relevance(cited, r["transcript"], gold)) if gold else None
        assert r["first_relevant_rank"] == expected
    by_id = {r["id"]: r for r in _results(jsonl_run)}
    assert by_id["vaccine"]["gold"] == [[950, 1063]]
    assert by_id["oil"]["metrics"]["hit@5"] == 1.0  # "Its main stakeholder and investor is Gazprom Neft."


def test_word_budget_metrics_follow_the_citations_read_in_order(jsonl_run):
    """Within 200 and 600 words (a few of the seed's long passages, all among the 10 kept), hit and recall
    are those of the citations that fit, read in rank order."""
    text = SEED.read_text(encoding="utf-8")
    prefix = m.nonspace_prefix(text)
    for r in _results(jsonl_run):
        if not r["gold"]:
            assert "hit@200w" not in r["metrics"]
            continue
        citations = r["answer"]["citations"]
        gold = [tuple(span) for span in r["gold"]]
        for budget in (200, 600):
            read = m.within_budget([len(c["text"].split()) for c in citations], budget)
            assert 1 <= read < len(citations)
            cited = [(c["transcript"], c["start_char"], c["end_char"]) for c in citations[:read]]
            assert r["metrics"][f"hit@{budget}w"] == float(any(m.relevance(cited, r["transcript"], gold)))
            assert r["metrics"][f"recall@{budget}w"] == pytest.approx(m.char_recall([c[1:] for c in cited], gold, prefix))
        assert r["metrics"]["hit@2000w"] >= r["metrics"]["hit@600w"] >= r["metrics"]["hit@200w"]
    overall = json.loads((jsonl_run / "metrics.json").read_text())["overall"]
    assert {f"{name}@{b}w" for name in ("hit", "recall") for b in m.WORD_BUDGETS} <= set(overall)


def test_csv_and_jsonl_give_the_same_metrics(jsonl_run, csv_run):
    a = json.loads((jsonl_run / "metrics.json").read_text())
    b = json.loads((csv_run / "metrics.json").read_text())
    for scores in (a["overall"], b["overall"]):
        scores.pop("latency_ms")
    assert a["overall"] == b["overall"]
    assert [r["first_relevant_rank"] for r in _results(jsonl_run)] == [r["first_relevant_rank"] for r in _results(csv_run)]


def test_compare_two_runs(jsonl_run, csv_run, tmp_path):
    comparison = compare_runs([jsonl_run, csv_run])
    assert comparison["questions"] == 4 and comparison["metrics"]["hit@1"]["p_values"] == [None, 1.0]
    assert comparison["per_question"][0]["only_a"] == [] == comparison["per_question"][0]["only_b"]
    code, output = run("eval", "--compare", jsonl_run, csv_run, "--out", tmp_path / "cmp")
    assert code == 0 and "mrr@10" in output and "p=1.000" in output
    assert (tmp_path / "cmp" / "compare.html").is_file()


def test_compare_tests_all_eight_equal_reading_figures(jsonl_run, csv_run):
    comparison = compare_runs([jsonl_run, csv_run])
    budgets = [f"{m}@{n}w" for m in ("hit", "recall") for n in (200, 600, 1000, 2000)]
    assert all(comparison["metrics"][b]["p_values"][0] is None for b in budgets)


def test_unfindable_gold_quote_stops_the_run_and_writes_nothing(eval_index, tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text(
        (DATA / "questions.jsonl").read_text(encoding="utf-8")
        + json.dumps({"question": "What about Nord Stream?", "transcript": SEED.name,
                      "gold_quotes": ["Nord Stream 2 will be finished this year."]}) + "\n", encoding="utf-8")
    code, output = run("eval", bad, "--out", tmp_path / "out", "--index", eval_index)
    assert code == 1 and "line 6: gold quote 'Nord Stream 2 will be finished this year.' is not in" in output
    assert not (tmp_path / "out").exists() and [p.name for p in tmp_path.iterdir()] == ["q.jsonl"]


@pytest.mark.parametrize("text, message", [
    ('{"question": "ok?"}\n{"question": \n', "line 2: not valid JSON"),
    ('{"question": "ok?", "transcript": "elsewhere.txt"}\n', "line 1: transcript 'elsewhere.txt' is not in the index"),
    ("", "no questions in the file"),
])
def test_bad_question_file_exits_non_zero_with_the_line(eval_index, tmp_path, text, message):
    path = tmp_path / "q.jsonl"
    path.write_text(text, encoding="utf-8")
    code, output = run("eval", path, "--out", tmp_path / "out", "--index", eval_index)
    assert code == 1 and message in output and not (tmp_path / "out").exists()


def test_an_index_given_without_a_corpus_is_evaluated_as_it_stands(tmp_path):
    # trial42: `tqa eval Q --index MINE` without --corpus refused questions about MINE's transcripts ("not in the
    # corpus"), or, for questions naming none, evaluated the bundled corpus and ingested it into MINE
    other = tmp_path / "other"
    other.mkdir()
    (other / "meeting.txt").write_text("Alice: We ship on Friday.\nBob: Fine by me.\n", encoding="utf-8")
    index = tmp_path / "index"
    code, output = run("ingest", other, "--index", index)
    assert code == 0, output
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "When do we ship?", "transcript": "meeting.txt", "gold_quotes": '
                         '["We ship on Friday."]}\n{"question": "Who is fine with it?"}\n', encoding="utf-8")
    code, output = run("eval", questions, "--out", tmp_path / "out", "--index", index)
    assert code == 0, output
    results = [json.loads(line) for line in (tmp_path / "out" / "results.jsonl").read_text().splitlines()]
    assert results[0]["metrics"]["hit@1"] == 1.0
    assert all(c["transcript"] == "meeting.txt" for r in results for c in r["answer"]["citations"])
    code, output = run("list", "--index", index, "--json")
    assert code == 0 and [t["name"] for t in json.loads(output)] == ["meeting.txt"]  # nothing added to it
    # a transcript the index lacks is refused before anything is asked, naming the index
    questions.write_text('{"question": "When?", "transcript": "other.txt"}\n', encoding="utf-8")
    code, output = run("eval", questions, "--out", tmp_path / "out2", "--index", index)
    assert code == 1 and f"transcript 'other.txt' is not in the index {index}" in output


def test_an_empty_index_given_without_a_corpus_says_what_to_do(tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "When do we ship?"}\n', encoding="utf-8")
    code, output = run("eval", questions, "--out", tmp_path / "out", "--index", tmp_path / "nothing")
    assert code == 1 and "holds no transcripts to evaluate" in output and "tqa ingest" in output
    assert not (tmp_path / "nothing").exists()


def test_an_output_folder_holding_other_files_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    code, output = run("eval", DATA / "questions.jsonl", "--out", tmp_path / "out")
    assert code == 1 and "not empty and not an earlier evaluation" in output


def test_scope_transcript_and_lexical_mode_rerun_into_the_same_folder(eval_index, jsonl_run, tmp_path):
    out = tmp_path / "lexical"
    two = tmp_path / "two.jsonl"  # two questions keep the two runs short
    two.write_text("".join((DATA / "questions.jsonl").read_text(encoding="utf-8").splitlines(True)[:2]))
    for _ in range(2):  # the second run replaces the first whole
        code, output = run("eval", two, "--out", out, "--index", eval_index,
                           "--scope", "transcript", "--mode", "lexical", "--k", 3)
        assert code == 0, output
    config = json.loads((out / "metrics.json").read_text())["config"]
    assert (config["scope"], config["mode"], config["k"], config["passages_embedded"]) == ("transcript", "lexical", 3, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lexical", "two.jsonl"]  # no temporary folder left


def test_own_fields_come_back_in_the_results(jsonl_run, csv_run):
    for out in (jsonl_run, csv_run):
        by_id = {r["id"]: r for r in _results(out)}
        assert by_id["oil"]["note"] == "from the seed set" and by_id["nord-stream"]["category"] == "absent-topic"


def test_own_fields_named_like_a_result_key_are_kept_apart():
    question = EvalQuestion(id="a", question="a?", line=1, extra={"answer": "mine", "metrics": [1], "note": "n"})
    record = result_json(QuestionResult(question, Answer(question="a?", answerable=False, answer="Not found."), (),
                                        1.0, {"said_answerable": False}))
    assert record["answer"]["answer"] == "Not found." and record["metrics"] == {"said_answerable": False}
    assert record["own_fields"] == {"answer": "mine", "metrics": [1]} and record["note"] == "n"


def test_metrics_are_broken_down_by_category(jsonl_run):
    results = _results(jsonl_run)
    metrics = json.loads((jsonl_run / "metrics.json").read_text())
    per = metrics["per_category"]
    assert set(per) == {"factoid", "follow-up", "date", "absent-topic"} and per["factoid"]["questions"] == 2
    factoid = [r["metrics"]["hit@1"] for r in results if r["category"] == "factoid"]
    assert per["factoid"]["hit@1"] == pytest.approx(sum(factoid) / 2)
    nord = next(r for r in results if r["id"] == "nord-stream")
    declined = not nord["answer"]["answerable"]
    assert per["absent-topic"]["declined"] == float(declined)
    assert per["absent-topic"]["answerability"]["recall"] == float(declined)  # a decline there is correct
    table = summary_table(metrics, 5)
    assert "category" in table and "alone_identical" in table and "absent-topic" in table
    page = (jsonl_run / "report.html").read_text(encoding="utf-8")
    assert "<h3>By category</h3>" in page and "<th>follow-up</th>" in page


def test_long_transcript_names_in_the_summary_keep_their_ends(jsonl_run):
    # trial28: names cut at 40 characters lost their suffix and date ("...youtube-captions.vt", "...2021-0")
    metrics = json.loads((jsonl_run / "metrics.json").read_text())
    stats = next(iter(metrics["per_transcript"].values()))
    names = [f"wh-background-press-call-russia-sanctions-2021-04-{day}.md" for day in (15, 16)]
    metrics["per_transcript"] = {name: stats for name in names}
    rows = [line.split()[0] for line in summary_table(metrics, 5).splitlines() if line.startswith("wh-")]
    assert len(rows) == 2 and rows[0] != rows[1]
    assert rows[0].endswith("2021-04-15.md") and rows[1].endswith("2021-04-16.md") and len(rows[0]) == 40


def test_a_question_with_history_is_compared_with_itself_asked_alone(jsonl_run):
    by_id = {r["id"]: r for r in _results(jsonl_run)}
    poland = by_id["poland"]
    cited = [[c["transcript"], c["start_char"], c["end_char"]] for c in poland["answer"]["citations"]]
    alone = poland["asked_alone"]
    same = alone["citations"] == cited and alone["answerable"] == poland["answer"]["answerable"]
    assert poland["metrics"]["alone_identical"] is same and len(alone["citations"]) in (0, 10)
    assert all("asked_alone" not in r and "alone_identical" not in r["metrics"] for r in by_id.values() if not r["history"])
    overall = json.loads((jsonl_run / "metrics.json").read_text())["overall"]
    assert overall["with_history"] == 1 and overall["alone_identical"] == float(same)


def test_same_citations_holds_for_an_answer_and_its_repeat_only(seed_qa):
    first = seed_qa.ask("Which Russian company is the main shareholder of NIS?")
    again = seed_qa.ask("Which Russian company is the main shareholder of NIS?")
    other = seed_qa.ask("How many American diplomats will be told to leave Russia?")
    assert same_citations(first, again) and not same_citations(first, other)


def test_a_field_name_that_looks_like_a_typo_is_warned_about_and_the_run_goes_on(eval_index, tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps({"question": "Who is the main investor in NIS?", "transcript": SEED.name,
                                "gold_quote": ["Its main stakeholder and investor is Gazprom Neft."]}) + "\n",
                    encoding="utf-8")
    code, output = run("eval", path, "--out", tmp_path / "out", "--index", eval_index)
    assert code == 0, output
    assert f"warning: {path}: field 'gold_quote' (line 1) is not a known field; did you mean 'gold_quotes'?" in output
    # the question counts without gold: the misspelt field is not used
    assert "1 (0 / 0; 1 answerable without gold" in output


WHISPER = {"text": " The late ferry comes back in June. The harbour fees stay the same.", "language": "en",
           "segments": [{"id": 0, "start": 0.0, "end": 3.5, "text": " The late ferry comes back in June."},
                        {"id": 1, "start": 3.5, "end": 7.0, "text": " The harbour fees stay the same."}]}


def test_gold_in_a_whisper_file_is_the_segment_not_its_copy_in_the_top_level_text(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.json").write_text(json.dumps(WHISPER, indent=1), encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "fees", "question": "Will the harbour fees go up?", "transcript": "harbour.json",
                                     "gold_quotes": ["The harbour fees stay the same."]}) + "\n", encoding="utf-8")
    code, output = run("eval", questions, "--corpus", corpus, "--index", tmp_path / "index", "--out", tmp_path / "out")
    assert code == 0, output
    text = (corpus / "harbour.json").read_text(encoding="utf-8")
    [gold] = _results(tmp_path / "out")[0]["gold"]
    assert gold[0] == text.rindex("The harbour fees stay the same.") > text.index('"segments"')


def test_an_evaluation_index_of_another_version_is_kept_aside_and_built_again(tmp_path):
    from qa.config import Settings
    from qa.evaluate.run import eval_index_dir, run_eval

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    settings = Settings(index_dir=tmp_path / "product-index")
    run_eval(DATA / "questions.jsonl", settings=settings, corpus=corpus)
    folder = eval_index_dir(settings, corpus, None)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "format": 4}))
    again = run_eval(DATA / "questions.jsonl", settings=settings, corpus=corpus)
    assert any("another version of transcript-qa" in w for w in again.warnings)
    assert json.loads((folder.with_name(folder.name + ".format4") / "manifest.json").read_text())["format"] == 4
    assert again.results and again.metrics["overall"]["hit@1"] is not None


def test_per_transcript_rows_count_questions_with_gold_apart_from_unanswerable_ones(jsonl_run):
    # trial28: one "questions" column counted the unanswerable ones beside a Hit@1 over the questions with gold
    metrics = json.loads((jsonl_run / "metrics.json").read_text())
    stats = next(iter(metrics["per_transcript"].values()))
    metrics["per_transcript"] = {"a.txt": stats, "b.txt": stats}
    lines = summary_table(metrics, 5).splitlines()
    header = next(line for line in lines if line.startswith("transcript"))
    assert header.split()[-2:] == ["gold", "unanswerable"] and "questions" not in header
    assert next(line for line in lines if line.startswith("a.txt")).split()[-2:] == ["4", "1"]
    html_text = (jsonl_run / "report.html").read_text(encoding="utf-8")
    assert "<th>with gold</th><th>unanswerable</th>" in html_text
