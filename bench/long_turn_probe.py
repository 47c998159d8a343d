"""Long-turn ingest probes (issue 12 point 5, 2026-12-03): what the passage and unit passes read beyond the plain pass.

    nice -n 10 .venv/bin/python bench/long_turn_probe.py tokens PATH...            # token counts per transcript
    nice -n 10 .venv/bin/python bench/long_turn_probe.py batches FOLDER 32,64,128 2  # unit pass CPU s per batch size
    nice -n 10 .venv/bin/python bench/long_turn_probe.py plain FOLDER 2              # the plain fp32 pass, CPU s

`tokens`: per transcript, the plain pass's tokens (140-word windows), the passage pass's (embedded texts: label and
context words included), the passages' own text, the unit pass's (each unit alone, with its two special tokens) and
the tokens of distinct unit texts. `batches`: CPU seconds on one torch thread of the unit pass (units alone, the
ingest precision `auto` picks) at each batch size, alternating, with each size's vectors against batch 32's, then
the passage pass at batch 32. `plain`: CPU seconds on one torch thread of the plain fp32 encode of the same
transcripts' 140-word windows, each repeat.
"""

from __future__ import annotations

import collections
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_ingest import windows  # noqa: E402
from qa import ingest as ingesting  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.ingest import _NOT_TRANSCRIPTS  # noqa: E402


def transcript_files(paths: list[Path]) -> list[Path]:
    return sorted(f for p in paths for f in ([p] if p.is_file() else p.iterdir())
                  if f.is_file() and f.stem.upper() not in _NOT_TRANSCRIPTS)


def tokens(paths: list[Path]) -> None:
    files = transcript_files(paths)
    qa = TranscriptQA(Settings(index_dir=Path(tempfile.mkdtemp())))
    pipe, tok = qa._pipeline(), qa.encoder.model.tokenizer

    def ntok(texts):
        return [len(x) for x in tok(list(texts), add_special_tokens=True, truncation=True,
                                    max_length=256)["input_ids"]] if texts else []

    plain = ntok(windows(files))
    print("files", len(files), "plain windows", len(plain), "tokens", sum(plain))
    total = collections.Counter()
    for f in files:
        t, passages, sections, units = pipe.parse(ingesting.Source(f.name, f.read_bytes(), str(f)))
        ptexts, spans, utexts = pipe.texts([(t, passages, sections, units)])
        pt, ut, ot = ntok(ptexts), ntok(utexts), ntok([p.text for p in passages])
        distinct = dict(zip(utexts, ut))
        row = dict(passages=len(passages), units=len(utexts), passage_tok=sum(pt), own_text_tok=sum(ot),
                   unit_tok=sum(ut), unit_tok_distinct=sum(distinct.values()), unit_special=2 * len(utexts))
        total.update(row)
        print(f.name[:40], "pooled" if pipe.pools(t) else "alone", row)
    print("TOTAL", dict(total))


def batches(folder: Path, sizes: list[int], repeats: int) -> None:
    import torch

    torch.set_num_threads(1)
    files = transcript_files([folder])
    qa = TranscriptQA(Settings(index_dir=Path(tempfile.mkdtemp())))
    pipe = qa._pipeline()
    parsed = [pipe.parse(ingesting.Source(f.name, f.read_bytes(), str(f))) for f in files]
    ptexts, spans, utexts = pipe.texts(parsed)
    print(len(ptexts), "passages", len(utexts), "units", "precision", pipe.precision, flush=True)
    enc = qa.encoder
    enc.encode(utexts[:64], batch_size=32, precision=pipe.precision)  # warm-up (and the bf16 copy)
    times, vecs = {b: [] for b in sizes}, {}
    for r in range(repeats):
        for b in (sizes if r % 2 == 0 else sizes[::-1]):
            t = time.process_time()
            vecs[b] = enc.encode(utexts, batch_size=b, precision=pipe.precision)
            times[b].append(time.process_time() - t)
        print(r, {b: round(times[b][-1], 2) for b in sizes}, flush=True)
    ref = vecs[32] if 32 in vecs else vecs[sizes[0]]
    for b in sizes:
        cos = (vecs[b] * ref).sum(1)
        print(f"batch {b}: CPU s median {statistics.median(times[b]):.2f} ({', '.join(f'{x:.2f}' for x in times[b])}); "
              f"cosine to batch 32 mean {cos.mean():.6f} min {cos.min():.6f}; "
              f"identical rows {np.mean(np.all(vecs[b] == ref, axis=1)):.2f}")
    t = time.process_time()
    enc.encode(ptexts, batch_size=32, precision=pipe.precision)
    print(f"passage pass, batch 32: {time.process_time() - t:.2f} CPU s")


def plain(folder: Path, repeats: int) -> None:
    import torch

    torch.set_num_threads(1)
    texts = windows(transcript_files([folder]))
    model = TranscriptQA(Settings(index_dir=Path(tempfile.mkdtemp()))).encoder.model
    model.encode(texts[:32], batch_size=32)  # warm-up
    for _ in range(repeats):
        t = time.process_time()
        model.encode(texts, batch_size=32, show_progress_bar=False)
        print(f"plain fp32, one thread: {time.process_time() - t:.2f} CPU s ({len(texts)} windows)", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "plain":
        plain(Path(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "tokens":
        tokens([Path(p) for p in sys.argv[2:]])
    else:
        batches(Path(sys.argv[2]), [int(x) for x in sys.argv[3].split(",")], int(sys.argv[4]))
