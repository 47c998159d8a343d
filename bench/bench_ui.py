"""UI figures: time from `tqa serve` (what `make serve` runs) to a first answer, time from page load to a
usable page in Chromium, and /ask latency through the HTTP API.

    .venv/bin/python bench/bench_ui.py                 # about 5 minutes on 2 cores; prints Markdown for docs/ui.md

Startup is timed from starting `tqa serve` until a gradio_client call of /ask succeeds, with the index already
built and from scratch (an empty index folder), median of --runs. Page load is timed in Debian's chromium
(headless, through Playwright) from navigation until the suggested questions show and the question box takes
text, median of --loads. Latency is /ask over HTTP from 1 client and from --clients concurrent clients (each
its own gradio_client), questions taken in turn from the seed set, after one unmeasured pass over that set.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from gradio_client import Client

REPO = Path(__file__).resolve().parent.parent
SEED_QUESTIONS = REPO / "qa" / "data" / "seed_questions.jsonl"
PROBE = "How many American diplomats will be told to leave Russia?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(index_dir: Path, corpus_dir: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "TQA_INDEX_DIR": str(index_dir), "TQA_CORPUS_DIR": str(corpus_dir),
           "TQA_DATA_DIR": str(index_dir.parent / f"{index_dir.name}-data"), "TQA_PORT": str(port),
           "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([str(Path(sys.executable).parent / "tqa"), "serve"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def time_page_load(port: int, loads: int) -> dict:
    """Seconds from navigation to a usable page (suggestions shown, question box enabled), in chromium."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for _ in range(loads + 1):  # the first load fills the browser's cache, as a returning user's would be
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/")
            page.locator(".tqa-suggestion").first.wait_for(timeout=60_000)
            page.locator("#question textarea").wait_for(state="visible")
            times.append(time.perf_counter() - started)
            page.close()
        browser.close()
    return {"median_s": statistics.median(times[1:]), "first_s": times[0], "runs_s": [round(x, 2) for x in times[1:]]}


def wait_until_answering(port: int, process: subprocess.Popen, timeout: float = 300.0) -> Client:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app.py exited with {process.returncode} before answering")
        try:
            client = Client(f"http://127.0.0.1:{port}/", verbose=False)
            client.predict(PROBE, api_name="/ask")
            return client
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"app.py did not answer within {timeout:.0f} s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def time_startup(corpus: Path, work: Path, runs: int) -> dict:
    """Seconds from process start to a successful /ask: with a built index, and from an empty index folder."""
    built = work / "built-index"
    times: dict[str, list[float]] = {"index built": [], "from scratch": []}
    port = free_port()
    warm = start_app(built, corpus, port)  # builds the index the 'index built' runs reuse
    wait_until_answering(port, warm)
    stop(warm)
    for run in range(runs):
        for case in ("index built", "from scratch"):
            index = built if case == "index built" else work / f"scratch-{run}"
            port = free_port()
            started = time.perf_counter()
            process = start_app(index, corpus, port)
            try:
                wait_until_answering(port, process)
                times[case].append(time.perf_counter() - started)
            finally:
                stop(process)
    return {case: {"median_s": statistics.median(v), "runs_s": [round(x, 2) for x in v]} for case, v in times.items()}


def questions() -> list[str]:
    return [json.loads(line)["question"] for line in SEED_QUESTIONS.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def time_latency(port: int, clients: int, per_client: int) -> dict:
    """/ask latency over HTTP with `clients` concurrent clients, each asking `per_client` questions."""
    pool = questions()
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    ready = threading.Barrier(clients)

    def worker(n: int) -> None:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        ready.wait()
        for i in range(per_client):
            question = pool[(n * per_client + i) % len(pool)]
            t0 = time.perf_counter()
            try:
                client.predict(question, api_name="/ask")
            except Exception as exc:  # counted, not raised: the figure is how many fail
                with lock:
                    failures.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                latencies.append((time.perf_counter() - t0) * 1000)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {"clients": clients, "requests": clients * per_client, "failed": len(failures),
            "p50_ms": float(np.percentile(latencies, 50)), "p95_ms": float(np.percentile(latencies, 95)),
            "throughput_rps": len(latencies) / wall, "first_failures": failures[:3]}


def follow_ups(port: int) -> dict:
    """The seed set's follow-up questions asked through /ask with their `history` and without it: the rank of
    the first citation that overlaps a gold span (character overlap, as the evaluation judges)."""
    from qa.evaluate.metrics import first_relevant_rank, relevance
    from qa.evaluate.questions import load_questions, locate_gold

    client = Client(f"http://127.0.0.1:{port}/", verbose=False)
    asked = [q for q in load_questions(SEED_QUESTIONS) if q.history and q.has_gold]
    texts = {name: (REPO / "corpus" / name).read_bytes().decode("utf-8") for name in {q.transcript for q in asked}}
    gold = locate_gold(asked, texts.__getitem__, source=str(SEED_QUESTIONS))
    ranks: dict[str, list] = {"with history": [], "without history": []}
    for q in asked:
        for case, history in (("with history", list(q.history)), ("without history", [])):
            answer = client.predict(q.question, history, api_name="/ask")
            cited = [(c["transcript"], c["start_char"], c["end_char"]) for c in answer["citations"]]
            ranks[case].append(first_relevant_rank(relevance(cited, q.transcript, gold[q.id])))
    return {case: {"questions": len(r), "hit@1": sum(x == 1 for x in r) / len(r),
                   "hit@3": sum(x is not None and x <= 3 for x in r) / len(r), "ranks": r}
            for case, r in ranks.items()}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import gradio
    import torch
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "gradio": gradio.__version__,
            "torch": torch.__version__, "torch_threads": torch.get_num_threads()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="startup runs per case (median reported)")
    parser.add_argument("--single", type=int, default=40, help="requests from the single client")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--per-client", type=int, default=20, help="requests from each concurrent client")
    parser.add_argument("--loads", type=int, default=5, help="page loads timed (median reported)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tqa-bench-ui-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        shutil.copytree(REPO / "corpus", corpus)
        startup = time_startup(corpus, work, args.runs)
        port = free_port()
        process = start_app(work / "built-index", corpus, port)
        try:
            wait_until_answering(port, process)
            # one pass over the question pool first: the API caches the vectors of cited passages' sentences,
            # so both measured runs see the same (warm) state
            page_load = time_page_load(port, args.loads)
            time_latency(port, 1, len(questions()))
            latency = [time_latency(port, 1, args.single), time_latency(port, args.clients, args.per_client)]
            followed = follow_ups(port)
        finally:
            stop(process)
    result = {"machine": machine(), "startup": startup, "page_load": page_load, "latency": latency,
              "follow_ups": followed, "load_average": os.getloadavg()}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    m = result["machine"]
    print(f"Load average at the end: {', '.join(f'{x:.1f}' for x in result['load_average'])}.")
    print(f"Machine: {m['cpu']}, {m['cores']} cores; Python {m['python']}, gradio {m['gradio']}, torch {m['torch']} "
          f"({m['torch_threads']} threads).\n")
    print("| start-up of `tqa serve` until /ask answers | median (s) | runs (s) |\n| --- | --- | --- |")
    for case, v in startup.items():
        print(f"| {case} | {v['median_s']:.1f} | {', '.join(map(str, v['runs_s']))} |")
    pl = result["page_load"]
    print(f"\n| page load to usable (chromium, 1400x900) | median (s) | first load (s) | runs (s) |\n| --- | --- | --- | --- |\n"
          f"| suggestions shown, question box ready | {pl['median_s']:.2f} | {pl['first_s']:.2f} | "
          f"{', '.join(map(str, pl['runs_s']))} |")
    print("\n| /ask over HTTP | requests | failed | p50 (ms) | p95 (ms) | throughput (req/s) |\n"
          "| --- | --- | --- | --- | --- | --- |")
    for row in latency:
        print(f"| {row['clients']} client{'s' if row['clients'] > 1 else ''} | {row['requests']} | {row['failed']} | "
              f"{row['p50_ms']:.0f} | {row['p95_ms']:.0f} | {row['throughput_rps']:.2f} |")
        for failure in row["first_failures"]:
            print(f"  failure: {failure}", file=sys.stderr)
    print("\n| seed follow-up questions via /ask (k=5) | questions | Hit@1 | Hit@3 | first relevant rank each |\n"
          "| --- | --- | --- | --- | --- |")
    for case, v in followed.items():
        print(f"| {case} | {v['questions']} | {v['hit@1']:.2f} | {v['hit@3']:.2f} | "
              f"{', '.join('-' if r is None else str(r) for r in v['ranks'])} |")


if __name__ == "__main__":
    main()
