"""Hostile or unusual files take time and memory in proportion to their size, or are refused early (issue 13).

Each case parses and segments a generated file (bench/hostile_files.py) as ingest does before embedding (the
real tokenizer, passages, sections, embedding texts, sentence units) at a size and at eight times that size. Work
that grows with the square of the size would take 64 times as long; the bound allows 8 times, with a 5x margin for
a busy 2-core machine. Memory is the growth of the process's peak RSS while the larger file is read, bounded by
five times what bench/hostile_files.py measured per unit (docs/reliability.md).
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
from qa.segment import embedding_texts, group_sections, segment_transcript, sentence_units

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
    started = time.perf_counter()
    t = parse_bytes(data, name)
    passages = segment_transcript(t, encoder.count_tokens, limit, speaker_prefix=True, min_words=settings.min_words)
    passages, _ = group_sections(t, passages, settings.section_words)
    embedding_texts(t, passages, speaker_prefix=True, context_words=settings.context_words, min_words=2)
    units = sum(len(sentence_units(t.turns[p.turn_index], p)) for p in passages)
    return {"n": n, "seconds": time.perf_counter() - started, "grown_mb": _peak_rss_mb() - before,
            "passages": len(passages), "units": units}


def _measure(kind: str, small: int) -> list[dict]:
    load_encoder(DEFAULT_MODEL).count_tokens(["a first call loads the tokenizer's lazy parts"])
    return [_ingest_work(kind, small), _ingest_work(kind, 8 * small)]


def _grows_linearly(runs: list[dict]) -> None:
    small, large = runs
    # a fixed cost (a few milliseconds) weighs on the small run, so the ratio of a linear algorithm is at most 8
    assert large["seconds"] <= MARGIN * 8 * max(small["seconds"], 0.05), runs


def test_a_subrip_file_of_many_cues_takes_time_in_proportion_to_its_cues():
    runs = _measure("srt", 1000)  # 1,000 and 8,000 cues
    _grows_linearly(runs)
    assert runs[1]["passages"] > 8 * 0.9 * runs[0]["passages"]


def test_a_subrip_file_of_many_cues_takes_memory_in_proportion_to_its_cues():
    runs = _measure("srt", 1000)
    # bench/hostile_files.py: 100,000 cues (7.1 MB) grow the process by about 600 MB (6 KB a cue); 8,000 here
    assert runs[1]["grown_mb"] <= MARGIN * 8000 * 6 / 1024, runs


def test_deeply_nested_html_takes_time_in_proportion_to_its_depth():
    _grows_linearly(_measure("html", 2000))  # 2,000 and 16,000 nested <div>s


def test_text_without_a_sentence_end_takes_time_in_proportion_to_its_length():
    runs = _measure("txt", 100_000)  # 0.1 and 0.8 MB of words with no full stop
    _grows_linearly(runs)
    assert runs[1]["grown_mb"] <= MARGIN * 0.8 * 150, runs  # bench: about 150 MB a MB of such text


def test_a_word_document_of_many_paragraphs_takes_time_in_proportion_to_its_paragraphs():
    _grows_linearly(_measure("docx", 2000))  # 2,000 and 16,000 paragraphs


def test_a_small_word_document_that_unzips_to_millions_of_paragraphs_is_refused_at_once():
    name, data = make("docx", 2_000_000)
    started = time.perf_counter()
    with pytest.raises(ParseError, match=r"^paragraphs\.docx: the document holds more than 200,000 paragraphs, "
                                         r"more than a transcript has; split it into smaller documents$"):
        parse_bytes(data, name)
    assert len(data) < 300_000 and time.perf_counter() - started < MARGIN * 1.0
