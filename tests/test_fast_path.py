"""The question path's shortcuts give the plain computation's results: BM25 kept sparse (the rows above 0) against
the dense score of every row, the context windows' summed BM25 against a cumulative sum over every row, and answers
that do not depend on what was asked before (the search keeps its last bitmap and the windows their last sums);
what the evidence derives from every transcript's labels and titles, derived once per loaded index, against a pass
over every transcript; a speaker's rows kept; a transcript's turns built as they are read; a mapped IVF index
searched without read-ahead threads, against the same index read into memory; the best of many values found
from a sample's bound, against a stable sort of them all; the rows that hold a word, against its BM25 scores; a
filtered question's rows, windows and word evidence, against set operations over every row."""

import shutil
from concurrent.futures import ThreadPoolExecutor

import faiss
import numpy as np
import pytest

from embeddings.vectors import read_ann

from qa.answerable import FUNCTION_WORDS, NEAR_SECTIONS, CorpusWords, Source, transcript_facts, words
from qa.api import TranscriptQA
from qa.config import Settings
from qa.lexical import best_first, english_stemmer
from qa.conversation import Context, build_query
from qa.retrieve import context_windows, rank_windows_dense
from tests.test_ingest import INTERVIEW
from tests.test_retrieve import MEETING

QUESTIONS = ["What colour should the remote control casing be?", "Why did Russia expel Polish diplomats?",
             "How many hives are on the roof?", "What did they decide about the batteries budget?"]


@pytest.fixture(scope="module")
def index_dir(seed_index_dir, tmp_path_factory):
    """The seed, a rapid-talk meeting (context windows), and a removed interview (dead rows), with the
    approximate search on from 20 rows so that its bitmaps are used."""
    folder = tmp_path_factory.mktemp("fast-path")
    shutil.copytree(seed_index_dir, folder / "index")
    (folder / "meeting.txt").write_text(MEETING, encoding="utf-8")
    (folder / "bees.txt").write_text(INTERVIEW, encoding="utf-8")
    qa = TranscriptQA(Settings(index_dir=folder / "index", ann_threshold=20))
    qa.ingest([folder / "bees.txt", folder / "meeting.txt"])
    qa.remove("bees.txt")
    return folder / "index"


def _qa(index_dir) -> TranscriptQA:
    return TranscriptQA(Settings(index_dir=index_dir, ann_threshold=20))


def test_sparse_bm25_scores_are_the_dense_scores_bit_for_bit(index_dir):
    lexical = _qa(index_dir).store().lexical
    for question in QUESTIONS:
        dense, sparse = lexical.scores(question), lexical.sparse_scores(question)
        assert np.array_equal(sparse.dense(), dense)
        assert np.array_equal(sparse.rows, np.flatnonzero(dense > 0)) and len(sparse.rows)


def test_bm25_top_rows_are_the_dense_ranking_with_ties_by_row(index_dir):
    store = _qa(index_dir).store()
    meeting = store.rows(["meeting.txt"], None)
    for question in QUESTIONS:
        dense = store.lexical.scores(question)
        for rows in (None, meeting):
            allowed = np.arange(len(dense)) if rows is None else rows
            expected = sorted(((int(r), float(dense[r])) for r in allowed if dense[r] > 0),
                              key=lambda item: (-item[1], item[0]))[:7]
            assert store.lexical.top(question, rows, 7) == expected


def test_window_bm25_sums_are_a_cumulative_sum_over_every_row(index_dir):
    qa = _qa(index_dir)
    store = qa.store()
    windows = context_windows(store, qa.settings.window_words, qa.settings.window_turn_words)
    assert windows.active.any() and not windows.active.all()
    for question in QUESTIONS:
        dense = store.lexical.scores(question)
        summed = np.concatenate(([0.0], np.cumsum(dense[windows.order], dtype=np.float64)))
        expected = np.where(windows.active, summed[windows.hi] - summed[windows.lo], 0.0)
        assert np.array_equal(windows.lexical(store.lexical.sparse_scores(question)).dense(), expected)


def _cited(answer) -> list:
    return [(c.transcript, c.start_char, c.end_char, c.highlight, c.score) for c in answer.citations]


def test_answers_do_not_depend_on_the_questions_asked_before(index_dir):
    asked = [(q, t) for q in QUESTIONS for t in (None, ["meeting.txt"])]
    one = _qa(index_dir)
    in_turn = [_cited(one.ask(q, transcripts=t, k=3)) for q, t in asked + asked[::-1]]
    alone = [_cited(_qa(index_dir).ask(q, transcripts=t, k=3)) for q, t in asked]
    assert in_turn == alone + alone[::-1]


def test_window_bm25_top_rows_are_the_positive_sums_best_first_with_ties_by_row(index_dir):
    qa = _qa(index_dir)
    store = qa.store()
    windows = context_windows(store, qa.settings.window_words, qa.settings.window_turn_words)
    for question in QUESTIONS:
        sums = windows.lexical(store.lexical.sparse_scores(question)).dense()
        for n in (3, len(sums) + 1):  # fewer than the windows with a sum above 0, and more than all of them
            expected = sorted(((int(r), float(sums[r])) for r in np.flatnonzero(sums > 0)),
                              key=lambda item: (-item[1], item[0]))[:n]
            assert windows.lexical(store.lexical.sparse_scores(question)).top(n) == expected


def text_stems(text: str) -> frozenset:
    return frozenset(english_stemmer().stemWords(w for w in words(text) if w not in FUNCTION_WORDS))


def test_transcript_facts_are_what_a_pass_over_every_transcript_gives(index_dir):
    infos = _qa(index_dir).store().all_infos()
    facts = transcript_facts(infos)
    assert facts.speaker_words == {w for t in infos for s in t.speakers for w in words(s)}
    assert facts.title_stems == text_stems(" ".join(t.title for t in infos))
    labels = [s for t in infos for s in t.speakers] + [t.title for t in infos]
    assert len(labels) > 3
    for label in labels:
        wanted = text_stems(label)
        assert facts.transcripts_with(wanted) == tuple(
            t.name for t in infos if wanted & text_stems(f"{t.title} {t.name.rsplit('.', 1)[0]}"))
        assert facts.speakers_with(wanted) == tuple(
            dict.fromkeys(s for t in infos for s in t.speakers if wanted & text_stems(s)))


def test_the_facts_of_one_tuple_of_transcripts_are_derived_once(index_dir):
    infos = _qa(index_dir).store().all_infos()
    assert _qa(index_dir).store().all_infos() == infos
    assert transcript_facts(infos) is transcript_facts(infos)
    assert transcript_facts(list(infos)) is not transcript_facts(list(infos))  # a list may change: no reuse


def test_a_speakers_rows_are_the_same_when_asked_again_and_cannot_be_changed(index_dir):
    store = _qa(index_dir).store()
    speaker = next(s for t in store.all_infos() for s in t.speakers if s)
    first = store.rows(None, [speaker])
    assert np.array_equal(store.rows(None, [speaker]), first) and len(first)
    assert np.array_equal(first, store.rows(list(store.infos()), [speaker]))  # with a transcript filter: no reuse
    with pytest.raises(ValueError):
        first[0] = 0


def test_text_and_turns_are_the_stored_transcripts(index_dir):
    store = _qa(index_dir).store()
    for name in store.infos():
        stored = store.transcript(name)
        text, turns = store.text_and_turns(name)
        assert text == stored.text and len(turns) == len(stored.turns)
        assert turns[len(turns) // 2] == stored.turns[len(turns) // 2]
        assert tuple(turns) == stored.turns and turns[1:3] == stored.turns[1:3]


def test_answers_asked_from_threads_at_once_are_those_asked_one_by_one(index_dir):
    # each question's BM25 is computed ahead in the instance's worker thread and kept for its search: questions
    # asked together must not read one another's
    asked = [(q, t) for q in QUESTIONS for t in (None, ["meeting.txt"])]
    alone = [_cited(_qa(index_dir).ask(q, transcripts=t, k=3)) for q, t in asked]
    shared = _qa(index_dir)
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda item: _cited(shared.ask(item[0], transcripts=item[1], k=3)), asked * 2))
    assert together == alone * 2


def test_a_mapped_ivf_index_starts_no_read_ahead_threads_and_finds_what_the_index_in_memory_finds(index_dir):
    (path,) = index_dir.glob("gen-*/ann-passages-*.faiss")
    mapped, in_memory = read_ann(path, mmap=True), read_ann(path)
    lists = faiss.downcast_InvertedLists(faiss.extract_index_ivf(mapped).invlists)
    assert lists.prefetch_nthread == 0  # FAISS's own default is 32 threads started at every search
    queries = _qa(index_dir).query_encoder.encode(QUESTIONS)
    found, expected = mapped.search(queries, 10), in_memory.search(queries, 10)
    assert np.array_equal(found[1], expected[1]) and (found[1] >= 0).any()
    assert np.array_equal(found[0], expected[0])


def test_the_best_of_many_values_are_those_of_a_stable_sort_ties_by_position(index_dir):
    # past 65,536 values the n-th highest is bounded by a sample first; real BM25 scores repeated make many ties
    store = _qa(index_dir).store()
    for question in QUESTIONS:
        scores = store.lexical.scores(question)
        values = np.tile(scores, 70_000 // len(scores) + 1).astype(np.float64)
        assert len(values) > 65_536 and (values > 0).any()
        for n, above in ((1, None), (7, 0.0), (100, None), (100, 0.0), (int((values > 0).sum()) + 5, 0.0)):
            expected = np.argsort(-values, kind="stable")
            if above is not None:
                expected = expected[values[expected] > above]
            assert np.array_equal(best_first(values, n, above), expected[:n])


def test_the_rows_holding_a_word_are_those_it_scores_above_zero(index_dir):
    lexical = _qa(index_dir).store().lexical  # the removed interview's rows are dead: they hold nothing
    checked = [w for q in QUESTIONS for w in words(q)] + ["remote-control", "hives", "the", "zyzzyva"]
    for word in checked:
        assert np.array_equal(lexical.holding(word), lexical.scores(word) > 0)
    assert any(lexical.holding(w).any() for w in checked) and not lexical.holding("zyzzyva").any()


def test_bm25_scores_from_kept_term_shares_are_a_fresh_index_s_bit_for_bit(index_dir):
    used = _qa(index_dir).store().lexical
    for question in QUESTIONS + QUESTIONS[::-1]:  # every term's shares computed, then read back
        used.scores(question)
    for question in QUESTIONS:
        fresh = _qa(index_dir).store().lexical  # a new loaded index: nothing kept
        assert np.array_equal(used.scores(question), fresh.scores(question))
        assert np.array_equal(used.sparse_scores(question).values, fresh.sparse_scores(question).values)


def test_a_transcript_filter_gives_the_live_rows_of_those_transcripts(index_dir):
    store = _qa(index_dir).store()  # the removed interview's rows are dead and in no filter
    every = np.arange(store.rows_total)
    for names in (["meeting.txt"], list(store.infos())[:2], list(store.infos())):
        expected = every[store.live & np.isin(store.transcript_names(every).astype(str), names)]
        assert np.array_equal(store.rows(names, None), expected) and len(expected)
        speaker = next(s for s in store.info(names[0]).speakers if s)
        assert np.array_equal(store.rows(names, [speaker]), np.intersect1d(expected, store.rows(None, [speaker])))


def test_a_filtered_window_search_ranks_the_allowed_rows_that_have_a_window(index_dir):
    qa = _qa(index_dir)
    store = qa.store()
    windows = context_windows(store, qa.settings.window_words, qa.settings.window_turn_words)
    allowed = np.concatenate([store.rows(["meeting.txt"], None)[::2], store.rows(list(store.infos())[:1], None)])
    pool = np.intersect1d(np.flatnonzero(windows.active), allowed)
    assert 0 < len(pool) < len(allowed)  # rows without a window are allowed too
    for question in QUESTIONS:
        query = build_query(question, Context((), None), qa.query_encoder.encode)
        sims = windows.vectors[pool] @ query.vector
        nearest = [int(pool[i]) for i in np.argsort(-sims, kind="stable")[:6]]
        found = rank_windows_dense(windows, query, allowed[::-1], 6)  # unsorted, and rows without a window
        assert [row for row, _ in found] == nearest
        assert found == rank_windows_dense(windows, query, pool, 6)  # the windowed allowed rows alone


def test_word_evidence_among_filtered_rows_is_that_of_the_rows_intersection(index_dir):
    store = _qa(index_dir).store()
    allowed = store.rows(["meeting.txt", *list(store.infos())[:1]], None)
    corpus = CorpusWords(store.lexical.holding, allowed, lambda source: store.rows(list(source.transcripts), None),
                         lambda word: True, store.transcript_names, store.section_of)
    meeting = Source("the meeting", ("meeting.txt",), ())
    checked = [w for q in QUESTIONS for w in words(q)] + ["hives", "zyzzyva"]
    for word in checked:
        rows = np.intersect1d(np.flatnonzero(store.lexical.holding(word)), allowed)
        assert corpus.transcripts_holding(word) == set(store.transcript_names(rows).tolist())
        held = store.section_of(store.rows(["meeting.txt"], None))
        near = np.unique(np.concatenate([held + step for step in range(-NEAR_SECTIONS, NEAR_SECTIONS + 1)]))
        assert corpus.present_near(word, meeting) == bool(np.intersect1d(store.section_of(rows), near).size)
    assert any(corpus.transcripts_holding(w) for w in checked) and not corpus.transcripts_holding("zyzzyva")
