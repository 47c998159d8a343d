"""fdecl47's gate at size (lead42): `Store.best_unit_cosine`, the best cosine between a vector and the sentence units of
some passages, read in one pass over the stored units where the passages are a good part of the index and passage by
passage where they are few, gives what reading each passage's units gives (docs/scale.md "fdecl47's gate at size")."""

from __future__ import annotations

import numpy as np
import pytest


def _by_passage(store, rows, vector) -> float:
    unit = vector / np.linalg.norm(vector)
    return max(float(np.max(store.unit_vectors(row) @ unit / np.linalg.norm(store.unit_vectors(row), axis=1)))
               for row in rows if len(store.unit_vectors(row)))


def test_the_best_unit_of_many_passages_or_few_is_the_best_of_each_passage(seed_qa):
    store = seed_qa.store()
    vector = seed_qa.query_encoder.encode(["sanctions against diplomats"])[0]
    ranked = [row for row, _ in store.search(vector, len(store))]
    assert len(ranked) > 8
    every, last = np.array(sorted(ranked)), np.array(ranked[-1:])  # every passage; the farthest one alone
    assert store.best_unit_cosine(every, vector) == pytest.approx(_by_passage(store, every, vector), abs=1e-5)
    assert store.best_unit_cosine(last, vector) == pytest.approx(_by_passage(store, last, vector), abs=1e-5)
    assert store.best_unit_cosine(last, vector) < store.best_unit_cosine(every, vector) - 1e-3
    assert store.best_unit_cosine(np.arange(0), vector) is None


def test_the_gate_reads_the_best_unit_of_every_passage(seed_qa):
    evidence = seed_qa.ask("What did Lavrov say about blockchains?").evidence
    store = seed_qa.store()
    vector = seed_qa.query_encoder.encode([evidence.tested_phrase])[0]
    every = np.array(sorted(row for row, _ in store.search(vector, len(store))))
    assert evidence.phrase_anywhere == pytest.approx(_by_passage(store, every, vector), abs=1e-5)
