"""Padded tokens of the passage pass of the first N QMSum val meetings (blocks as ingest makes them) at each
`pooling.BATCH_CLOSE_SHORTER`, at 16, 8 and 0 context words in rapid talk (docs/scale.md, "Batches that close
before a much shorter text").   PYTHONPATH=. .venv/bin/python bench/batch_close_tokens.py 2"""
import sys, tempfile
from pathlib import Path
import numpy as np
sys.path.insert(0, '.')
from bench.bench_ingest import QMSUM
from qa.ingest import Source
from qa.api import TranscriptQA
from qa.config import Settings
from embeddings import pooling
n = int(sys.argv[1])
files = sorted((QMSUM / "transcripts").iterdir())[:n]
for rcw in (16, 8, 0):
    qa = TranscriptQA(Settings().replace(index_dir=Path(tempfile.mkdtemp()), rapid_context_words=rcw))
    pipeline, enc = qa._pipeline(), qa.encoder
    parsed = [pipeline.parse(Source(f.name, f.read_bytes(), str(f))) for f in files]
    texts, spans, _ = pipeline.texts(parsed)
    tok = enc._tokenize(texts)
    L = np.array([len(tok[t][0]) for t in texts])
    order = np.argsort([-len(t) for t in texts], kind="stable")
    for shrink in (0.0, 0.85, 0.9, 0.95):
        pooling.BATCH_CLOSE_SHORTER = shrink
        pad = nb = 0
        for s in range(0, len(texts), 256):
            blk = L[order[s:s+256]]
            for b in pooling.batches(blk, 32):
                pad += blk[b].max() * len(b); nb += 1
        print(f"{n} meetings rcw {rcw}: {len(texts)} texts, {L.sum()} tokens; shrink {shrink}: padded {pad} ({nb} batches)")
