"""hyp49: a hypothetical or consequence question ("What happens if Russia defaults on its debt?", "If X, would Y?",
"What are the consequences of X?") is declined where a content word of its condition is said neither in the first
passages nor in any transcript, unless the first highlight says it in other words (docs/retrieval.md, "hyp49"); a
condition said, or said otherwise ("if you skip the design": "if you don't do this design"), is
answered as before. The rule reads a vocabulary as large as the eight shared transcripts' (as off37 does), and a
best highlight below `CONDITION_SIMILARITY`."""

import pytest

from qa.answerable import DECLINE_RULES, DeclineRule, condition_note, condition_of, condition_words, focus_words

@pytest.mark.parametrize("question, condition", [
    ("What happens if Russia defaults on its debt?", "Russia defaults on its debt"),
    ("what would Japan do if the Olympics were cancelled?", "the Olympics were cancelled"),
    ("If I leave out an image's dimensions, what happens to the page?", "I leave out an image's dimensions"),
    ("Suppose people give semantics to a programming language: what do they end up doing?",
     "people give semantics to a programming language"),
    ("In case the HR system's API is down, what does the chatbot do?", "the HR system's API is down"),
    ("what if you skip the design at the beginning, according to Lamport?", "you skip the design at the beginning"),
    ("What are the consequences of the US withdrawal for the Open Skies Treaty?", "the US withdrawal"),
    ("what happens when two processes print at the same time?", "two processes print at the same time"),
    # no condition: "if" after a verb of asking is "whether"; "when" that asks a time; no "if" at all
    ("I wonder if Lavrov said anything about Kosovo?", None),
    ("What would Biden say when asked about the Olympics?", None),
    ("When did Biden say he would pay firefighters more?", None),
    ("What did Lamport say about the bakery algorithm?", None),
])
def test_the_condition_is_read_by_the_form_of_the_question(question, condition):
    assert condition_of(question) == condition


def test_light_and_phrasal_verbs_name_no_condition():
    assert condition_words("the exchange of courtesies goes on") == ["exchange", "courtesies"]
    assert condition_words("Russia hits back") == ["russia"]
    assert condition_words("the UN mission is left out") == ["un", "mission"]
    assert condition_words("Russia defaults on its debt") == ["russia", "defaults", "debt"]  # "on": no particle


def test_the_consequences_asked_for_need_not_be_named():
    assert focus_words("What are the consequences of a plan that's wrong from the get-go?") == []
    assert focus_words("What is the boiling point of water?") == ["boiling", "point"]


def test_the_note_names_the_words_and_the_condition():
    note = condition_note("Russia defaults on its debt", ("defaults",))
    assert note.startswith("No transcript here says 'defaults'") and "“Russia defaults on its debt”" in note
    assert "\n" not in note and "condition" in DECLINE_RULES


@pytest.mark.parametrize("question, unsaid", [
    ("What happens if a TLA+ model checker runs out of memory?", ("checker",)),  # dev-un-4330
    ("what happens if the agent loses its connection halfway through booking?", ("loses", "halfway")),  # dev-un-4308
])
def test_a_condition_no_transcript_says_is_declined(eight_qa, question, unsaid):
    answer = eight_qa.ask(question)
    assert answer.evidence.index_terms >= DeclineRule().unheld_min_terms
    assert answer.evidence.condition_unsaid == unsaid
    assert answer.evidence.sentence < DeclineRule().condition_similarity
    assert not answer.answerable and not answer.citations
    assert answer.note.startswith(f"No transcript here says '{unsaid[0]}'")


def test_a_condition_said_or_said_otherwise_is_answered(eight_qa):
    # dev-lead40-202: "skip" is said nowhere; the first highlight ("But if you don't do this design right from the
    # beginning ...") is nearer the question with it than without it: said in other words
    answer = eight_qa.ask("what if you skip the design at the beginning, according to Lamport?")
    assert answer.evidence.condition_unsaid == ("skip",)
    assert answer.evidence.sentence < DeclineRule().condition_similarity
    assert answer.evidence.condition_shift > DeclineRule().condition_shift
    assert answer.answerable and answer.citations[0].transcript == "changelog-552-leslie-lamport-interview.md"
    # dev-hyp49-005: every word of the condition is said
    answer = eight_qa.ask("In case I set the width and height on my images, will the layout still shift?")
    assert answer.evidence.condition_unsaid == () and answer.answerable
