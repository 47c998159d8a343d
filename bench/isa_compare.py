"""Ask latency and ingest time on a CPU restricted to AVX2, side by side with the unrestricted default (issue 12;
docs/scale.md, "AVX2 (avx33)").

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/isa_compare.py [--repeats 3] [--meetings 8] [--step 1] \
        [--variants default env cpuid] [--what ask ingest]

Variants, each run in child processes of its own:
- default: nothing restricted (on the AMD EPYC of 2026-12-05: AVX-512 with AVX512_BF16, no AMX).
- env: what torch's own switches restrict, `ATEN_CPU_CAPABILITY=avx2` (ATen's vectorised kernels) and
  `ONEDNN_MAX_CPU_ISA=AVX2` (oneDNN's JIT kernels). MKL (torch's fp32 matmul), onnxruntime's MLAS (the ONNX query
  encoder), FAISS and numpy keep their AVX-512 kernels: MLAS has no run-time switch.
- cpuid: `LD_PRELOAD` of bench/isa/avx2_cpuid.so (built here with gcc on first use): the CPUID instruction itself
  reports no AVX-512, VNNI, bf16 or AMX (Linux CPUID faulting, kernel flag `cpuid_fault`), so that every library's
  dispatch (oneDNN, MKL, torch's cpuinfo, MLAS, FAISS, numpy) chooses as on a CPU with AVX2 alone. /proc/cpuinfo
  is not changed, so ingest's precision is set explicitly below rather than left to `auto`.

Each repeat runs every variant (their order alternating between repeats) as two children: one asks the development
questions over the shared transcripts (as bench/latency_compare.py's `measure`: `real`, k=5, highlights included;
`--step N`: every N-th) on its own copy of `--index`, and times the ONNX query encoder alone on 200 of them; the
other times, in one process, the plain fp32 encode of the QMSum val meetings cut into 140-word windows and a whole
ingest of them in fp32 and in bf16 (order alternating), as bench/bench_ingest.py does. Prints each child's figures,
the load average, and medians over repeats.
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

REPO = Path(__file__).resolve().parents[1]
SHIM = REPO / "bench" / "isa" / "avx2_cpuid.c"
QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "val"
INDEX = REPO.parent / "main" / "bench" / "out" / "idx-s20" / "index-shared"
VARIANTS = {"default": {}, "env": {"ATEN_CPU_CAPABILITY": "avx2", "ONEDNN_MAX_CPU_ISA": "AVX2"}, "cpuid": None}


def capability() -> dict:
    """What this process's libraries say of the CPU."""
    import torch

    return {"aten": torch.backends.cpu.get_cpu_capability(), "avx512_bf16": torch.cpu._is_avx512_bf16_supported(),
            "onednn_bf16": bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())}


def child_ask(index: Path, step: int) -> dict:
    """bench/latency_compare.py's `measure` (real, development questions, k=5) on every `step`-th question."""
    sys.path.insert(0, str(REPO / "bench"))
    from latency_compare import CORPORA, ask_times, percentile
    from qa.api import TranscriptQA
    from qa.config import Settings

    folder, files = CORPORA["real"]
    questions = [json.loads(line) for line in files[0].read_text().splitlines() if line.strip()][::step]
    tqa = TranscriptQA(Settings(index_dir=index))
    tqa.ingest([folder])
    times = ask_times(tqa, questions)
    encoder = tqa.query_encoder
    encoder.encode([q["question"] for q in questions[:5]])
    encode = []
    for q in questions[:200]:
        started = time.perf_counter()
        encoder.encode([q["question"]])
        encode.append((time.perf_counter() - started) * 1000)
    return {"n": len(times), "p50": percentile(times, 0.5), "p95": percentile(times, 0.95),
            "encode_p50": statistics.median(encode), "encoder": type(encoder).__name__, **capability()}


def child_ingest(meetings: int, repeat: int) -> dict:
    sys.path.insert(0, str(REPO / "bench"))
    from bench_ingest import windows
    from qa.api import TranscriptQA
    from qa.config import Settings

    files = sorted((QMSUM / "transcripts").iterdir())[:meetings]
    texts = windows(files)
    base = Settings()
    probe_folder = Path(tempfile.mkdtemp(prefix="isa-probe-"))
    probe = TranscriptQA(base.replace(index_dir=probe_folder))
    model = probe.encoder.model
    model.encode(texts[:32], batch_size=32)  # warm-up
    probe.ingest([])  # the ONNX export, if missing
    out = {}
    order = ["plain", "fp32", "bf16"]
    for what in (order if repeat % 2 == 0 else order[::-1]):
        started = time.perf_counter()
        if what == "plain":
            model.encode(texts, batch_size=32, show_progress_bar=False)
        else:
            folder = Path(tempfile.mkdtemp(prefix=f"isa-{what}-"))
            TranscriptQA(base.replace(index_dir=folder, ingest_precision=what)).ingest(files)
            shutil.rmtree(folder, ignore_errors=True)
        out[what] = time.perf_counter() - started
    shutil.rmtree(probe_folder, ignore_errors=True)
    return {**out, **capability()}


def environment(variant: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1")
    if VARIANTS[variant] is None:
        shim = Path(tempfile.gettempdir()) / "tqa-avx2_cpuid.so"
        if not shim.exists() or shim.stat().st_mtime < SHIM.stat().st_mtime:
            subprocess.run(["gcc", "-O2", "-shared", "-fPIC", "-o", str(shim), str(SHIM)], check=True)
        env["LD_PRELOAD"] = str(shim)
    else:
        env.update(VARIANTS[variant])
    return env


def run_child(args: list[str], variant: str) -> dict:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=environment(variant),
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{variant} {args[:2]} failed: {done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=8)
    parser.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=list(VARIANTS))
    parser.add_argument("--what", nargs="+", choices=["ask", "ingest"], default=["ask", "ingest"])
    parser.add_argument("--step", type=int, default=1, help="ask every STEP-th development question (1: all)")
    parser.add_argument("--index", type=Path, default=INDEX, help="an index of the shared transcripts (copied)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, value = args.child
        figures = child_ask(Path(value), args.step) if kind == "ask" else child_ingest(args.meetings, int(value))
        print(json.dumps(figures))
        return
    work = Path(tempfile.mkdtemp(prefix="isa-compare-"))
    rows: dict[tuple[str, str], list[dict]] = {}
    try:
        for repeat in range(args.repeats):
            for variant in (args.variants if repeat % 2 == 0 else args.variants[::-1]):
                if "ask" in args.what:
                    index = work / f"index-{variant}"
                    if not index.exists():
                        shutil.copytree(args.index, index)
                    r = run_child(["--step", str(args.step), "--child", "ask", str(index)], variant)
                    r["load"] = os.getloadavg()[0]
                    rows.setdefault(("ask", variant), []).append(r)
                    print(f"repeat {repeat} {variant} ask: {json.dumps(r)}", flush=True)
                if "ingest" in args.what:
                    r = run_child(["--meetings", str(args.meetings), "--child", "ingest", str(repeat)], variant)
                    r["load"] = os.getloadavg()[0]
                    rows.setdefault(("ingest", variant), []).append(r)
                    print(f"repeat {repeat} {variant} ingest: {json.dumps(r)}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    def each(runs: list[dict], key: str) -> str:
        return ", ".join(f"{r[key]:.1f}" for r in runs)

    if "ask" in args.what:
        print("\n| variant | torch ATen / avx512_bf16 / oneDNN bf16 | questions | ask p50 ms | ask p95 ms | "
              "query encode p50 ms | load average |\n| --- | --- | --- | --- | --- | --- | --- |")
        for variant in args.variants:
            runs = rows[("ask", variant)]
            c = runs[0]
            print(f"| {variant} | {c['aten']} / {c['avx512_bf16']} / {c['onednn_bf16']} | {c['n']} | "
                  f"{med(runs, 'p50'):.1f} ({each(runs, 'p50')}) | {med(runs, 'p95'):.1f} ({each(runs, 'p95')}) | "
                  f"{med(runs, 'encode_p50'):.2f} | {each(runs, 'load')} |")
    if "ingest" in args.what:
        print(f"\n{args.meetings} QMSum val meetings; wall seconds, medians of {args.repeats} (each repeat's in "
              "brackets)\n\n| variant | plain fp32 encode s | ingest fp32 s | ingest bf16 s | fp32 / plain | "
              "bf16 / plain | bf16 / fp32 | load average |\n| --- | --- | --- | --- | --- | --- | --- | --- |")
        for variant in args.variants:
            runs = rows[("ingest", variant)]
            plain, fp32, bf16 = med(runs, "plain"), med(runs, "fp32"), med(runs, "bf16")
            print(f"| {variant} | {plain:.1f} ({each(runs, 'plain')}) | {fp32:.1f} ({each(runs, 'fp32')}) | "
                  f"{bf16:.1f} ({each(runs, 'bf16')}) | {fp32 / plain:.2f}x | {bf16 / plain:.2f}x | "
                  f"{bf16 / fp32:.2f}x | {each(runs, 'load')} |")


if __name__ == "__main__":
    main()
