"""A highlight unit is not cut before its answer: where the setting unit_dangling_cut is on, a long sentence is not
cut after a word that cannot end one ("... NOAA — has satellite technology that" / "is able to see from space ...";
docs/retrieval.md, "A highlight cut before its answer")."""

import pytest

import qa.cite as cite
from qa.api import TranscriptQA
from qa.config import Settings
from qa.errors import IndexMismatchError
from qa.parse import parse_file
from qa.segment import DANGLING_WORDS, segment_transcript, sentence_units
from tests.conftest import shared_path


def noaa_units(**cuts) -> list[str]:
    transcript = parse_file(shared_path("data", "transcripts", "wh-biden-meeting-western-wildfires-2021-06-30.md"))
    passages = segment_transcript(transcript, lambda texts: [len(t.split()) for t in texts], 200)
    passage = next(p for p in passages if "has satellite" in p.text)
    return [passage.text[u.start:u.end] for u in sentence_units(transcript.turns[passage.turn_index], passage, **cuts)]


def test_a_long_sentence_is_not_cut_after_a_word_that_cannot_end_it():
    before = noaa_units()
    assert any(unit.split()[-1] == "that" and "NOAA" in unit for unit in before)  # the cut the user saw
    after = noaa_units(dangling_cut=0.5)
    assert " ".join(after).split() == " ".join(before).split()
    assert not any(unit.split()[-1].lower() in DANGLING_WORDS for unit in after[:-1])
    assert any("satellite" in unit and "see from space" in unit for unit in after)


def test_with_the_setting_on_the_highlight_holds_what_noaa_satellites_see(tmp_path):
    wildfires = shared_path("data", "transcripts", "wh-biden-meeting-western-wildfires-2021-06-30.md")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", unit_dangling_cut=0.5))
    tqa.ingest([wildfires])
    first = tqa.ask("What can NOAA satellites detect?").citations[0]
    assert "see from space when new fires start" in first.highlight
    assert not first.highlight.split()[-1].lower() in DANGLING_WORDS
    # the setting shapes the index: it is saved with it, and an index cut otherwise is not mixed with it
    with pytest.raises(IndexMismatchError, match="unit_dangling_cut"):
        TranscriptQA(Settings(index_dir=tmp_path / "index")).ingest([wildfires])


def test_a_unit_cut_on_a_word_that_cannot_end_a_sentence_is_marked_cut_short():
    units = noaa_units()
    marked = cite.cut_short(units)
    at = next(i for i, unit in enumerate(units) if "NOAA" in unit and unit.split()[-1] == "that")
    assert marked[at] == 1.0
    assert marked.sum() == sum(1 for u in units[:-1] if u.split()[-1].lower().strip(",;:") in DANGLING_WORDS
                               and not u.rstrip().endswith((".", "?", "!")))
    # unpunctuated captions end their units wherever the cues did: nothing is marked there
    assert not cite.cut_short(["and then we take the", "average of the predictions and that is"]).any()


def test_the_highlight_completes_a_sentence_cut_short_with_the_default_index(tmp_path):
    wildfires = shared_path("data", "transcripts", "wh-biden-meeting-western-wildfires-2021-06-30.md")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([wildfires])
    first = tqa.ask("What can NOAA satellites detect?").citations[0]
    assert "see from space when new fires start" in first.highlight
    assert len(first.highlight.split()) <= 40
