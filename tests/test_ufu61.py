"""ufu61: nonsense after history in registers the dev set lacked: a question about the assistant itself ("who made
you?"), chit-chat ("whats up"), a sum ("2+2=?") and a bare request to reword or translate the answer ("translate
that") are no questions of the transcripts, declined whatever came before (`qa.answerable.SELF_FORMS`, on as
shipped; docs/retrieval.md "ufu61")."""

import pytest

from qa import answerable
from qa.answerable import assistant_form, composes

AGENTIC = "agentic-ai-explained-youtube-captions.vtt"


@pytest.mark.parametrize("turn, form", [
    ("who made you?", "self"), ("which ai model are you", "self"), ("what can you do?", "self"),
    ("you're pretty smart huh", "self"), ("are you a person or an ai", "self"), ("whats up", "chit-chat"),
    ("tell me something interesting", "chit-chat"), ("give me a fun fact", "chit-chat"), ("2+2=?", "sum"),
    ("what is 144 divided by 12?", "sum"), ("15% of 200?", "sum"),
])
def test_the_forms_are_read_and_only_with_the_switch_on(turn, form, monkeypatch):
    assert assistant_form(turn) == form
    monkeypatch.setattr(answerable, "SELF_FORMS", False)
    assert assistant_form(turn) in (None, "small-talk")


@pytest.mark.parametrize("turn", [
    "What can you do with the second one?", "regression bagging - what do you do with the M predictions",
    "who made that?", "what is up with the first tests?", "tell me something about the fires",
    "what does that mean in simple words?", "how much money is that?", "what was the 2020-2021 budget?",
])
def test_questions_of_the_transcripts_in_like_words_are_no_such_form(turn):
    assert assistant_form(turn) is None
    assert composes(turn) is None


def test_a_bare_request_to_reword_or_translate_the_answer_composes(monkeypatch):
    assert composes("translate that") == "translation"
    assert composes("in french please") == "translation"
    assert composes("now say it in spanish") == "translation"
    assert composes("write that as a limerick") == "rewording"
    monkeypatch.setattr(answerable, "SELF_FORMS", False)
    assert composes("translate that") is None and composes("in french please") is None


@pytest.mark.parametrize("turn, earlier", [
    ("which ai model are you", "what tools does the agent use"),  # at 0.551, over the agentic AI video
    ("translate that", "Who did the US say was behind the SolarWinds intrusion?"),  # read as a follow-up
    ("2+2=?", "What is a good LCP score?"),
])
def test_on_such_a_turn_after_history_is_declined_and_off_answered(eight_qa, monkeypatch, turn, earlier):
    assert answerable.SELF_FORMS
    assert not eight_qa.ask(turn, history=[earlier]).answerable
    monkeypatch.setattr(answerable, "SELF_FORMS", False)
    assert eight_qa.ask(turn, history=[earlier]).answerable


def test_declined_with_its_note_whatever_its_history_holds(eight_qa, monkeypatch):
    """On, "what kind of ai are you" after agentic AI is declined, and not asked again with its history (over the
    session's idx-s20 it was declined alone, then answered from its history's passages by the evidence fallback at
    0.634); off it is answered from the agentic AI video."""
    answer = eight_qa.ask("what kind of ai are you", history=["what is agentic ai"])
    assert not answer.answerable
    assert answer.note.startswith("This is not in these transcripts: it asks about the assistant itself")
    monkeypatch.setattr(answerable, "SELF_FORMS", False)
    answer = eight_qa.ask("what kind of ai are you", history=["what is agentic ai"])
    assert answer.answerable and answer.citations[0].transcript == AGENTIC


def test_follow_ups_of_like_words_stay_answered(eight_qa):
    """Two controls of batch A ("who made that?" after LaTeX, "whats up with the first tests?" after Sputnik V),
    with the nonsense turn of their form declined after the same question."""
    assert eight_qa.ask("who made that?", history=["What is LaTeX built on?"]).answerable
    assert not eight_qa.ask("who made you?", history=["What is LaTeX built on?"]).answerable
    sputnik = ["When will Sputnik V production start in Belgrade?"]
    tests = eight_qa.ask("whats up with the first tests?", history=sputnik)
    assert tests.answerable and "first tests" in tests.citations[0].text
    assert not eight_qa.ask("whats up", history=sputnik).answerable
