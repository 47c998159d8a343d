"""post44: a speaker named by a post and a place ("the Oregon governor", "the governor of California", "the Russian
foreign minister") is read as the speaker who holds it, as the transcripts say who holds what: a label's title and
the place the speaker claims in their own turns ("my state of Oregon", "In California, we"), a title's "Foreign
Minister Sergey Lavrov", "Prime Minister Suga of Japan" (docs/retrieval.md, "post44"). A post nobody holds ("the
governor of Texas") is nobody's."""

import pytest

from qa.api import TranscriptQA
from qa.transcript_facts import place_key, post_asked, post_holders, posts_held, speaker_places
from qa.types import TranscriptInfo, Turn
from tests.conftest import files_qa

MEETING = ("GOVERNOR BROWN: Thank you, Mr. President. Just this weekend, my state of Oregon saw record heat.\n\n"
           "THE PRESIDENT: Governor, what helped you most last season?\n\n"
           "GOVERNOR BROWN: Training the Guard before the fire season helped us a great deal.\n\n"
           "GOVERNOR NEWSOM: In California, we were sparring partners with the federal government. We called on "
           "firefighters from Australia and from Texas.\n\n"
           "THE PRESIDENT: And the Guard?\n\n"
           "GOVERNOR NEWSOM: The National Guard, the national guard: our National Guard was stretched thin by the "
           "fires last year.\n\n"
           "THE PRESIDENT: We will pay federal firefighters at least fifteen dollars an hour.\n")
CONFERENCE = ("---\ntitle: \"Foreign Minister Sergey Lavrov's remarks at a news conference with Foreign Minister of the "
              "Republic of Serbia Nikola Selakovic\"\n---\n\n"
              "Sergey Lavrov: Russia supports Serbia on Kosovo. Russia wants Resolution 1244 implemented in full, and "
              "Russia will keep the Kosovo issue at the Security Council.\n\n"
              "Question: What is the view of Russia on the railway programme in Serbia?\n\n"
              "Sergey Lavrov: Russian Railways takes part in the railway programme through Russian export loans.\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("post44"),
                    {"wildfire-meeting.txt": MEETING, "lavrov-conference.md": CONFERENCE})


def test_a_governor_named_by_the_state_is_that_governor(qa):
    # at main both "the oregon governor" and "the california governor" were every label that holds "governor"
    oregon = qa.ask("what did the oregon governor say about the national guard")
    assert oregon.answerable and oregon.citations[0].speaker == "GOVERNOR BROWN"
    california = qa.ask("What did the governor of California say about the National Guard?")
    assert california.answerable and california.citations[0].speaker == "GOVERNOR NEWSOM"


def test_a_post_nobody_holds_is_nobody(qa):
    # at main "the governor of Texas" was held by both governors (a label holds "governor" in a transcript that says
    # Texas), and the question was answered from Newsom's turn
    answer = qa.ask("What did the governor of Texas say about the National Guard?")
    assert not answer.answerable
    assert "Nobody named the governor of Texas speaks in these transcripts" in answer.note


def test_a_post_the_title_gives_a_speaker_is_theirs(qa):
    # at main "the Russian foreign minister" was nobody: "Nobody named the Russian foreign minister speaks ..."
    answer = qa.ask("What did the Russian foreign minister say about Resolution 1244?")
    assert answer.answerable and not (answer.note and "Nobody named" in answer.note)
    assert answer.citations[0].speaker == "Sergey Lavrov"
    # ... and the other post the title gives is held by someone who never speaks
    serbian = qa.ask("What did the Serbian foreign minister say about the railway programme?")
    assert "Nobody named the" in (serbian.note or "") and "foreign minister speaks" in serbian.note


def test_reading_posts_and_places():
    assert post_asked("the Oregon governor") == (("governor",), "oregon")
    assert post_asked("Japan's prime minister") == (("prime", "minister"), place_key("Japanese"))
    assert post_asked("the governor of California") == (("governor",), "california")
    assert post_asked("the Japanese defense minister") == (("defense", "minister"), place_key("Japan"))
    for phrase in ("the governor", "the Russian side", "the host", "the Japanese reporter from Sankei",
                   "the vice president", "the US ambassador to Russia"):
        assert post_asked(phrase) is None, phrase
    assert place_key("Oregonians") == "oregon" and place_key("Russian") == place_key("Russia")
    assert place_key("Sankei") == ""


def test_places_claimed_and_said_most():
    turns = [Turn("GOVERNOR BROWN", "statement", "Just this weekend, my state of Oregon saw record heat.", (), 0),
             Turn("GOVERNOR NEWSOM", "statement", "In California, we called folks in Australia and in Canada.", (), 1),
             Turn("Sergey Lavrov", "statement", "Russia and Serbia agree. Russia helps Serbia. Russia will act.", (), 2)]
    found = {s: (p, m) for s, p, m in speaker_places(turns)}
    assert found["GOVERNOR BROWN"][0] == "oregon" and found["GOVERNOR NEWSOM"][0] == "california"
    assert found["Sergey Lavrov"] == ("", place_key("Russia"))  # said most, three times: the weak guess only


def test_who_holds_a_post():
    meeting = TranscriptInfo("m.txt", "Remarks by President Biden in Meeting on Wildfires", None, None, "txt",
                             ("THE PRESIDENT", "GOVERNOR BROWN", "GOVERNOR NEWSOM"), 3, "h",
                             speaker_places=(("GOVERNOR BROWN", "oregon", ""), ("GOVERNOR NEWSOM", "california", "")))
    summit = TranscriptInfo("s.txt", "Remarks by President Biden and Prime Minister Suga of Japan", None, None, "txt",
                            ("PRESIDENT BIDEN", "PRIME MINISTER SUGA"), 2, "h2")
    infos = (meeting, summit)
    assert [h.label for h in post_holders("the Oregon governor", infos)] == ["GOVERNOR BROWN"]
    assert post_holders("the governor of Texas", infos) == ()
    assert [h.label for h in post_holders("the Japanese leader", infos)] == ["PRIME MINISTER SUGA"]
    # a holder whose place is not known leaves the post as it was read before (None), never ruled out
    assert post_holders("the American president", infos) is None


def test_only_transcripts_with_a_post_a_place_has_are_read_for_places_at_load():
    """A meeting's "Professor B" holds no post of a place: its turns are not read when the index loads (a third of
    QMSum's ICSI meetings are labelled so)."""
    def info(speakers, title="A meeting"):
        return TranscriptInfo(name="m.md", title=title, date=None, time=None, format="md", speakers=speakers,
                              passages=1, content_hash="m")
    assert posts_held(info(("GOVERNOR BROWN", "THE PRESIDENT")))
    assert not posts_held(info(("Professor B", "Grad A", "PhD C")))
    assert posts_held(info(("Sergey Lavrov",), "Foreign Minister Sergey Lavrov's remarks at a news conference"))
