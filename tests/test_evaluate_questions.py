"""Question files: JSONL and CSV read alike; the user's own fields are kept, names that look like typos of known
fields warned about; each kind of bad input is refused with its line number; gold quotes are located in the
transcript text (no model needed); the project's own question sets load and their gold locates."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from qa.errors import QuestionFileError
from qa.evaluate.questions import check_transcripts, field_warnings, find_quote, load_questions, locate_gold
from tests.conftest import REPO, shared_path

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


def test_questions_about_a_transcript_the_corpus_lacks_are_one_problem_naming_their_lines(tmp_path):
    """A researcher's 35 questions over transcripts of another folder were 35 problems of one line each, the same
    words 35 times (trial25); each missing transcript is now one problem."""
    lines = [f'{{"question": "q{i}?", "transcript": "{name}"}}\n'
             for i, name in enumerate(["a.md"] * 10 + ["t.txt", "b.srt"])]
    path = _write(tmp_path, "q.jsonl", "".join(lines))
    with pytest.raises(QuestionFileError) as refused:
        check_transcripts(load_questions(path), {"t.txt": None}, scope="corpus", source=str(path))
    assert str(refused.value) == (
        f"{path}: 2 problems: lines 1, 2, 3, 4, 5, 6, 7, 8 and 2 more: transcript 'a.md' is not in the corpus "
        "(it holds t.txt); line 12: transcript 'b.srt' is not in the corpus (it holds t.txt)")


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


def test_own_fields_are_kept_as_given(tmp_path):
    path = _write(tmp_path, "q.jsonl",
                  '{"id": "a", "question": "a?", "category": "factoid", "note": {"by": "me", "checked": true}}\n'
                  '{"id": "b", "question": "b?", "category": 3}\n{"id": "c", "question": "c?"}\n')
    a, b, c = load_questions(path)
    assert a.extra == {"category": "factoid", "note": {"by": "me", "checked": True}} and a.category == "factoid"
    assert a.to_json()["note"] == {"by": "me", "checked": True} and a.to_json()["category"] == "factoid"
    assert b.category == "3" and c.category is None and c.extra == {} and "category" not in c.to_json()


def test_own_csv_columns_are_kept_as_text(tmp_path):
    path = _write(tmp_path, "q.csv", "question,category,note\na?,why,checked twice\nb?,,\n")
    a, b = load_questions(path)
    assert a.extra == {"category": "why", "note": "checked twice"} and b.extra == {}


def test_a_near_miss_of_a_known_field_is_warned_once_with_its_lines(tmp_path):
    path = _write(tmp_path, "q.jsonl", '{"question": "a?", "gold_quote": ["x"], "note": "n"}\n'
                                       '{"question": "b?", "gold_quote": ["y"], "Transcript": "t.txt"}\n')
    warnings = field_warnings(load_questions(path), str(path))
    assert warnings == [
        f"{path}: field 'gold_quote' (line 1, 2) is not a known field; did you mean 'gold_quotes'? "
        "It is kept with the results as your own field and not used",
        f"{path}: field 'Transcript' (line 2) is not a known field; did you mean 'transcript'? "
        "It is kept with the results as your own field and not used"]


def test_own_fields_never_make_a_known_field_of_the_wrong_type_acceptable(tmp_path):
    path = _write(tmp_path, "q.jsonl", '{"question": "a?", "category": "x", "history": "one question"}\n')
    with pytest.raises(QuestionFileError, match="line 1: `history` must be a list of texts"):
        load_questions(path)


def test_gold_counts_only_where_a_citation_can_reach_it_when_it_can_somewhere(tmp_path):
    """A Whisper JSON file holds each segment's words twice (its top-level text and the segment): only the
    occurrence in text that a passage covers is gold; a quote found only outside such text is kept as found."""
    text = ('{"text": " The gate opens at nine. Bye. Bye.", "segments": [{"text": " The gate opens at nine."}, '
            '{"text": " Bye. Bye."}]}')
    segments = text.index('"segments"')
    path = _write(tmp_path, "q.jsonl",
                  '{"id": "a", "question": "a?", "transcript": "w.json", "gold_quotes": ["The gate opens at nine."]}\n'
                  '{"id": "b", "question": "b?", "transcript": "w.json", "gold_quotes": ["Bye. Bye."]}\n')
    gold = locate_gold(load_questions(path), {"w.json": text}.__getitem__, source=str(path),
                       citable=lambda name, start, end: start > segments and "Bye" not in text[start:end])
    at = text.rindex("The gate")
    assert gold["a"] == ((at, at + len("The gate opens at nine.")),)
    first, last = text.index("Bye. Bye."), text.rindex("Bye. Bye.")
    assert gold["b"] == ((first, first + 9), (last, last + 9))  # nowhere citable: every occurrence kept


OWN_SETS = ["real-dev", "real-test", "unanswerable-dev", "unanswerable-test", "conversations-dev", "conversations-test",
            "real-fresh", "unanswerable-fresh", "conversations-fresh", "real-fresh2", "unanswerable-fresh2",
            "conversations-fresh2", "real-fresh3", "unanswerable-fresh3", "conversations-fresh3", "real-fresh4",
            "unanswerable-fresh4", "conversations-fresh4", "real-fresh5", "unanswerable-fresh5", "conversations-fresh5",
            "real-fresh6", "unanswerable-fresh6", "conversations-fresh6",
            "real-fresh7", "unanswerable-fresh7", "conversations-fresh7",
            "real-fresh8", "unanswerable-fresh8", "conversations-fresh8",
            "real-fresh9", "unanswerable-fresh9", "conversations-fresh9",
            "real-fresh10", "unanswerable-fresh10", "conversations-fresh10",
            "real-fresh11", "unanswerable-fresh11", "conversations-fresh11",
            "real-fresh12", "unanswerable-fresh12", "conversations-fresh12",
            "real-fresh13", "unanswerable-fresh13", "conversations-fresh13",
            "real-fresh14", "unanswerable-fresh14", "conversations-fresh14",
            "real-fresh15", "unanswerable-fresh15", "conversations-fresh15",
            "real-fresh16", "unanswerable-fresh16", "conversations-fresh16",
            "real-fresh17", "unanswerable-fresh17", "conversations-fresh17",
            "real-fresh18", "unanswerable-fresh18", "conversations-fresh18",
            "real-fresh19", "unanswerable-fresh19", "conversations-fresh19",
            "real-fresh20", "unanswerable-fresh20", "conversations-fresh20",
            "real-fresh21", "unanswerable-fresh21", "conversations-fresh21",
            "real-fresh22", "unanswerable-fresh22", "conversations-fresh22",
            "real-fresh23", "unanswerable-fresh23", "conversations-fresh23",
            "real-fresh24", "unanswerable-fresh24", "conversations-fresh24",
            "real-fresh25", "unanswerable-fresh25", "conversations-fresh25",
            "real-fresh26", "unanswerable-fresh26", "conversations-fresh26",
            "define-dev", "casual-dev"]
SEED_SETS = ["seed_questions", "seed_questions_heldout", "seed_questions_fresh", "seed_questions_fresh2",
             "seed_questions_fresh3", "seed_questions_fresh4", "seed_questions_fresh5",
             "seed_questions_fresh6", "seed_questions_fresh7", "seed_questions_fresh8", "seed_questions_fresh9",
             "seed_questions_fresh10", "seed_questions_fresh11", "seed_questions_fresh12",
             "seed_questions_fresh13", "seed_questions_fresh14", "seed_questions_fresh15",
             "seed_questions_fresh16", "seed_questions_fresh17", "seed_questions_fresh18",
             "seed_questions_fresh19", "seed_questions_fresh20",
             "seed_questions_fresh21", "seed_questions_fresh22", "seed_questions_fresh23",
             "seed_questions_fresh24", "seed_questions_fresh25", "seed_questions_fresh26"]


def assert_loads_and_gold_locates(path, folder):
    """Every question of `path` loads with a category, and its gold locates in `folder`'s transcripts exactly when
    it is answerable (a nonsense question may have neither)."""
    questions = load_questions(path)
    assert all(q.category for q in questions) and not field_warnings(questions, str(path))
    texts = {}

    def text_of(transcript: str) -> str:
        if transcript not in texts:
            with open(folder / transcript, encoding="utf-8", newline="") as f:
                texts[transcript] = f.read()
        return texts[transcript]

    gold = locate_gold(questions, text_of, source=str(path))
    assert all(bool(gold[q.id]) == q.answerable for q in questions if q.category != "nonsense")


@pytest.mark.parametrize("name", OWN_SETS)
def test_own_question_sets_load_and_their_gold_locates_in_the_shared_transcripts(name):
    assert_loads_and_gold_locates(REPO / "bench" / "questions" / f"{name}.jsonl", shared_path("data", "transcripts"))


@pytest.mark.parametrize("name", SEED_SETS)
def test_seed_sets_load_and_their_gold_locates_in_the_bundled_transcript(name):
    assert_loads_and_gold_locates(REPO / "qa" / "data" / f"{name}.jsonl", REPO / "corpus")


def _questions(*paths):
    return [q for path in paths for q in load_questions(path)]


DATA_SETS, OWN_FOLDER = REPO / "qa" / "data", REPO / "bench" / "questions"
SPLITS = {
    "dev": [DATA_SETS / "seed_questions.jsonl",
            *(OWN_FOLDER / f"{n}-dev.jsonl" for n in ("real", "unanswerable", "conversations", "mention", "decline",
                                                          "define", "casual"))],
    "test": [DATA_SETS / "seed_questions_heldout.jsonl",
             *(OWN_FOLDER / f"{n}-test.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh": [DATA_SETS / "seed_questions_fresh.jsonl",
              *(OWN_FOLDER / f"{n}-fresh.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh2": [DATA_SETS / "seed_questions_fresh2.jsonl",
               *(OWN_FOLDER / f"{n}-fresh2.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh3": [DATA_SETS / "seed_questions_fresh3.jsonl",
               *(OWN_FOLDER / f"{n}-fresh3.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh4": [DATA_SETS / "seed_questions_fresh4.jsonl",
               *(OWN_FOLDER / f"{n}-fresh4.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh5": [DATA_SETS / "seed_questions_fresh5.jsonl",
               *(OWN_FOLDER / f"{n}-fresh5.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh6": [DATA_SETS / "seed_questions_fresh6.jsonl",
               *(OWN_FOLDER / f"{n}-fresh6.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh7": [DATA_SETS / "seed_questions_fresh7.jsonl",
               *(OWN_FOLDER / f"{n}-fresh7.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh8": [DATA_SETS / "seed_questions_fresh8.jsonl",
               *(OWN_FOLDER / f"{n}-fresh8.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh9": [DATA_SETS / "seed_questions_fresh9.jsonl",
               *(OWN_FOLDER / f"{n}-fresh9.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh10": [DATA_SETS / "seed_questions_fresh10.jsonl",
                *(OWN_FOLDER / f"{n}-fresh10.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh11": [DATA_SETS / "seed_questions_fresh11.jsonl",
                *(OWN_FOLDER / f"{n}-fresh11.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh12": [DATA_SETS / "seed_questions_fresh12.jsonl",
                *(OWN_FOLDER / f"{n}-fresh12.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh13": [DATA_SETS / "seed_questions_fresh13.jsonl",
                *(OWN_FOLDER / f"{n}-fresh13.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh14": [DATA_SETS / "seed_questions_fresh14.jsonl",
                *(OWN_FOLDER / f"{n}-fresh14.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh15": [DATA_SETS / "seed_questions_fresh15.jsonl",
                *(OWN_FOLDER / f"{n}-fresh15.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh16": [DATA_SETS / "seed_questions_fresh16.jsonl",
                *(OWN_FOLDER / f"{n}-fresh16.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh17": [DATA_SETS / "seed_questions_fresh17.jsonl",
                *(OWN_FOLDER / f"{n}-fresh17.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh18": [DATA_SETS / "seed_questions_fresh18.jsonl",
                *(OWN_FOLDER / f"{n}-fresh18.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh19": [DATA_SETS / "seed_questions_fresh19.jsonl",
                *(OWN_FOLDER / f"{n}-fresh19.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh20": [DATA_SETS / "seed_questions_fresh20.jsonl",
                *(OWN_FOLDER / f"{n}-fresh20.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh21": [DATA_SETS / "seed_questions_fresh21.jsonl",
                *(OWN_FOLDER / f"{n}-fresh21.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh22": [DATA_SETS / "seed_questions_fresh22.jsonl",
                *(OWN_FOLDER / f"{n}-fresh22.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh23": [DATA_SETS / "seed_questions_fresh23.jsonl",
                *(OWN_FOLDER / f"{n}-fresh23.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh24": [DATA_SETS / "seed_questions_fresh24.jsonl",
                *(OWN_FOLDER / f"{n}-fresh24.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh25": [DATA_SETS / "seed_questions_fresh25.jsonl",
                *(OWN_FOLDER / f"{n}-fresh25.jsonl" for n in ("real", "unanswerable", "conversations"))],
    "fresh26": [DATA_SETS / "seed_questions_fresh26.jsonl",
                *(OWN_FOLDER / f"{n}-fresh26.jsonl" for n in ("real", "unanswerable", "conversations"))],
}


@pytest.mark.parametrize("split, other", list(itertools.combinations(SPLITS, 2)))
def test_splits_share_no_question_id_or_text(split, other):
    """A question (without history: a follow-up's short text may recur) is in one split only, and so is an id."""
    one, two = _questions(*SPLITS[split]), _questions(*SPLITS[other])
    assert not {q.id for q in one} & {q.id for q in two}
    assert not {q.question.lower() for q in one if not q.history} & {q.question.lower() for q in two if not q.history}


def test_each_split_gives_every_question_its_own_id():
    for split, paths in SPLITS.items():
        ids = [q.id for q in _questions(*paths)]
        assert len(ids) == len(set(ids)), split


def test_eval_sets_runs_each_split_on_files_that_exist_and_both_is_dev_and_test(tmp_path):
    from bench.eval_sets import QUESTIONS, SEED, SPLITS, merged_file

    assert SPLITS["both"] == ("dev", "test")
    assert all(SPLITS[split] == (split,) for split in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
                                                     "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
                                                     "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
                                                     "fresh17", "fresh18", "fresh19", "fresh20",
                                                     "fresh21", "fresh22", "fresh23", "fresh24",
                                                     "fresh25", "fresh26"))
    for split in ("dev", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                  "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
                  "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                  "fresh25", "fresh26"):
        assert load_questions(SEED[split]) and load_questions(QUESTIONS / f"conversations-{split}.jsonl")
        parts = [load_questions(QUESTIONS / f"{kind}-{split}.jsonl") for kind in ("real", "unanswerable")]
        assert len(load_questions(merged_file(split, tmp_path))) == sum(map(len, parts))
