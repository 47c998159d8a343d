"""What a `tqa ingest` process would save if the encoder ran the default model without transformers (issue 12
point 5: the fixed cost of a process). A prototype, not the product's encoder: a BERT forward in plain torch (the
operators of transformers' BertModel with SDPA attention), weights read with `safetensors`, tokens with
`tokenizers`. Since enc30 (2026-12-05) the product's encoder runs the default model this way (`embeddings/bert.py`);
this prototype stays as the record of the measurement that led there.

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice .venv/bin/python bench/bert_without_transformers.py vectors
    HF_HUB_OFFLINE=1 PYTHONPATH=. nice .venv/bin/python bench/bert_without_transformers.py load --repeats 3

`vectors`: the seed's passage texts and sentence units, fp32 and bf16, against the product's encoder (lowest
cosine, largest absolute difference). `load`: CPU and wall seconds of fresh processes that import, load the model
and encode one text, the product's encoder against the prototype, alternating.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def load(folder: Path, max_length: int):
    """(forward(texts, dtype) -> (tokens, mask)), for a BERT folder with model.safetensors and tokenizer.json."""
    import torch
    import torch.nn.functional as F
    from safetensors.torch import load_file
    from tokenizers import Tokenizer

    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "bert" and config["hidden_act"] == "gelu"
    assert config.get("position_embedding_type", "absolute") == "absolute"
    weights = load_file(str(folder / "model.safetensors"))
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length)
    tokenizer.no_padding()
    heads, eps = config["num_attention_heads"], config["layer_norm_eps"]
    copies: dict = {}

    def params(dtype):
        if dtype not in copies:
            copies[dtype] = {k: v.to(dtype) for k, v in weights.items() if v.is_floating_point()}
        return copies[dtype]

    def forward(texts: list[str], dtype=torch.float32):
        w = params(dtype)
        encoded = tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encoded)
        ids = torch.zeros((len(texts), width), dtype=torch.long)
        mask = torch.zeros((len(texts), width), dtype=torch.long)
        for b, e in enumerate(encoded):
            ids[b, :len(e.ids)] = torch.tensor(e.ids)
            mask[b, :len(e.ids)] = 1
        with torch.inference_mode():
            x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.token_type_embeddings.weight"][0]
                 + w["embeddings.position_embeddings.weight"][:width])
            x = F.layer_norm(x, x.shape[-1:], w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
            keep = mask.bool()[:, None, None, :]
            batch, tokens, hidden = x.shape
            for i in range(config["num_hidden_layers"]):
                p = f"encoder.layer.{i}."

                def linear(h, name):
                    return F.linear(h, w[p + name + ".weight"], w[p + name + ".bias"])

                q, k, v = (linear(x, f"attention.self.{n}").view(batch, tokens, heads, -1).transpose(1, 2)
                           for n in ("query", "key", "value"))
                a = F.scaled_dot_product_attention(q, k, v, attn_mask=keep, dropout_p=0.0,
                                                   scale=(hidden // heads) ** -0.5)
                a = a.transpose(1, 2).reshape(batch, tokens, hidden)
                x = F.layer_norm(linear(a, "attention.output.dense") + x, (hidden,),
                                 w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
                h = F.gelu(linear(x, "intermediate.dense"))
                x = F.layer_norm(linear(h, "output.dense") + x, (hidden,), w[p + "output.LayerNorm.weight"],
                                 w[p + "output.LayerNorm.bias"], eps)
        return x.float().numpy(), mask.numpy().astype("float32")

    return forward


def pooled(tokens, mask):
    import numpy as np

    v = (tokens * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def model_folder() -> tuple[Path, int]:
    from embeddings.encoder import plain_layout, resolve_model
    from qa.config import Settings

    folder, max_seq_length, _, _ = plain_layout(Path(resolve_model(Settings().model)))
    return folder, max_seq_length


def vectors() -> None:
    import numpy as np
    import torch

    from embeddings.encoder import load_encoder
    from qa import ingest as ingesting
    from qa.api import TranscriptQA
    from qa.config import Settings
    from tests.conftest import SEED

    import tempfile

    tqa = TranscriptQA(Settings(index_dir=Path(tempfile.mkdtemp())))
    pipe = tqa._pipeline()
    parsed = [pipe.parse(ingesting.Source(SEED.name, SEED.read_bytes(), None))]
    passage_texts, _, unit_texts = pipe.texts(parsed)
    texts = passage_texts + unit_texts
    encoder = load_encoder(Settings().model)
    forward = load(*model_folder())
    for precision, dtype in (("fp32", torch.float32), ("bf16", torch.bfloat16)):
        ours = encoder.encode(texts, precision=precision)
        order = np.argsort([-len(t) for t in texts], kind="stable")
        theirs = np.zeros_like(ours)
        for start in range(0, len(texts), 32):
            rows = order[start:start + 32]
            theirs[rows] = pooled(*forward([texts[i] for i in rows], dtype))
        cos = (ours * theirs).sum(axis=1)
        print(f"{precision}: {len(texts)} texts, lowest cosine {cos.min():.8f}, mean {cos.mean():.8f}, "
              f"largest abs difference {np.abs(ours - theirs).max():.2e}")


PRODUCT = ("from embeddings.encoder import load_encoder; from qa.config import Settings; "
           "load_encoder(Settings().model).encode(['one text'], precision='bf16')")
PROTOTYPE = ("import torch; from bench.bert_without_transformers import load, model_folder; "
             "load(*model_folder())(['one text'], torch.bfloat16)")


def load_times(repeats: int) -> None:
    import resource

    runs: dict[str, list[tuple[float, float]]] = {"product encoder": [], "prototype": []}
    for _ in range(repeats):
        for name, code in (("product encoder", PRODUCT), ("prototype", PROTOTYPE)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, capture_output=True)
            wall = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            runs[name].append((wall, cpu))
            print(f"{name}: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
    for name, values in runs.items():
        print(f"{name}: median wall {statistics.median(v[0] for v in values):.2f} s, "
              f"median CPU {statistics.median(v[1] for v in values):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["vectors", "load"])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    vectors() if args.what == "vectors" else load_times(args.repeats)


if __name__ == "__main__":
    main()
