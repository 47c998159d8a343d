"""`TranscriptQA.ask` called from Python with arguments of the wrong shape: one string where a list is expected is
read as one item (not letter by letter), and anything else is a one-line TqaError saying what to give; a transcript
filter may name the start of one file name; a pasted document is refused before it is searched."""

import pytest

from qa.api import MAX_QUESTION_CHARS, TranscriptQA
from qa.config import Settings
from qa.errors import TqaError

from tests.conftest import SEED, meeting_qa

QUESTION = "Why did Poland expel Russian diplomats?"
FOLLOW_UP = "And what about the Czech Republic?"


def test_one_string_as_history_is_one_earlier_question_not_letters(seed_qa):
    as_list = seed_qa.ask(FOLLOW_UP, history=[QUESTION], k=3)
    as_string = seed_qa.ask(FOLLOW_UP, history=QUESTION, k=3)
    assert as_string.history_used and as_string.query == as_list.query
    assert [c.highlight for c in as_string.citations] == [c.highlight for c in as_list.citations]


def test_none_as_history_or_filters_is_no_history_and_no_filter(seed_qa):
    alone = seed_qa.ask(QUESTION, k=3)
    given_none = seed_qa.ask(QUESTION, history=None, transcripts=None, speakers=None, roles=None, k=3)
    assert [c.highlight for c in given_none.citations] == [c.highlight for c in alone.citations]


def test_one_string_as_a_speaker_or_transcript_filter_is_one_name(seed_qa):
    by_list = seed_qa.ask(QUESTION, speakers=["Lavrov"], transcripts=[SEED.name], k=3)
    by_string = seed_qa.ask(QUESTION, speakers="Lavrov", transcripts=SEED.name, k=3)
    assert by_string.citations and all("Lavrov" in c.speaker for c in by_string.citations)
    assert [c.highlight for c in by_string.citations] == [c.highlight for c in by_list.citations]


@pytest.mark.parametrize("kwargs, message", [
    ({"k": "3"}, "k must be a whole number"),
    ({"k": 2.5}, "k must be a whole number"),
    ({"k": True}, "k must be a whole number"),
    ({"k": 0}, "at least 1"),
    ({"history": 3}, "history must be a list of strings, not int"),
    ({"history": [QUESTION, None]}, "history must be a list of strings; None"),
    ({"speakers": [1]}, "speakers must be a list of strings"),
    ({"transcripts": 7}, "transcripts must be a list of strings"),
])
def test_wrong_arguments_are_one_line_errors_saying_what_to_give(seed_qa, kwargs, message):
    with pytest.raises(TqaError, match=message) as raised:
        seed_qa.ask(QUESTION, **kwargs)
    assert "\n" not in str(raised.value)


def test_a_question_that_is_not_text_or_a_pasted_document_is_refused_before_any_search(seed_qa):
    with pytest.raises(TqaError, match="the question must be text, not int"):
        seed_qa.ask(42)
    with pytest.raises(TqaError, match=f"50,000 characters long: ask in at most {MAX_QUESTION_CHARS:,}"):
        seed_qa.ask("why " * 12_499 + "why?")
    assert seed_qa.ask("why " * 10 + QUESTION, k=1).question  # a long but plausible question is still asked


def test_a_transcript_filter_may_name_the_start_of_one_file_name(tmp_path):
    tqa = meeting_qa(tmp_path, "budget-meeting-2024.txt", "Ann: The budget grows by four percent next year.",
                     "Bo: The new library opens in May.")
    (tmp_path / "budget-review-2025.txt").write_text("Cy: The review found the budget was spent on roads.\n",
                                                     encoding="utf-8")
    tqa.ingest([tmp_path / "budget-review-2025.txt"])
    answer = tqa.ask("How much does the budget grow?", transcripts=["Budget-Meeting"], k=2)
    assert {c.transcript for c in answer.citations} == {"budget-meeting-2024.txt"}
    with pytest.raises(TqaError, match="'budget' starts 2 transcripts' names: budget-meeting-2024.txt, "
                                       "budget-review-2025.txt; give one of them"):
        tqa.ask("How much does the budget grow?", transcripts=["budget"])
    with pytest.raises(TqaError, match="no transcript named 'minutes'"):
        tqa.ask("How much does the budget grow?", transcripts=["minutes"])


def test_removal_never_takes_a_transcript_by_the_start_of_its_name(tmp_path):
    tqa = meeting_qa(tmp_path, "budget-meeting-2024.txt", "Ann: The budget grows by four percent next year.")
    with pytest.raises(TqaError, match="no transcript named 'budget'"):
        tqa.remove("budget")
    assert [info.name for info in TranscriptQA(Settings(index_dir=tmp_path / "index")).list_transcripts()] == \
        ["budget-meeting-2024.txt"]
