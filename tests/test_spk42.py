"""spk42: people who speak in no transcript, named as users name them: someone tied to another ("lamport's son",
"Lavrov's spokeswoman"), a post in lower case ("the labor secretary's view", "the nato chief's take"), a label of a
name no transcript holds ("zakharova: ..."); and the note that names them written as names (docs/retrieval.md,
"spk42"). Real speakers named by a role or post stay answered."""

import pytest

from qa.answerable import _named_in_note, owned_other, people_named_otherwise, post_phrase
from qa.api import TranscriptQA
from tests.conftest import files_qa

INTERVIEW = ("Jerod Santo: Where did the bakery algorithm come from?\n\n"
             "Leslie Lamport: Mutual exclusion was a problem introduced by Edsger Dijkstra. The reason it's called the "
             "bakery algorithm is that there was a bakery where you took a number and waited to be served.\n\n"
             "Jerod Santo: I was reading about the pronunciation controversy of your typesetting system.\n\n"
             "Leslie Lamport: People say it either way. I built a macro package on top of the typesetting program.\n")
MEETING = ("THE PRESIDENT: The Department of Energy has a sensor array that warns of fires before they spread.\n\n"
           "GOVERNOR BROWN: My state of Oregon relied on our National Guard in every fire season, and training them "
           "before the season has been extremely helpful.\n\n"
           "THE VICE PRESIDENT: The firefighters told me that cars left in a driveway mean the family did not get "
           "out in time.\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("spk42"),
                    {"lamport-interview.txt": INTERVIEW, "wildfire-meeting.txt": MEETING})


def test_someone_tied_to_a_speaker_is_not_the_speaker(qa):
    # at main "lamport's son" resolved to Leslie Lamport's label, and the question was answered from his turn
    answer = qa.ask("what did lamport's son say about the bakery algorithm")
    assert not answer.answerable
    assert "Nobody named Lamport's son speaks in these transcripts" in answer.note
    # ... and a part another speaker of the recording has is that speaker's, as before
    interviewer = qa.ask("what did lamport's interviewer say about the pronunciation controversy")
    assert interviewer.answerable and not (interviewer.note and "Nobody named" in interviewer.note)
    assert interviewer.citations[0].speaker == "Jerod Santo"


def test_a_post_in_lower_case_is_read_as_who_speaks(qa):
    # at main no source was read: "the energy secretary's take" has no capital, and the passage that names the
    # Department of Energy answered it
    answer = qa.ask("the energy secretary's take on the sensor array")
    assert not answer.answerable
    assert "nobody named the energy secretary speaks" in answer.note.lower()
    # real speakers named by their post, in lower case, are answered with no note
    for question in ("what did the oregon governor say about the national guard",
                     "the vice president's take on cars left in driveways during fires"):
        control = qa.ask(question)
        assert control.answerable and not (control.note and "Nobody named" in control.note), question


def test_a_label_of_a_name_no_transcript_holds_is_kept(qa):
    # read away at main: "how does oregon use the national guard" was answered from Governor Brown's turn
    answer = qa.ask("zakharova: how does oregon use the national guard")
    assert not answer.answerable
    assert answer.note == "Zakharova is not mentioned in these transcripts."
    # a label of English words is read away as before
    assert qa.ask("quick question: how does oregon use the national guard").answerable


def test_readings_of_posts_and_ties():
    assert owned_other("Lamport's son")["owner"] == "Lamport"
    assert owned_other("jerod's co-host adam")["name"] == "adam"
    assert owned_other("Biden's chief of staff")["noun"] == "chief of staff"
    # not a part another speaker may have, nor a post a label or a title gives
    assert owned_other("Lamport's interviewer") is None and owned_other("Biden's vice president") is None
    assert post_phrase("the labor secretary") and post_phrase("the ceo of microsoft")
    assert not post_phrase("the minister") and not post_phrase("the vice president")
    assert not post_phrase("the homeland security adviser") and not post_phrase("the senior administration official")
    assert people_named_otherwise("the nato chief's take on serbia") == ["the nato chief"]
    assert people_named_otherwise("What was the Serbian president's reaction?") == ["the Serbian president"]
    assert people_named_otherwise("the minister's take on talk of a greater albania") == []
    assert people_named_otherwise("how did harris's stepdaughter react to the evacuation") == ["harris's stepdaughter"]


def test_the_note_writes_names_as_names():
    assert _named_in_note(["anatoly Antonov", "John carter", "dr Fauci"]) == ["Anatoly Antonov", "John Carter",
                                                                           "Dr Fauci"]
    assert _named_in_note(["the Japanese foreign Minister", "lamport's son"]) == ["the Japanese foreign minister",
                                                                                 "Lamport's son"]
    # groups, bodies and phrases that are no name stay as read
    assert _named_in_note(["Russian experts", "the EU and NATO", "the White House"]) == [
        "Russian experts", "the EU and NATO", "the White House"]
