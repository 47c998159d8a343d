"""spk59: absent speakers named as users name them (docs/retrieval.md, "spk59"): a post or a role that no label, no
recording's title and no passage holds ("the mayor", "the moderator", "the teaching assistant") is nobody who
speaks; a one-word name's possessive before any noun of what is said ("Putin's view", "Selakovic's answer") is a
person where the transcripts write the name after a title or a given name. Real speakers named by a part the
recording gives them ("the host", "the lecturer") stay answered. Both ship off (`UNSAID_ROLES`, `ONE_NAME_OWNS`:
batch B did not move); these tests turn them on."""

import pytest

import qa.answerable as answerable
from qa.answerable import owned_one_names, role_shaped, roles_named_otherwise
from qa.api import TranscriptQA
from tests.conftest import files_qa

INTERVIEW = ("Jerod Santo: Where did the bakery algorithm come from?\n\n"
             "Leslie Lamport: Mutual exclusion was a problem introduced by Edsger Dijkstra. The reason it's called the "
             "bakery algorithm is that there was a bakery where you took a number and waited to be served.\n\n"
             "Jerod Santo: I was reading about the pronunciation controversy of your typesetting system.\n\n"
             "Leslie Lamport: People say it either way. I built a macro package on top of the typesetting program "
             "that Don Knuth wrote, and it runs at Microsoft Research.\n")
MEETING = ("THE PRESIDENT: The Department of Energy has a sensor array that warns of fires before they spread. We "
           "will also pay federal firefighters at least fifteen dollars an hour.\n\n"
           "GOVERNOR BROWN: My state of Oregon relied on our National Guard in every fire season, and training them "
           "before the season has been extremely helpful. Evacuation orders reached every county in time.\n\n"
           "THE VICE PRESIDENT: I spoke with President Putin's critics and with my colleague, Nikola Selakovic, "
           "about the sensor array and the evacuation orders.\n")


@pytest.fixture(autouse=True, scope="module")
def switched_on():
    """The two readings on, as this module tests them; off again after (the shipped default)."""
    before = answerable.UNSAID_ROLES, answerable.ONE_NAME_OWNS
    answerable.UNSAID_ROLES, answerable.ONE_NAME_OWNS = True, True
    yield
    answerable.UNSAID_ROLES, answerable.ONE_NAME_OWNS = before


@pytest.fixture(scope="module")
def qa(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("spk59"),
                    {"lamport-interview.txt": INTERVIEW, "wildfire-meeting.txt": MEETING})


def _nobody(answer, who: str) -> bool:
    return bool(answer.note) and f"nobody named {who} speaks" in answer.note.lower()


def test_a_role_no_passage_holds_is_nobody_who_speaks(qa):
    # at main "the mayor" and "the moderator" were no one the labels could tell of, and the governor's turn on
    # evacuation orders answered
    for question, who in (("what did the mayor say about the evacuation orders", "the mayor"),
                          ("did the moderator weigh in on the sensor array", "the moderator"),
                          ("the teaching assistant's take on the bakery algorithm", "the teaching assistant")):
        answer = qa.ask(question)
        assert not answer.answerable, question
        assert _nobody(answer, who), (question, answer.note)


def test_a_part_the_recording_gives_a_speaker_is_answered(qa):
    # the host, the president, the governor: parts a label or the recording gives someone who speaks
    for question in ("what did the host say about the pronunciation controversy",
                     "what did the president say about paying federal firefighters",
                     "did the governor weigh in on the national guard"):
        answer = qa.ask(question)
        assert answer.answerable and not (answer.note and "Nobody named" in answer.note), question


def test_a_one_word_name_written_after_a_given_name_owns_a_view(qa):
    # at main "Selakovic's answer" and "Knuth's view" read no one: a one-word name may be a company's before
    # "view" or "answer"; the transcripts write "Nikola Selakovic" and "Don Knuth"
    for question, who in (("What was Selakovic's answer about the sensor array?", "selakovic"),
                          ("Knuth's view on the bakery algorithm", "knuth")):
        answer = qa.ask(question)
        assert _nobody(answer, who), (question, answer.note)
    # "Microsoft" leads its run ("Microsoft Research"): no person the transcripts write
    assert not _nobody(qa.ask("Microsoft's view on the bakery algorithm"), "microsoft")


def test_the_readings():
    assert role_shaped("the mayor") and role_shaped("the teaching assistant") and role_shaped("the sheriffs")
    assert not role_shaped("the host") and not role_shaped("the lecturer") and not role_shaped("the professor")
    assert not role_shaped("the mayor of the town")  # a function word: `post_phrase` and the post rules read it
    assert roles_named_otherwise("did the moderator weigh in on the sanctions") == ["the moderator"]
    assert roles_named_otherwise("the mayor’s take on evacuations") == ["the mayor"]
    assert roles_named_otherwise("the minister's take on kosovo") == ["the minister"]  # left to the labels
    assert owned_one_names("Putin's view on a Greater Albania", []) == ["Putin"]
    assert owned_one_names("What was the Kremlin's response?", []) == []


def test_off_reads_as_before(qa, monkeypatch):
    monkeypatch.setattr(answerable, "UNSAID_ROLES", False)
    monkeypatch.setattr(answerable, "ONE_NAME_OWNS", False)
    assert not role_shaped("the mayor") and owned_one_names("Putin's view", []) == []
    assert roles_named_otherwise("did the moderator weigh in on the sanctions") == []
    answer = qa.ask("what did the mayor say about the evacuation orders")
    assert not (answer.note and "Nobody named the mayor" in answer.note)
