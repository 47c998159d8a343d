"""lead40 (session s40): a yes/no check opened by a negative helper is read as the positive one ("Didn't Suga say
...?" asks what "Did Suga say ...?" asks), so that who speaks after the helper is found; "which journalist" asks who,
as "who" does (docs/retrieval.md "lead40")."""
import pytest

from qa import conversation
from qa.answerable import asks_who, named_sources
from tests.conftest import meeting_qa, shared_transcript_qa


@pytest.mark.parametrize("typed, plain", [
    ("didn't Suga say the olympics would be in 2022?", "Did Suga say the olympics would be in 2022?"),
    ("Doesn't Lavrov say Russia will respond?", "Does Lavrov say Russia will respond?"),
    ("wasnt Polis the one who spoke first", "Was Polis the one who spoke first?"),
    ("won't Russia respond in kind?", "Will Russia respond in kind?"),
    ("can't the agent plan ahead?", "Can the agent plan ahead?")])
def test_a_negative_helper_that_opens_a_check_is_read_as_the_positive_one(typed, plain):
    assert conversation.plain_wording(typed) == plain


@pytest.mark.parametrize("question", [
    "Why didn't Lamport know computer science was a field?", "What didn't Newsom need to do to get the FMAG approved?",
    "what won't Russia do to its friends?", "dont they work anymore?!", "Isn't it too late?"])
def test_a_negation_inside_the_question_is_kept(question):
    assert "n't" in conversation.plain_wording(question)


def test_who_speaks_after_a_negative_helper_is_the_name_alone():
    assert named_sources(conversation.plain_wording("Didn't Newsom say something about earthquakes?"))[0] == ["Newsom"]


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    return meeting_qa(tmp_path_factory.mktemp("lead40"), "meeting.txt",
                      "Newsom: The heat this week broke every record we have in the valley, and the fire crews are "
                      "stretched.",
                      "Brown: Oregon is sending two hundred firefighters north to help with the fires.")


def test_the_note_names_the_speaker_not_the_helper(meeting):
    # before, the note read "Didn't Newsom does not speak of this in these transcripts."
    answer = meeting.ask("Didn't Newsom say something about earthquakes?")
    assert not answer.answerable
    assert "Didn't" not in (answer.note or "") and "Newsom" in (answer.note or "")


def test_a_check_said_by_its_speaker_is_answered_by_their_words(meeting):
    answer = meeting.ask("Didn't Newsom say the heat broke records?")
    assert answer.answerable and answer.citations[0].speaker == "Newsom"


@pytest.mark.parametrize("question", [
    "which journalist asked about China at the Suga press conference?", "Which reporters asked Lavrov about Kosovo?",
    "ok which Japanese reporter asked about Taiwan?", "In the podcast, which host asked about Paxos?"])
def test_which_and_a_noun_of_people_asks_who(question):
    assert asks_who(question)


@pytest.mark.parametrize("question", [
    "Which countries joined the Quad?", "What journalist standards does Lavrov mention?", "which one is faster?",
    "Which senator asked about the sanctions on the call?"])
def test_which_and_another_noun_does_not_ask_who(question):
    assert not asks_who(question)


def test_a_question_that_asks_which_journalist_asked_is_answered_with_the_asking_turn(tmp_path_factory):
    # before, the source rule read "journalist" as a word the press conference had to say, and declined it: "The Suga
    # press conference does not speak of this in these transcripts."
    tqa = shared_transcript_qa(tmp_path_factory, "wh-biden-suga-press-conference-2021-04-16.md")
    answer = tqa.ask("which journalist asked about China at the Suga press conference?")
    assert answer.answerable
    assert any("Sugimoto" in c.text for c in answer.citations[:5])


@pytest.mark.parametrize("question", [
    "Was it Newsom who talked about the thermometer?", "Is it Lavrov who said the Russian economy can cope?",
    "was it the official that named the SVR?", "Wasn't it Polis who spoke first?"])
def test_a_clefts_it_points_to_the_name_after_it(question):
    # before, the note said "'it' has nothing to point to in the question"
    assert conversation.pointing_pronouns(question, idioms=True) == []


def test_an_it_that_is_no_cleft_still_points_back():
    assert conversation.pointing_pronouns("Was it popular with the reporters who attended?", idioms=True) == ["it"]
