"""scale61: an IVF scans the share of its lists that `ann_nprobe` is of the lists an IVF trained at its size holds
(`embeddings.vectors.ann_probes`), so an IVF trained smaller and extended (fewer, longer lists) scans about as many
codes as one trained at its size; one trained at its size scans `ann_nprobe` lists as before (docs/scale.md
"scale61"). On the real vectors of the eight shared transcripts' index."""

from __future__ import annotations

import shutil

import faiss
import numpy as np
import pytest

from embeddings.vectors import AnnSettings, VectorSearch, ann_lists, ann_probes, extend_ann, train_ann
from qa.api import TranscriptQA
from qa.config import Settings
from qa.store import StoreWriter, writer_lock


def _real_vectors(eight_qa) -> np.ndarray:
    """The eight transcripts' passages, context windows and sentence units, as stored: a few thousand real vectors."""
    store = eight_qa.store()
    every = list(range(len(store)))
    parts = [store.vectors(every), store.window_search.vectors] + [store.unit_vectors(r) for r in every]
    vectors = np.concatenate([np.asarray(p, dtype=np.float32).reshape(-1, store.shape.dim) for p in parts])
    return np.ascontiguousarray(vectors / np.linalg.norm(vectors, axis=1, keepdims=True))


def _probes_in_faiss(search: VectorSearch) -> int:
    return faiss.extract_index_ivf(search.ann).nprobe


def test_the_probes_follow_the_list_count():
    assert ann_probes(192, ann_lists(1_000_000), 1_000_000) == 192  # an IVF trained at its size: the setting
    assert ann_probes(192, 2687, 1_000_160) == 129  # scale59's archive: 2,687 lists trained at 451,567 rows
    assert ann_probes(192, 898, 100_195) == 136  # the 100k archive: 898 lists
    assert ann_probes(192, 100, 1_000_000) == 5
    assert ann_probes(192, 3, 1_000_000) == 1  # never none
    assert ann_probes(192, 50, 2_000) == 50  # never more than the lists
    assert ann_probes(192, 0, 0) == 0


def test_an_ivf_trained_smaller_scans_the_same_share_of_its_lists(eight_qa):
    vectors = _real_vectors(eight_qa)
    rows = len(vectors)
    settings = AnnSettings(threshold=0, nprobe=12)
    fresh = train_ann(vectors)
    extend_ann(fresh, vectors, 0, rows)
    at_size = VectorSearch(vectors, ann=fresh, ann_rows=rows, settings=settings)
    assert at_size.lists == ann_lists(rows) and at_size.nprobe == 12 == _probes_in_faiss(at_size)

    grown = train_ann(vectors[: rows // 4])  # trained at a quarter of the rows, then extended to all of them
    extend_ann(grown, vectors, 0, rows)
    search = VectorSearch(vectors, ann=grown, ann_rows=rows, settings=settings)
    assert search.lists == ann_lists(rows // 4) < ann_lists(rows)
    expected = round(12 * search.lists / ann_lists(rows))
    assert search.nprobe == expected == _probes_in_faiss(search) < 12
    # the codes scanned: about the same share of the rows as the IVF trained at its size
    query = eight_qa.query_encoder.encode(["What did they say about the fire season?"])[0]
    sizes = np.asarray([faiss.extract_index_ivf(grown).invlists.list_size(i) for i in range(search.lists)])
    _, probed = faiss.extract_index_ivf(grown).quantizer.search(query.reshape(1, -1), search.nprobe)
    assert sizes[probed[0]].sum() < rows * 2 * 12 / ann_lists(rows)
    # a caller's own probe count is still that count
    assert len(search.candidates(query, 10, nprobe=search.lists)) >= 10


def test_a_store_whose_ivf_grew_scans_its_share_and_one_trained_at_its_size_the_setting(eight_qa, tmp_path):
    """The store's searches read the setting through `ann_probes`: a rewrite past a threshold trains the windows' IVF
    at the index's size (the setting itself); a store opened with a smaller `ann_nprobe` scans that many."""
    folder = tmp_path / "index"
    shutil.copytree(eight_qa.settings.index_dir, folder)
    ann = AnnSettings(threshold=100, nprobe=6)
    store = TranscriptQA(Settings(index_dir=folder)).store()
    with writer_lock(folder):
        writer = StoreWriter(folder, store.shape, ann=ann, window_words=store.window_words)
        try:
            writer.apply([], [])
        finally:
            writer.close()
    store = TranscriptQA(Settings(index_dir=folder, ann_threshold=100, ann_nprobe=6)).store()
    search = store.window_search
    assert search.kind == "ivf" and search.lists == ann_lists(len(store))
    assert search.nprobe == 6 == _probes_in_faiss(search)


@pytest.mark.parametrize("nprobe", [1, 4])
def test_recall_holds_on_an_ivf_that_grew(eight_qa, nprobe):
    """On real vectors the IVF trained at a quarter and extended, at the share of the setting, finds the exact top 10
    as well as the one trained at its size at the setting (within a tenth)."""
    vectors = _real_vectors(eight_qa)
    rows = len(vectors)
    exact = VectorSearch(vectors)
    settings = AnnSettings(threshold=0, nprobe=nprobe * 4)
    fresh, grown = train_ann(vectors), train_ann(vectors[: rows // 4])
    for index in (fresh, grown):
        extend_ann(index, vectors, 0, rows)
    queries = vectors[::97][:40]
    recall = []
    for index in (fresh, grown):
        search = VectorSearch(vectors, ann=index, ann_rows=rows, settings=settings)
        recall.append(np.mean([len({r for r, _ in search.search(q, 10)} & {r for r, _ in exact.search(q, 10)}) / 10
                               for q in queries]))
    assert recall[1] >= recall[0] - 0.1


def test_a_store_whose_ivf_was_extended_keeps_every_row_and_scans_its_share(eight_qa, tmp_path):
    """An IVF trained at the index's size, then extended by a write past its tail (not retrained: under eightfold),
    holds every row and scans the setting's share of its lists, fewer than the setting."""
    from bench.unit_copies import copy_of

    folder = tmp_path / "index"
    shutil.copytree(eight_qa.settings.index_dir, folder)
    ann = AnnSettings(threshold=100, nprobe=6, tail=50)
    store = TranscriptQA(Settings(index_dir=folder)).store()
    names = [t.name for t in store.all_infos()]
    rng = np.random.default_rng(5)
    for additions in ([], [copy_of(store, n, 1, rng) for n in names[:4]]):
        with writer_lock(folder):
            writer = StoreWriter(folder, store.shape, ann=ann, window_words=store.window_words)
            try:
                writer.apply([], additions)
            finally:
                writer.close()
        if not additions:
            trained = TranscriptQA(Settings(index_dir=folder, ann_threshold=100)).store()
            trained_rows, trained_lists = len(trained), trained.window_search.lists
    grown = TranscriptQA(Settings(index_dir=folder, ann_threshold=100, ann_nprobe=6, ann_tail=50)).store()
    search = grown.window_search
    assert len(grown) > trained_rows + 50 and len(grown) < 8 * trained_rows
    assert search.lists == trained_lists == ann_lists(trained_rows) < ann_lists(len(grown))
    assert search.ann.ntotal == search.ann_rows == len(grown)  # every row in the IVF
    assert search.nprobe == round(6 * trained_lists / ann_lists(len(grown))) == _probes_in_faiss(search) < 6
