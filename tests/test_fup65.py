"""fup65: a turn read as standalone after a conversation that asks whether a thing came up ("Did COVID come up?"),
whose recording says the thing but whose alone answer cites another recording first, is asked of the recording the
conversation is about (`qa.conversation.MENTION_KEPT`, `mention_kept`, `mention_held`; `qa/api.py`
`_mention_alone`; docs/retrieval.md "fup65"). Over one index of four shared transcripts: the Lavrov-Selakovic and
Biden-Suga press conferences, the agentic AI video and the Lamport interview."""

from __future__ import annotations

import pytest

from qa import conversation
from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import Context

from tests.conftest import shared_transcript_qa

L = "lavrov-selakovic-press-conference-2021-04-16.txt"
S = "wh-biden-suga-press-conference-2021-04-16.md"
V = "agentic-ai-explained-youtube-captions.vtt"
M = "changelog-552-leslie-lamport-interview.md"


@pytest.fixture(scope="module")
def four_qa(tmp_path_factory) -> TranscriptQA:
    return shared_transcript_qa(tmp_path_factory, L, S, V, M)


def _fresh(qa: TranscriptQA) -> TranscriptQA:
    """A TranscriptQA over the same index that remembers no earlier answer."""
    return TranscriptQA(Settings(index_dir=qa.settings.index_dir))


def _first(answer) -> tuple[str, str] | None:
    return (answer.citations[0].transcript, " ".join(answer.citations[0].text.split())) if answer.citations else None


def test_the_recordings_asked_again_are_the_conversations_where_the_alone_answer_left_them(monkeypatch):
    context = Context(("What did Lavrov say about Kosovo?",), "x", answered=((L, 10, 20),))
    assert conversation.mention_kept(S, context) == (L,)
    assert conversation.mention_kept(L, context) == ()  # answered alone from the conversation's recording already
    assert conversation.mention_kept(None, context) == ()  # nothing cited
    assert conversation.mention_kept(S, Context((), None)) == ()  # the earlier answer cited nothing
    assert conversation.mention_kept(S, context, transcripts=[S, M]) == ()  # outside the recordings asked of
    assert conversation.mention_held("Microsoft", "Jira Microsoft enter ID and so on and")
    assert not conversation.mention_held("public health", "protecting citizens' lives and health")
    monkeypatch.setattr(conversation, "MENTION_KEPT", False)
    assert conversation.mention_kept(S, context) == ()


def test_covid_after_lavrov_is_answered_from_his_press_conference(four_qa, monkeypatch):
    history = ["What did Lavrov and Selakovic discuss about Kosovo?"]
    on = _fresh(four_qa).ask("Did COVID come up?", history=history)
    assert on.answerable and _first(on)[0] == L and "efforts against COVID-19" in _first(on)[1]
    assert not on.history_used  # asked alone, of the conversation's recording
    monkeypatch.setattr(conversation, "MENTION_KEPT", False)
    off = _fresh(four_qa).ask("Did COVID come up?", history=history)
    assert _first(off)[0] != L  # main's: the Biden-Suga press conference's COVID passages first


def test_a_thing_said_once_in_the_video_is_cited_there_though_declined_there(four_qa, monkeypatch):
    history = ["What does the equity research agent write?"]
    on = _fresh(four_qa).ask("any mention of Microsoft?", history=history)
    assert on.answerable and _first(on)[0] == V and "Microsoft" in _first(on)[1]
    monkeypatch.setattr(conversation, "MENTION_KEPT", False)
    off = _fresh(four_qa).ask("any mention of Microsoft?", history=history)
    assert _first(off)[0] != V  # main's: the Lamport interview, where Lamport works at Microsoft


def test_switches_and_unsaid_things_are_answered_as_without_the_rule(four_qa, monkeypatch):
    asked = [("Does Biden support universal background checks?", ["What did Lavrov say about Sputnik V?"]),
             ("were sanctions mentioned?", ["What is Lamport's job?"])]
    on = [_fresh(four_qa).ask(q, history=h) for q, h in asked]
    alone = _fresh(four_qa).ask(asked[0][0])
    monkeypatch.setattr(conversation, "MENTION_KEPT", False)
    off = [_fresh(four_qa).ask(q, history=h) for q, h in asked]
    for a, b in zip(on, off):
        assert (a.answerable, [(c.transcript, c.start_char) for c in a.citations]) == (
            b.answerable, [(c.transcript, c.start_char) for c in b.citations])
    assert [(c.transcript, c.start_char) for c in on[0].citations] == [(c.transcript, c.start_char)
                                                                         for c in alone.citations]
    assert not on[1].answerable  # never said in the Lamport interview: declined (ufu60)
