"""Paraphrases that the decline read as absent (issue 10 point 5; para25, docs/retrieval.md "Paraphrases read as
absent"): an acronym written out, a word the tokenizer knows with a prefix or an ending, and a post named by the
place before it. Real model, real indexes."""

from __future__ import annotations

import pytest

from qa.api import TranscriptQA
from qa.config import Settings


def test_a_name_written_out_is_the_acronym_the_transcript_writes(seed_qa, wildfires_qa):
    # the transcript says "the UN", never "United Nations"; the wildfires meeting "EPA", never its full name
    answer = seed_qa.ask("How big is Russia's team at the United Nations?")
    assert answer.answerable and not answer.evidence.figure_elsewhere
    answer = wildfires_qa.ask("What will the Environmental Protection Agency's new app tell people?")
    assert answer.answerable and answer.evidence.unknown_names == ()


def test_a_name_written_out_is_searched_with_the_acronym_the_transcript_writes(seed_qa):
    # was answered from passages with no UN in them: the acronym was read by the decline, not by the search
    answer = seed_qa.ask("Did Lavrov talk about the United Nations?", k=3)
    assert answer.query == "Did Lavrov talk about the United Nations (UN)?"  # what was searched says so
    assert answer.answerable
    assert all("UN" in c.text.split() or "UN’s" in c.text for c in answer.citations[:2])


def test_a_name_written_out_whose_capitals_the_transcript_never_writes_stays_unknown(wildfires_qa):
    answer = wildfires_qa.ask("What did the National Rifle Association say about the fires?")
    assert not answer.answerable and "National Rifle Association" in answer.evidence.unknown_names


def test_names_joined_by_and_are_no_acronym(wildfires_qa):
    # "Biden and Harris" is two people, whatever "BH" may be
    answer = wildfires_qa.ask("What did Biden and Harris say about firefighters' pay?")
    assert answer.answerable and answer.evidence.absent_speakers == ()


def test_a_word_the_tokenizer_knows_with_a_prefix_or_an_ending_is_no_unknown_word(seed_qa):
    # "staffing" is "staff" + "ing", "imbalance" "im" + "balance": pieces to the tokenizer, words all the same
    answer = seed_qa.ask("What has the US done about the staffing imbalance?")
    assert answer.evidence.unknown_words == ()
    assert seed_qa.ask("blorp wizzle the gronk flurbing?").evidence.unknown_words


def test_a_post_named_by_the_place_before_it_is_the_speaker_whose_label_holds_it(wildfires_qa):
    # GOVERNOR BROWN of a meeting that says Oregon, GOVERNOR NEWSOM of one that says California
    for question in ("Should undocumented immigrants get federal disaster aid, according to Oregon's governor?",
                     "Which countries did the California governor turn to for extra firefighters?"):
        answer = wildfires_qa.ask(question)
        assert answer.answerable and answer.evidence.absent_speakers == (), question
    # a post no label holds is still nobody who speaks
    assert wildfires_qa.ask("What did Oregon's senator say about the fires?").evidence.absent_speakers


@pytest.mark.parametrize("question", ["What did the California governor say about earthquake preparedness?"])
def test_a_topic_absent_from_the_transcript_is_still_declined(wildfires_qa, question):
    answer = wildfires_qa.ask(question)
    assert not answer.answerable


def test_a_capital_the_transcript_lacks_is_its_country_by_the_name_it_writes(tmp_path_factory):
    from tests.conftest import shared_transcript_qa

    # the Biden-Suga press conference says "North Korea", never "Pyongyang"
    tqa = shared_transcript_qa(tmp_path_factory, "wh-biden-suga-press-conference-2021-04-16.md")
    answer = tqa.ask("What did Suga say about Japanese citizens kidnapped by Pyongyang?")
    assert answer.answerable and answer.evidence.unknown_names == ()
    # a capital whose country it never names stays a name it lacks
    assert "Ulaanbaatar" in tqa.ask("What did Suga say about Ulaanbaatar?").evidence.unknown_names


def test_a_term_written_out_asked_of_a_recording_that_lacks_it_is_named_as_written(tmp_path_factory):
    from tests.conftest import shared_path

    # "Largest Contentful Paint" is the lecture's LCP: asked of the bagging lecture, the note named no term at all
    # ("The bagging lecture does not speak of this"), as the lecture's passages write LCP out
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("two-lectures") / "index"))
    tqa.ingest([shared_path("data", "transcripts", name) for name in
                ("core-web-vitals-lecture-whisper.json", "i2ml-random-forest-bagging-lecture.srt")])
    answer = tqa.ask("What did the bagging lecture say about Largest Contentful Paint?")
    assert not answer.answerable
    assert answer.note == "Largest Contentful Paint (LCP) does not come up in the bagging lecture."
    # ... and asked of the lecture that says it, it is answered
    assert tqa.ask("What did the Core Web Vitals lecture say about Largest Contentful Paint?").answerable
