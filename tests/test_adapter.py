"""The query adapter setting (qa/adapter.py, docs/retrieval.md "A learned query adapter"): a map file fitted for the
bundled model changes which passage an answer cites first; a file fitted for another model is not used, with a
one-line warning, and the answer is the plain one."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from qa.adapter import AdapterNotUsed, save_adapter
from qa.api import TranscriptQA
from qa.config import Settings

QUESTION = "What will Russia do about American NGOs?"


def _first_spans(tqa: TranscriptQA) -> list[tuple[int, int]]:
    return [(c.start_char, c.end_char) for c in tqa.ask(QUESTION).citations]


def test_an_adapter_file_reorders_the_citations_toward_where_it_maps_the_question(seed_qa, seed_index_dir, tmp_path):
    plain = seed_qa.ask(QUESTION)
    assert len(plain.citations) >= 3
    third = plain.citations[2]
    # a map that sends this question's vector toward the third citation's text: W q = q + 4 p
    q, p = seed_qa.query_encoder.encode([QUESTION, third.text])
    path = tmp_path / "adapter.npz"
    w = np.eye(len(q), dtype=np.float32) + 4.0 * np.outer(p, q).astype(np.float32)
    save_adapter(path, seed_qa.settings.model, w)
    adapted = TranscriptQA(Settings(index_dir=seed_index_dir, query_adapter=str(path))).ask(QUESTION)
    assert (adapted.citations[0].start_char, adapted.citations[0].end_char) == (third.start_char, third.end_char)
    # unset, the same index answers as before
    assert _first_spans(TranscriptQA(Settings(index_dir=seed_index_dir, query_adapter=""))) == [
        (c.start_char, c.end_char) for c in plain.citations]


@pytest.mark.parametrize("model", ["paraphrase-MiniLM-L3-v2"])
def test_an_adapter_fitted_for_another_model_is_not_used_and_says_so_in_one_line(seed_qa, seed_index_dir, tmp_path,
                                                                                 model):
    dim = len(seed_qa.query_encoder.encode([QUESTION])[0])
    path = tmp_path / "other.npz"
    shuffle = np.eye(dim, dtype=np.float32)[::-1]  # would reorder everything, were it used
    save_adapter(path, model, shuffle)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        spans = _first_spans(TranscriptQA(Settings(index_dir=seed_index_dir, query_adapter=str(path))))
    messages = [str(w.message) for w in caught if issubclass(w.category, AdapterNotUsed)]
    assert messages == [f"query adapter {path} not used: it was fitted for {model} ({dim} dimensions), "
                        f"not {seed_qa.settings.model} ({dim})"]
    assert "\n" not in messages[0]
    assert spans == _first_spans(seed_qa)
