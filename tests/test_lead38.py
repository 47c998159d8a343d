"""lead38 (session s38): an acronym read for written-out words only where a recording says both; an "it" that its
complement names points nowhere (docs/retrieval.md "lead38")."""
import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import dependence, pointing_pronouns


@pytest.fixture(scope="module")
def two_recordings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lead38")
    (folder / "lecture.txt").write_text(
        "Presenter: Let me explain agents to you with no BS, extremely simple.\n\n"
        "Presenter: The EPA will launch a new app on air quality and smoke plumes.\n", encoding="utf-8")
    (folder / "presser.txt").write_text(
        "Biden: Prime Minister Suga and I met in the East Room today.\n\n"
        "Suga: I thank President Biden for his warm welcome at the White House.\n", encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / "lecture.txt", folder / "presser.txt"])
    return tqa


def test_names_said_in_another_recording_than_the_capitals_are_no_acronym(two_recordings):
    # "Biden Suga" has the capitals of the lecture's "BS", but Biden and Suga are said only in the presser: before,
    # the question was searched as "the Biden Suga (BS) press conference" and noted as uncertain
    answer = two_recordings.ask("Where did the Biden Suga press conference take place?")
    assert "(BS)" not in answer.query and "BS" not in answer.evidence.displaced_names


def test_words_the_transcripts_never_say_are_still_read_as_the_acronym_they_say(two_recordings):
    answer = two_recordings.ask("What is the Environmental Protection Agency launching?")
    assert "(EPA)" in answer.query
    assert "air quality" in answer.citations[0].text


@pytest.mark.parametrize("question", [
    "Why does Lamport say it's pronounced LaTech?", "Why is it called a random forest?",
    "Is it spelled LaTeX or LaTech in the interview?"])
def test_an_it_that_its_complement_names_points_nowhere(question):
    assert pointing_pronouns(question, idioms=True) == []
    assert dependence(question, lambda word: True) is None


@pytest.mark.parametrize("question", [
    "why is it called that?", "What is it called?", "it's called what?", "what is it written in?",
    "what is it called in japan", "is it named after someone", "how is it pronounced"])
def test_an_it_with_no_name_after_it_still_points_back(question):
    assert pointing_pronouns(question, idioms=True) == ["it"]


def test_where_a_recording_was_held_is_read_from_its_header(wildfires_qa, seed_qa):
    # the place is in the header ("South Court Auditorium / Eisenhower Executive Office Building" before "11:11 A.M.
    # EDT"; the Lavrov title's ", Moscow, April 16, 2021"), which no passage holds: before, the first citation was a
    # governor's passage on partnering with the federal government
    answer = wildfires_qa.ask("where was the wildfire meeting held")
    assert answer.answerable
    assert answer.answer.startswith("South Court Auditorium, Eisenhower Executive Office Building")
    assert "recording's header" in answer.note
    assert seed_qa.ask("In which city was the press conference held?").answer.startswith("Moscow")


def test_a_recording_whose_header_gives_no_place_is_searched(tmp_path):
    from tests.conftest import files_qa

    tqa = files_qa(tmp_path, {"standup.md": "# Team standup\n\nAlice: We met in the Berlin office this morning.\n\n"
                                            "Bob: The release slips to Friday.\n"})
    answer = tqa.ask("Where was the meeting held?")
    assert "recording's header" not in (answer.note or "")
    assert "Berlin office" in answer.citations[0].text


@pytest.mark.parametrize("question, recording", [
    ("where was the wildfire meeting held", "in the wildfire meeting"),
    ("Where did the sanctions call take place?", "in the sanctions call"),
    ("In which city was the press conference with Selakovic held?", "in the press conference with Selakovic"),
    ("Where did Biden say the fires burned?", None), ("Where is the lecture from?", None)])
def test_a_question_of_where_a_recording_was_is_told_by_its_form(question, recording):
    from qa.order import recording_place_asked

    assert recording_place_asked(question) == recording


def test_a_header_place_is_the_lines_before_the_time_or_the_title_s_place_before_its_date():
    from qa.parse.text import header_place

    assert header_place("---\ntitle: Remarks\n---\n\nSouth Court Auditorium\nEisenhower Building\n\n11:11 A.M. EDT\n\n"
                        "THE PRESIDENT:  Hello.\n") == "South Court Auditorium, Eisenhower Building"
    assert header_place("16 April 2021\n\nA news conference with the minister, Moscow, April 16, 2021\n\n"
                        "Ladies and gentlemen,\n\nWe met.\n") == "Moscow"
    assert header_place("5:05 P.M. EDT\n\nPRESIDENT BIDEN:  Well, good afternoon.\n") is None


@pytest.fixture(scope="module")
def lavrov_and_call(tmp_path_factory):
    from tests.conftest import shared_path

    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("lead38-eu") / "index"))
    tqa.ingest([shared_path("data", "transcripts", "lavrov-selakovic-press-conference-2021-04-16.txt"),
                shared_path("data", "transcripts", "wh-background-press-call-russia-sanctions-2021-04-15.md")])
    return tqa


def test_an_acronym_a_named_speaker_s_recording_writes_out_is_said_by_them(lavrov_and_call):
    # Lavrov says "the European Union", never "EU" (the press call says "EU"); none of the first passages held his
    # words, so "What did Lavrov say about the EU?" was declined: "Lavrov does not speak of this in these transcripts."
    answer = lavrov_and_call.ask("What did Lavrov say about the EU?")
    assert answer.answerable
    assert answer.citations[0].speaker == "Sergey Lavrov"
    assert any("European Union" in c.text and c.speaker == "Sergey Lavrov" for c in answer.citations)
    # a speaker who says neither is still declined
    assert not lavrov_and_call.ask("What did Lavrov say about the IMF?").answerable


def test_the_deal_with_something_asks_about_it(tmp_path):
    from tests.conftest import shared_path

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([shared_path("data", "transcripts", "i2ml-random-forest-bagging-lecture.srt")])
    # "deal" is no thing asked for ("No passage found speaks of 'deal'" declined it), as "story" and "situation" are not
    answer = tqa.ask("what's the deal with out of bag points")
    assert answer.answerable and "deal" not in answer.evidence.focus


def test_a_speaker_asked_of_a_recording_they_do_not_speak_in_is_declined_with_where_they_do(lavrov_and_call):
    # before, "What did Newsom say at the Suga press conference?" cited the press conference's passages as an answer
    answer = lavrov_and_call.ask("What did Lavrov say during the sanctions call?")
    assert not answer.answerable
    assert answer.note.startswith("Lavrov does not speak in the sanctions call; they speak in “Foreign Minister")
    # in a recording where the speaker does speak, the question is answered
    assert lavrov_and_call.ask("What did Lavrov say at the press conference about Kosovo?").answerable
