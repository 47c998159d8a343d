"""The encoder runs a BERT folder of the default's kind in plain torch (`embeddings.bert`: no transformers), loads
any other standard sentence-transformers folder with transformers alone, with sentence-transformers' own vectors
either way; any other layout still loads through sentence-transformers; a broken folder fails in one line."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from embeddings.encoder import Encoder, load_encoder, resolve_model
from embeddings.errors import EmbeddingError
from qa.config import Settings
from tests.conftest import SEED

MODEL = Settings().model
REPO = Path(__file__).resolve().parents[1]
TEXTS = ["Host: How many hives do you keep?", "Anna Smith: I keep fourteen hives on the roof. They do well.",
         "Mm.", "Yeah.", "ÉTÉ à Montréal, naïve café", "word " * 400 + "The bees flourish on the library roof."]


def _sentence_transformer(folder):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(folder), device="cpu", local_files_only=True)


def _copy(tmp_path: Path) -> Path:
    """The bundled model's folder, its files linked (the weights are 90 MB) and its json files copied to edit."""
    source, folder = Path(resolve_model(MODEL)), tmp_path / "model"
    for path in source.rglob("*"):
        target = folder / path.relative_to(source)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target) if path.suffix == ".json" else os.symlink(path, target)
    return folder


def _seed_texts() -> list[str]:
    return TEXTS + [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_default_model_loads_without_importing_sentence_transformers_or_transformers():
    code = ("import sys; from embeddings.encoder import Encoder; e = Encoder(sys.argv[1]); e.encode(['a text']); "
            "print(e.plain, e.bert, 'sentence_transformers' in sys.modules, 'sklearn' in sys.modules, "
            "'transformers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, MODEL], capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ, PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1"), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True", "False", "False", "False"]


def test_a_fresh_ingest_of_the_seed_imports_no_transformers(tmp_path):
    """`tqa ingest`'s work in a fresh process (parse, segment, embed in the default precision, write) with the
    default model; the ONNX export for questions, made once per machine, still uses transformers: torch here."""
    code = ("import sys; from qa.api import TranscriptQA; from qa.config import Settings; "
            "r = TranscriptQA(Settings(index_dir=sys.argv[1], query_encoder='torch')).ingest([sys.argv[2]]); "
            "print(list(r.added), list(r.errors), 'transformers' in sys.modules, "
            "'sentence_transformers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "index"), str(SEED)], capture_output=True,
                          text=True, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1"),
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [f"['{SEED.name}']", "[]", "False", "False"]


def test_its_tokens_are_those_of_the_transformers_tokenizer():
    """Ids and character offsets (special tokens added, cut at the model's limit), and untruncated counts."""
    reference = _sentence_transformer(resolve_model(MODEL)).tokenizer
    encoder, texts = load_encoder(MODEL), _seed_texts()
    expected = reference(texts, truncation=True, max_length=encoder.max_tokens + 2, return_offsets_mapping=True)
    ours = encoder.tokenizer.encode(texts)
    assert [ids for ids, _ in ours] == expected["input_ids"]
    assert [[tuple(o) for o in offsets] for _, offsets in ours] == [[tuple(o) for o in offsets]
                                                                     for offsets in expected["offset_mapping"]]
    assert len(ours[5][0]) == encoder.max_tokens + 2  # the 400-word text, cut
    assert encoder.count_tokens(texts) == [len(ids) for ids in
                                           reference(texts, add_special_tokens=False, verbose=False)["input_ids"]]


def test_its_vectors_are_those_of_sentence_transformers_encode():
    encoder, texts = load_encoder(MODEL), _seed_texts()
    assert encoder.bert
    reference = _sentence_transformer(resolve_model(MODEL))
    expected = reference.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    assert np.abs(encoder.encode(texts) - expected).max() <= 1e-6  # the seed's lines: batches padded
    for batch_size in (1, 2):
        assert np.abs(encoder.encode(TEXTS, batch_size=batch_size) - expected[:len(TEXTS)]).max() <= 1e-6
    assert encoder.max_tokens == reference.max_seq_length - 2 and encoder.dim == expected.shape[1]
    assert encoder.count_tokens(TEXTS[:2]) == [len(reference.tokenizer(t, add_special_tokens=False)["input_ids"])
                                              for t in TEXTS[:2]]


def test_a_folder_of_another_layout_loads_through_sentence_transformers(tmp_path):
    folder = _copy(tmp_path)
    pooling = folder / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    pooling.write_text(json.dumps(dict(config, pooling_mode_cls_token=True, pooling_mode_mean_tokens=False)))
    cls = Encoder(str(folder))
    assert not cls.plain
    expected = _sentence_transformer(folder).encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert np.abs(cls.encode(TEXTS) - expected).max() <= 1e-6
    mean = load_encoder(MODEL).encode(TEXTS)
    assert (mean * expected).sum(axis=1).min() < 0.99  # CLS pooling: other vectors than the standard folder's


def test_a_standard_folder_without_weights_fails_in_one_line(tmp_path):
    folder = _copy(tmp_path)
    (folder / "model.safetensors").unlink()
    with pytest.raises(EmbeddingError) as error:
        Encoder(str(folder))
    assert str(folder) in str(error.value) and "\n" not in str(error.value)


def test_a_standard_folder_that_lowercases_loads_plainly_to_sentence_transformers_vectors(tmp_path):
    folder = _copy(tmp_path)
    config = folder / "sentence_bert_config.json"
    config.write_text(json.dumps(dict(json.loads(config.read_text()), do_lower_case=True, max_seq_length=64)))
    encoder = Encoder(str(folder))
    assert encoder.plain and encoder.bert and encoder.max_tokens == 62
    expected = _sentence_transformer(folder).encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert np.abs(encoder.encode(TEXTS) - expected).max() <= 1e-6


def test_a_bert_the_plain_forward_does_not_serve_ingests_through_transformers(tmp_path):
    """Another activation (the same GELU, written out in Python by transformers) is a model the plain forward does
    not run: it loads through transformers, to sentence-transformers' vectors, and ingests (a short interview: the
    seed's ingest through the plain forward is the test above)."""
    from qa.api import TranscriptQA
    from tests.test_ingest import INTERVIEW

    folder = _copy(tmp_path)
    config = folder / "config.json"
    config.write_text(json.dumps(dict(json.loads(config.read_text()), hidden_act="gelu_python")))
    encoder = Encoder(str(folder))
    assert encoder.plain and not encoder.bert
    expected = _sentence_transformer(folder).encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert np.abs(encoder.encode(TEXTS) - expected).max() <= 1e-6
    qa = TranscriptQA(Settings(index_dir=tmp_path / "index", model=str(folder), query_encoder="torch"))
    (tmp_path / "bees.txt").write_text(INTERVIEW, encoding="utf-8")
    report = qa.ingest([tmp_path / "bees.txt"])
    assert list(report.added) == ["bees.txt"] and not report.errors and len(qa.store()) > 0
