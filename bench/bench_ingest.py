"""Ingest time per word of transcript against one plain fp32 encode of the same text, for each ingest precision.

    nice -n 5 .venv/bin/python bench/bench_ingest.py [--meetings 8] [--repeats 2]

The plain pass is what a user would otherwise run: the meetings' text cut into 140-word windows, encoded by a bare
fp32 `SentenceTransformer.encode`. Each repeat times, in one process and alternating, the plain pass and a whole
library ingest (parse, segment, embed passages and sentence units, write) into an empty folder under each
`ingest_precision` (fp32, bf16 autocast, int8 ONNX). Agreement with fp32 ingest: the mean cosine of the passage
vectors, and overlap@10 of the dense top 10 for the QMSum val questions of those meetings.

    nice -n 10 .venv/bin/python bench/bench_ingest.py --cli [--meetings 8 | --files PATH ...] [--repeats 3]

`--cli` times ingest as users feel it: a real `tqa ingest FILES --index <fresh folder>` process (Python start,
imports, model load, parse, segment, embed, write; the default settings, or the environment's TQA_* ones), wall
clock, beside the plain pass in this process (the bare encode call, model loaded) and a plain *process* (Python
start, sentence-transformers import, model load, the same encode), alternating their order each repeat; medians.
The ingest process's own report (its "in N s": parse, embed and write) is printed too. `--threads` sets torch's
threads here and OMP_NUM_THREADS for both child processes. `--against CHECKOUT` (e.g. /work/main) adds, in the same
alternation, the same `tqa ingest` process running that checkout's code (PYTHONPATH), and the load average of each
repeat: this code's process against another's, side by side; `--no-plain` then times only those two processes
(on a loaded machine, half the time).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

QMSUM = REPO.parent / "shared" / "bench" / "qmsum" / "val"
PRECISIONS = ("fp32", "bf16", "int8")


def windows(files: list[Path], size: int = 140) -> list[str]:
    out = []
    for path in files:
        words = path.read_text(encoding="utf-8").split()
        out += [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM)
    parser.add_argument("--meetings", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--precisions", nargs="+", default=list(PRECISIONS))
    parser.add_argument("--cli", action="store_true", help="time a real `tqa ingest` process (see above)")
    parser.add_argument("--files", nargs="+", type=Path, default=None,
                        help="these transcripts (files or folders) instead of the QMSum val meetings")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (children: OMP_NUM_THREADS)")
    parser.add_argument("--against", type=Path, default=None,
                        help="with --cli: also time `tqa ingest` running this checkout's code (another branch)")
    parser.add_argument("--no-plain", action="store_true", help="with --against: time only the two ingest processes")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    files = sorted((args.qmsum / "transcripts").iterdir())[:args.meetings]
    if args.files:
        from qa.ingest import _NOT_TRANSCRIPTS  # what a folder scan skips (README, PROVENANCE, ...)

        files = sorted(f for p in args.files for f in ([p] if p.is_file() else p.iterdir())
                       if f.is_file() and f.stem.upper() not in _NOT_TRANSCRIPTS)
    if args.cli:
        cli_runs(args, files)
        return
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    plain_texts = windows(files)
    base = Settings()
    probe = TranscriptQA(base.replace(index_dir=Path(tempfile.mkdtemp())))
    model = probe.encoder.model
    model.encode(plain_texts[:32], batch_size=32)  # warm-up
    probe.ingest([])  # makes the ONNX export if it is missing
    times: dict[str, list[float]] = {p: [] for p in ["plain", *args.precisions]}
    stores = {}
    for repeat in range(args.repeats):
        order = ["plain", *args.precisions]
        if repeat % 2:
            order.reverse()
        for what in order:
            started = time.perf_counter()
            if what == "plain":
                model.encode(plain_texts, batch_size=32, show_progress_bar=False)
            else:
                folder = Path(tempfile.mkdtemp(prefix=f"ingest-{what}-"))
                qa = TranscriptQA(base.replace(index_dir=folder, ingest_precision=what))
                qa.ingest(files)
            times[what].append(time.perf_counter() - started)
            if what != "plain":
                if repeat == 0:
                    stores[what] = (qa, folder)
                else:
                    shutil.rmtree(folder, ignore_errors=True)
    plain = statistics.median(times["plain"])
    questions = [json.loads(line) for line in (args.qmsum / "questions.jsonl").read_text().splitlines() if line.strip()]
    names = {f.name for f in files}
    asked = [q["question"] for q in questions if q.get("transcript") in names]
    reference = stores.get("fp32", (None,))[0]
    print(f"{len(files)} QMSum {args.qmsum.name} meetings, {words} words, {len(plain_texts)} windows of 140 words; "
          f"medians of {args.repeats} paired runs\n")
    print("| ingest precision | ingest s | plain fp32 encode s | ingest / plain | passage cosine to fp32 | "
          "overlap@10 to fp32 |\n| --- | --- | --- | --- | --- | --- |")
    for what in args.precisions:
        seconds = statistics.median(times[what])
        cosine = overlap = float("nan")
        if reference is not None:
            cosine, overlap = agreement(reference, stores[what][0], asked)
        print(f"| {what} | {seconds:.1f} | {plain:.1f} | {seconds / plain:.2f}x | {cosine:.5f} | {overlap:.3f} |")
    for qa, folder in stores.values():
        shutil.rmtree(folder, ignore_errors=True)


PLAIN_PROCESS = """
import json, sys, time
started = time.perf_counter()
from sentence_transformers import SentenceTransformer
from embeddings.encoder import resolve_model
model = SentenceTransformer(resolve_model(sys.argv[2]), device="cpu", local_files_only=True)
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
loaded = time.perf_counter()
model.encode(texts, batch_size=32, show_progress_bar=False)
print(json.dumps({"encode": time.perf_counter() - loaded, "start": loaded - started}))
"""


def child(command: list[str], env: dict[str, str], cwd: Path = REPO) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system, the child's) of one child process, and its stdout (run in `cwd`: the
    first place `python -m` imports from)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{command[:4]} failed: {done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def cli_runs(args, files: list[Path]) -> None:
    """`tqa ingest` as a process against the plain pass, side by side, alternating (the docstring's --cli)."""
    words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
    plain_texts = windows(files)
    base = Settings()
    probe = TranscriptQA(base.replace(index_dir=Path(tempfile.mkdtemp())))
    plain = not (args.no_plain and args.against)
    model = probe.encoder.model if plain else None
    if plain:
        model.encode(plain_texts[:32], batch_size=32)  # warm-up
    probe.ingest([])  # makes the ONNX export if it is missing, so that no ingest below makes it
    texts_file = Path(tempfile.mkdtemp()) / "windows.json"
    texts_file.write_text(json.dumps(plain_texts), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1")
    if args.threads:
        env["OMP_NUM_THREADS"] = str(args.threads)
    rows: dict[str, list[float]] = {k: [] for k in ("plain", "plain process", "plain process encode", "ingest",
                                                    "ingest cpu", "ingest report", "plain process cpu")}
    if args.against:
        rows.update({"against": [], "against cpu": [], "against report": [], "load": []})
    report = ""
    for repeat in range(args.repeats):
        order = (["plain", "plain process"] if plain else []) + ["ingest"] + (["against"] if args.against else [])
        for what in (order if repeat % 2 == 0 else order[::-1]):
            if what == "plain":
                started = time.perf_counter()
                model.encode(plain_texts, batch_size=32, show_progress_bar=False)
                rows["plain"].append(time.perf_counter() - started)
            elif what == "plain process":
                wall, cpu, out = child([sys.executable, "-c", PLAIN_PROCESS, str(texts_file), base.model], env)
                rows["plain process"].append(wall)
                rows["plain process cpu"].append(cpu)
                rows["plain process encode"].append(json.loads(out.strip().splitlines()[-1])["encode"])
            elif what == "ingest":
                folder = Path(tempfile.mkdtemp(prefix="cli-ingest-")) / "index"
                wall, cpu, out = child([sys.executable, "-m", "qa.cli", "ingest", *map(str, files),
                                        "--index", str(folder)], env)
                shutil.rmtree(folder.parent, ignore_errors=True)
                rows["ingest"].append(wall)
                rows["ingest cpu"].append(cpu)
                report = out.strip().splitlines()[-1]
                rows["ingest report"].append(float(re.search(r"in ([0-9.]+)s", report).group(1)))
            if what == "against":  # the same process, the other checkout's code
                folder = Path(tempfile.mkdtemp(prefix="cli-ingest-")) / "index"
                wall, cpu, out = child([sys.executable, "-m", "qa.cli", "ingest", *(str(f.resolve()) for f in files),
                                        "--index", str(folder)], dict(env, PYTHONPATH=str(args.against.resolve())),
                                       args.against.resolve())
                shutil.rmtree(folder.parent, ignore_errors=True)
                rows["against"].append(wall)
                rows["against cpu"].append(cpu)
                rows["against report"].append(float(re.search(r"in ([0-9.]+)s", out.strip().splitlines()[-1]).group(1)))
        if args.against:
            rows["load"].append(os.getloadavg()[0])
        print(f"repeat {repeat}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in rows.items() if v), flush=True)
    if not plain:
        for key in ("plain", "plain process", "plain process encode", "plain process cpu"):
            rows[key] = [float("nan")]
    m = {k: statistics.median(v) for k, v in rows.items()}
    print(f"\n{len(files)} transcripts, {words} words, {len(plain_texts)} windows of 140 words; wall seconds, "
          f"medians of {args.repeats} (each repeat's in brackets); torch threads {args.threads or 'default'}; "
          f"last report: {report}\n")
    each = {k: ", ".join(f"{x:.1f}" for x in v) for k, v in rows.items()}
    print("| | seconds | / plain encode call | / plain process |\n| --- | --- | --- | --- |")
    print(f"| plain fp32 encode call (model loaded) | {m['plain']:.1f} ({each['plain']}) | 1.00x | |")
    print(f"| plain process (start, import, load, encode) | {m['plain process']:.1f} ({each['plain process']}); "
          f"its encode {m['plain process encode']:.1f} | | 1.00x |")
    print(f"| `tqa ingest` process | {m['ingest']:.1f} ({each['ingest']}) | {m['ingest'] / m['plain']:.2f}x | "
          f"{m['ingest'] / m['plain process']:.2f}x |")
    print(f"| its report's seconds (parse, embed, write) | {m['ingest report']:.1f} ({each['ingest report']}) | "
          f"{m['ingest report'] / m['plain']:.2f}x | |")
    print(f"| CPU s: ingest process / plain process | {m['ingest cpu']:.1f} / {m['plain process cpu']:.1f} | | "
          f"{m['ingest cpu'] / m['plain process cpu']:.2f}x |")
    if args.against:
        print(f"| `tqa ingest` process, {args.against}'s code | {m['against']:.1f} ({each['against']}) | "
              f"{m['against'] / m['plain']:.2f}x | {m['against'] / m['plain process']:.2f}x |")
        print(f"| its report's seconds | {m['against report']:.1f} ({each['against report']}) | | |")
        print(f"| CPU s: this code's ingest / {args.against}'s | {m['ingest cpu']:.1f} ({each['ingest cpu']}) / "
              f"{m['against cpu']:.1f} ({each['against cpu']}) | | |")
        print(f"| load average (1 min) at each repeat's end | {each['load']} | | |")


def agreement(reference: TranscriptQA, other: TranscriptQA, questions: list[str]) -> tuple[float, float]:
    ours, theirs = reference.store(), other.store()
    rows = np.arange(len(ours))
    cosine = float((ours.vectors(rows) * theirs.vectors(rows)).sum(axis=1).mean())
    vectors = reference.encoder.encode(questions)
    overlap = np.mean([len({r for r, _ in ours.search(v, 10)} & {r for r, _ in theirs.search(v, 10)}) / 10
                       for v in vectors]) if len(questions) else float("nan")
    return cosine, float(overlap)


if __name__ == "__main__":
    main()
