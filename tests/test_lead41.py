"""lead41 (session s41): a reporter named by outlet ("the NPR journalist") may speak under a transcript's Q label, so
the answer gets no "Nobody named ... speaks" note over their own question; the askers' turns as theirs in the ranking
is measured and off (docs/retrieval.md "lead41")."""
import pytest

from qa import rerank
from qa.rerank import speakers_named
from tests.conftest import meeting_qa


@pytest.fixture(scope="module")
def press_call(tmp_path_factory):
    return meeting_qa(tmp_path_factory.mktemp("lead41"), "press-call.txt",
                      "Official: Today we are expelling ten diplomats and sanctioning thirty two entities.",
                      "Q: Good morning, this is Dina from NPR. Do you expect this to change the way the federal "
                      "government buys software?",
                      "Official: We will publish new rules on how agencies buy software later this year.",
                      "Q: Hi, it's Eamon with CNBC. How badly will the debt sanctions hurt the Russian economy?")


@pytest.mark.parametrize("question", [
    "What did the NPR journalist ask about buying software?", "what did the CNBC reporter ask about the debt sanctions?"])
def test_a_reporter_named_by_outlet_is_not_said_to_speak_nowhere(press_call, question):
    # before: "Nobody named the NPR journalist speaks in these transcripts: the passages below are what others say"
    answer = press_call.ask(question)
    assert answer.answerable
    assert "Nobody named" not in (answer.note or "")


def test_a_reporter_of_an_outlet_the_transcripts_never_say_is_still_nobody_who_speaks(press_call):
    answer = press_call.ask("What did the Bloomberg reporter ask about the debt sanctions?")
    assert "Nobody named the Bloomberg reporter speaks" in (answer.note or "")


def test_the_askers_turns_are_those_of_a_reporter_named_by_outlet_when_turned_on(press_call, monkeypatch):
    infos = list(press_call.store().infos().values())
    assert speakers_named("What did the NPR journalist ask about software?", infos).labels == frozenset()  # off
    monkeypatch.setattr(rerank, "QUESTIONER_SPEAKS", True)
    assert speakers_named("What did the NPR journalist ask about software?", infos).labels == {"Question"}
    assert speakers_named("What did the Official say about software?", infos).labels == {"Official"}
