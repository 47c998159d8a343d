"""scale53: the gate's read of every sentence unit (`Store.best_unit_cosine`) through an IVF over the units themselves,
written past the IVF threshold as the passages' is, gives the one pass's cosine; an index written without it loads
and answers the same; units of a removed transcript are never read, and units added after it are (docs/scale.md
"scale53")."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from embeddings.vectors import AnnSettings
from qa.api import TranscriptQA
from qa.config import Settings
from qa.store import StoreWriter, writer_lock

PHRASES = ("sanctions against diplomats", "blockchains", "the heat in Oregon", "Serbia's vaccines", "a football match")


def _with_unit_ivf(seed_index_dir, folder) -> TranscriptQA:
    """A copy of the seed index with its unit IVF written by a write that adds nothing (as an older index gets it at
    its next ingest), read with every list probed. Its IVF threshold is its passages' count (the product's is 20,000
    rows): past it only the units, so the passages are searched as before."""
    shutil.copytree(seed_index_dir, folder)
    seed = TranscriptQA(Settings(index_dir=seed_index_dir)).store()
    small = seed.rows_total
    with writer_lock(folder):
        writer = StoreWriter(folder, seed.shape, ann=AnnSettings(threshold=small))
        try:
            writer.apply([], [])
        finally:
            writer.close()
    return TranscriptQA(Settings(index_dir=folder, ann_threshold=small))


def _units_kind(folder) -> str:
    return json.loads((folder / "manifest.json").read_text())["vector_index"].get("units", {}).get("kind", "exact")


def _by_passage(store, rows, vector) -> float:
    unit = vector / np.linalg.norm(vector)
    return max(float(np.max(store.unit_vectors(row) @ unit / np.linalg.norm(store.unit_vectors(row), axis=1)))
               for row in rows if len(store.unit_vectors(row)))


def test_the_unit_ivf_gives_the_one_pass_cosine(seed_index_dir, seed_qa, tmp_path):
    ivf = _with_unit_ivf(seed_index_dir, tmp_path / "ivf")
    assert _units_kind(tmp_path / "ivf").startswith("IVF") and _units_kind(seed_index_dir) == "exact"
    old, new = seed_qa.store(), ivf.store()
    every = old.rows([t.name for t in old.all_infos()], None)
    for phrase in PHRASES:
        vector = seed_qa.query_encoder.encode([phrase])[0]
        assert new.best_unit_cosine(every, vector) == pytest.approx(old.best_unit_cosine(every, vector), abs=1e-6)
        assert new.best_unit_cosine(every, vector) == pytest.approx(_by_passage(old, every, vector), abs=1e-5)


def test_an_index_without_the_unit_ivf_answers_the_same(seed_index_dir, seed_qa, tmp_path):
    ivf = _with_unit_ivf(seed_index_dir, tmp_path / "ivf")
    question = "What did Lavrov say about blockchains?"
    before, after = seed_qa.ask(question), ivf.ask(question)
    assert after.evidence.phrase_anywhere is not None
    assert after.evidence.phrase_anywhere == pytest.approx(before.evidence.phrase_anywhere, abs=1e-6)
    assert (after.answerable, after.answer, after.citations) == (before.answerable, before.answer, before.citations)


def test_removed_units_are_never_read_and_added_ones_are(seed_index_dir, seed_qa, tmp_path):
    ivf = _with_unit_ivf(seed_index_dir, tmp_path / "ivf")
    meeting = tmp_path / "garden-club.txt"
    meeting.write_text("\n\n".join(
        f"{speaker}: {words}" for speaker, words in [
            ("Ann", "We planted tomatoes along the south fence this spring and they are doing well."),
            ("Bob", "The roses by the gate need pruning before the first frost arrives next month."),
            ("Ann", "Our compost heap is too wet, so we should add dry leaves and turn it every week."),
            ("Bob", "The club will buy two new watering cans and a hose for the vegetable beds."),
            ("Ann", "Volunteers can sign up for the Saturday weeding shifts on the board by the shed."),
            ("Bob", "Next year we want a bee hotel and more flowers that pollinators like to visit."),
            ("Ann", "The apple tree gave a big harvest, and we will press cider together in October."),
            ("Bob", "Please bring gloves and a trowel to the next meeting so we can divide the bulbs.")]) + "\n",
        encoding="utf-8")
    ivf.ingest([meeting])  # its units follow the IVF's (the tail, read whole)
    seed = seed_qa.store().all_infos()[0].name
    ivf.remove(seed)
    store = ivf.store()
    assert _units_kind(tmp_path / "ivf").startswith("IVF")
    every = store.rows([t.name for t in store.all_infos()], None)
    assert [t.name for t in store.all_infos()] == [meeting.name] and len(every) * 4 >= store.rows_total
    for phrase in (*PHRASES, "pruning the roses"):
        vector = seed_qa.query_encoder.encode([phrase])[0]
        assert store.best_unit_cosine(every, vector) == pytest.approx(_by_passage(store, every, vector), abs=1e-5)
