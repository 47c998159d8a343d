"""topic42: "what did X say about Y" asked of a speaker X who speaks but never of Y (docs/retrieval.md, "topic42"): the
topic's words are read in X's own turns, not near them; a speaker reported on it by another, or whose own highlight
says it in other words, is answered, with a note."""

import dataclasses

import pytest

from qa.answerable import DeclineRule, decide, own_topic_note, own_topic_silent, reported_beside
from qa.api import TranscriptQA
from qa.types import Evidence
from tests.conftest import files_qa

INTERVIEW = ("Maria Lopez: Welcome to the harbour podcast. Today I am with Tomas Berg, who runs the ferry to the "
             "islands. Before we start: the oysters from the north bay were the best I have eaten this year, fresh "
             "oysters with lemon.\n\n"
             "Tomas Berg: Thank you. The ferry leaves at six every morning, and in winter the ferry waits for the ice "
             "to clear before it crosses.\n\n"
             "Maria Lopez: The harbour festival is in June, with music on the pier. Tomas, once again, expressed his "
             "support for it when we spoke last week.\n\n"
             "Tomas Berg: The islands need the ferry in every season, and the crew trains twice a year for storms.\n")


@pytest.fixture(scope="module")
def podcast(tmp_path_factory) -> TranscriptQA:
    return files_qa(tmp_path_factory.mktemp("topic42"), {"harbour-podcast-tomas-berg.txt": INTERVIEW})


def test_a_topic_said_beside_the_speaker_but_never_by_them_is_declined(podcast):
    # the host speaks of lemon in the turn before Tomas's: "near" Tomas for the source rule (answered at main), never his
    answer = podcast.ask("Did Tomas talk about lemon?")
    assert not answer.answerable
    assert answer.note == "Tomas speaks in these transcripts, but never of lemon; others do."
    assert answer.evidence.own_topic_coverage == 0.0
    assert answer.evidence.own_topic_reported is False


def test_whether_declined_or_not_the_answer_says_the_speaker_never_speaks_of_it(podcast):
    # over so small an index Tomas's own first highlight is 0.08-0.12 nearer the question with "oysters" than without
    # (the question less its only topic word asks nothing in particular): above `source_shift`, so answered, but said
    answer = podcast.ask("What did Tomas say about oysters?")
    assert answer.answerable
    assert "Tomas never says 'oysters' in these transcripts; others do." in answer.note


def test_what_the_speaker_says_is_answered(podcast):
    answer = podcast.ask("What did Tomas say about the ferry in winter?")
    assert answer.answerable, answer.note
    assert answer.citations[0].speaker == "Tomas Berg"
    assert answer.evidence.own_topic_coverage == 1.0
    assert answer.note is None or "never of" not in answer.note


def test_a_speaker_reported_on_the_topic_by_another_is_answered_with_a_note(podcast):
    # Maria reports Tomas's support for the festival: what he said, by her
    answer = podcast.ask("What did Tomas say about the harbour festival?")
    assert answer.answerable
    assert answer.evidence.own_topic_reported is True
    assert "Tomas never says 'the harbour festival' in these transcripts; others do. The passages below may say it " \
           "otherwise." in answer.note


def test_the_host_is_asked_what_only_the_guest_says(podcast):
    answer = podcast.ask("What did Maria Lopez say about storms?")
    assert not answer.answerable
    assert answer.note.startswith("Maria Lopez speaks in these transcripts, but never of storms")


def test_people_joined_or_in_the_plural_are_not_read(podcast):
    # "Maria and Tomas" share a topic between them: neither's own words are asked alone
    assert podcast.ask("What did Maria and Tomas say about oysters?").evidence.own_topic_source is None
    assert podcast.ask("What did the hosts say about oysters?").evidence.own_topic_source is None


def test_a_report_is_a_verb_of_saying_after_the_name_near_the_topic():
    said = "The festival is in June. And President Biden, once again, expressed his support."
    assert reported_beside([said], ["biden"], ["festival"])
    # a question that names the speaker, a turn's label and a topic sentences away are no report
    assert not reported_beside(["Were you able to gain President Biden's understanding on the festival?"],
                               ["biden"], ["festival"])
    assert not reported_beside(["The festival is in June.\n\nPRESIDENT BIDEN:  Next question."], ["biden"],
                               ["festival"])
    assert not reported_beside(["The festival is in June. We met. It rained. Biden said hello."], ["biden"],
                               ["festival"])


def test_the_decision_reads_the_evidence_alone():
    silent = Evidence(cosine=0.6, sentence=0.6, coverage=1.0, top_coverage=1.0, own_topic_source="Suga",
                      own_topic_unsaid=("senate",), own_topic_coverage=0.0, own_topic_reported=False, topic="the Senate")
    verdict = decide(silent)
    assert not verdict.answerable and verdict.rule == "own-topic"
    assert verdict.note == "Suga speaks in these transcripts, but never of the Senate; others do."
    # said in other words by the speaker's own highlight, or reported by another: answered, with the note
    for answered in (dataclasses.replace(silent, own_topic_shift=DeclineRule().source_shift + 0.01),
                     dataclasses.replace(silent, own_topic_reported=True)):
        assert not own_topic_silent(answered, DeclineRule())
        verdict = decide(answered)
        assert verdict.answerable and verdict.note == "Suga never says 'the Senate' in these transcripts; others " \
                                                      "do. The passages below may say it otherwise."
    assert decide(silent, DeclineRule(own_topic_silent=False)).answerable
    # some of the topic's words said: no decline, no note (a paraphrase's words are often unsaid)
    partial = dataclasses.replace(silent, own_topic_unsaid=("cost",), own_topic_coverage=0.5)
    assert decide(partial).answerable and own_topic_note(partial) is None
    nobody = dataclasses.replace(silent, own_topic_unheld=("senate",))
    assert decide(nobody).note.endswith("never of the Senate; no one does.")


COMMITTEE = ("The Chair: Order. The committee will now hear questions for the government.\n\n"
             "Mr. Yves Blanchet (Beloeil, BQ): Students in Quebec will apply for the emergency benefit on Friday, "
             "and the number of jobs for them is far lower this summer.\n\n"
             "Right Hon. Justin Trudeau (Prime Minister): Thank you, Mr. Chair. We are working with the provinces on "
             "the support the country needs.\n\n"
             "The Chair: Mr. Blanchet, go ahead.\n\n"
             "Mr. Yves Blanchet (Beloeil, BQ): What will the government do about the summer?\n\n"
             "Right Hon. Justin Trudeau: We are supporting students who will not find the summer jobs they counted "
             "on, with a program of new jobs for young people.\n")


def test_a_speaker_written_with_and_without_a_note_in_brackets_is_one_speaker(tmp_path):
    # QMSum val covid_2: the record writes "(Prime Minister)" on the first turn only; the rule read that one turn
    # and declined "What did the Prime Minister say about students?", which his later turns answer (lead34f)
    committee = files_qa(tmp_path, {"committee-sitting.txt": COMMITTEE})
    answer = committee.ask("What did the Prime Minister say about students?")
    assert answer.answerable, answer.note
    assert "never of" not in (answer.note or "")
