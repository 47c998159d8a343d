"""A follow-up asking what another party said or how it responded is declined where the recordings of its
conversation never report that party's words or reaction (ufup43, docs/retrieval.md "ufup43")."""

import pytest

from qa.answerable import party_reply_asked, party_reply_reported, party_reply_unsaid

from tests.conftest import shared_path, shared_transcript_qa

SUGA = "wh-biden-suga-press-conference-2021-04-16.md"
SANCTIONS = "wh-background-press-call-russia-sanctions-2021-04-15.md"
LAVROV = "lavrov-selakovic-press-conference-2021-04-16.txt"
WILDFIRES = "wh-biden-meeting-western-wildfires-2021-06-30.md"


@pytest.mark.parametrize("question, party", [
    ("How did NATO respond?", "NATO"),
    ("what did the eu say about those", "the eu"),
    ("Did China respond to that?", "China"),
    ("did nvidia comment on the report?", "nvidia"),
    ("has north korea responded", "north korea"),
    ("so what is iran saying it will do", "iran"),
    ("and biden's reaction?", "biden"),
    ("What was China's reaction?", "China"),
    ("how did china's foreign ministry respond", "china's foreign ministry"),
    ("ok and what does microsoft think of tla+", "microsoft"),
    # no party of its own: a pronoun, a role, a possessive before its own noun, a thing
    ("How did he respond?", None),
    ("what did the guest think about kubernetes", None),
    ("What did the officials say in reply?", None),
    ("How did Biden's comment make him feel?", None),
    ("What were the three reasons for responding?", None),
    # whether something came up: fup42's form
    ("did he say anything about china", None),
    ("did biden say anything about the olympics", None),
    ("What is bagging?", None),
])
def test_the_party_a_question_asks_the_reply_of(question, party):
    assert party_reply_asked(question) == party


def _text(name: str) -> str:
    return shared_path("data", "transcripts", name).read_text(encoding="utf-8")


@pytest.mark.parametrize("party, recording, reported", [
    ("the Russians", SANCTIONS, True),  # "The Russians have not responded to that to say whether they will"
    ("Moscow", SANCTIONS, True),  # its country, by its people
    ("Australia", SANCTIONS, True),  # "both Australia and the European Union statement of support"
    ("Canada", SANCTIONS, False),  # named among the partners who sanctioned; nothing it said
    ("the UK", SANCTIONS, False),  # "the UK, France, Denmark, and Estonia have agreed": not within one clause
    ("Putin", LAVROV, True),  # "As President Vladimir Putin has repeatedly said"
    ("Poland", LAVROV, True),  # "Poland also announced the expulsion of our diplomats."
    ("NATO", LAVROV, False),  # "We always call on our colleagues from the European Union and NATO"
    ("China", SUGA, False),
    ("Beijing", SUGA, False),  # the capital read as its country
    ("Oregon", WILDFIRES, True),  # "my state of Oregon": Governor Brown speaks for it
    ("FEMA", WILDFIRES, False),  # "to FEMA, to state and local and Tribal partners": no verb of its own
])
def test_a_partys_reply_reported_in_a_recording(party, recording, reported):
    assert party_reply_reported(party, [_text(recording)]) is reported


def test_a_party_that_speaks_or_that_the_title_names_is_not_read_so():
    text = [_text(SUGA)]
    assert party_reply_unsaid("Did China respond to that?", text, ["PRESIDENT BIDEN", "PRIME MINISTER SUGA"],
                              ["Remarks by President Biden and Prime Minister Suga of Japan"]) == "China"
    assert party_reply_unsaid("and how did suga respond", text, ["PRIME MINISTER SUGA"], []) is None
    assert party_reply_unsaid("what did japan say", text, [],
                              ["Remarks by President Biden and Prime Minister Suga of Japan"]) is None
    assert party_reply_unsaid("Did China respond to that?", [], [], []) is None  # no recording: nothing to read
    # a party's words that name no one of their own are not looked for: Japan's side, Japan's government
    for question in ("how did the japanese side respond", "how did the japanese government respond"):
        assert party_reply_unsaid(question, text, [], ["Remarks by President Biden and Prime Minister Suga of Japan"]
                                  ) is None
    # the publisher, the host of the recording's address
    assert party_reply_unsaid("what did the white house say", text, [], ["bidenwhitehouse.archives.gov"]) is None
    assert party_reply_unsaid("what did the white house say", text, [], []) == "the white house"


@pytest.fixture(scope="module")
def suga_and_sanctions_qa(tmp_path_factory):
    """The Biden-Suga press conference and the White House call on Russia in one index (../shared)."""
    return shared_transcript_qa(tmp_path_factory, SUGA, SANCTIONS)


def test_a_partys_reply_never_reported_is_declined(suga_and_sanctions_qa):
    # conv-dev-2795: China is named at the press conference, never its response
    asked = suga_and_sanctions_qa.ask("Did China respond to that?",
                                      history=["What did Suga say about the Senkaku Islands?"])
    assert asked.history_used and not asked.answerable and not asked.citations
    assert asked.note == ("Nothing China said or did in response is reported in the recording this conversation is "
                          "about.")


def test_a_partys_reply_reported_is_answered(suga_and_sanctions_qa):
    # conv-dev-3190: "both Australia and the European Union statement of support for the attribution"
    asked = suga_and_sanctions_qa.ask("what did australia say",
                                      history=["is the us alone in facing russian cyber activity"])
    assert asked.answerable and asked.citations[0].transcript == SANCTIONS


def test_the_same_question_read_alone_is_not_read_so(suga_and_sanctions_qa):
    # no history: no conversation's recording to read, so what the rule reads is never asked
    after = suga_and_sanctions_qa.ask("Did China respond to the joint statement?")
    assert not after.history_used
    assert "in response is reported" not in (after.note or "")
