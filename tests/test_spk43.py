"""spk43: someone who never speaks, asked what they said, is answered (with the note that they do not speak) only
where a transcript reports them saying something on what is asked, in the report's own sentences, not wherever
their name is near it; asked with no topic, only where a transcript reports them saying anything (docs/retrieval.md,
"spk43"). People who speak, and reported words asked about, stay answered."""

import pytest

from qa.api import TranscriptQA
from tests.conftest import files_qa

BRIEFING = ("Sergey Lavrov: Kosovo's status is to be settled through talks between Belgrade and Pristina. As President "
            "Vladimir Putin has repeatedly said, we will support any solution that is acceptable to Serbia.\n\n"
            "Question: The United States imposed new sanctions on Russian banks this week. President Putin approved "
            "the measures in response. How will Moscow answer the sanctions on the banks?\n\n"
            "Sergey Lavrov: We will answer the sanctions on the banks in kind and soon. Today Yury Ushakov also "
            "recommended that Mr Sullivan travel to his capital for consultations.\n")
MEETING = ("THE PRESIDENT: I see Chief Christiansen there. We are going to pay federal firefighters at least fifteen "
           "dollars an hour.\n\n"
           "GOVERNOR BROWN: My state of Oregon relied on our National Guard in every fire season, and training them "
           "before the season has been extremely helpful.\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("spk43"),
                    {"lavrov-briefing.txt": BRIEFING, "wildfire-meeting.txt": MEETING})


def test_a_person_reported_on_one_thing_is_not_reported_on_another(qa):
    # at main Putin was read as reported on the sanctions (his name is said in the turn that asks about them), and
    # the question was answered with the note
    answer = qa.ask("What did Putin say about the sanctions on the banks?")
    assert not answer.answerable
    assert "Nobody named Putin speaks in these transcripts" in answer.note
    assert "No passage reports them on this." in answer.note
    # ... what the report of him says is answered, with the note that these are others' words
    reported = qa.ask("What did Putin say about a solution for Kosovo?")
    assert reported.answerable and "Nobody named Putin speaks" in reported.note
    assert "acceptable to Serbia" in reported.citations[0].text


def test_a_person_never_reported_is_asked_about_with_no_topic(qa):
    # at main nothing was left to look for in a report of Chief Christiansen once the meeting was read as the source,
    # and the question was answered from the President's turn
    answer = qa.ask("what did chief christiansen say in the wildfire meeting")
    assert not answer.answerable
    assert "Nobody named Chief Christiansen speaks in these transcripts" in answer.note
    # someone reported saying something is answered with the report
    reported = qa.ask("what did yury ushakov say in the lavrov briefing")
    assert reported.answerable and "Nobody named Yury Ushakov speaks" in reported.note


def test_speakers_are_answered_as_before(qa):
    for question in ("What did Lavrov say about the sanctions on the banks?",
                     "what did the oregon governor say about the national guard"):
        answer = qa.ask(question)
        assert answer.answerable and not (answer.note and "Nobody named" in answer.note), question
