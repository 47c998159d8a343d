"""fup59 (docs/retrieval.md "fup59"): a follow-up read as a question of its own (no pronoun, no opener points back)
whose confident alone answer cites first a recording its earlier answer never cited, while every content word of it
is said in the recording the earlier answer cited, is asked again with its history, and that answer is kept as the
evidence fallback keeps (`conversation.ELSEWHERE_FALLBACK`). Over the eight shared transcripts in one index (as dev's
conversations are asked, at the evaluation's depth), "which russian company is involved?" after Lavrov's words on
the Serbian railway is answered alone from the sanctions call; with the rule, from the Lavrov press conference."""

import pytest

from qa import conversation

LAVROV = "lavrov-selakovic-press-conference-2021-04-16.txt"
HISTORY = ["What did Lavrov say about the Serbian railway?"]
FOLLOW_UP = "which russian company is involved?"
DEPTH = 300  # the evaluation's (bench/eval_sets.py)


def _asked(tqa, monkeypatch, on, question=FOLLOW_UP, history=HISTORY):
    monkeypatch.setattr(conversation, "ELSEWHERE_FALLBACK", on)
    answer, _ = tqa.ask_ranked(question, depth=DEPTH, history=history, k=10)
    return answer


def _cited(answer):
    return [(c.transcript, c.start_char, c.end_char) for c in answer.citations]


def test_shipped_setting():
    assert conversation.ELSEWHERE_FALLBACK is False  # docs/retrieval.md "fup59": its confirm batch did not move


def test_on_the_follow_up_is_searched_with_its_history(eight_qa, monkeypatch):
    off = _asked(eight_qa, monkeypatch, False)
    on = _asked(eight_qa, monkeypatch, True)
    assert not off.history_used and off.citations[0].transcript != LAVROV
    assert on.history_used and on.answerable and on.citations[0].transcript == LAVROV
    assert "Russian Railways" in on.citations[0].text
    assert conversation.ELSEWHERE_WHY in on.note


def test_a_question_asked_alone_is_untouched(eight_qa, monkeypatch):
    on = _asked(eight_qa, monkeypatch, True, history=())
    off = _asked(eight_qa, monkeypatch, False, history=())
    assert _cited(on) == _cited(off) and (on.note, on.history_used) == (off.note, off.history_used)


@pytest.mark.parametrize("history, question", [
    # its words all said in the Lavrov press conference, its alone answer from the sanctions call: the answer with
    # history does not hold its own words, so the alone answer stays
    (["What is Russia's position on the break-up of Yugoslavia?"],
     "What does Russia hold in reserve against American business?"),
    # it names what the conversation's recording never says
    (["What did Lavrov say about NGOs?"], "Which agency's satellites can spot small wildfires, according to Biden?"),
])
def test_a_switch_is_answered_as_asked_alone(eight_qa, monkeypatch, history, question):
    on = _asked(eight_qa, monkeypatch, True, question, history)
    alone = _asked(eight_qa, monkeypatch, True, question, ())
    assert not on.history_used
    assert _cited(on) == _cited(alone)
