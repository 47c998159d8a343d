"""acr58 (docs/retrieval.md "acr58"): a follow-up reads what its earlier question's answer cited; where that answer is
not remembered (another process, a library user's `history=[...]`), the earlier question is asked again as it was
read. Read again, a question read with an acronym beside its words ("What is Largest Contentful Paint (LCP)?",
`qa.answerable.with_acronyms_for`) read otherwise ("... (LCP) (LCP)?"), its answer was remembered under that text,
and the follow-up found no earlier answer: every rule that reads it was skipped. Over the eight shared transcripts in
one index, a new TranscriptQA answers such a follow-up as one that has just answered its earlier question."""

import pytest

from qa.api import TranscriptQA

VITALS = "core-web-vitals-lecture-whisper.json"
FIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
LCP = ["What is Largest Contentful Paint?"]


def _cited(answer):
    return [(c.transcript, c.start_char) for c in answer.citations]


@pytest.mark.parametrize("question, history", [
    ("What is a good score?", LCP),
    ("How many lightning strikes?", LCP),
    ("For which wildfire did he get it?", ["What did Governor Newsom say about the Fire Management Assistance Grant?"]),
])
def test_a_new_qa_answers_as_one_that_just_answered_the_earlier_question(eight_qa, question, history):
    fresh = TranscriptQA(eight_qa.settings).ask(question, history=history)
    warm = TranscriptQA(eight_qa.settings)
    warm.ask(history[0])
    followed = warm.ask(question, history=history)
    assert (_cited(fresh), fresh.note, fresh.history_used) == (_cited(followed), followed.note, followed.history_used)


def test_the_fallback_reads_the_earlier_answer(eight_qa):
    # uncertain alone, the follow-up is searched with its history: kept only where the earlier answer is found
    answer = TranscriptQA(eight_qa.settings).ask("What is a good score?", history=LCP)
    assert answer.answerable and answer.history_used
    assert answer.note.startswith("Searched with the earlier question")
    assert answer.citations[0].transcript == VITALS and "2.5 seconds" in answer.citations[0].text


def test_a_switch_is_read_from_the_earlier_answer(eight_qa):
    # a topic the earlier answer's recording never speaks of (`topic_of_its_own`): asked alone, not hedged
    answer = TranscriptQA(eight_qa.settings).ask("How many lightning strikes?", history=LCP)
    assert answer.answerable and not answer.history_used and not answer.note
    assert {c.transcript for c in answer.citations[:3]} == {FIRES}

