"""spk39: someone named as who speaks in the ways users name them ("Dijkstra's opinion on ...", "..., per Governor
Brown?", "how did X respond", a speaker's first name with another surname, one joined to a speaker, a post a label
holds only in part) is read as a source, so that a person who speaks nowhere gets the note that says so and the
reported-speaker rule (docs/retrieval.md, "spk39")."""

import pytest

from qa.answerable import people_named_otherwise
from qa.api import TranscriptQA
from tests.conftest import files_qa

INTERVIEW = ("Jerod Santo: Where did the bakery algorithm come from?\n\n"
             "Leslie Lamport: Mutual exclusion was a problem introduced by Edsger Dijkstra. The reason it's called the "
             "bakery algorithm is that there was a bakery where you took a number and waited to be served.\n\n"
             "Jerod Santo: And stuttering steps?\n\n"
             "Leslie Lamport: I call it stuttering insensitivity: a clock in your movie does not care how many steps "
             "happen between one second and the next.\n")
PRESSER = ("PRESIDENT BIDEN: Japan and the United States stand together in the Indo-Pacific.\n\n"
           "PRIME MINISTER SUGA: On North Korea, we confirmed our commitment to the dismantling of its ballistic "
           "missiles of all ranges, and agreed to demand that Japan's neighbour fulfil its obligations.\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("spk39"),
                    {"lamport-interview.txt": INTERVIEW, "japan-presser.txt": PRESSER})


def test_a_possessive_of_someone_who_never_speaks_is_a_source(qa):
    # answered at main from Lamport's turn with no note: "opinion" was read only after a speaker's name
    answer = qa.ask("Dijkstra's opinion on stuttering insensitivity?")
    assert answer.note and "Nobody named Dijkstra speaks" in answer.note
    assert not answer.answerable
    # ... and the speaker's own opinion is still his
    own = qa.ask("Lamport's opinion on stuttering insensitivity?")
    assert own.answerable and "stuttering insensitivity" in own.citations[0].text


def test_a_first_name_with_another_surname_is_someone_else(qa):
    # "Leslie" resolved to Leslie Lamport's label, so the question was answered from his turn
    answer = qa.ask("Leslie Brooks's thoughts on the bakery algorithm?")
    assert not answer.answerable
    assert "Nobody named Leslie Brooks speaks" in answer.note
    assert qa.ask("Leslie Lamport's thoughts on the bakery algorithm?").answerable


def test_someone_joined_to_a_speaker_is_noted_and_the_speaker_answers(qa):
    answer = qa.ask("What did Lamport and John Brooks say about the bakery algorithm?")
    assert answer.answerable
    assert "Nobody named John Brooks speaks" in answer.note
    assert answer.citations[0].speaker == "Leslie Lamport"


def test_a_post_is_held_by_a_label_only_whole(qa):
    # PRIME MINISTER SUGA holds "minister", not "foreign minister": the Japanese foreign minister never speaks
    foreign = qa.ask("What did the Japanese foreign minister say about North Korea?")
    assert foreign.note and "foreign minister speaks in these transcripts" in foreign.note
    prime = qa.ask("What did the Japanese prime minister say about North Korea?")
    assert prime.answerable and not (prime.note and "Nobody named" in prime.note)


def test_people_named_otherwise_reads_people_only():
    assert people_named_otherwise("Dijkstra's opinion on stuttering insensitivity?") == ["Dijkstra"]
    assert people_named_otherwise("What was Governor Sisolak's warning about drought?") == ["Governor Sisolak"]
    assert people_named_otherwise("How hot did it get, per Governor Brown?") == ["Governor Brown"]
    assert people_named_otherwise("Per the officials, when do the rules start?") == ["the officials"]
    assert people_named_otherwise("how did Anatoly Antonov respond to the expulsions") == ["Anatoly Antonov"]
    # not a place, a body by its acronym, a recording, a price "per" something, nor a function word in the name
    assert people_named_otherwise("Moscow's view on the sanctions?") == []
    assert people_named_otherwise("NATO's position on Kosovo?") == []
    assert people_named_otherwise("Per the web dev lesson, what is SEO short for?") == []
    assert people_named_otherwise("What is the price per dose of Sputnik V?") == []
    assert people_named_otherwise("How did the market react to the sanctions?") == []
    # two names run together before a place's possessive: the answer is Russia's (fresh4-seed-15)
    assert people_named_otherwise("who gave Ambassador Sullivan Russia's answer") == []
