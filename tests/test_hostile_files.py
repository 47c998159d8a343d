"""Hostile or unusual files take time and memory in proportion to their size, or are refused early (issue 13).

Each case parses and segments a generated file (bench/hostile_files.py) as ingest does before embedding (the
real tokenizer, passages, sections, embedding texts, sentence units) at a size and at eight times that size, and
checks the time the process spent (CPU time: other jobs on the machine do not count) against eight times the
smaller's and against the seconds per unit bench/hostile_files.py measured, each with a 5x margin. Memory is the
growth of the process's peak RSS while the larger file is read, bounded by five times what the bench measured per
unit (docs/reliability.md). Work that grows with the square of a turn's cues is tested where it hides behind
linear costs at these sizes: on one turn of 100,000 cues.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from bench.hostile_files import make
from embeddings.encoder import load_encoder
from qa.config import DEFAULT_MODEL, Settings
from qa.errors import ParseError
from qa.parse import parse_bytes
from qa.segment import embedding_texts, group_sections, locate_in_file, segment_transcript, sentence_units
from qa.types import Passage, Piece, Turn

MARGIN = 5
STATUS = Path("/proc/self/status")


def _peak_rss_mb() -> float:
    for line in STATUS.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    """Linux lets a process reset its peak RSS (VmHWM) to its current RSS, so each run has its own peak."""
    Path("/proc/self/clear_refs").write_text("5")


def _ingest_work(kind: str, n: int) -> dict:
    """Seconds and peak-RSS growth (MB) of parsing and segmenting the hostile file of `kind` with `n` units."""
    settings = Settings()
    encoder = load_encoder(DEFAULT_MODEL)
    limit = min(settings.max_tokens, encoder.max_tokens)
    name, data = make(kind, n)
    _reset_peak()
    before = _peak_rss_mb()
    started = time.process_time()
    t = parse_bytes(data, name)
    parsed = time.process_time()
    passages = segment_transcript(t, encoder.count_tokens, limit, speaker_prefix=True, min_words=settings.min_words)
    passages, _ = group_sections(t, passages, settings.section_words)
    embedding_texts(t, passages, speaker_prefix=True, context_words=settings.context_words, min_words=2)
    units = sum(len(sentence_units(t.turns[p.turn_index], p)) for p in passages)
    done = time.process_time()
    return {"n": n, "seconds": done - started, "parse_s": parsed - started, "segment_s": done - parsed,
            "grown_mb": _peak_rss_mb() - before,
            "passages": len(passages), "units": units}


def _measure(kind: str, small: int) -> list[dict]:
    load_encoder(DEFAULT_MODEL).count_tokens(["a first call loads the tokenizer's lazy parts"])
    return [_ingest_work(kind, small), _ingest_work(kind, 8 * small)]


# Seconds per unit that bench/hostile_files.py measured at full size (docs/reliability.md, a busy 2-core machine):
# 100,000 cues in 27 s, 100,000 nested <div>s in 17.5 s, 10 MB of text in 19.4 s, 100,000 paragraphs in 20.6 s.
PER_UNIT_S = {"srt": 27.0 / 100_000, "html": 17.5 / 100_000, "txt": 19.4 / 10_000_000, "docx": 20.6 / 100_000}


def _in_proportion(kind: str, runs: list[dict]) -> None:
    small, large = runs
    # parsing and segmenting each, since either can hide the other's growth; a fixed cost (a few milliseconds)
    # weighs on the small run, so the ratio of a linear algorithm is at most 8
    for part in ("parse_s", "segment_s"):
        assert large[part] <= MARGIN * 8 * max(small[part], 0.05), (part, runs)
    assert large["seconds"] <= MARGIN * (PER_UNIT_S[kind] * large["n"] + 0.2), runs


def test_a_subrip_file_of_many_cues_takes_time_in_proportion_to_its_cues():
    runs = _measure("srt", 2000)  # 2,000 and 16,000 cues
    _in_proportion("srt", runs)
    assert runs[1]["passages"] > 8 * 0.9 * runs[0]["passages"]


def test_a_subrip_file_of_many_cues_takes_memory_in_proportion_to_its_cues():
    runs = _measure("srt", 2000)
    # bench/hostile_files.py: 100,000 cues (7.1 MB) grow the process by about 300 MB over the model (3 KB a cue)
    assert runs[1]["grown_mb"] <= MARGIN * 16_000 * 3 / 1024, runs


def _turn_of_cues(cues: int) -> Turn:
    """One speaker's turn of `cues` five-word cues, as the SubRip parser makes it."""
    words = "the ferry leaves at nine"
    pieces = tuple(Piece(text_start=k * 25, text_end=k * 25 + 24, start_char=k * 60, end_char=k * 60 + 58,
                         verbatim=False, start_time=2.0 * k, end_time=2.0 * k + 1.9, paragraph=k + 1)
                   for k in range(cues))
    return Turn(speaker="", role="statement", text=" ".join([words] * cues), pieces=pieces, index=0)


def _seconds_to_cite_the_end(turn: Turn) -> float:
    """CPU seconds to find in the file, and cut into sentence units, 200 passages of 40 cues near the turn's end."""
    started = time.process_time()
    for k in range(200):
        a = turn.pieces[-40 - k].text_start
        b = turn.pieces[-1 - k].text_end
        passage = Passage(transcript="t.srt", speaker="", role="statement", text=turn.text[a:b], start_char=0,
                          end_char=0, turn_index=0, paragraph=0, turn_offset=a)
        locate_in_file(turn, a, b)
        sentence_units(turn, passage)
    return time.process_time() - started


def test_citing_a_passage_of_a_turn_of_100000_cues_costs_what_it_costs_in_a_turn_of_1000():
    short, long = _turn_of_cues(1000), _turn_of_cues(100_000)
    _seconds_to_cite_the_end(short)  # warm up
    # a scan of the turn per passage would cost 100 times more; a binary search costs 5/3 (its log)
    assert _seconds_to_cite_the_end(long) <= MARGIN * 2 * max(_seconds_to_cite_the_end(short), 0.01)


def test_deeply_nested_html_takes_time_in_proportion_to_its_depth():
    _in_proportion("html", _measure("html", 2000))  # 2,000 and 16,000 nested <div>s


def test_text_without_a_sentence_end_takes_time_in_proportion_to_its_length():
    runs = _measure("txt", 100_000)  # 0.1 and 0.8 MB of words with no full stop
    _in_proportion("txt", runs)
    assert runs[1]["grown_mb"] <= MARGIN * 0.8 * 30, runs  # bench: about 30 MB over the model per MB of such text


def test_a_word_document_of_many_paragraphs_takes_time_in_proportion_to_its_paragraphs():
    _in_proportion("docx", _measure("docx", 2000))  # 2,000 and 16,000 paragraphs


def test_a_small_word_document_that_unzips_to_millions_of_paragraphs_is_refused_at_once():
    name, data = make("docx", 2_000_000)
    started = time.process_time()
    with pytest.raises(ParseError, match=r"^paragraphs\.docx: the document unzips to 68 MB of text markup, over the "
                                         r"50 MB a transcript needs; split it into smaller documents$"):
        parse_bytes(data, name)
    assert len(data) < 300_000 and time.process_time() - started < MARGIN * 0.5


def test_a_word_document_of_more_paragraphs_than_a_transcript_has_is_refused_before_it_is_read():
    name, data = make("docx", 150_000)
    started = time.process_time()
    with pytest.raises(ParseError, match=r"^paragraphs\.docx: the document holds more than 100,000 paragraphs, "
                                         r"more than a transcript has; split it into smaller documents$"):
        parse_bytes(data, name)
    assert time.process_time() - started < MARGIN * 0.5
