"""fup64: a follow-up that asks for the next part of the talk ("what did he talk about after that?", "and what did she
ask for next?") is answered by what was said right after the earlier answer's highlight: the rest of its passage and
the next one, raised by NEXT_PART_WEIGHT (`qa.conversation.asks_next`, `next_spans`; docs/retrieval.md "fup64"). Over
the wildfire meeting alone (conftest's `wildfires_qa`) and the bundled Lavrov press conference (`seed_qa`)."""

from __future__ import annotations

from qa import conversation
from qa.api import TranscriptQA
from qa.config import Settings


def _fresh(qa: TranscriptQA) -> TranscriptQA:
    """A TranscriptQA over the same index that remembers no earlier answer (what an earlier question's answer cited
    is kept per instance: a test that changes the rule asks the earlier question anew)."""
    return TranscriptQA(Settings(index_dir=qa.settings.index_dir))


def _rank(answer, words: str) -> int | None:
    return next((c.rank for c in answer.citations if words in " ".join(c.text.split())), None)


def test_a_follow_up_asking_for_the_next_part_is_read_by_its_form():
    for question in ("What did he talk about after that?", "and what did she ask for next?", "And then?",
                     "what did she go on to say about last year?", "What happened then?", "Which metric comes next?",
                     "and what did he say right after?", "what example did he give right after that?"):
        assert conversation.asks_next(question), question
    # the next year, a next time, a "then" that infers, what came of something: no next part of the talk
    for question in ("And next year?", "when will they work on it next?", "how did russia respond in 2014 then",
                     "Which summit will he host next week?", "what's next on his list?", "what came of that?",
                     "Why?"):
        assert not conversation.asks_next(question), question


def test_what_she_asked_for_next_is_the_passage_after_the_thanks(wildfires_qa, monkeypatch):
    history = ["What did Governor Brown thank Biden for about the 2020 Labor Day fires?"]
    asked = "federal Individual Assistance be approved for disaster mitigation"
    on = _fresh(wildfires_qa).ask("and what did she ask for next?", history=history)
    assert on.history_used and _rank(on, asked) == 1
    monkeypatch.setattr(conversation, "NEXT_PART_WEIGHT", 0.0)
    off = _fresh(wildfires_qa).ask("and what did she ask for next?", history=history)
    assert _rank(off, asked) != 1  # main's: the thanks again first


def test_what_lavrov_talked_about_after_sputnik_is_the_committee(seed_qa, monkeypatch):
    history = ["What did Lavrov say about Sputnik V production in Belgrade?"]
    committee = "Russian-Serbian Intergovernmental Committee"
    on = _fresh(seed_qa).ask("what did he talk about after that?", history=history)
    assert _rank(on, committee) is not None and _rank(on, committee) <= 3
    monkeypatch.setattr(conversation, "NEXT_PART_WEIGHT", 0.0)
    off = _fresh(seed_qa).ask("what did he talk about after that?", history=history)
    assert _rank(off, committee) is None or _rank(off, committee) > 3


def test_other_follow_ups_and_switches_are_answered_as_without_the_rule(wildfires_qa, monkeypatch):
    history = ["What is Biden doing about firefighters paid less than $13 an hour?"]
    asked = ("and the bonuses?", "How many homes did Oregon lose in last year's fires?")
    on = [_fresh(wildfires_qa).ask(q, history=history) for q in asked]
    alone = _fresh(wildfires_qa).ask(asked[1])
    monkeypatch.setattr(conversation, "NEXT_PART_WEIGHT", 0.0)
    off = [_fresh(wildfires_qa).ask(q, history=history) for q in asked]
    for a, b in zip(on, off):
        assert [(c.start_char, c.end_char) for c in a.citations] == [(c.start_char, c.end_char) for c in b.citations]
    # the switch is answered exactly as asked alone
    assert [(c.start_char, c.end_char) for c in on[1].citations] == [(c.start_char, c.end_char)
                                                                     for c in alone.citations]
