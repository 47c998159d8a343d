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


def test_an_unlabelled_passage_that_only_asks_is_a_question_only_and_labelled_turns_never_are():
    from qa.retrieve import is_question_only
    from qa.types import Passage

    def passage(text, role):
        return Passage(transcript="t.txt", speaker="Host", role=role, text=text, start_char=0, end_char=len(text),
                       turn_index=0, paragraph=1)

    assert is_question_only(passage("How many hives do you keep?", "statement"))
    assert is_question_only(passage("Thanks. And the honey, who buys it?\"", "statement"))
    assert not is_question_only(passage("Who buys it? Mostly the neighbours.", "statement"))
    assert not is_question_only(passage("Why would I stop?", "answer"))
    assert not is_question_only(passage("Will you stop?", "question"))  # cited with its answer (exchanges)


def test_convex_fusion_scores_are_the_weighted_cosine_and_normalised_bm25(seed_qa):
    store = seed_qa.store()
    query = build_query("Why did Russia expel Polish diplomats?", Context((), None), seed_qa.encoder.encode)
    hits = retrieve(store, store.lexical, query, k=10, mode="hybrid", dense_weight=0.7, rrf_k=60, candidates=100,
                    rows=None, fusion="convex").hits
    bm25 = store.lexical.scores(query.lexical_text)
    for hit in hits:
        cosine = float(store.vectors([hit.row])[0] @ query.vector)
        assert hit.score == pytest.approx(0.7 * cosine + 0.3 * bm25[hit.row] / bm25.max(), abs=1e-5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_the_question_weight_moves_a_passage_that_only_asks_below_its_answer(tmp_path):
    (tmp_path / "bees.txt").write_text(
        "Host: How many hives do you keep on the library roof?\n"
        "Ann: Twenty hives, all of them on the roof of the public library.\n", encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([tmp_path / "bees.txt"])
    store = tqa.store()
    query = build_query("How many hives do you keep on the library roof?", Context((), None), tqa.encoder.encode)
    common = dict(k=2, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=10, rows=None, fusion="convex")
    plain = retrieve(store, store.lexical, query, **common).hits
    demoted = retrieve(store, store.lexical, query, question_weight=0.1, **common).hits
    assert plain[0].passage.speaker == "Host"  # its words are the question's own
    assert demoted[0].passage.speaker == "Ann"
