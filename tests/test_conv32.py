"""Unanswerable follow-ups typed in a chat (conv32, docs/retrieval.md "conv32"): "what does X cost" asks an amount
of money as "how much does X cost" does; a follow-up that names a person who never speaks, and nothing else, is
checked for a report of them on what the earlier question was about; a name the Markdown transcripts write after a
hard line break is read as a name."""

import pytest

from qa.answerable import answer_type, expected_answer

from tests.conftest import shared_transcript_qa


@pytest.mark.parametrize("question, kind", [
    ("what does that api cost", "amount of money"),
    ("What did it cost?", "amount of money"),
    ("and what will the new program cost", "amount of money"),
    ("how much does lighthouse cost", "amount of money"),
    ("What does the API return?", None),  # no cost asked
    ("What did the hack do?", None),
    # the noun, not the verb (QMSum's questions about a meeting's talk were declined by the first form)
    ("What did the board decide on the cost?", None),
    ("What did the manager think of the cost limits for the screen?", None),
    ("What did they discuss about production costs?", None),
    ("what will the plan cost taxpayers", "amount of money"),
])
def test_what_does_x_cost_asks_an_amount_of_money(question, kind):
    assert expected_answer(question) == kind
    assert (answer_type(question) is not None and answer_type(question).kind == "amount") == (kind is not None)


@pytest.fixture(scope="module")
def press_call_qa(tmp_path_factory):
    return shared_transcript_qa(tmp_path_factory, "wh-background-press-call-russia-sanctions-2021-04-15.md")


def test_a_silent_person_asked_after_in_a_follow_up_is_declined(seed_qa):
    earlier = ["what did lavrov say about the greater albania idea"]
    kurti = seed_qa.ask("and how did kurti answer that", history=earlier)
    assert kurti.history_used and not kurti.answerable
    assert "Nobody named Kurti speaks" in kurti.note and "No passage reports them on this." in kurti.note
    # the question it follows is answered, and Selakovic, the other party of the conference, is reported by part
    assert seed_qa.ask(earlier[0]).answerable
    assert seed_qa.ask("and how did selakovic answer that", history=earlier).answerable


def test_a_name_after_a_hard_line_break_is_read_as_a_name(press_call_qa):
    # "... to poison Aleksey\nNavalny.": typed in lower case, "navalny" is read as the name it is
    navalny = press_call_qa.ask("and what did navalny say about it",
                                history=["what did the us do after navalny was poisoned"])
    assert "Navalny" in navalny.query
    assert not navalny.answerable and "Nobody named Navalny speaks" in navalny.note


def test_a_cost_the_transcript_gives_is_still_answered(wildfires_qa):
    framework = wildfires_qa.ask("what does that cost", history=["what's in the infrastructure framework for wildfires"])
    assert framework.answerable and "billion" in framework.citations[0].text.lower()
    assert framework.evidence.expected == "amount of money" and framework.evidence.expected_found


def test_a_follow_up_count_is_looked_for_with_the_earlier_questions_names(wildfires_qa):
    # the grant is Sonoma's; "10 million acres burned" is said where Sonoma is not: as asked alone, declined
    acres = wildfires_qa.ask("and how many acres will that cover", history=["how much is the sonoma county grant"])
    assert acres.history_used and not acres.answerable
    assert "with Sonoma" in acres.note
    # a count the transcript gives, of what the earlier question counted, is answered
    fires = wildfires_qa.ask("and how many were there last year",
                             history=["how many uncontained fires are burning right now"])
    assert fires.answerable and "21 large, uncontained fires" in fires.citations[0].text
