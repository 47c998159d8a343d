"""A BERT encoder in plain torch: weights read with `safetensors`, tokens with `tokenizers`, no transformers.

transformers' import and its BERT modelling code cost about 3.9 CPU s of every `tqa ingest` process (docs/scale.md,
"An encoder without transformers"). For a model of exactly the kind the default is (model_type bert, absolute
positions, GELU, fp32 safetensors weights, a BERT tokenizer.json) this module runs the forward of transformers'
BertModel (SDPA attention) operator for operator, so the token embeddings are those of `AutoModel` to float32
rounding. `load(folder, ...)` says None for any other model: the encoder then loads it through transformers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

_TOKENIZER_CLASSES = {"BertTokenizer", "BertTokenizerFast"}
# tokenizer_config.json's BERT settings and the tokenizer.json normalizer fields they must agree with
_NORMALIZER_FIELDS = {"do_lower_case": ("lowercase", True), "strip_accents": ("strip_accents", None),
                      "tokenize_chinese_chars": ("handle_chinese_chars", True)}


def _read(path: Path) -> dict | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _config(folder: Path) -> dict | None:
    """config.json when it describes a BERT encoder this module runs exactly as transformers does, else None."""
    config = _read(folder / "config.json")
    if config is None or config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
        return None
    if config.get("position_embedding_type", "absolute") != "absolute" or config.get("auto_map"):
        return None
    if config.get("is_decoder") or config.get("add_cross_attention") or config.get("is_encoder_decoder"):
        return None
    numbers = ("hidden_size", "num_attention_heads", "num_hidden_layers", "intermediate_size", "vocab_size",
               "max_position_embeddings", "type_vocab_size")
    if not all(isinstance(config.get(n), int) and config[n] > 0 for n in numbers):
        return None
    if config["hidden_size"] % config["num_attention_heads"] or not isinstance(config.get("layer_norm_eps", 1e-12),
                                                                                  float):
        return None
    return config


def _tokenizer_settings(folder: Path) -> dict | None:
    """tokenizer_config.json when it is a BERT tokenizer that transformers would run as tokenizer.json says (right
    truncation and padding, the normalizer's settings those of the config), else None."""
    settings = _read(folder / "tokenizer_config.json")
    raw = _read(folder / "tokenizer.json")
    if settings is None or raw is None or settings.get("tokenizer_class") not in _TOKENIZER_CLASSES:
        return None
    if settings.get("truncation_side", "right") != "right" or settings.get("padding_side", "right") != "right":
        return None
    normalizer = raw.get("normalizer") or {}
    if normalizer.get("type") != "BertNormalizer" or (raw.get("model") or {}).get("type") != "WordPiece":
        return None
    for key, (field, default) in _NORMALIZER_FIELDS.items():
        if settings.get(key, default) != normalizer.get(field, default):
            return None
    return settings


class Bert:
    """BertModel's forward (eval mode) over weights held as tensors: `tokens(ids, mask)` -> last hidden state."""

    def __init__(self, weights: dict, config: dict):
        self.weights, self.config = weights, config
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))

    def to(self, dtype) -> "Bert":
        """A copy with its weights in `dtype` (bf16 ingest: a bfloat16 copy, as `Encoder` makes of transformers')."""
        return Bert({k: v.to(dtype) for k, v in self.weights.items()}, self.config)

    def tokens(self, ids, mask):
        """Token embeddings (batch, tokens, hidden) of `ids` (batch, tokens; int64) where `mask` is 1, token type
        0 everywhere; as transformers' BertModel with SDPA attention computes them, operator for operator."""
        import torch
        import torch.nn.functional as F

        w = self.weights
        batch, width = ids.shape
        x = F.embedding(ids, w["embeddings.word_embeddings.weight"])
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = x + w["embeddings.position_embeddings.weight"][:width][None]
        hidden = x.shape[-1]
        x = F.layer_norm(x, (hidden,), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        # transformers gives SDPA no mask where no token is padding, else a boolean one (True: attend)
        keep = None if bool(mask.all()) else mask.bool()[:, None, None, :].expand(batch, 1, width, width)
        size = hidden // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def linear(h, name):
                return F.linear(h, w[p + name + ".weight"], w[p + name + ".bias"])

            q, k, v = (linear(x, f"attention.self.{n}").view(batch, width, -1, size).transpose(1, 2)
                       for n in ("query", "key", "value"))
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=keep, dropout_p=0.0, scale=size ** -0.5,
                                               is_causal=False)
            a = a.transpose(1, 2).contiguous().reshape(batch, width, -1)
            x = F.layer_norm(linear(a, "attention.output.dense") + x, (hidden,),
                             w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                             self.eps)
            h = F.gelu(linear(x, "intermediate.dense"))
            x = F.layer_norm(linear(h, "output.dense") + x, (hidden,), w[p + "output.LayerNorm.weight"],
                             w[p + "output.LayerNorm.bias"], self.eps)
        return x


def _weights(folder: Path, config: dict) -> dict | None:
    """The encoder's weights from model.safetensors (a "bert." prefix dropped), all there, fp32 and of the config's
    shapes; None otherwise (another dtype loads through transformers, which would keep it)."""
    import torch
    from safetensors.torch import load_file

    path = folder / "model.safetensors"
    if not path.is_file() or (folder / "model.safetensors.index.json").exists():
        return None
    tensors = load_file(str(path))
    if any(k.startswith("bert.") for k in tensors):
        tensors = {k[len("bert."):]: v for k, v in tensors.items() if k.startswith("bert.")}
    h, inner = config["hidden_size"], config["intermediate_size"]
    shapes = {"embeddings.word_embeddings.weight": (config["vocab_size"], h),
              "embeddings.position_embeddings.weight": (config["max_position_embeddings"], h),
              "embeddings.token_type_embeddings.weight": (config["type_vocab_size"], h),
              "embeddings.LayerNorm.weight": (h,), "embeddings.LayerNorm.bias": (h,)}
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"):
            shapes[p + name + ".weight"], shapes[p + name + ".bias"] = (h, h), (h,)
        shapes[p + "intermediate.dense.weight"], shapes[p + "intermediate.dense.bias"] = (inner, h), (inner,)
        shapes[p + "output.dense.weight"], shapes[p + "output.dense.bias"] = (h, inner), (h,)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            shapes[p + norm + ".weight"], shapes[p + norm + ".bias"] = (h,), (h,)
    if any(k not in tensors or tuple(tensors[k].shape) != s or tensors[k].dtype != torch.float32
           for k, s in shapes.items()):
        return None
    return {k: tensors[k] for k in shapes}


class Tokens:
    """The BERT tokenizer through `tokenizers` as the encoder calls transformers' fast one: ids with [CLS] and
    [SEP], cut on the right at `max_length`, no padding; offsets; untruncated counts without special tokens."""

    def __init__(self, folder: Path, max_length: int, lower_case: bool, pad_token: str | None):
        from tokenizers import Tokenizer
        from tokenizers.normalizers import Lowercase, Sequence as NormalizerSequence

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        if lower_case:  # as the encoder does to transformers' tokenizer for do_lower_case (sentence-transformers)
            normalizer = self.tokenizer.normalizer
            parts = (list(normalizer) if isinstance(normalizer, NormalizerSequence)
                     else [normalizer] if normalizer else [])
            if not any(isinstance(n, Lowercase) for n in parts):
                self.tokenizer.normalizer = NormalizerSequence([Lowercase(), *parts])
        self.tokenizer.no_padding()
        self.counter = Tokenizer.from_str(self.tokenizer.to_str())  # untruncated, for count_tokens
        self.counter.no_truncation()
        self.tokenizer.enable_truncation(max_length, stride=0, strategy="longest_first", direction="right")
        found = self.tokenizer.token_to_id(pad_token) if pad_token else None
        self.pad_token_id = int(found) if found is not None else 0

    def encode(self, texts: Sequence[str]) -> list[tuple[list[int], list[tuple[int, int]]]]:
        """Each text's ids (special tokens added, cut at the limit) and their (start, end) characters."""
        return [(e.ids, e.offsets) for e in self.tokenizer.encode_batch(list(texts))]

    def count(self, texts: Sequence[str]) -> list[int]:
        return [len(e.ids) for e in self.counter.encode_batch(list(texts), add_special_tokens=False)]


def load(folder: Path, max_seq_length: int | None, lower_case: bool) -> tuple[Bert, Tokens, int, int] | None:
    """(the model, its tokenizer, max_seq_length, hidden size) for a BERT folder this module runs exactly as
    transformers would (see `_config`, `_tokenizer_settings`, `_weights`); None for any other."""
    folder = Path(folder)
    config, settings = _config(folder), _tokenizer_settings(folder)
    if config is None or settings is None:
        return None
    positions = config["max_position_embeddings"]
    if max_seq_length is None:  # the tokenizer's limit, capped at the model's positions (as the encoder does)
        limit = settings.get("model_max_length")
        max_seq_length = min(int(limit), positions) if isinstance(limit, (int, float)) and limit > 0 else positions
    if max_seq_length > positions or max_seq_length < 3:
        return None
    weights = _weights(folder, config)
    if weights is None:
        return None
    pad = settings.get("pad_token")
    tokens = Tokens(folder, int(max_seq_length), lower_case, pad if isinstance(pad, str) else None)
    return Bert(weights, config), tokens, int(max_seq_length), int(config["hidden_size"])


def padded(rows: Sequence[tuple[list[int], list[tuple[int, int]]]], pad_id: int) -> tuple[np.ndarray, ...]:
    """Ids, attention mask and offsets of `rows` padded on the right to the longest (pad id, mask 0, (0, 0))."""
    width = max(len(ids) for ids, _ in rows)
    ids = np.full((len(rows), width), pad_id, dtype=np.int64)
    attention = np.zeros((len(rows), width), dtype=np.int64)
    offsets = np.zeros((len(rows), width, 2), dtype=np.int64)
    for b, (row_ids, row_offsets) in enumerate(rows):
        ids[b, :len(row_ids)], attention[b, :len(row_ids)] = row_ids, 1
        offsets[b, :len(row_ids)] = row_offsets
    return ids, attention, offsets
