"""rank39: BM25 with each term's idf counted inside one transcript (`LexicalIndex.scores_within`) and its blend into
the fusion (`qa.retrieve.within_transcript_lexical`, off by default: docs/retrieval.md, "rank39")."""

from __future__ import annotations

import numpy as np

from qa.api import TranscriptQA
from qa.config import Settings
from qa.lexical import LexicalIndex
from qa.retrieve import Query, within_transcript_lexical


def test_bm25_within_a_span_that_is_the_whole_index_is_the_index_bm25(seed_qa):
    store = seed_qa.store()
    rows = np.arange(len(store), dtype=np.int64)
    text = "How many American diplomats will Moscow send home?"
    within = store.lexical.scores_within(text, rows, 0, len(store))
    assert within.max() > 0
    np.testing.assert_allclose(within, store.lexical.scores(text)[rows], rtol=1e-5)


def test_a_word_every_passage_of_a_transcript_holds_weighs_little_inside_it():
    lexical = LexicalIndex.of_texts([
        "Japan and the alliance", "Japan and trade", "Japan is our best friend", "Japan and the region",
        "wildfires in the west", "firefighters are paid", "the heat dome", "drought and water",
    ])
    rows = np.arange(4, dtype=np.int64)
    within = lexical.scores_within("japan best friend", rows, 0, 4)
    overall = lexical.scores("japan best friend")[rows]
    assert int(np.argmax(within)) == 2
    others = [0, 1, 3]
    # "japan" is in half the index (idf 0.69) but in every passage of its own transcript (idf 0.11)
    assert np.all(within[others] < 0.2 * overall[others])


def test_the_blend_keeps_each_transcripts_best_lexical_value_and_lowers_its_shared_words(tmp_path):
    (tmp_path / "summit.txt").write_text(
        "Biden: Japan and the United States stand together.\n\nSuga: Japan will work on trade.\n\n"
        "Biden: Japan is our best friend in the region.\n\nSuga: Japan and the Quad will meet again.\n",
        encoding="utf-8")
    (tmp_path / "fires.txt").write_text(
        "Newsom: The fires burned a million acres.\n\nBrown: Firefighters are paid fifteen dollars.\n",
        encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([tmp_path / "summit.txt", tmp_path / "fires.txt"])
    store = tqa.store()
    candidates = np.arange(len(store), dtype=np.int64)
    text = "japan best friend fires"
    query = Query(text, text, np.zeros(384, dtype=np.float32), "")
    lexical = store.lexical.scores(text)[candidates]
    lexical = lexical / lexical.max()
    blended = within_transcript_lexical(store, query, candidates, lexical, 1.0)
    names = store.transcript_names(candidates)
    for name in ("summit.txt", "fires.txt"):
        mine = names == name
        assert blended[mine].max() == lexical[mine].max()
    summit = np.flatnonzero(names == "summit.txt")
    best = summit[np.argmax(lexical[summit])]
    others = [row for row in summit if row != best]
    assert "best friend" in store.passage(int(best)).text
    assert np.all(blended[others] < lexical[others])  # "japan" is in every passage of the summit
    assert within_transcript_lexical(store, query, candidates, lexical, 0.0).tolist() == lexical.tolist()
