"""fup63: after a question that asks who asked something ("Which reporter asked Suga about the Olympics?"), its answer
is the question turn it cites, and a follow-up about that asker is searched near it: "he"/"she" as its subject or
"his"/"her" as an owner near the turns that asked (the reporter's question and the turn that gives them the floor),
"him"/"her" as an object near the reply (`qa.conversation.ASKER_ANSWERED`, `asker_subject`; docs/retrieval.md
"fup63"). Over conftest's `eight_qa` (the eight shared transcripts, as the dev evaluation indexes them)."""

from __future__ import annotations

from qa import cite, conversation
from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import Context


def _gold_rank(answer, words: str) -> int | None:
    return next((c.rank for c in answer.citations if words in c.text), None)


def _fresh(qa: TranscriptQA) -> TranscriptQA:
    """A TranscriptQA over the same index that remembers no earlier answer (what an earlier question's answer cited
    is kept per instance: a test that changes the rule asks the earlier question anew)."""
    return TranscriptQA(Settings(index_dir=qa.settings.index_dir))


def test_a_question_that_asks_who_asked_is_read_by_its_form():
    assert conversation.asks_for_asker("Which reporter asked Suga about the Olympics?")
    assert conversation.asks_for_asker("Which reporter from CNBC asked a question?")
    assert conversation.asks_for_asker("who asked whether holding them was irresponsible")
    assert conversation.asks_for_asker("Who asked about that?")
    # who answered, who someone is, who did something else: no asker asked for
    assert not conversation.asks_for_asker("Who answered the question about Iran?")
    assert not conversation.asks_for_asker("Who is Leslie Lamport?")
    assert not conversation.asks_for_asker("Which governor spoke first?")
    assert not conversation.asks_for_asker("Which reporter did Biden call on first?")


def test_the_asker_is_the_subject_or_owner_not_the_object():
    after = Context(("Which reporter asked Suga about the Olympics?",), "'he' points back")
    assert conversation.asker_subject("which news outlet is he from?", after)
    assert conversation.asker_subject("what was her second question?", after)
    assert conversation.asker_subject("what is his first name?", after)
    assert conversation.asker_subject("who did that reporter work for?", after)
    # what the asker was told lies in the reply, not in the turns that asked
    assert not conversation.asker_subject("what did the official tell him?", after)
    assert not conversation.asker_subject("how did Suga answer her?", after)
    assert not conversation.asker_subject("what did Suga tell her about climate?", after)
    # no asker asked for before
    other = Context(("Who answered the question about Iran?",), "'he' points back")
    assert not conversation.asker_subject("what did he say about the negotiations?", other)


def test_the_outlet_of_the_reporter_is_the_turn_that_gave_them_the_floor(eight_qa, monkeypatch):
    history = ["Which reporter asked Suga about the Olympics?"]
    on = _fresh(eight_qa).ask("which news outlet is he from?", history=history)
    assert on.history_used and "Kyodo News" in on.citations[0].text  # "If I may invite Shintomi-san of Kyodo News."
    monkeypatch.setattr(conversation, "ASKER_ANSWERED", False)
    off = _fresh(eight_qa).ask("which news outlet is he from?", history=history)
    assert "Kyodo News" not in off.citations[0].text  # main's: Suga's answer on the Olympics first


def test_what_the_official_told_the_reporter_is_the_reply_to_his_question(eight_qa, monkeypatch):
    history = ["Which reporter asked about the effect of the ruble debt measures?"]
    # the earlier answer cites the official's statement first and Eamon Javers's question second: read as the latter
    on = _fresh(eight_qa).ask("What did the official point him to?", history=history)
    assert _gold_rank(on, "refer you to history") <= 3
    monkeypatch.setattr(conversation, "ASKER_ANSWERED", False)
    # cite65's order off too: with it, the earlier answer itself cites Eamon Javers's question first
    monkeypatch.setattr(cite, "ASKING_FIRST", False)
    monkeypatch.setattr(cite, "ASKER_NAMED_FIRST", False)
    off = _fresh(eight_qa).ask("What did the official point him to?", history=history)
    assert (_gold_rank(off, "refer you to history") or 99) > 3


def test_a_switch_after_a_question_about_an_asker_is_answered_as_if_alone(eight_qa):
    qa = _fresh(eight_qa)
    switch = "What does Lavrov say about the Open Skies Treaty?"
    asked = qa.ask(switch, history=["Which reporter asked about the ruble debt ban's impact?"])
    alone = qa.ask(switch, use_history=False)
    assert not asked.history_used
    assert [(c.transcript, c.start_char) for c in asked.citations] == [
        (c.transcript, c.start_char) for c in alone.citations]
