"""Question files: JSONL and CSV read alike; each kind of bad input is refused with its line number; gold quotes
are located in the transcript text (no model needed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from qa.errors import QuestionFileError
from qa.evaluate.questions import check_transcripts, find_quote, load_questions, locate_gold

DATA = Path(__file__).parent / "data" / "eval"
SEED = "lavrov-selakovic-press-conference-2021-04-16.txt"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_and_csv_give_the_same_questions():
    jsonl, csv = load_questions(DATA / "questions.jsonl"), load_questions(DATA / "questions.csv")
    assert [dataclasses.replace(q, line=0) for q in jsonl] == [dataclasses.replace(q, line=0) for q in csv]
    assert [q.line for q in jsonl] == [1, 2, 3, 4, 5]
    assert [q.line for q in csv] == [2, 3, 4, 5, 6]  # the header is line 1


def test_fields_are_read_with_their_defaults():
    by_id = {q.id: q for q in load_questions(DATA / "questions.jsonl")}
    assert by_id["poland"].history == ("How many Russian diplomats did the United States ask to leave?",)
    assert by_id["vaccine"].gold_spans == ((950, 1063),) and by_id["vaccine"].gold_quotes == ()
    assert by_id["nord-stream"].answerable is False and not by_id["nord-stream"].has_gold
    assert by_id["oil"].answerable is True and by_id["oil"].reference_answer is None


def test_id_defaults_to_the_line_number(tmp_path):
    path = _write(tmp_path, "q.jsonl", '\n{"question": "first?"}\n{"question": "second?"}\n')
    assert [q.id for q in load_questions(path)] == ["2", "3"]


@pytest.mark.parametrize("lines, message", [
    (['{"question": "fine?"}', '{"question": "broken?"'], "line 2: not valid JSON"),
    (['{"questio": "a?"}'], "line 1: missing `question` (is 'questio' meant to be `question`?)"),
    (['{"question": "a?"}', '{"id": "x", "transcript": "t.txt"}'], "line 2: missing `question`"),
    (['{"question": "a?", "answerable": "no"}'], "line 1: `answerable` must be true or false"),
    (['{"question": "a?", "gold_quotes": "one quote"}'], "line 1: `gold_quotes` must be a list of texts"),
    (['{"question": "a?", "gold_spans": [[1, 2, 3]]}'], "line 1: `gold_spans` must be a list of"),
    (['{"question": "a?", "history": [1]}'], "line 1: `history` must be a list of texts"),
    (['["question", "a?"]'], "line 1: a JSON list, not an object"),
    (['{"id": "a", "question": "a?"}', '{"id": "a", "question": "b?"}'], "line 2: id 'a' repeats line 1"),
    (['{"question": "a?", "answerable": false, "gold_quotes": ["x"]}'], "line 1: `answerable: false` with gold"),
])
def test_bad_jsonl_lines_are_named(tmp_path, lines, message):
    path = _write(tmp_path, "q.jsonl", "\n".join(lines) + "\n")
    with pytest.raises(QuestionFileError, match="^" + str(path).replace(".", r"\.")) as caught:
        load_questions(path)
    assert message in str(caught.value)


def test_every_bad_line_is_listed_at_once(tmp_path):
    path = _write(tmp_path, "q.jsonl", '{"question": "ok?"}\n{oops\n{"question": "ok?"}\n{"questio": "x"}\n')
    with pytest.raises(QuestionFileError) as caught:
        load_questions(path)
    assert "2 problems" in str(caught.value) and "line 2:" in str(caught.value) and "line 4:" in str(caught.value)


@pytest.mark.parametrize("text, message", [
    ("question,note,note\na?,b,c\n", "line 1: repeated column(s) 'note' in the header"),
    ("question,transcript\na?,t.txt,extra\n", "line 2: 3 cells where the header has 2"),
    ("id,question\n1,\n", "line 2: missing `question`"),
    ('question,gold_spans\na?,"[1, 2]"\n', "line 2: `gold_spans` must be a list of"),
    ("question,answerable\na?,maybe\n", "line 2: `answerable` must be true or false"),
])
def test_bad_csv_rows_are_named(tmp_path, text, message):
    with pytest.raises(QuestionFileError) as caught:
        load_questions(_write(tmp_path, "q.csv", text))
    assert message in str(caught.value)


@pytest.mark.parametrize("name, text", [("q.jsonl", ""), ("q.jsonl", "\n  \n"), ("q.csv", "question,id\n")])
def test_a_file_without_questions_is_refused(tmp_path, name, text):
    with pytest.raises(QuestionFileError, match="no questions in the file"):
        load_questions(_write(tmp_path, name, text))


def test_missing_file_and_unknown_suffix(tmp_path):
    with pytest.raises(QuestionFileError, match="no such question file"):
        load_questions(tmp_path / "nope.jsonl")
    with pytest.raises(QuestionFileError, match="unknown question file type '.txt'"):
        load_questions(_write(tmp_path, "q.txt", '{"question": "a?"}'))


def test_transcript_not_in_corpus_names_the_line(tmp_path):
    path = _write(tmp_path, "q.jsonl", '{"question": "a?", "transcript": "t.txt"}\n'
                                       '{"question": "b?", "transcript": "missing.txt"}\n')
    questions = load_questions(path)
    with pytest.raises(QuestionFileError, match=r"line 2: transcript 'missing.txt' is not in the corpus \(it holds t.txt\)"):
        check_transcripts(questions, {"t.txt": None}, scope="corpus", source=str(path))


def test_scope_transcript_needs_a_transcript_on_every_question(tmp_path):
    path = _write(tmp_path, "q.jsonl", '{"question": "a?"}\n')
    check_transcripts(load_questions(path), {"t.txt": None}, scope="corpus", source=str(path))
    with pytest.raises(QuestionFileError, match="line 1: no `transcript`; scope 'transcript' needs one"):
        check_transcripts(load_questions(path), {"t.txt": None}, scope="transcript", source=str(path))


def test_gold_quotes_are_located_and_unfindable_ones_reported_by_line(tmp_path):
    text = "Lavrov: We will respond  accordingly.\nQ: And Poland?\nLavrov: We’ll see. We will respond accordingly."
    path = _write(tmp_path, "q.jsonl",
                  '{"id": "a", "question": "a?", "transcript": "t.txt", "gold_quotes": ["We will respond accordingly."]}\n'
                  '{"id": "b", "question": "b?", "transcript": "t.txt", "gold_spans": [[0, 6]]}\n'
                  '{"id": "c", "question": "c?", "transcript": "t.txt"}\n')
    gold = locate_gold(load_questions(path), {"t.txt": text}.__getitem__, source=str(path))
    second = text.rindex("We will")
    assert gold["a"] == ((second, second + len("We will respond accordingly.")),)  # verbatim beats loose
    assert gold["b"] == ((0, 6),) and gold["c"] == ()

    bad = _write(tmp_path, "bad.jsonl",
                 '{"question": "a?", "transcript": "t.txt", "gold_quotes": ["We will respond accordingly."]}\n'
                 '{"question": "b?", "transcript": "t.txt", "gold_quotes": ["Nord Stream"]}\n'
                 '{"question": "c?", "transcript": "t.txt", "gold_spans": [[90, 900]]}\n')
    with pytest.raises(QuestionFileError) as caught:
        locate_gold(load_questions(bad), {"t.txt": text}.__getitem__, source=str(bad))
    message = str(caught.value)
    assert "2 problems with gold" in message
    assert "line 2: gold quote 'Nord Stream' is not in t.txt" in message
    assert "line 3: gold span [90, 900] is outside t.txt" in message and "line 1" not in message


def test_find_quote_tolerates_whitespace_and_quote_marks():
    text = "Lavrov: We’ll  respond\n“in kind” — soon."
    assert find_quote(text, "We'll respond \"in kind\" - soon.") == [(8, len(text))]
    assert find_quote(text, "  ") == []
    assert find_quote("a b a b", "a b") == [(0, 3), (4, 7)]  # every occurrence is gold
