"""The ingest stages of bench/bench_ingest_stages.py with fixed batches (`pooling.BATCH_CLOSE_SHORTER` 0) against
batches closing at 0.9, at 16 and 8 context words in rapid talk, interleaved in one process on one torch thread
(CPU s, medians of 3, 2 QMSum val meetings); then the cosine of the two batchings' vectors (docs/scale.md,
"Batches that close before a much shorter text").   nice -n 10 env PYTHONPATH=. .venv/bin/python bench/bench_batch_close.py"""
import statistics, sys, tempfile, shutil, time
from pathlib import Path
import numpy as np
sys.path.insert(0, '.')
import torch
torch.set_num_threads(1)
import bench.bench_ingest_stages as B
from bench.bench_ingest import QMSUM, windows
from embeddings import pooling
from qa.api import TranscriptQA
from qa.config import Settings
B.clock = time.process_time
files = sorted((QMSUM / "transcripts").iterdir())[:2]
plain_texts = windows(files)
base = Settings().replace(index_dir=Path(tempfile.mkdtemp()))
probe = TranscriptQA(base)
model = probe.encoder.model
model.encode(plain_texts[:32], batch_size=32)
configs = [(0.0, 16), (0.9, 16), (0.0, 8), (0.9, 8)]
plain, runs = [], {c: [] for c in configs}
for repeat in range(3):
    t = time.process_time(); model.encode(plain_texts, batch_size=32, show_progress_bar=False); plain.append(time.process_time() - t)
    print(f"repeat {repeat}: plain {plain[-1]:.2f}", flush=True)
    for shrink, rcw in configs:
        pooling.BATCH_CLOSE_SHORTER = shrink
        qa = TranscriptQA(base.replace(rapid_context_words=rcw))
        folder = Path(tempfile.mkdtemp(prefix="stages-"))
        times, counts = B.run_stages(qa, files, folder)
        shutil.rmtree(folder, ignore_errors=True)
        runs[(shrink, rcw)].append(sum(times.values()))
        print(f"  shrink {shrink} rcw {rcw}: " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()), flush=True)
p = statistics.median(plain)
for c in configs:
    m = statistics.median(runs[c])
    print(f"shrink {c[0]} rcw {c[1]}: total {m:.2f} ({', '.join(f'{x:.2f}' for x in runs[c])}) / plain {p:.2f} = {m / p:.3f}x")
# vectors: today's batches against early-closing ones, default settings
qa = TranscriptQA(base)
pipe = qa._pipeline()
from qa.ingest import Source
parsed = [pipe.parse(Source(f.name, f.read_bytes(), str(f))) for f in files]
texts, spans, _ = pipe.texts(parsed)
out = {}
for shrink in (0.0, 0.9):
    pooling.BATCH_CLOSE_SHORTER = shrink
    out[shrink] = pipe.embed_pooled(texts, spans, None)
for i, name in enumerate(("passages", "units")):
    cos = (out[0.0][i] * out[0.9][i]).sum(axis=1)
    print(f"{name}: cosine today vs early-closing batches: mean {cos.mean():.6f}, lowest {cos.min():.6f}, identical rows {np.mean(np.all(out[0.0][i] == out[0.9][i], axis=1)):.3f}")
