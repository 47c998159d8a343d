"""A yes/no question's reply: after a sentence that restates the question, the speaker's short first-person
sentence that points back to it takes the highlight (`qa.cite.replies`, `qa.cite.reply_after`; docs/retrieval.md,
"A yes/no question's short reply after a restating sentence")."""

import numpy as np

import qa.cite as cite
from bench import constants

RESTATES = ("The second disparity in this area is as follows: in addition to their embassy and consular personnel "
            "the Americans send several hundreds of employees on short-term trips to Russia every year.")
BETWEEN = ("In this way, they substantially increase (double or more) their capacity to work in Russia, with goals "
           "that are not always above board.")
REPLY = "We are well aware of this."
YES_NO = cite.read_question("Does Moscow know what the Americans' short-term staff trips to Russia are for?")


def test_replies_reads_a_short_first_person_sentence_that_points_back():
    units = [REPLY, "And we hold them in reserve.", "I think so.", "We do.", "Are we aware of this?",
             "They are aware of this.", "We will respond in kind by proposing that ten of their diplomats leave the "
             "country as soon as this week, as we did before.", "Interest in this is high.",
             "And I will leave it at that."]
    # "We do." points back to nothing; a question asks; "They" is not the speaker; too long; no first person; it
    # closes the speaker's part
    assert cite.replies(units).tolist() == [1, 1, 0, 0, 0, 0, 0, 0, 0]


def test_a_yes_no_questions_reply_after_a_restating_unit_takes_the_highlight():
    texts = ["We do not engage in this practice.", RESTATES, BETWEEN, REPLY]
    overlaps = np.array([0.0, 0.7, 0.2, 0.0])
    assert YES_NO.yes_no
    # best unit 1 and the reply two on do not fit in 40 words: the unit before the reply with it
    assert cite.reply_after(YES_NO, texts, overlaps, best=1, first=1, last=1) == (2, 3)
    # the reply right after a best unit that fits with it: the two
    assert cite.reply_after(YES_NO, ["Other.", RESTATES, REPLY], overlaps[:3], best=1, first=1, last=1) == (1, 2)
    # a unit up to the reply already in the highlight, a best unit that does not restate, a question that does not
    # ask yes or no, a reply beyond REPLY_REACH: no move
    assert cite.reply_after(YES_NO, texts, overlaps, best=1, first=1, last=2) is None
    assert cite.reply_after(YES_NO, texts, np.array([0.0, 0.4, 0.2, 0.0]), best=1, first=1, last=1) is None
    what = cite.read_question("What do the Americans' short-term staff trips to Russia do?")
    assert not what.yes_no and cite.reply_after(what, texts, overlaps, best=1, first=1, last=1) is None
    assert cite.reply_after(YES_NO, texts, overlaps, best=0, first=0, last=0) is None
    with constants(cite, REPLY_REACH=0):
        assert cite.reply_after(YES_NO, texts, overlaps, best=1, first=1, last=1) is None


def test_the_seeds_yes_no_question_is_highlighted_at_the_reply(seed_qa):
    question = "Does Moscow know what the Americans' short-term staff trips to Russia are really for?"
    first = seed_qa.ask(question, k=1).citations[0]
    assert "We are well aware of this." in first.highlight
    with constants(cite, REPLY_REACH=0):  # without the rule: the sentence that restates the question
        before = seed_qa.ask(question, k=1).citations[0]
    assert "We are well aware" not in before.highlight and "short-term trips" in before.highlight


def test_no_reply_is_read_in_a_statement_nobody_asked_for(seed_qa):
    """Lavrov's opening statement answers no question: after its sentence on the Russian vaccine, "We agree that
    this cooperation should continue ..." is no yes or no (REPLY_ANSWERS_ONLY)."""
    question = "did the serbian minister credit the russian vaccine for serbia's vaccination rate"
    first = seed_qa.ask(question, k=1).citations[0]
    assert first.role == "statement" and "Sputnik V" in first.highlight and "We agree" not in first.highlight
    with constants(cite, REPLY_ANSWERS_ONLY=False):
        assert "We agree" in seed_qa.ask(question, k=1).citations[0].highlight
