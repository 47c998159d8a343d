"""The same model through ONNX Runtime: exported once, locally, from the sentence-transformers folder, then loaded
with onnxruntime and tokenizers alone, so that a process that only asks never imports torch (seconds saved).

`export_onnx(model_folder, target)` writes `model.onnx` (fp32) and `model-int8.onnx` (dynamic int8 quantisation,
per channel) with the tokenizer and pooling settings beside them; it needs torch, and runs at ingest. Only models
of the shape Transformer -> mean or CLS pooling -> (Normalize) are exported; others stay on torch.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings import pooling
from embeddings.errors import EmbeddingError

FILES = {"fp32": "model.onnx", "int8": "model-int8.onnx"}
SETTINGS_FILE = "encoder.json"


def exportable(model_folder: Path) -> bool:
    """Whether the folder holds a Transformer + mean/CLS pooling model with a fast tokenizer."""
    folder = Path(model_folder)
    try:
        modules = json.loads((folder / "modules.json").read_text())
    except (OSError, ValueError):
        return False
    kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
    if kinds[:2] != ["Transformer", "Pooling"] or any(k not in ("Normalize",) for k in kinds[2:]):
        return False
    pooling = _pooling(folder, modules)
    return pooling in ("mean", "cls") and (folder / "tokenizer.json").exists()


def _pooling(folder: Path, modules: list) -> str | None:
    path = folder / modules[1]["path"] / "config.json"
    try:
        config = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    if config.get("pooling_mode_mean_tokens"):
        return "mean"
    if config.get("pooling_mode_cls_token"):
        return "cls"
    return None


def cache_key(model_folder: Path) -> str:
    """A folder name for the export of this model: its name and its weights' size and time."""
    import hashlib

    folder = Path(model_folder).resolve()
    stamp = [str(folder)]
    for weights in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.bin")):
        stat = weights.stat()
        stamp.append(f"{weights.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return f"{folder.name}-{hashlib.sha256('|'.join(stamp).encode()).hexdigest()[:12]}"


def export_onnx(model_folder: Path, target: Path) -> None:
    """Export the model in `model_folder` to `target` (fp32 and int8), written whole or not at all."""
    import logging
    import warnings

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    folder = Path(model_folder)
    modules = json.loads((folder / "modules.json").read_text())
    max_length = json.loads((folder / "sentence_bert_config.json").read_text()).get("max_seq_length", 256)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".onnx-", dir=target.parent))
    try:
        with warnings.catch_warnings():  # the exporter's and quantiser's advice is for their developers, not users
            warnings.simplefilter("ignore")
            logging.disable(logging.WARNING)
            try:
                _export(folder, staging, modules, max_length, torch, AutoModel)
            finally:
                logging.disable(logging.NOTSET)
        if target.exists():  # another process exported it meanwhile
            shutil.rmtree(staging, ignore_errors=True)
            return
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def export_module(model, path: Path, torch) -> None:
    """Write the loaded transformers `model` to `path` as an ONNX graph from token ids, attention mask and token
    types (batch and tokens dynamic) to its last hidden states, the tokens the pooling reads."""

    class Tokens(torch.nn.Module):  # keyword arguments: the model's positional order varies by version
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = tuple(torch.ones((1, 8), dtype=torch.long) for _ in names)
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "tokens"]}
    with torch.no_grad():
        torch.onnx.export(Tokens(), sample, str(path), input_names=names, output_names=["tokens"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)


def _export(folder: Path, staging: Path, modules: list, max_length: int, torch, AutoModel) -> None:
    """Write the fp32 and int8 models, the tokenizer and the pooling settings into `staging`."""
    model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
    export_module(model, staging / FILES["fp32"], torch)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(staging / FILES["fp32"]), str(staging / FILES["int8"]), weight_type=QuantType.QInt8,
                     per_channel=True)
    shutil.copy(folder / "tokenizer.json", staging / "tokenizer.json")
    settings = {"pooling": _pooling(folder, modules), "normalize": any(m["type"].endswith("Normalize")
                                                                       for m in modules),
                "max_length": int(max_length), "dim": int(model.config.hidden_size)}
    (staging / SETTINGS_FILE).write_text(json.dumps(settings))


class OnnxEncoder:
    """`encode` and `count_tokens` as `embeddings.encoder.Encoder` offers them, from an exported folder."""

    def __init__(self, folder: Path, precision: str = "fp32", threads: int = 0):
        import onnxruntime
        from tokenizers import Tokenizer

        folder = Path(folder)
        try:
            settings = json.loads((folder / SETTINGS_FILE).read_text())
            options = onnxruntime.SessionOptions()
            if threads:
                options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            # idle threads that spin take the cores from everything else (FAISS, numpy, a UI's other requests)
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self.session = onnxruntime.InferenceSession(str(folder / FILES[precision]), options,
                                                        providers=["CPUExecutionProvider"])
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise EmbeddingError(f"the ONNX encoder in {folder} cannot be loaded ({exc})") from None
        self.name = f"onnx-{precision}"
        self.pooling, self.normalize = settings["pooling"], settings["normalize"]
        self.dim = int(settings["dim"])
        self.max_tokens = int(settings["max_length"]) - 2
        self.tokenizer.enable_truncation(int(settings["max_length"]))
        self.tokenizer.no_padding()
        self._counter = None  # an untruncated tokenizer, for count_tokens
        self._inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, done: pooling.Done = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts], kind="stable")  # similar lengths pad least
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            out[rows] = self._batch([texts[i] for i in rows])
            if done is not None:
                done(rows)
        return out

    def encode_with_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *,
                          batch_size: int = 32, done: pooling.Done = None) -> tuple[np.ndarray, np.ndarray]:
        """`Encoder.encode_with_spans` through this export: the vectors of `texts` and, flat, of the character
        spans inside them, from one forward pass per text (a span's vector: its tokens' mean, normalised)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32), np.zeros((sum(len(s) for s in spans), self.dim), np.float32)
        lengths = [len(e.ids) for e in self.tokenizer.encode_batch(list(texts))]
        return pooling.encode_with_spans(self._forward, lambda alone: self.encode(alone, batch_size=batch_size),
                                         texts, spans, lengths, self.dim, batch_size, done)

    def encode_with_sums(self, texts: Sequence[str], cuts: Sequence[Sequence[int]], *,
                         batch_size: int = 32, done: pooling.Done = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`Encoder.encode_with_sums` through this export: the vectors of `texts`, the sums of their token
        embeddings, and the sums of the tokens at or after each offset of `cuts[i]`."""
        if not texts:
            return (np.zeros((0, self.dim), np.float32), np.zeros((0, self.dim), np.float32),
                    np.zeros((sum(len(c) for c in cuts), self.dim), np.float32))
        lengths = [len(e.ids) for e in self.tokenizer.encode_batch(list(texts))]
        return pooling.encode_with_sums(self._forward, texts, cuts, lengths, self.dim, batch_size, done)

    def _batch(self, texts: list[str]) -> np.ndarray:
        return self._forward(texts)[0]

    def _forward(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The texts' vectors, their token embeddings (batch, tokens, dim) and each token's (start, end) characters
        ((0, 0) for special and padding tokens)."""
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        offsets = np.zeros((len(texts), width, 2), dtype=np.int64)
        for i, e in enumerate(encodings):
            ids[i, :len(e.ids)] = e.ids
            mask[i, :len(e.ids)] = e.attention_mask
            types[i, :len(e.ids)] = e.type_ids
            offsets[i, :len(e.ids)] = e.offsets
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        tokens = self.session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        if self.pooling == "cls":
            vectors = tokens[:, 0]
        else:
            weights = mask[:, :, None].astype(np.float32)
            vectors = (tokens * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        if self.normalize:
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return vectors.astype(np.float32), tokens, offsets

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without the special tokens, untruncated (as segmenting needs them)."""
        if not texts:
            return []
        if self._counter is None:
            from tokenizers import Tokenizer

            self._counter = Tokenizer.from_str(self.tokenizer.to_str())
            self._counter.no_truncation()
            self._counter.no_padding()
        return [len(e.ids) for e in self._counter.encode_batch(list(texts), add_special_tokens=False)]
