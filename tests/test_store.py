"""The store: incremental adds and removes equal a clean rebuild; approximate search keeps recall on real vectors;
filters stay exact past the approximate threshold."""

import shutil
from pathlib import Path

import numpy as np
import pytest

from embeddings.vectors import AnnSettings, VectorSearch, extend_ann, train_ann
from qa.api import TranscriptQA
from qa.config import (PREFETCH_SHARE, Settings, available_memory, cgroup_memory_left, ingest_precision_for,
                       prefetch_for)
from qa.conversation import Context, build_query
from qa.retrieve import context_windows, rank_windows
from qa.errors import TqaError
from qa.store import generation_bytes, prefetch_files, window_vectors
from qa.types import ROLES
from tests.conftest import SEED
from tests.test_ingest import INTERVIEW
from tests.test_retrieve import MEETING

GARDEN = """Garden club, 4 June 2021

Host: Our guest grows tomatoes on a balcony.

Bob Jones: Tomatoes need six hours of sun a day, and a deep pot so the roots stay cool.

Host: What about watering?

Bob Jones: Water in the morning, at the foot of the plant, never on the leaves.
"""
QUESTIONS = ["How many hives are on the library roof?", "How much sun do tomatoes need?",
             "How many US diplomats must leave Russia?", "When should tomatoes be watered?"]


def _passages(qa: TranscriptQA) -> dict[str, list]:
    store = qa.store()
    return {name: [store.passage(r) for r in store.transcript_rows(name)] for name in store.infos()}


def _answers(qa: TranscriptQA) -> list:
    return [[(c.transcript, c.start_char, c.end_char, c.highlight) for c in qa.ask(q, k=3).citations]
            for q in QUESTIONS]


def test_incremental_adds_and_removes_equal_a_clean_rebuild(seed_index_dir, tmp_path):
    (tmp_path / "bees.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "garden.txt").write_text(GARDEN, encoding="utf-8")
    shutil.copytree(seed_index_dir, tmp_path / "grown")
    grown = TranscriptQA(Settings(index_dir=tmp_path / "grown"))
    grown.ingest([tmp_path / "bees.txt"])
    grown.ingest([tmp_path / "garden.txt"])
    grown.remove("bees.txt")
    (tmp_path / "garden.txt").write_text(GARDEN.replace("six hours", "eight hours"), encoding="utf-8")
    assert grown.ingest([tmp_path / "garden.txt"]).updated == ("garden.txt",)
    clean = TranscriptQA(Settings(index_dir=tmp_path / "clean"))
    clean.ingest([SEED, tmp_path / "garden.txt"])
    reopened = TranscriptQA(Settings(index_dir=tmp_path / "grown"))
    assert _passages(reopened) == _passages(clean)
    assert len(reopened.store()) == len(clean.store())
    assert _answers(reopened) == _answers(clean)
    # the same vectors, and BM25 scores over the same live passages; in bf16 (the default `auto` on a CPU with bf16
    # instructions) a vector also depends on the texts batched with it (their padding), by up to about 1e-3
    atol = 1e-5 if ingest_precision_for(Settings().ingest_precision) == "fp32" else 2e-3
    for name in ("garden.txt", SEED.name):
        ours = reopened.store().vectors(reopened.store().transcript_rows(name))
        theirs = clean.store().vectors(clean.store().transcript_rows(name))
        np.testing.assert_allclose(ours, theirs, atol=atol)
        assert (ours * theirs).sum(axis=1).min() > 0.9999
    scores = [qa.store().lexical.scores("tomatoes sun hours diplomats") for qa in (reopened, clean)]
    rows = [np.concatenate([qa.store().transcript_rows(n) for n in (SEED.name, "garden.txt")])
            for qa in (reopened, clean)]
    np.testing.assert_allclose(scores[0][rows[0]], scores[1][rows[1]], rtol=1e-5)


def test_the_context_windows_stored_at_ingest_are_those_of_the_passages_text_and_vectors(seed_qa):
    store = seed_qa.store()
    words = seed_qa.settings.window_words
    stored = store.stored_windows(words)
    assert stored is not None and store.stored_windows(words + 1) is None
    for name in store.infos():
        rows = store.transcript_rows(name)
        counts = np.asarray([len(store.passage(r).text.split()) for r in rows])
        assert np.array_equal(store.passage_words(rows), counts)
        assert np.array_equal(stored[rows], window_vectors(store.vectors(rows), counts, words))


def test_past_the_approximate_threshold_the_windows_are_searched_through_their_own_ivf(tmp_path):
    (tmp_path / "meeting.txt").write_text(MEETING, encoding="utf-8")
    qa = TranscriptQA(Settings(index_dir=tmp_path / "index", ann_threshold=20))
    qa.ingest([SEED, tmp_path / "meeting.txt"])
    store = qa.store()
    assert store.rows_total > 20 and store.window_search.kind == "ivf"
    windows = context_windows(store, qa.settings.window_words, qa.settings.window_turn_words)
    query = build_query("What did they decide about the batteries budget?", Context((), None), qa.encoder.encode)
    dense, _ = rank_windows(windows, query, np.zeros(0), None, 5)
    pool = np.flatnonzero(windows.active)  # the meeting's rows: the seed is not rapid talk
    cosines = store.stored_windows(qa.settings.window_words)[pool] @ query.vector
    assert dense and {r for r, _ in dense} <= set(pool.tolist())
    assert abs(dense[0][1] - cosines.max()) < 1e-5


def test_the_approximate_threshold_is_the_one_measured_in_docs_scale():
    """`ann_threshold` is chosen by `bench_scale.py crossover` (docs/scale.md, "The threshold measured"): the
    setting, the store's own default and the choice recorded there agree."""
    import re

    text = (Path(__file__).resolve().parents[1] / "docs" / "scale.md").read_text(encoding="utf-8")
    chosen = re.findall(r"\*\*Chosen: `ann_threshold` ([\d,]+)\.\*\*", text)
    assert len(chosen) == 1
    assert Settings().ann_threshold == AnnSettings().threshold == int(chosen[0].replace(",", ""))

def test_the_roles_filter_keeps_exactly_the_live_passages_of_those_roles(seed_qa):
    store = seed_qa.store()
    roles = {r: store.passage(r).role for r in range(store.rows_total)}
    for wanted in (["question"], ["answer", "statement"], list(ROLES)):
        expected = [r for r, role in roles.items() if role in wanted]
        assert store.rows_with_roles(wanted).tolist() == expected
    assert any(role == "question" for role in roles.values())


def test_sentence_units_and_their_vectors_are_stored_per_passage(seed_qa):
    store = seed_qa.store()
    row = 3
    passage, units, vectors = store.passage(row), store.units(row), store.unit_vectors(row)
    assert units and vectors.shape == (len(units), seed_qa.encoder.dim)
    fresh = seed_qa.encoder.encode([passage.text[u.start:u.end] for u in units])
    assert np.abs((vectors * fresh).sum(axis=1) - 1).max() < 2e-3  # half precision of the very same vectors


def _real_vectors(qa: TranscriptQA) -> np.ndarray:
    store = qa.store()
    return np.concatenate([store.vectors(np.arange(len(store))),
                           *[store.unit_vectors(r) for r in range(len(store))]])


def test_approximate_search_finds_the_exact_top_10_on_real_vectors(seed_qa):
    vectors = _real_vectors(seed_qa)  # the seed's passages and sentence units, as the model embeds them
    ann = train_ann(vectors)
    extend_ann(ann, vectors, 0, len(vectors))
    settings = AnnSettings(threshold=0)  # the product's probes and re-ranking, forced on at this small size
    approximate = VectorSearch(vectors, ann=ann, ann_rows=len(vectors), settings=settings)
    exact = VectorSearch(vectors)
    assert approximate.kind == "ivf" and exact.kind == "exact"
    queries = seed_qa.encoder.encode(QUESTIONS + ["Who met in Belgrade?", "What sanctions did the US impose?"])
    recall = np.mean([len({r for r, _ in approximate.search(q, 10)} & {r for r, _ in exact.search(q, 10)}) / 10
                      for q in queries])
    assert recall >= 0.95


def test_filters_stay_exact_past_the_approximate_threshold(seed_qa):
    vectors = _real_vectors(seed_qa)
    ann = train_ann(vectors)
    extend_ann(ann, vectors, 0, len(vectors) - 20)  # the last 20 rows: the tail, scanned exactly
    live = np.ones(len(vectors), dtype=bool)
    live[::7] = False
    search = VectorSearch(vectors, live=live, ann=ann, ann_rows=len(vectors) - 20,
                          settings=AnnSettings(threshold=10, nprobe=2, rerank=8))
    query = seed_qa.encoder.encode(["expulsion of diplomats"])[0]
    allowed = np.arange(5, len(vectors), 3)
    found = search.search(query, 5, allowed)
    expected = [r for r in allowed[np.argsort(-(vectors[allowed] @ query), kind="stable")] if live[r]][:5]
    assert [r for r, _ in found] == expected or len(allowed) > 10
    assert {r for r, _ in found} <= set(allowed[live[allowed]].tolist())
    assert all(live[r] for r, _ in search.search(query, 50))
    small = allowed[:8]  # under the threshold: an exact scan of the allowed rows
    exact_small = [r for r in small[np.argsort(-(vectors[small] @ query), kind="stable")] if live[r]][:3]
    assert [r for r, _ in search.search(query, 3, small)] == exact_small


def test_bm25_terms_and_scores_are_those_of_bm25s(seed_qa):
    import bm25s

    from qa.lexical import LexicalIndex, english_stemmer, tokenize

    store = seed_qa.store()
    texts = [f"{p.speaker}: {p.text}" for p in (store.passage(r) for r in range(len(store)))]
    theirs = bm25s.tokenize(texts, stopwords="en", stemmer=english_stemmer(), show_progress=False, return_ids=False)
    assert tokenize(texts) == theirs
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", stemmer=english_stemmer(), show_progress=False),
                    show_progress=False)
    for question in QUESTIONS + ["Who said what about the sanctions against Russia and Russia's response?"]:
        query = bm25s.tokenize([question], stopwords="en", stemmer=english_stemmer(), show_progress=False,
                               return_ids=False)[0]
        expected = retriever.get_scores([t for t in query if t in retriever.vocab_dict])
        np.testing.assert_allclose(store.lexical.scores(question), expected, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(LexicalIndex.of_texts(texts).scores(question), expected, rtol=1e-5, atol=1e-6)


def test_the_lexical_index_says_which_words_the_corpus_holds(seed_qa):
    lexical = seed_qa.store().lexical
    assert lexical.contains("diplomats") and lexical.contains("Diplomat")  # stems, any case
    assert lexical.document_frequency("diplomats") >= 2
    assert not lexical.contains("beekeeping") and lexical.document_frequency("beekeeping") == 0
    assert lexical.unknown_names("What did Lavrov say about Nord Stream?") == ["Nord", "Stream"]


def test_questions_are_embedded_through_the_local_onnx_export_as_torch_embeds_them(seed_qa):
    onnx = seed_qa.query_encoder
    assert type(onnx).__name__ == "OnnxEncoder"
    texts = QUESTIONS + ["Sergey Lavrov: " + "We will respond in kind. " * 80]
    cosines = (onnx.encode(texts) * seed_qa.encoder.encode(texts)).sum(axis=1)
    assert cosines.min() > 0.9999
    assert onnx.count_tokens(texts) == seed_qa.encoder.count_tokens(texts)  # untruncated, as segmenting counts


def _units_by_row(store) -> dict[int, list]:
    return {r: store.units(r) for name in store.infos() for r in store.transcript_rows(name)}


def test_a_store_reopened_after_an_add_and_a_remove_reads_the_new_units_and_the_old_one_its_own(seed_index_dir,
                                                                                               tmp_path):
    (tmp_path / "garden.txt").write_text(GARDEN, encoding="utf-8")
    shutil.copytree(seed_index_dir, tmp_path / "index")
    qa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    old = qa.store()
    before = {r: old.units(r) for r in range(old.rows_total)}  # every row read, so every row is kept
    qa.ingest([tmp_path / "garden.txt"])
    qa.remove(SEED.name)
    new = qa.store()
    clean = TranscriptQA(Settings(index_dir=tmp_path / "clean"))
    clean.ingest([tmp_path / "garden.txt"])
    garden = _units_by_row(new)
    assert set(garden) == set(range(old.rows_total, new.rows_total))  # appended after the seed's dead rows
    assert list(garden.values()) == list(_units_by_row(clean.store()).values())
    assert {r: old.units(r) for r in before} == before


def test_a_store_reopened_after_a_rebuild_reads_the_rebuilt_rows_units(seed_index_dir, tmp_path):
    (tmp_path / "garden.txt").write_text(GARDEN, encoding="utf-8")
    shutil.copytree(seed_index_dir, tmp_path / "index")
    qa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    old = qa.store()
    before = {r: old.units(r) for r in range(old.rows_total)}
    qa.ingest([tmp_path / "garden.txt"], rebuild=True)  # a new generation: row 0 is now the garden's first passage
    clean = TranscriptQA(Settings(index_dir=tmp_path / "clean"))
    clean.ingest([tmp_path / "garden.txt"])
    rebuilt = _units_by_row(qa.store())
    assert rebuilt == _units_by_row(clean.store())
    assert rebuilt[0] != before[0]
    assert {r: old.units(r) for r in before} == before


def test_units_are_a_new_list_on_every_read(seed_qa):
    store = seed_qa.store()
    units = store.units(3)
    store.units(3).clear()
    assert store.units(3) == units and units


def test_each_row_is_named_by_its_transcript(seed_index_dir, tmp_path):
    (tmp_path / "garden.txt").write_text(GARDEN, encoding="utf-8")
    index = tmp_path / "index"
    shutil.copytree(seed_index_dir, index)
    qa = TranscriptQA(Settings(index_dir=index))
    qa.ingest([tmp_path / "garden.txt"])
    store = qa.store()
    for name in (SEED.name, "garden.txt"):
        rows = store.transcript_rows(name)
        assert list(store.transcript_names(rows)) == [name] * len(rows)


def test_prefetch_index_asks_for_every_file_of_the_index_but_sqlites_and_answers_as_without(seed_index_dir,
                                                                                                tmp_path):
    shutil.copytree(seed_index_dir, tmp_path / "index")
    plain = TranscriptQA(Settings(index_dir=tmp_path / "index", prefetch_index=False))
    prefetched = TranscriptQA(Settings(index_dir=tmp_path / "index", prefetch_index=True))
    store = prefetched.store()
    assert plain.store().prefetching is None
    store.prefetching.join(timeout=60)
    assert not store.prefetching.is_alive()
    generation = store.generation
    # SQLite's own files are left to SQLite: opening and closing them drops the process's locks (docs/reliability.md)
    assert prefetch_files(generation) == sum(p.stat().st_size for p in generation.rglob("*")
                                             if p.is_file() and not p.name.startswith("store.sqlite")) > 0
    question = "What did Lavrov say about the vaccine?"
    assert prefetched.ask(question) == plain.ask(question)


def test_prefetch_auto_is_the_default_and_prefetches_a_small_index_that_fits_in_the_memory_available(seed_index_dir,
                                                                                                     tmp_path):
    shutil.copytree(seed_index_dir, tmp_path / "index")
    auto = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    off = TranscriptQA(Settings(index_dir=tmp_path / "index", prefetch_index=False))
    store = auto.store()
    size = generation_bytes(store.generation)
    assert size == sum(p.stat().st_size for p in store.generation.rglob("*") if p.is_file()) > 0
    available = available_memory()
    assert available is not None  # Linux: /proc/meminfo
    assert size <= PREFETCH_SHARE * available  # the seed index takes a few MB
    assert store.prefetching is not None and off.store().prefetching is None
    store.prefetching.join(timeout=60)
    for question in ("What did Lavrov say about the vaccine?", "How many US diplomats must leave Russia?"):
        assert auto.ask(question) == off.ask(question)


def test_prefetch_auto_decides_by_the_index_size_against_the_memory_available(seed_index_dir):
    size = generation_bytes(TranscriptQA(Settings(index_dir=seed_index_dir, prefetch_index=False)).store().generation)
    assert prefetch_for("auto", size, 2 * size)  # half of what is available: prefetched
    assert not prefetch_for("auto", size, 2 * size - 1)
    available = available_memory()
    assert not prefetch_for("auto", available + 1, available)  # beyond MemAvailable: never
    assert not prefetch_for("auto", available // 2 + 1, available)
    assert not prefetch_for("auto", size, None)  # MemAvailable unreadable: off
    assert prefetch_for(True, available + 1, available) and prefetch_for(True, size, None)  # true and false as set
    assert not prefetch_for(False, size, 2 * size)


def test_available_memory_reads_memavailable_and_is_none_where_it_cannot(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       32594212 kB\nMemFree:         1017020 kB\nMemAvailable:   23946464 kB\n")
    assert available_memory(meminfo) == 23946464 * 1024
    meminfo.write_text("MemTotal:       32594212 kB\nMemFree:         1017020 kB\n")  # a kernel before 3.14
    assert available_memory(meminfo) is None
    assert available_memory(tmp_path / "no-such-file") is None  # another OS


GiB, MiB = 1024 ** 3, 1024 ** 2


def _cgroup_files(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_available_memory_is_the_smaller_of_memavailable_and_a_containers_cgroup_limit(tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       32594212 kB\nMemAvailable:   23068672 kB\n")  # the host's: 22 GiB
    host = 23068672 * 1024
    # cgroup v2, the limit set on the parent of this process's cgroup (a container's slice)
    v2, self_v2 = tmp_path / "v2", tmp_path / "self-v2"
    self_v2.write_text("0::/box.slice/app\n")
    _cgroup_files(v2, {"box.slice/app/memory.max": "max\n", "box.slice/app/memory.current": f"{100 * MiB}\n",
                       "box.slice/memory.max": f"{GiB}\n", "box.slice/memory.current": f"{256 * MiB}\n"})
    assert cgroup_memory_left(v2, self_v2) == 768 * MiB
    assert available_memory(meminfo, v2, self_v2) == 768 * MiB
    index = 500 * MiB  # fits half the host's MemAvailable, not half of what the container's limit leaves
    assert prefetch_for("auto", index, host) and not prefetch_for("auto", index, available_memory(meminfo, v2, self_v2))
    # cgroup v1, the memory controller's own folder; a limit above MemAvailable leaves MemAvailable the smaller
    v1, self_v1 = tmp_path / "v1", tmp_path / "self-v1"
    self_v1.write_text("5:cpu,cpuacct:/docker/abc\n4:memory:/docker/abc\n0::/\n")
    _cgroup_files(v1, {"memory/docker/abc/memory.limit_in_bytes": f"{2 * GiB}\n",
                       "memory/docker/abc/memory.usage_in_bytes": f"{512 * MiB}\n",
                       "memory/memory.limit_in_bytes": "9223372036854771712\n",  # v1's "no limit"
                       "memory/memory.usage_in_bytes": f"{3 * GiB}\n"})
    assert available_memory(meminfo, v1, self_v1) == 1536 * MiB
    (v1 / "memory/docker/abc/memory.limit_in_bytes").write_text(f"{64 * GiB}\n")
    assert available_memory(meminfo, v1, self_v1) == host
    (v1 / "memory/docker/abc/memory.limit_in_bytes").write_text("9223372036854771712\n")
    assert cgroup_memory_left(v1, self_v1) is None and available_memory(meminfo, v1, self_v1) == host
    # a container that mounts its own cgroup at the root (the host's path is not there), charged past its limit
    own, self_own = tmp_path / "own", tmp_path / "self-own"
    self_own.write_text("0::/kubepods/pod1/c1\n")
    _cgroup_files(own, {"memory.max": f"{512 * MiB}\n", "memory.current": f"{600 * MiB}\n"})
    assert available_memory(meminfo, own, self_own) == 0
    assert not prefetch_for("auto", 1, available_memory(meminfo, own, self_own))
    # what cannot be read is left out: MemAvailable alone, the cgroup alone, or neither (None: no prefetch)
    assert available_memory(meminfo, tmp_path / "none", tmp_path / "no-self") == host
    assert available_memory(tmp_path / "no-meminfo", v2, self_v2) == 768 * MiB
    assert available_memory(tmp_path / "no-meminfo", tmp_path / "none", tmp_path / "no-self") is None
    (v2 / "box.slice/memory.current").write_text("garbage\n")
    assert cgroup_memory_left(v2, self_v2) is None
    # this machine: never more than MemAvailable alone
    assert available_memory() <= available_memory(cgroup_root=tmp_path / "none")


def test_prefetch_index_setting_takes_true_false_and_auto_from_the_environment():
    assert Settings().prefetch_index == "auto"
    for raw, value in [("1", True), ("true", True), ("0", False), ("off", False), ("auto", "auto"), (" Auto ", "auto")]:
        assert Settings.from_env({"TQA_PREFETCH_INDEX": raw}).prefetch_index == value
    with pytest.raises(TqaError, match="choose true, false or auto"):
        Settings.from_env({"TQA_PREFETCH_INDEX": "sometimes"})


def test_prefetch_skips_a_folder_that_is_gone(tmp_path):
    assert prefetch_files(tmp_path / "gone") == 0


def test_a_transcripts_speaking_is_its_passages_speakers_roles_and_texts_in_file_order(seed_qa):
    store = seed_qa.store()
    name = next(iter(store.infos()))
    rows = list(store.transcript_rows(name))
    passages = store.passages(rows)
    assert store.speaking(name) == [(passages[r].speaker, passages[r].role, passages[r].text) for r in rows]
    assert any(role == "question" for _, role, _ in store.speaking(name))  # the press conference labels its questions


def test_the_rows_of_a_label_are_that_label_exactly_in_that_transcript(wildfires_qa):
    store = wildfires_qa.store()
    name = wildfires_qa.list_transcripts()[0].name
    rows = store.label_rows(name, "GOVERNOR BROWN")
    assert len(rows) and {store.passage(int(r)).speaker for r in rows} == {"GOVERNOR BROWN"}
    assert not len(store.label_rows(name, "GOVERNOR"))  # no such label, though a part of two
    assert len(store.rows([name], ["GOVERNOR"])) > len(rows)  # which a part of a name takes in (GOVERNOR NEWSOM)
