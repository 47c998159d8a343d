"""scale55: the unit IVF holds 4-bit fast-scan codes (`qa.store.UNIT_CODES`), read through a deeper exact re-read of
the units they propose; `Store.best_unit_cosine` gives the one pass's cosine through it, on the eight shared
transcripts' real units; an index whose unit IVF holds scale53's 8-bit codes still loads and answers the same, and gets
the new codes at the write that extends it (docs/scale.md "scale55")."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import qa.store as qa_store
from embeddings.vectors import AnnSettings
from qa.api import TranscriptQA
from qa.config import Settings
from qa.store import StoreWriter, writer_lock

PHRASES = ("sanctions against diplomats", "blockchains", "the heat in Oregon", "Serbia's vaccines", "a football match",
           "random forests", "fire season", "the largest contentful paint", "Paxos", "agents that call tools")


def _rewrite(folder, ann: AnnSettings) -> None:
    """A write that adds and removes nothing: its maintenance builds what the index's size calls for."""
    store = TranscriptQA(Settings(index_dir=folder)).store()
    with writer_lock(folder):
        writer = StoreWriter(folder, store.shape, ann=ann)
        try:
            writer.apply([], [])
        finally:
            writer.close()


def _units_kind(folder) -> str:
    return json.loads((folder / "manifest.json").read_text())["vector_index"].get("units", {}).get("kind", "exact")


def _one_pass(store, rows, vector) -> float | None:
    qa_store.UNIT_SEARCH = False
    try:
        return store.best_unit_cosine(rows, vector)
    finally:
        qa_store.UNIT_SEARCH = True


@pytest.fixture(scope="module")
def eight_dir(eight_qa, tmp_path_factory):
    """A copy of the eight shared transcripts' index (2,081 sentence units) with its unit IVF written past a
    threshold of 1,000 rows (the product's is 20,000): the units' IVF, and the passages' searched exactly as before."""
    folder = tmp_path_factory.mktemp("scale55") / "index"
    shutil.copytree(eight_qa.settings.index_dir, folder)
    _rewrite(folder, AnnSettings(threshold=1000))
    return folder


def test_the_fast_scan_unit_ivf_gives_the_one_pass_cosine(eight_qa, eight_dir):
    assert _units_kind(eight_dir).endswith(qa_store.UNIT_CODES) and qa_store.UNIT_CODES.endswith("x4fs")
    store = TranscriptQA(Settings(index_dir=eight_dir, ann_threshold=1000)).store()
    assert store.counts["units"] > 2 * 1024  # the re-read is of a share of the units, not all of them
    every = store.rows([t.name for t in store.all_infos()], None)
    for phrase in PHRASES:
        vector = eight_qa.query_encoder.encode([phrase])[0]
        assert store.best_unit_cosine(every, vector) == pytest.approx(_one_pass(store, every, vector), abs=1e-6)


def test_a_transcript_left_out_is_never_read(eight_qa, eight_dir):
    """The rows of all but one transcript (a quarter or more of the passages: the IVF read) give the one pass's
    cosine over those rows: the fast-scan codes' bitmap keeps the other transcript's units out."""
    assert _units_kind(eight_dir).endswith(qa_store.UNIT_CODES)
    store = TranscriptQA(Settings(index_dir=eight_dir, ann_threshold=1000)).store()
    names = [t.name for t in store.all_infos()]
    for left_out in names[:3]:
        rows = store.rows([n for n in names if n != left_out], None)
        for phrase in PHRASES:
            vector = eight_qa.query_encoder.encode([phrase])[0]
            assert store.best_unit_cosine(rows, vector) == pytest.approx(_one_pass(store, rows, vector), abs=1e-6)


def test_an_index_with_scale53s_codes_answers_the_same_and_gets_the_new_ones(eight_qa, eight_dir, tmp_path):
    old = tmp_path / "sq8"
    shutil.copytree(eight_qa.settings.index_dir, old)
    codes, qa_store.UNIT_CODES = qa_store.UNIT_CODES, "SQ8"
    try:
        _rewrite(old, AnnSettings(threshold=1000))  # as scale53 wrote it
    finally:
        qa_store.UNIT_CODES = codes
    assert _units_kind(old).endswith(",SQ8")
    before = TranscriptQA(Settings(index_dir=old, ann_threshold=1000))
    after = TranscriptQA(Settings(index_dir=eight_dir, ann_threshold=1000))
    question = "What did Lavrov say about blockchains?"
    asked, fast = before.ask(question), after.ask(question)
    assert fast.evidence.phrase_anywhere is not None
    assert asked.evidence.phrase_anywhere == pytest.approx(fast.evidence.phrase_anywhere, abs=1e-6)
    assert (asked.answerable, asked.answer, asked.citations) == (fast.answerable, fast.answer, fast.citations)
    # a write that extends the unit IVF (past its tail: here any unit added) trains it again with the new codes
    meeting = tmp_path / "garden-club.txt"
    meeting.write_text("Ann: We planted tomatoes along the south fence and they are doing well this spring.\n\n"
                       "Bob: The roses by the gate need pruning before the first frost arrives next month.\n",
                       encoding="utf-8")
    grown = TranscriptQA(Settings(index_dir=old, ann_threshold=1000, ann_tail=0))
    grown.ingest([meeting])
    assert _units_kind(old).endswith(qa_store.UNIT_CODES)
    store = grown.store()
    every = store.rows([t.name for t in store.all_infos()], None)
    for phrase in PHRASES[:4]:
        vector = eight_qa.query_encoder.encode([phrase])[0]
        assert store.best_unit_cosine(every, vector) == pytest.approx(_one_pass(store, every, vector), abs=1e-6)


def test_the_unit_ivf_keeps_to_unit_lists_and_reads_the_same(eight_qa, tmp_path):
    """Every list is scanned, so the unit IVF has at most `UNIT_LISTS` lists (fast-scan pays for each one): with 8,
    the read still gives the one pass's cosine."""
    folder = tmp_path / "index"
    shutil.copytree(eight_qa.settings.index_dir, folder)
    lists, qa_store.UNIT_LISTS = qa_store.UNIT_LISTS, 8
    try:
        _rewrite(folder, AnnSettings(threshold=1000))
    finally:
        qa_store.UNIT_LISTS = lists
    assert _units_kind(folder) == f"IVF8,{qa_store.UNIT_CODES}"
    store = TranscriptQA(Settings(index_dir=folder, ann_threshold=1000)).store()
    every = store.rows([t.name for t in store.all_infos()], None)
    for phrase in PHRASES:
        vector = eight_qa.query_encoder.encode([phrase])[0]
        assert store.best_unit_cosine(every, vector) == pytest.approx(_one_pass(store, every, vector), abs=1e-6)
