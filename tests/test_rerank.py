"""Re-ranking the first passages by their best sentence, on the seed index's stored sentence vectors."""

from qa.conversation import Context, build_query
from qa.rerank import best_sentence, rerank_by_sentence
from qa.retrieve import retrieve

QUESTION = "Will the US embassy in Moscow still be able to employ Russian nationals?"


def _ranking(seed_qa):
    store = seed_qa.store()
    query = build_query(QUESTION, Context((), None), seed_qa.encoder.encode)
    ranking = retrieve(store, store.lexical, query, k=12, mode="hybrid", dense_weight=0.5, rrf_k=60, candidates=50,
                       rows=None)
    return store, query, ranking.hits


def test_weight_one_orders_the_first_passages_by_their_best_sentence_and_leaves_the_rest(seed_qa):
    store, query, hits = _ranking(seed_qa)
    reranked = rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=1.0, depth=8)
    best = [best_sentence(store.unit_vectors, h, query.vector) for h in reranked[:8]]
    assert best == sorted(best, reverse=True)
    assert {h.row for h in reranked[:8]} == {h.row for h in hits[:8]}
    assert [h.row for h in reranked[8:]] == [h.row for h in hits[8:]]


def test_weight_zero_keeps_the_fused_order(seed_qa):
    store, query, hits = _ranking(seed_qa)
    assert rerank_by_sentence(hits, store.unit_vectors, query.vector, weight=0.0, depth=8) == hits


def test_a_best_sentence_is_the_highest_cosine_of_the_passages_stored_units(seed_qa):
    store, query, hits = _ranking(seed_qa)
    units = store.unit_vectors(hits[0].row)
    assert len(units) >= 1
    assert abs(best_sentence(store.unit_vectors, hits[0], query.vector) - float((units @ query.vector).max())) < 1e-6
