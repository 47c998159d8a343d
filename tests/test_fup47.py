"""A follow-up that names another speaker than its earlier question's asks the same topic of them (docs/retrieval.md
"fup47"): the one it names (qa.conversation.party_named), and its search leaning on the earlier question with that
speaker in place of the earlier one (qa.conversation.source_replaced, SOURCE_REPLACED)."""

import functools

import pytest

from qa import conversation
from qa.api import TranscriptQA, _party_speakers
from qa.config import Settings
from qa.conversation import Context, party_named, source_replaced
from tests.conftest import shared_path

SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
FIRE = "wh-biden-meeting-western-wildfires-2021-06-30.md"
NORTH_KOREA = "What did Suga say about North Korea?"


@pytest.mark.parametrize("question, named", [
    ("and Newsom, what did he say about the infrastructure program?", ["Newsom"]),  # the name it opens with
    ("What about Biden, did he bring it up?", ["Biden"]),
    ("what about the president, what did he say on that?", ["the president"]),  # a title, in lower case
    ("and Lavrov's reply to that offer?", ["Lavrov"]),  # the owner of a reply
    ("How did Newsom reply?", ["Newsom"]),  # a source (qa.answerable.named_sources)
    ("what did he say about it?", []),  # a pronoun names no one
    ("and the rail stuff?", []),
])
def test_the_party_a_follow_up_names_is_read(question, named):
    assert party_named(question) == named


@pytest.fixture(scope="module")
def suga_and_fire_qa(tmp_path_factory):
    """The Suga press conference and the wildfire meeting, indexed together."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("fup47") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in (SUGA, FIRE)])
    return tqa


def _replaced(tqa, question, *history):
    speakers_of = functools.partial(_party_speakers, tqa.store().all_infos())
    return source_replaced(question, Context(tuple(history), "it opens with 'and'"), speakers_of)


def test_the_earlier_question_is_searched_with_the_new_speaker(suga_and_fire_qa):
    assert _replaced(suga_and_fire_qa, "What about Biden, did he bring it up?", NORTH_KOREA) == (
        "What did Biden say about North Korea?",)
    assert _replaced(suga_and_fire_qa, "and Newsom, what did he say about it?",
                     "What did Governor Brown say about the heat?") == ("What did Newsom say about the heat?",)


@pytest.mark.parametrize("question, earlier", [
    ("and what else did Suga say about it?", NORTH_KOREA),  # the same speaker
    ("what about the Prime Minister, anything more?", NORTH_KOREA),  # the same speaker by title
    ("Did Biden back him on that?", "What did Suga say about the Tokyo Olympics?"),  # "him": Suga is still asked of
    ("and what about Moscow?", NORTH_KOREA),  # no one who speaks
    ("What about Biden, did he bring it up?", "What is the CORE partnership?"),  # no earlier source
])
def test_no_speaker_is_replaced(suga_and_fire_qa, question, earlier):
    assert _replaced(suga_and_fire_qa, question, earlier) is None


def test_off_reads_as_before(suga_and_fire_qa, monkeypatch):
    monkeypatch.setattr(conversation, "SOURCE_REPLACED", False)
    assert _replaced(suga_and_fire_qa, "What about Biden, did he bring it up?", NORTH_KOREA) is None


def _gold_rank(answer, quote):
    return next((c.rank for c in answer.citations if quote in " ".join(c.text.split())), None)


def test_the_new_speaker_on_the_topic_is_cited_first(suga_and_fire_qa, monkeypatch):
    """conv-dev-3794: Biden's words on North Korea, not Suga's passages again."""
    quote = "as well as North Korea"
    answer = suga_and_fire_qa.ask("what about biden, did he bring it up?", history=[NORTH_KOREA])
    assert answer.history_used and "(after: What did Biden say about North Korea?)" in answer.query
    assert _gold_rank(answer, quote) == 1 and answer.citations[0].speaker == "PRESIDENT BIDEN"
    monkeypatch.setattr(conversation, "SOURCE_REPLACED", False)
    before = suga_and_fire_qa.ask("what about biden, did he bring it up?", history=[NORTH_KOREA])
    assert "(after: What did Suga say about North Korea?)" in before.query
    assert _gold_rank(before, quote) != 1


@pytest.mark.parametrize("question", [
    "Core Web Vitals — what's that?",
    "stuttering insensitivity - what is that",
    "what's the deal with out of state visitors",
    "what is the deal with all of the federal firefighters?",
])
def test_a_question_that_names_its_topic_stands_alone(question):
    for text in (question, conversation.plain_wording(question)):
        assert conversation.read_dependence(text, lambda w: True).reason is None


@pytest.mark.parametrize("question, reason", [
    ("what is that?", "'is that' points back"),
    ("back to bagging - what is that?", "'is that' points back"),  # a return to a topic said before
    ("what is the deal with it?", "'the deal' says which only in what came before"),
    ("What is the first thing to do before writing code?", "'the first thing' says which only in what came before"),
])
def test_a_question_that_points_back_still_does(question, reason):
    assert conversation.read_dependence(question, lambda w: True).reason == reason


def test_the_notes_off_read_as_before(monkeypatch):
    monkeypatch.setattr(conversation, "DASH_TOPIC_POINTED", False)
    monkeypatch.setattr(conversation, "COMPLEMENT_READ", False)
    assert conversation.read_dependence("Core Web Vitals - what is that?", lambda w: True).reason == (
        "'is that' points back")
    assert conversation.read_dependence("What is the deal with out of state visitors?", lambda w: True).reason == (
        "'the deal' says which only in what came before")


def test_a_topic_before_a_dash_gets_no_note_of_an_earlier_question(suga_and_fire_qa):
    answer = suga_and_fire_qa.ask("Quad vaccine partnership — what's that?")
    assert answer.answerable and "depends on an earlier one" not in (answer.note or "")
