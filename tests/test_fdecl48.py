"""The words of how a question asks (fdecl48): what a term means or refers to, a measure asked by "how", a
clip-finder's "the bit where", where in the recording, a filler, a contraction typed without its apostrophe, a verb
of raising, a frame noun, a feeling asked of a speaker and a hypothetical's verb are left out of the words a named
source (or a topic) must say (`frame_words`), where other words remain; the words of what it asks about stay."""

from __future__ import annotations

import pytest

import qa.answerable as answerable
from qa.answerable import asking_frame_words, doing_verb, frame_words, relation_verb, without_frame_words


@pytest.mark.parametrize("question, frame", [
    ("what does the i2ml video say bagging stands for", {"stands"}),
    ("What does n8n refer to in the agentic AI video?", {"refer"}),
    ("What is stacking referring to in the lecture?", {"referring"}),
    ("What does Newsom mean by the hots getting hotter?", {"mean"}),
    ("how big is the company in the agentic ai video", {"big"}),
    ("how far did newsom say california had to reach for firefighters", {"far"}),
    ("the bit where biden says we should just pay them", {"bit"}),
    ("find the moment where lavrov talks about the railway", {"moment"}),
    ("What did she ask the governors later in the meeting?", {"later"}),
    ("What did the agentic AI video say about memory later on?", {"later"}),
    ("what did he say at the end of the call about the summit", {"end"}),
    ("suga's take on the climate stuff?", {"stuff"}),
    ("who does lamport say hes not in the same league as", {"hes"}),
    ("Is Taiwan raised anywhere at the Biden-Suga press conference?", {"raised", "anywhere"}),
    ("Who raised the issue of abductions?", {"raised", "issue"}),
    ("what's the next step on the sanctions", {"next", "step"}),
    ("Are Lavrov's experts worried about the bond sanctions?", {"worried"}),
    ("What would happen if the trees were not bagged?", {"happen"}),
])
def test_the_words_of_how_a_question_asks(question, frame):
    assert asking_frame_words(question) == frame
    assert frame <= frame_words(question)


@pytest.mark.parametrize("question", [
    "What did Biden say about a pay raise?",  # a raise asked about, not raised
    "What did Lavrov say about the next election?",  # "next" of a thing, not of a step
    "How does the lecturer feel about gradient boosting?",  # "feel" is a verb of speech already
    "Which part of the budget did Newsom talk about?",  # a part asked about, not a clip
    "What did Lamport say about the bakery algorithm?",
])
def test_the_words_of_what_it_asks_about_stay(question):
    assert asking_frame_words(question) == set()


def test_never_left_with_nothing_and_off_by_the_switch(monkeypatch):
    # a frame word alone stays a word to find: nothing else would remain
    assert without_frame_words("how big is it", ["big"]) == ["big"]
    assert without_frame_words("how big is the company", ["big", "company"]) == ["company"]
    monkeypatch.setattr(answerable, "ASKING_FRAME_WORDS", False)
    assert frame_words("how big is the company in the agentic ai video") == set()
    assert frame_words("did Newsom bring up the arguments over raking") == {"arguments"}  # fdecl31's, as before


def test_a_clip_finder_frame_is_not_asked_of_the_source(seed_qa):
    """On the bundled press conference: the clip-finder's "bit" is no word Lavrov must say; what is asked about
    still is, so a topic he never speaks of stays declined."""
    said = seed_qa.ask("the bit where Lavrov talks about Sputnik V production in Belgrade")
    assert said.evidence is not None and "bit" not in said.evidence.source_unsaid
    assert said.answerable
    unsaid = seed_qa.ask("the bit where Lavrov talks about bitcoin mining")
    assert not unsaid.answerable and unsaid.evidence is not None
    assert "bit" not in unsaid.evidence.source_unsaid and "bitcoin" in unsaid.evidence.source_unsaid


def test_who_raised_asks_who_brought_it_up_not_an_act(monkeypatch):
    # a verb of speech, as "Who said ...?": neither the doer rule nor the relation rule reads it
    for question in ("Who raised the question of a Greater Albania at the press conference?",
                     "who raised the chicago police shooting with biden"):
        assert doing_verb(question) is None and relation_verb(question) is None
    # ... but raising money or a level is an act
    assert doing_verb("Who raised the minimum wage?") == "rais"
    assert doing_verb("who raised funds for the fire victims") == "rais"
    assert doing_verb("Who started the Lava Fire?") == "start"
    monkeypatch.setattr(answerable, "RAISING_IS_SPEECH", False)
    assert doing_verb("Who raised the question of a Greater Albania at the press conference?") == "rais"
