"""Ingest's encoder in fp32 through ONNX Runtime against today's torch path, on the default CPU and with AVX2 alone
(issue 12 point 5; docs/scale.md, "ONNX Runtime fp32 for ingest (ort35)").

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice .venv/bin/python bench/ort_ingest_probe.py [--meetings 8] [--repeats 3] \
        [--variants default cpuid] [--kinds plain torch ort ort-opt ort-fused] [--threads 2] [--work DIR]

Kinds, each timed in a child process of its own (one per kind, variant and repeat; their order alternating):
- plain: one plain fp32 `SentenceTransformer.encode` of the meetings' text cut into 140-word windows (batch 32),
  the pass issue 12 measures ingest against.
- torch: ingest's embedding as it runs today in fp32 (`ingest_precision fp32`): `Pipeline.vectors` over the parsed
  meetings, so passages with their context and sentence units pooled from their passages' pass (meetings are
  rapid talk, `unit_vectors auto`), through `embeddings.bert` (plain torch, SDPA).
- ort: the same `Pipeline.vectors` through `embeddings.onnx_encoder.OnnxEncoder` on the fp32 export questions are
  embedded with (the cached `model.onnx`: transformers' SDPA attention traced), ONNX Runtime's own graph
  optimisations at their default level (all).
- ort-opt: that export through `onnxruntime.transformers.optimizer` (model_type bert, 12 heads, 384 hidden; exact
  GELU kept): the SDPA trace does not match its attention pattern, so only LayerNorm, SkipLayerNorm and BiasGelu fuse.
- ort-fused: the model exported again with transformers' eager attention, then that optimizer: every layer fuses
  (EmbedLayerNormalization, 6 Attention, 6 BiasGelu, 12 SkipLayerNormalization; 46 nodes).
- gemm: no encoder: the rate of one layer's six fp32 projections (97% of ingest's arithmetic) over 6,400 tokens,
  through torch's `F.linear` and through ONNX Runtime's MatMul, in GFLOP/s: the ceiling of any fp32 encoder.

Variants as bench/isa_compare.py's: `default` (nothing restricted) and `cpuid` (its LD_PRELOAD shim: CPUID reports
no AVX-512, VNNI, bf16 or AMX to every library, MLAS included). Each child times only the embedding (parse and
segment before it, untimed; one small warm-up batch first): wall and CPU seconds of the process, torch and ONNX
Runtime both on `--threads` intra-op threads (children's OMP_NUM_THREADS too; at 1, CPU seconds hold no idle
spinning, the figure to read on a shared machine). The first repeat's
vectors are kept, and each kind's are compared with torch's of the same variant and of `default` (cosine per row:
min and median, passages and units). Prints every child's figures, the load average, medians and ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from isa_compare import QMSUM, environment  # noqa: E402

KINDS = ("plain", "torch", "ort", "ort-opt", "ort-fused", "gemm")
HIDDEN, INNER, LAYERS = 384, 1536, 6  # all-MiniLM-L6-v2


def gemm(threads: int, rows: int = 6400, seconds: float = 3.0) -> dict:
    """The rate (GFLOP/s) of one layer's six projections (query, key, value, output: hidden x hidden; the
    intermediate and output dense: hidden x inner) over `rows` tokens, through torch's `F.linear` (MKL) and
    through an ONNX Runtime graph of the same MatMul + Add (MLAS), per CPU second: the ceiling of any fp32 encoder
    on this CPU."""
    import onnx
    import onnxruntime
    import torch
    import torch.nn.functional as F
    from onnx import TensorProto, helper, numpy_helper

    generator = np.random.default_rng(0)
    shapes = [(HIDDEN, HIDDEN)] * 4 + [(INNER, HIDDEN), (HIDDEN, INNER)]  # (out, in) as nn.Linear holds them
    weights = [generator.standard_normal(s).astype(np.float32) * 0.05 for s in shapes]
    biases = [generator.standard_normal(s[0]).astype(np.float32) for s in shapes]
    x = generator.standard_normal((rows, HIDDEN)).astype(np.float32)
    h = generator.standard_normal((rows, INNER)).astype(np.float32)
    flops = 2 * rows * sum(a * b for a, b in shapes)

    def rate(step) -> float:  # per CPU second of the process: at 1 thread, what one core does while it runs
        step()
        done, started = 0, time.process_time()
        while time.process_time() - started < seconds:
            step()
            done += 1
        return flops * done / (time.process_time() - started) / 1e9

    tw, tb = [torch.from_numpy(w) for w in weights], [torch.from_numpy(b) for b in biases]
    tx, th = torch.from_numpy(x), torch.from_numpy(h)

    def torch_step():
        with torch.inference_mode():
            for i, (w, b) in enumerate(zip(tw, tb)):
                F.linear(th if i == 5 else tx, w, b)

    nodes, inits, outs = [], [], []
    for i, (w, b) in enumerate(zip(weights, biases)):
        inits += [numpy_helper.from_array(w.T.copy(), f"w{i}"), numpy_helper.from_array(b, f"b{i}")]
        nodes += [helper.make_node("MatMul", ["h" if i == 5 else "x", f"w{i}"], [f"m{i}"]),
                  helper.make_node("Add", [f"m{i}", f"b{i}"], [f"y{i}"])]
        outs.append(helper.make_tensor_value_info(f"y{i}", TensorProto.FLOAT, None))
    graph = helper.make_graph(nodes, "projections", [
        helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, HIDDEN]),
        helper.make_tensor_value_info("h", TensorProto.FLOAT, [None, INNER])], outs, inits)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(
        helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString(), options,
        providers=["CPUExecutionProvider"])
    ort_rate = rate(lambda: session.run(None, {"x": x, "h": h}))
    return {"torch_gflops": rate(torch_step), "ort_gflops": ort_rate, "flops_per_token": flops / rows * LAYERS}


def meeting_files(meetings: int) -> list[Path]:
    return sorted((QMSUM / "transcripts").iterdir())[:meetings]


def export_folder() -> Path:
    """The cached fp32 export questions are embedded with (made now if missing)."""
    from embeddings.encoder import resolve_model
    from embeddings.onnx_encoder import cache_key, export_onnx
    from qa.config import Settings

    settings = Settings()
    model = Path(resolve_model(settings.model))
    folder = settings.cache_dir.expanduser() / "onnx" / cache_key(model)
    if not folder.exists():
        export_onnx(model, folder)
    return folder


def prepare(work: Path) -> dict[str, Path]:
    """Folders OnnxEncoder loads for ort, ort-opt and ort-fused (tokenizer and settings of the cached export)."""
    import warnings

    import torch
    from onnxruntime.transformers.optimizer import optimize_model
    from transformers import AutoModel

    from embeddings.encoder import resolve_model
    from embeddings.onnx_encoder import export_module
    from qa.config import Settings

    plain = export_folder()
    folders = {"ort": plain}
    for kind in ("ort-opt", "ort-fused"):
        folders[kind] = work / kind
        folders[kind].mkdir(parents=True, exist_ok=True)
        for name in ("tokenizer.json", "encoder.json"):
            shutil.copy(plain / name, folders[kind] / name)
    source = plain / "model.onnx"
    eager = work / "eager.onnx"
    model = AutoModel.from_pretrained(resolve_model(Settings().model), local_files_only=True,
                                      attn_implementation="eager").eval()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        export_module(model, eager, torch)
    config = model.config
    for kind, src in (("ort-opt", source), ("ort-fused", eager)):
        optimized = optimize_model(str(src), model_type="bert", num_heads=config.num_attention_heads,
                                   hidden_size=config.hidden_size, opt_level=0)
        fused = {k: v for k, v in optimized.get_fused_operator_statistics().items() if v}
        print(f"{kind}: {fused}, {len(optimized.model.graph.node)} nodes", flush=True)
        optimized.save_model_to_file(str(folders[kind] / "model.onnx"))
    return folders


def child(kind: str, folder: str, meetings: int, threads: int, keep: str) -> dict:
    import torch

    torch.set_num_threads(threads)
    from qa.config import Settings
    from qa.ingest import Pipeline, Source

    files = meeting_files(meetings)
    settings = Settings(ingest_precision="fp32")
    if kind == "gemm":
        return {"wall": 0.0, "cpu": 0.0, **gemm(threads)}
    if kind == "plain":
        from bench_ingest import windows

        from embeddings.encoder import load_encoder

        model = load_encoder(settings.model).model
        texts = windows(files)
        model.encode(texts[:32], batch_size=32, show_progress_bar=False)  # warm-up
        wall, cpu = time.perf_counter(), time.process_time()
        model.encode(texts, batch_size=32, show_progress_bar=False)
        return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "texts": len(texts)}
    from embeddings.encoder import load_encoder

    encoder = load_encoder(settings.model)
    if kind == "torch":
        pipeline = Pipeline(settings, encoder)
    else:  # the ingest path of `ingest_runtime onnx`, with this kind's graph
        from embeddings.onnx_encoder import OnnxEncoder

        pipeline = Pipeline(settings, encoder, OnnxEncoder(Path(folder), "fp32", threads=threads))
    parsed = [pipeline.parse(Source(f.name, f.read_bytes(), str(f))) for f in files]
    warm = parsed[0][1][:8]
    pipeline.embed([p.text for p in warm])  # warm-up
    wall, cpu = time.perf_counter(), time.process_time()
    passages, units = pipeline.vectors(parsed, None)
    out = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "passages": len(passages),
           "units": len(units), "pooled": sum(pipeline.pools(t) for t, *_ in parsed)}
    if keep:
        np.savez(keep, passages=passages, units=units)
    out["torch_threads"] = torch.get_num_threads()
    return out


def agreement(a: Path, b: Path) -> dict:
    x, y = np.load(a), np.load(b)
    out = {}
    for part in ("passages", "units"):
        cos = (x[part] * y[part]).sum(axis=1) / np.maximum(
            np.linalg.norm(x[part], axis=1) * np.linalg.norm(y[part], axis=1), 1e-12)
        out[part] = (float(cos.min()), float(np.median(cos)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--variants", nargs="+", choices=["default", "env", "cpuid"], default=["default", "cpuid"])
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--threads", type=int, default=2, help="torch's and ONNX Runtime's intra-op threads")
    parser.add_argument("--work", type=Path, default=None, help="keep the graphs and vectors here")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, folder, keep, _ = args.child
        print(json.dumps(child(kind, folder, args.meetings, args.threads, keep if keep != "-" else "")))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="ort-probe-"))
    work.mkdir(parents=True, exist_ok=True)
    folders = prepare(work) if set(args.kinds) - {"plain", "torch", "gemm"} else {}
    runs: dict[tuple[str, str], list[dict]] = {}
    kinds = list(args.kinds)
    for repeat in range(args.repeats):
        order = [(v, k) for v in args.variants for k in kinds]
        for variant, kind in (order if repeat % 2 == 0 else order[::-1]):
            keep = str(work / f"{variant}-{kind}.npz") if repeat == 0 and kind not in ("plain", "gemm") else "-"
            done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--meetings", str(args.meetings),
                                   "--threads", str(args.threads), "--child", kind, str(folders.get(kind, "-")),
                                   keep, str(repeat)],
                                  env={**environment(variant), "OMP_NUM_THREADS": str(args.threads)},
                                  capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"{variant} {kind} failed: {done.stderr[-3000:]}")
            r = json.loads(done.stdout.strip().splitlines()[-1])
            r["load"] = os.getloadavg()[0]
            runs.setdefault((variant, kind), []).append(r)
            print(f"repeat {repeat} {variant} {kind}: {json.dumps(r)}", flush=True)

    def med(rows: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    def each(rows: list[dict], key: str) -> str:
        return ", ".join(f"{r[key]:.1f}" for r in rows)

    print(f"\n{args.meetings} QMSum val meetings; seconds of the embedding alone, medians of {args.repeats} "
          "(each repeat's in brackets); ratios of medians\n")
    print("| variant | kind | wall s | CPU s | wall / plain | CPU / plain | wall / torch | load average |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- |")
    for variant in args.variants:
        plain = runs.get((variant, "plain"))
        torch_runs = runs.get((variant, "torch"))
        for kind in kinds:
            rows = runs[(variant, kind)]
            if kind == "gemm":
                print(f"| {variant} | gemm: torch {med(rows, 'torch_gflops'):.1f} ({each(rows, 'torch_gflops')}), "
                      f"ONNX Runtime {med(rows, 'ort_gflops'):.1f} ({each(rows, 'ort_gflops')}) GFLOP/s | | | | | | "
                      f"{each(rows, 'load')} |")
                continue
            wall, cpu = med(rows, "wall"), med(rows, "cpu")
            to_plain = f"{wall / med(plain, 'wall'):.2f}x | {cpu / med(plain, 'cpu'):.2f}x" if plain else "| "
            to_torch = f"{wall / med(torch_runs, 'wall'):.2f}x" if torch_runs else ""
            print(f"| {variant} | {kind} | {wall:.1f} ({each(rows, 'wall')}) | {cpu:.1f} ({each(rows, 'cpu')}) | "
                  f"{to_plain} | {to_torch} | {each(rows, 'load')} |")
    print("\n| vectors | against | passages min / median cosine | units min / median cosine |\n"
          "| --- | --- | --- | --- |")
    for variant in args.variants:
        for kind in kinds:
            if kind in ("plain", "gemm"):
                continue
            for ref in dict.fromkeys([("default", "torch"), (variant, "torch")]):
                a, b = work / f"{variant}-{kind}.npz", work / f"{ref[0]}-{ref[1]}.npz"
                if (variant, kind) == ref or not a.exists() or not b.exists():
                    continue
                found = agreement(a, b)
                print(f"| {variant} {kind} | {ref[0]} torch | {found['passages'][0]:.7f} / {found['passages'][1]:.7f} "
                      f"| {found['units'][0]:.7f} / {found['units'][1]:.7f} |")


if __name__ == "__main__":
    main()
