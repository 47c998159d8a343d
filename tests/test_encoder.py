"""The encoder loads a standard sentence-transformers folder with transformers alone, with sentence-transformers'
own vectors; any other layout still loads through sentence-transformers; a broken folder fails in one line."""

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


def test_the_default_model_loads_without_importing_sentence_transformers():
    code = ("import sys; from embeddings.encoder import Encoder; e = Encoder(sys.argv[1]); e.encode(['a text']); "
            "print(e.plain, 'sentence_transformers' in sys.modules, 'sklearn' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, MODEL], capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ, PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1"), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False", "False"]


def test_its_vectors_are_those_of_sentence_transformers_encode():
    encoder = load_encoder(MODEL)
    reference = _sentence_transformer(resolve_model(MODEL))
    expected = reference.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    for batch_size in (1, 2, 32):
        assert np.abs(encoder.encode(TEXTS, batch_size=batch_size) - expected).max() <= 1e-6
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
    assert encoder.plain and encoder.max_tokens == 62
    expected = _sentence_transformer(folder).encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert np.abs(encoder.encode(TEXTS) - expected).max() <= 1e-6
