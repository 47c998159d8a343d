"""Vectors of character spans inside texts, from the texts' own forward pass: the mean of the token embeddings
whose characters start inside a span. Shared by the torch and the ONNX encoders (`encode_with_spans`)."""

from __future__ import annotations

from typing import Callable, Optional, Sequence

import numpy as np

# texts -> their vectors as `encode` gives them (batch, dim), token embeddings (batch, tokens, dim) and each
# token's (start, end) characters in its text ((0, 0) for special and padding tokens)
Forward = Callable[[list[str]], tuple[np.ndarray, np.ndarray, np.ndarray]]
# told the rows (indices into the texts) of each batch once its forward pass is done: an ingest's progress moves
# per batch, not per call (trial44: a file of a few dozen passages, one call, showed 0.0% until it was done)
Done = Optional[Callable[[np.ndarray], None]]


def encode_with_spans(forward: Forward, encode_alone: Callable[[list[str]], np.ndarray], texts: Sequence[str],
                      spans: Sequence[Sequence[tuple[int, int]]], lengths: Sequence[int], dim: int,
                      batch_size: int, done: Done = None) -> tuple[np.ndarray, np.ndarray]:
    """The vectors of `texts` and, flat and in order, of the spans `spans[i]` inside `texts[i]`, one forward pass
    per text (batched longest first, by token `lengths`). A span that holds no token the model saw (cut by the
    length limit, or only white space) is encoded alone with `encode_alone`. `done` is told each batch's rows."""
    first = np.concatenate([[0], np.cumsum([len(s) for s in spans])]).astype(np.int64)
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    span_vectors = np.zeros((int(first[-1]), dim), dtype=np.float32)
    missing: list[tuple[int, tuple[int, int], int]] = []  # (flat span row, span, text row) no token fell in
    for rows in batches(lengths, batch_size):
        vectors[rows], tokens, offsets = forward([texts[i] for i in rows])
        for b, i in enumerate(rows):
            real = offsets[b, :, 1] > offsets[b, :, 0]
            for j, (a, z) in enumerate(spans[i]):
                inside = real & (offsets[b, :, 0] >= a) & (offsets[b, :, 0] < z)
                if inside.any():
                    span_vectors[first[i] + j] = unit(tokens[b, inside].mean(axis=0))
                else:
                    missing.append((first[i] + j, (a, z), i))
        if done is not None:
            done(rows)
    if missing:
        span_vectors[[row for row, _, _ in missing]] = encode_alone([texts[i][a:z] for _, (a, z), i in missing])
    return vectors, span_vectors


# a batch of at least BATCH_CLOSE_MIN texts closes before a text shorter than BATCH_CLOSE_SHORTER times its longest,
# where it would pad that text (and every shorter one after it) to the longest: on 2 QMSum val meetings 4.8% fewer
# tokens through the model than batches of a fixed size (docs/scale.md, "Batches that close before a much shorter
# text")
BATCH_CLOSE_SHORTER = 0.9
BATCH_CLOSE_MIN = 8


def batches(lengths: Sequence[int], batch_size: int) -> list[np.ndarray]:
    """Rows of `lengths` (token counts) in batches for the model, longest first: at most `batch_size` each, and a
    batch of at least BATCH_CLOSE_MIN closes before a text under BATCH_CLOSE_SHORTER times its longest (a batch is
    padded to its longest text, so like lengths together read fewer tokens)."""
    order = np.argsort([-n for n in lengths], kind="stable")
    out, start = [], 0
    for end in range(1, len(order) + 1):
        if (end == len(order) or end - start == batch_size
                or (end - start >= BATCH_CLOSE_MIN and lengths[order[end]] < BATCH_CLOSE_SHORTER * lengths[order[start]])):
            out.append(order[start:end])
            start = end
    return out


def unit(rows: np.ndarray) -> np.ndarray:
    """`rows` scaled to unit length (a zero row stays zero)."""
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.maximum(np.linalg.norm(rows, axis=-1, keepdims=True), 1e-12)


def encode_with_sums(forward: Forward, texts: Sequence[str], cuts: Sequence[Sequence[int]], lengths: Sequence[int],
                     dim: int, batch_size: int, done: Done = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The vectors of `texts` (as `encode` gives them), the sum of each text's token embeddings (the tokens of
    its characters: not the special tokens the model adds), and, flat and in order, for each character offset of
    `cuts[i]` the sum of the embeddings of the tokens of `texts[i]` that start at or after it. One forward pass
    per text, batched longest first by token `lengths`. Sums of texts' tokens divided by their count are the mean
    a longer text made of them would be pooled over (`ingest_passes units`). `done` is told each batch's rows."""
    first = np.concatenate([[0], np.cumsum([len(c) for c in cuts])]).astype(np.int64)
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    sums = np.zeros((len(texts), dim), dtype=np.float32)
    cut_sums = np.zeros((int(first[-1]), dim), dtype=np.float32)
    for rows in batches(lengths, batch_size):
        vectors[rows], tokens, offsets = forward([texts[i] for i in rows])
        real = offsets[:, :, 1] > offsets[:, :, 0]
        sums[rows] = (tokens * real[..., None]).sum(axis=1)
        for b, i in enumerate(rows):
            for j, at in enumerate(cuts[i]):
                after = real[b] & (offsets[b, :, 0] >= at)
                cut_sums[first[i] + j] = tokens[b, after].sum(axis=0)
        if done is not None:
            done(rows)
    return vectors, sums, cut_sums
