"""Ranking: context windows in rapid talk, none where turns are long."""

import numpy as np
import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.conversation import Context, build_query
from qa.retrieve import context_windows, rapid_talk, retrieve

MEETING = "\n".join([
    "Anna: So the first thing on the agenda is the colour of the remote control casing.",
    "Ben: Yeah.",
    "Anna: I would go with yellow, it stands out on a sofa.",
    "Carl: Yellow is fine by me.",
    "Ben: OK.",
    "Anna: Then the budget for the batteries, under twelve euros per unit.",
    "Carl: Twelve euros is a lot.",
    "Ben: Right.",
    "Anna: We could use a kinetic charger instead.",
    "Carl: That drops the batteries altogether.",
]) + "\n"


@pytest.fixture(scope="module")
def meeting_qa(tmp_path_factory):
    folder = tmp_path_factory.mktemp("meeting")
    (folder / "meeting.txt").write_text(MEETING, encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / "meeting.txt"])
    return tqa


def _turns(tqa: TranscriptQA):
    store = tqa.store()
    return store.transcript(next(iter(store.infos()))).turns


def test_rapid_talk_is_a_median_turn_under_the_limit(meeting_qa, seed_qa):
    assert rapid_talk(_turns(meeting_qa), 12)
    assert not rapid_talk(_turns(seed_qa), 12)


def test_a_context_window_is_the_passage_and_its_neighbours_within_the_word_limit(meeting_qa):
    store = meeting_qa.store()
    windows = context_windows(store, 12, 12.0)
    assert windows.active.all()
    words = [len(store.passage(row).text.split()) for row in range(len(store))]
    for row in range(len(store)):
        inside = windows.order[windows.lo[row]:windows.hi[row]]
        assert row in inside
        others = [r for r in inside if r != row]
        left = [r for r in others if r < row]
        right = [r for r in others if r > row]
        assert sum(words[r] for r in left) <= 12 and sum(words[r] for r in right) <= 12
    summed = store.vectors(windows.order[windows.lo[2]:windows.hi[2]]).sum(axis=0)
    assert np.allclose(windows.vectors[2], summed / np.linalg.norm(summed), atol=1e-5)


def test_passages_of_long_turns_rank_as_without_windows(seed_qa):
    store = seed_qa.store()
    query = build_query("Why did Russia expel Polish diplomats?", Context((), None), seed_qa.encoder.encode)
    common = dict(k=10, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=100, rows=None, section_weight=1.0,
                  section_lexical=store.section_lexical)
    without = retrieve(store, store.lexical, query, **common).hits
    with_windows = retrieve(store, store.lexical, query, window_words=150, window_weights=(2.0, 1.0),
                            window_turn_words=12.0, **common).hits
    assert [(h.passage, h.score) for h in with_windows] == [(h.passage, h.score) for h in without]


def test_in_rapid_talk_a_passage_inside_the_matching_stretch_rises(meeting_qa):
    store = meeting_qa.store()
    query = build_query("What did they decide about the batteries budget?", Context((), None), meeting_qa.encoder.encode)
    common = dict(k=10, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=100, rows=None)
    without = {h.row: h.score for h in retrieve(store, store.lexical, query, **common).hits}
    with_windows = retrieve(store, store.lexical, query, window_words=20, window_weights=(2.0, 1.0),
                            window_turn_words=12.0, **common).hits
    assert all(h.score > without[h.row] for h in with_windows)  # every passage of it gained its window's
    assert "batter" in with_windows[0].passage.text.lower()
