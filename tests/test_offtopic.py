"""A turn that asks about what no transcript speaks of is declined where its passages are only loosely related (off37,
docs/retrieval.md "off37"): more than a third of its words are words of English said in no transcript ("who painted
the mona lisa", "whats the trick to a crispy pie crust"), over an index large enough for a missing word of English to
mean something (the bundled press conference alone is not: it lacks "often", "met" and "lately" of a question it
answers); a question in other words than the transcript's, whose other words the transcripts hold, is answered."""

import dataclasses

import pytest

from qa.answerable import DECLINE_RULES, DeclineRule, decide, off_topic, unheld_words

HELD = {"serbia", "doing", "well", "getting", "people", "images"}
# the rule read over the bundled press conference's small index too; off55's how-to rule, which reads "how do you
# make pancakes" first, off
EVERY_INDEX = DeclineRule(unheld_min_terms=0, how_to_similarity=0.0)


def _unheld(word: str) -> bool:  # a word of English (here: any) that the transcripts (here: HELD) do not hold
    return word not in HELD


def test_unheld_words_are_the_turns_words_no_transcript_holds_with_their_share():
    assert unheld_words("what is the trick to a crispy pie crust", _unheld) == (("trick", "crispy", "pie", "crust"),
                                                                               1.0)
    # "people" names a person: not read
    assert unheld_words("is serbia doing well on getting people jabbed", _unheld) == (("jabbed",), 1 / 4)


def test_words_that_name_the_recording_or_a_person_and_numbers_are_not_read():
    assert unheld_words("Who is the guest on this episode?", _unheld) == ((), None)
    assert unheld_words("what did the presenter say at 10:45 about images", _unheld) == ((), 0.0)


@pytest.mark.parametrize("question", ["how tall is mount everest", "how do you make pancakes from scratch"])
def test_a_turn_about_what_no_transcript_says_is_declined_over_a_large_enough_index(seed_qa, question):
    # the press conference alone finds nothing near these (low similarity): their evidence is read as it would be
    # over the shared transcripts, where a passage is loosely related (cosine 0.33 for Everest there)
    evidence = dataclasses.replace(seed_qa.ask(question).evidence, cosine=0.33)
    assert evidence.index_terms < DeclineRule().unheld_min_terms
    assert decide(evidence).rule == "loose"  # a small index: answered as loosely related, as on main
    verdict = decide(evidence, EVERY_INDEX)
    assert not verdict.answerable and verdict.rule == "off-topic" and "off-topic" in DECLINE_RULES
    assert "never speak of" in verdict.note and all(f"'{w}'" in verdict.note for w in evidence.unheld_words)


def test_a_paraphrase_whose_other_words_are_held_is_not_off_topic(seed_qa):
    answer = seed_qa.ask("is serbia doing well on getting people jabbed")
    assert answer.answerable and answer.citations
    assert answer.evidence.unheld_share < EVERY_INDEX.max_unheld_share
    assert decide(answer.evidence, EVERY_INDEX).answerable


def test_a_question_the_small_index_answers_in_its_own_words_keeps_its_answer(seed_qa):
    answer = seed_qa.ask("How often have the heads of the trade committee met lately?")
    assert answer.answerable and answer.citations
    assert answer.evidence.unheld_share > EVERY_INDEX.max_unheld_share  # "often", "met", "lately": said nowhere there


def test_a_follow_up_needs_two_such_words(seed_qa):
    evidence = seed_qa.ask("who painted the mona lisa").evidence
    one = dataclasses.replace(evidence, follow_up=True, unheld_words=("mona",))
    two = dataclasses.replace(evidence, follow_up=True, unheld_words=("mona", "lisa"))
    assert not off_topic(one, EVERY_INDEX) and off_topic(two, EVERY_INDEX)
