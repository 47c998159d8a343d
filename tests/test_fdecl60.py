"""The topic rule's decline of a question that names a speaker ("What did Biden say about Y?", fdecl60): where the topic
phrase, encoded alone, is nearest a sentence of that speaker's own passages (`Evidence.phrase_source` no less than
`phrase_anywhere`) and at least `TOPIC_SOURCE_SIMILARITY` near it, the speaker says Y in other words: answered, as
uncertain. Shipped off (1.01: its confirm batch did not move); off it declines as on main; a phrase nearer another speaker's sentence, one read from a register frame
("..., according to Suga?") and one below the threshold still decline."""

from __future__ import annotations

import pytest

import qa.answerable as answerable

ON = answerable.TOPIC_SOURCE_TRIAL  # shipped off (1.01); the trial value (docs/retrieval.md "fdecl60")


@pytest.mark.parametrize("question, speaker", [
    ("What did Biden say about the late senator who guided him?", "Biden"),  # dev-fdecl47-19: "a mentor of mine"
    ("What did Prime Minister Suga say about attacks on Asian people in America?", "Suga"),  # dev-trial20-20
])
def test_the_speakers_own_nearest_sentence_answers(eight_qa, monkeypatch, question, speaker):
    monkeypatch.setattr(answerable, "TOPIC_SOURCE_SIMILARITY", 1.01)  # off: main's decline
    before = eight_qa.ask(question)
    assert not before.answerable and before.note.startswith("No passage of") and speaker in before.note
    monkeypatch.setattr(answerable, "TOPIC_SOURCE_SIMILARITY", ON)
    answer = eight_qa.ask(question)
    evidence = answer.evidence
    assert ON <= evidence.phrase_source < answerable.DeclineRule().phrase_similarity
    assert evidence.phrase_source >= evidence.phrase_anywhere - answerable.SAME_COSINE
    assert answer.answerable and answer.note.startswith("Uncertain: no passage of")
    assert answer.citations and answer.citations[0].speaker and speaker.lower() in answer.citations[0].speaker.lower()


@pytest.mark.parametrize("question, why", [
    ("biden mentioned some chip factory japan is building in the us, where was it", "below"),  # dev-un-3228: 0.534
    ("What's behind the rise in violence against Asian Americans, according to Suga?", "framed"),  # dev-un-4543
    ("kate brown's comments on the heat in oregon", "elsewhere"),  # dev-decl31-2: another sentence is nearer
])
def test_still_declined(eight_qa, monkeypatch, question, why):
    monkeypatch.setattr(answerable, "TOPIC_SOURCE_SIMILARITY", ON)
    answer = eight_qa.ask(question)
    evidence = answer.evidence
    assert not answer.answerable and answer.note.startswith("No passage of")
    assert evidence.phrase_source is not None and evidence.phrase_source < answerable.DeclineRule().phrase_similarity
    if why == "below":
        assert evidence.phrase_source < ON and not evidence.topic_framed
    elif why == "framed":
        assert evidence.topic_framed and evidence.phrase_source >= ON
    else:
        assert evidence.phrase_anywhere > evidence.phrase_source + answerable.SAME_COSINE >= ON
