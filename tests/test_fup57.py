"""fup57 (docs/retrieval.md "fup57"): an answered follow-up, searched with its history, that cites its earlier
answer's passage first again, and whose own words (those its earlier questions do not say) that passage does not
all hold: the passage of its first ten in the same recording that holds the most of them takes place 3
(`conversation.OWN_PLACED_PLACE`). Off as shipped (its confirm batch did not move), so each test sets it. Over the
eight shared transcripts in one index (as dev's conversations are asked, at the evaluation's depth), "what program
does that money come out of?" after the Sonoma County grant cites the grant's passage again first (it says
"program", not "money" nor "come"); with the rule the third place holds one of its own words, without it none."""

from qa import conversation
from qa.rerank import content_stems

FIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"
HISTORY = ["How much is the Sonoma County grant Biden announced?"]
FOLLOW_UP = "what program does that money come out of?"
DEPTH = 300  # the evaluation's (bench/eval_sets.py)


def _asked(tqa, monkeypatch, place, question=FOLLOW_UP, history=HISTORY):
    monkeypatch.setattr(conversation, "OWN_PLACED_PLACE", place)
    answer, _ = tqa.ask_ranked(question, depth=DEPTH, history=history, k=10)
    return answer


def test_off_as_shipped():
    assert conversation.OWN_PLACED_PLACE == 0  # docs/retrieval.md "fup57"


def test_on_the_third_place_holds_an_own_word(eight_qa, monkeypatch):
    on = _asked(eight_qa, monkeypatch, 3)
    off = _asked(eight_qa, monkeypatch, 0)
    assert on.history_used and on.answerable
    assert on.citations[0].transcript == FIRES and "program" in on.citations[0].text  # the earlier answer's
    own = content_stems(FOLLOW_UP) - content_stems(HISTORY[0])
    assert not own & content_stems(off.citations[2].text) and own & content_stems(on.citations[2].text)
    assert (on.citations[2].transcript, on.citations[2].start_char) != (off.citations[2].transcript,
                                                                          off.citations[2].start_char)


def test_the_first_two_citations_and_the_verdict_are_kept(eight_qa, monkeypatch):
    on = _asked(eight_qa, monkeypatch, 3)
    off = _asked(eight_qa, monkeypatch, 0)
    assert (on.answerable, on.note) == (off.answerable, off.note)
    assert [(c.transcript, c.start_char, c.highlight) for c in on.citations[:2]] == [
        (c.transcript, c.start_char, c.highlight) for c in off.citations[:2]]


def test_a_question_asked_alone_is_untouched(eight_qa, monkeypatch):
    on = _asked(eight_qa, monkeypatch, 3, history=())
    off = _asked(eight_qa, monkeypatch, 0, history=())
    assert [(c.transcript, c.start_char) for c in on.citations] == [(c.transcript, c.start_char)
                                                                      for c in off.citations]


def test_a_switch_is_untouched(eight_qa, monkeypatch):
    history = ["What did Lavrov say about NGOs?"]
    question = "Which agency's satellites can spot small wildfires, according to Biden?"
    on = _asked(eight_qa, monkeypatch, 3, question, history)
    off = _asked(eight_qa, monkeypatch, 0, question, history)
    assert not on.history_used
    assert [(c.transcript, c.start_char) for c in on.citations] == [(c.transcript, c.start_char)
                                                                      for c in off.citations]
