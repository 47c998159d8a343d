"""The passage pass of ingest alone, beside the plain pass: its tokens, and its forward time per way of running bf16.

    nice -n 5 .venv/bin/python bench/bench_passage_pass.py [--meetings 1] [--repeats 3] [--threads 1] \
        [--configs autocast:32 weights:32 autocast:64 weights:32:24] [--contexts 48 32 24 16 0] [--profile] \
        [--tokens-only]

On the first QMSum val meetings: the tokens (and padded tokens, batches of 32 longest first) of the plain pass's
140-word windows, of the passages' embedded texts (each with its context words) and of their sentence units;
then, in one process, CPU seconds of the plain fp32 `SentenceTransformer.encode` and of the model's forward over
the passages' texts (longest first, pooled by mean) for each config "<how>:<batch size>[:<context words>]":
"autocast" (bf16 autocast), "weights" (a copy of the model with bf16 weights, no autocast: what ingest does
since 2026-12-03 where the CPU has bf16), "fp32"; the context words (default: the setting, 48) that each turn's first
passage carries of the turn before; repeats interleaved, medians printed, with each config's cosine to fp32
vectors of the same texts. `--contexts 48 32 0` also prints the token counts at each context. `--profile`: torch's operator table of
one autocast pass over a third of the passages (where the time goes inside the model).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_ingest import QMSUM, windows  # noqa: E402
from qa import ingest as ingesting  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.parse import parse_bytes  # noqa: E402


def token_counts(tokenizer, texts: list[str], batch_size: int = 32, shrink: float = 0.0) -> tuple[int, int]:
    """Tokens of `texts` (special ones included, cut at 256) and the tokens their batches (longest first) hold once
    padded; `shrink` > 0: a batch of at least 8 also closes before a text shorter than `shrink` times its longest."""
    lengths = sorted((len(ids) for ids in tokenizer(texts, truncation=True, max_length=256)["input_ids"]),
                     reverse=True)
    batches, batch = [], []
    for n in lengths:
        if batch and (len(batch) == batch_size or (n < shrink * batch[0] and len(batch) >= 8)):
            batches.append(batch)
            batch = []
        batch.append(n)
    batches.append(batch)
    return sum(lengths), sum(b[0] * len(b) for b in batches)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--meetings", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--configs", nargs="+", default=["autocast:32", "weights:32", "autocast:64"])
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--tokens-only", action="store_true", help="print the token counts and stop")
    parser.add_argument("--contexts", type=int, nargs="*", default=[],
                        help="context words whose passage token counts to print as well")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    files = sorted((args.qmsum / "transcripts").iterdir())[:args.meetings]
    default_context = Settings().context_words
    contexts = sorted({default_context, *args.contexts,
                       *(int(c.split(":")[2]) for c in args.configs if c.count(":") == 2)}, reverse=True)
    texts_of, ordered_of, tokenized = {}, {}, {}
    for context in contexts:
        qa = TranscriptQA(Settings().replace(index_dir=Path(tempfile.mkdtemp()), context_words=context,
                                           rapid_context_words=-1))  # `context` in rapid talk too
        pipeline, encoder = qa._pipeline(), qa.encoder
        parsed = []
        for f in files:
            transcript = parse_bytes(f.read_bytes(), f.name)
            passages, sections = pipeline.sections(transcript, pipeline.segment(transcript))
            parsed.append((transcript, passages, sections,
                           [ingesting.sentence_units(transcript.turns[p.turn_index], p) for p in passages]))
        texts_of[context], spans, unit_texts = pipeline.texts(parsed)
        tokenized.update(encoder._tokenize(texts_of[context]))
        ordered_of[context] = sorted(texts_of[context], key=lambda t: -len(tokenized[t][0]))
    texts = texts_of[default_context]
    plain = windows(files)
    groups = [("plain pass, 140-word windows", plain)] + [
        (f"passages with {c} context words", texts_of[c]) for c in contexts] + [("sentence units alone", unit_texts)]
    for name, group in groups:
        tokens, padded = token_counts(encoder.model.tokenizer, group)
        shrunk = token_counts(encoder.model.tokenizer, group, shrink=0.85)[1]
        print(f"{name}: {len(group)} texts, {tokens} tokens, {padded} padded ({shrunk} if a batch of 8 or more "
              "also closed before a text under 0.85x its longest)")
    if args.tokens_only:
        return
    module = encoder.model[0]
    weights = copy.deepcopy(module).to(torch.bfloat16)

    def forward(how: str, batch_size: int, context: int = default_context):
        ordered = ordered_of[context]
        out = []
        for start in range(0, len(ordered), batch_size):
            rows = [tokenized[t] for t in ordered[start:start + batch_size]]
            width = max(len(ids) for ids, _ in rows)
            ids = np.full((len(rows), width), encoder.tokenizer.pad_token_id, np.int64)
            mask = np.zeros((len(rows), width), np.int64)
            for b, (row, _) in enumerate(rows):
                ids[b, :len(row)], mask[b, :len(row)] = row, 1
            features = {"input_ids": torch.from_numpy(ids), "attention_mask": torch.from_numpy(mask),
                        "token_type_ids": torch.zeros_like(torch.from_numpy(ids))}
            with torch.inference_mode():
                if how == "autocast":
                    with torch.autocast("cpu", dtype=torch.bfloat16):
                        tokens = module(features)["token_embeddings"]
                else:
                    tokens = (weights if how == "weights" else module)(features)["token_embeddings"]
            m = features["attention_mask"][..., None].float()
            out.append((tokens.float() * m).sum(1) / m.sum(1))
        return torch.nn.functional.normalize(torch.cat(out), dim=-1)

    if args.profile:
        from torch.profiler import ProfilerActivity, profile

        forward("autocast", 32)
        ordered_all = ordered_of[default_context]
        ordered_of[default_context] = ordered_all[::3]
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            forward("autocast", 32)
        print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=10))
        ordered_of[default_context] = ordered_all
    times = {c: [] for c in ["plain"] + args.configs}
    vectors = {}
    forward("autocast", 32)  # warm-up
    for repeat in range(args.repeats):
        t = time.process_time()
        encoder.model.encode(plain, batch_size=32, show_progress_bar=False)
        times["plain"].append(time.process_time() - t)
        for config in args.configs:
            how, batch, *context = config.split(":")
            t = time.process_time()
            vectors[config] = forward(how, int(batch), int(context[0]) if context else default_context)
            times[config].append(time.process_time() - t)
        print(f"repeat {repeat}: " + ", ".join(f"{k} {v[-1]:.2f}" for k, v in times.items()), flush=True)
    reference = {c: forward("fp32", 32, c) for c in contexts}
    p = statistics.median(times["plain"])
    print(f"\n{len(files)} meetings, {len(texts)} passages, {args.threads} torch threads, CPU s, medians of "
          f"{args.repeats}: plain pass {p:.2f}")
    for config in args.configs:
        context = int(config.split(":")[2]) if config.count(":") == 2 else default_context
        cosine = (vectors[config] * reference[context]).sum(-1).numpy()
        s = statistics.median(times[config])
        print(f"{config}: {s:.2f} s, {s / p:.3f}x the plain pass; cosine to fp32 mean {cosine.mean():.6f}, "
              f"lowest {cosine.min():.6f}")


if __name__ == "__main__":
    main()
