"""The seed transcript as parsed: header, speakers, roles, question/answer pairing, leftovers, offsets."""

from qa.parse import parse_file
from tests.conftest import SEED

LEFTOVERS = ("en-GB1 ru-RU1", "Additional materials", "Advanced settings")


def seed():
    return parse_file(SEED)


def test_title_date_and_glued_time():
    t = seed()
    assert t.title.startswith("Foreign Minister Sergey Lavrov’s statement and answers to media questions")
    assert (t.date, t.time) == ("2021-04-16", "20:37")


def test_unlabelled_opening_statement_goes_to_the_speaker_the_title_names():
    opening = seed().turns[0]
    assert opening.speaker == "Sergey Lavrov"
    assert opening.role == "statement"
    assert opening.text.startswith("Ladies and gentlemen,")


def test_questions_and_answers_alternate_and_pair_up():
    turns = seed().turns
    assert [(t.speaker, t.role) for t in turns[1:]] == [("Question", "question"), ("Sergey Lavrov", "answer")] * 3
    for answer in turns[2::2]:
        asked = turns[answer.question_index]
        assert asked.role == "question"
        assert answer.question == asked.text


def test_answer_turn_knows_its_question():
    answer = next(t for t in seed().turns if "Ten diplomats were included" in t.text)
    assert answer.question.startswith("Today Presidential Aide Yury Ushakov")


def test_page_leftovers_are_in_no_turn():
    t = seed()
    for leftover in LEFTOVERS:
        assert leftover in t.text
        assert not any(leftover in turn.text for turn in t.turns)


def test_offsets_point_into_the_original_file():
    t = seed()
    with open(SEED, encoding="utf-8", newline="") as f:
        assert t.text == f.read()
    for turn in t.turns:
        assert t.text[turn.start_char:turn.end_char] == turn.text
        assert not turn.text.startswith(("Question:", "Sergey Lavrov:"))
        for piece in turn.pieces:
            assert t.text[piece.start_char:piece.end_char] == turn.text[piece.text_start:piece.text_end]
