"""A highlight that ends on a unit that asks (a speaker's own question, "Now what is the definition of CLS?") takes
in the unit after it, the answer the speaker goes on to give (`qa.cite.answer_to_asking`; docs/retrieval.md, "A
question the speaker answers")."""

import pytest

import qa.cite as cite
from bench import constants
from qa.api import TranscriptQA
from tests.conftest import shared_transcript_qa

WHY = "That's why our CLS should be as low as possible."
ASKS = "Now what is the definition of CLS?"
ANSWER = "Cumulative layout shift means how much is shifting while the page is loading."


def test_a_highlight_ending_on_a_question_takes_its_answer():
    texts = [WHY, ASKS, ANSWER]
    assert cite.answer_to_asking(texts, 0, 1) == (0, 2)  # the highlight with the answer: they fit in 40 words
    assert cite.answer_to_asking(texts, 1, 1) == (1, 2)
    long_answer = ANSWER[:-1] + " " + " ".join(["and the layout moves"] * 10) + "."
    assert cite.answer_to_asking([WHY, ASKS, long_answer], 1, 1) == (2, 2)  # the question alone: the answer alone
    assert cite.answer_to_asking([WHY, ASKS, long_answer], 0, 1) is None  # the best unit is kept


def test_a_highlight_is_kept_when_it_does_not_end_on_a_question_or_the_next_unit_asks_too():
    assert cite.answer_to_asking([WHY, ASKS, ANSWER], 1, 2) is None  # the answer is already in
    assert cite.answer_to_asking([ASKS, WHY, ANSWER], 0, 1) is None  # ends on a statement
    assert cite.answer_to_asking([WHY, ASKS, "And what is LCP?"], 0, 1) is None  # a second question, no answer
    assert cite.answer_to_asking([WHY, ASKS], 0, 1) is None  # nothing after it
    assert cite.answer_to_asking([], 0, 0) is None


@pytest.fixture(scope="module")
def lecture_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, "core-web-vitals-lecture-whisper.json")


def test_what_is_cls_is_highlighted_with_the_lecturers_answer(lecture_qa):
    first = " ".join(lecture_qa.ask("What is CLS?").citations[0].highlight.split())
    assert "Cumulative layout shift means" in first
    # without the rule: the sentence before and the question (and without hl50's grown caption highlight, which
    # would take in the answer after them whatever this rule does)
    with constants(cite, ASKED_ANSWER=False, CAPTION_GROW=0):
        before = " ".join(lecture_qa.ask("What is CLS?").citations[0].highlight.split())
    assert "Cumulative layout shift means" not in before


CAPTION = ["okay so it's it's bit unclear which of these is",
           "better why or when does begging help so what's the reason that this might be a good technique",
           "so the whole idea behind this and we'll explore this a little bit later in more detail when I uh "
           "introduce the complete random Forest",
           "so the idea behind bagging is that it should reduce the variability of our produtions",
           "because we average over them we smooth out right when we create these ensembles and"]


def test_a_lecturers_question_in_unpunctuated_captions_asks():
    assert list(cite.asks(CAPTION)) == [0, 1, 0, 0, 0]
    assert list(cite.asks(["so what we do is we take our data", "easy to explain how this works",
                           "now how do we predict with an ensemble"])) == [0, 0, 1]
    # in a punctuated passage only a question mark asks
    assert list(cite.asks(["This is what is needed here", "It works."])) == [0, 0]
    with constants(cite, CAPTION_ASKS=False):
        assert not cite.asks(CAPTION).any()


def test_a_best_unit_that_asks_hands_the_highlight_to_the_answer_after_it():
    # the question with the unit before it; the answer does not fit beside them: the units after the question that
    # fit in 40 words
    assert cite.answer_to_asking(CAPTION, 0, 1, best=1) == (2, 3)
    assert cite.answer_to_asking(CAPTION, 0, 1, best=0) is None  # the best unit is not the question: kept
    # a best unit that answers a question before it, ending on a question of its own, is kept
    answer_asking = "Well, you need mutual exclusion, because otherwise who knows what is going to happen?"
    long_answer = ANSWER[:-1] + " " + " ".join(["and the layout moves"] * 10) + "."
    assert cite.answer_to_asking([ASKS, answer_asking, long_answer], 0, 1, best=1) is None
    with constants(cite, BEST_ASKING_HANDS_OVER=False):
        assert cite.answer_to_asking(CAPTION, 0, 1, best=1) is None


def test_a_number_with_a_unit_of_measure_is_a_value():
    assert list(cite.measures(["your input should start processing in less than 100 milliseconds.",
                               "92 marks in performance.", "In 2021 we met.", "Which stands for First Input Delay."])
                ) == [1, 1, 0, 0]
    assert cite.asks_quantity("What is a good value for First Input Delay?")


def test_a_good_value_asked_for_is_highlighted_with_its_number(lecture_qa):
    question = "What is a good value for First Input Delay?"
    first = " ".join(lecture_qa.ask(question).citations[0].highlight.split())
    assert "less than 100 milliseconds" in first
    with constants(cite, MEASURE_WEIGHT=0.0):  # without it: the definition ("Which stands for First Input Delay.")
        before = " ".join(lecture_qa.ask(question).citations[0].highlight.split())
    assert "less than 100 milliseconds" not in before


def test_why_bagging_helps_is_highlighted_with_the_lecturers_answer(tmp_path_factory):
    tqa = shared_transcript_qa(tmp_path_factory, "i2ml-random-forest-bagging-lecture.srt")
    first = " ".join(tqa.ask("Why does it help?", history=["What is bagging?"]).citations[0].highlight.split())
    assert "reduce the variability" in first
    with constants(cite, CAPTION_ASKS=False):  # without it: the lecturer's own question
        before = " ".join(tqa.ask("Why does it help?", history=["What is bagging?"]).citations[0].highlight.split())
    assert "reduce the variability" not in before


TWO_THINGS = "Actually, there are two things that you should do before you start writing code."
FIRST_ONE = "The first one is figure out, decide what the program is supposed to do."


def test_a_unit_that_announces_a_count_is_answered_by_the_first_item_after_it():
    # trial23: "What's the first thing to do before writing code?" (ANNOUNCED_FIRST)
    assert cite.announces_first([TWO_THINGS, FIRST_ONE], 0)
    assert cite.announces_first(["We are announcing two important steps.", "First, we will act."], 0)
    assert cite.announces_first(["There is one more thing:", "First, the debt."], 0)
    assert not cite.announces_first([TWO_THINGS, "And again, you can think of that."], 0)  # no first item follows
    assert not cite.announces_first(["We met twice.", FIRST_ONE], 0)  # no count of things announced
    assert cite.answer_to_asking([TWO_THINGS, FIRST_ONE], 0, 0) == (0, 1)
    assert cite.answer_to_asking([TWO_THINGS, FIRST_ONE], 0, 0, first_item=False) is None
    with constants(cite, ANNOUNCED_FIRST=False):
        assert cite.answer_to_asking([TWO_THINGS, FIRST_ONE], 0, 0) is None


@pytest.mark.parametrize("question, first_item", [
    ("What's the first thing to do before writing code?", True),
    ("How many things should you do before starting to write code?", False),  # the announcing unit gives the count
    ("And what is the second step?", False),
    ("What were the other reasons?", False),
])
def test_a_question_for_a_count_or_a_later_item_is_not_answered_by_the_first_item(question, first_item):
    assert cite.read_question(question).first_item is first_item


def test_the_first_thing_to_do_before_coding_is_highlighted_with_lamports_first_item(tmp_path_factory):
    tqa = shared_transcript_qa(tmp_path_factory, "changelog-552-leslie-lamport-interview.md")
    question = "What's the first thing to do before writing code?"
    history = ["What does Lamport compare coding to?"]
    assert tqa.ask(question, history=history).citations[0].highlight.startswith("The first one is figure out")
    with constants(cite, ANNOUNCED_FIRST=False):  # without it: the sentence that announces two things
        before = tqa.ask(question, history=history).citations[0].highlight
    assert "The first one" not in before
    count = tqa.ask("How many things should you do before starting to write code?").citations[0].highlight
    assert "two things" in count
