"""Soak: N clients for M minutes of mixed asks, uploads and removes against `tqa serve` on 127.0.0.1.

    .venv/bin/python bench/soak.py                    # 8 clients, 10 minutes; prints Markdown for docs/reliability.md
    .venv/bin/python bench/soak.py --clients 2 --minutes 1   # a quick look

Each client (its own gradio_client) loops: an upload of a small transcript under a name of its own every 10th
step, the removal of its oldest upload every 10th step (offset by 5), and otherwise /ask with a seed question.
Per minute: requests, failed requests, p50/p95 latency of each kind, and the server's resident memory (VmRSS of
the `tqa serve` process, sampled every 5 s; the minute's last sample). "Flat" is judged after warm-up (the
first 2 minutes): the largest later sample against the first one after warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from gradio_client import Client, handle_file

REPO = Path(__file__).resolve().parent.parent
SEED_QUESTIONS = REPO / "qa" / "data" / "seed_questions.jsonl"
UPLOAD_SOURCE = REPO / "tests" / "data" / "ui" / "riverside-council-bicycle-lane-2024-03-05.txt"
WARM_UP_MINUTES = 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(work: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "TQA_INDEX_DIR": str(work / "index"), "TQA_DATA_DIR": str(work / "data"),
           "TQA_CORPUS_DIR": str(work / "corpus"), "TQA_PORT": str(port), "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([str(Path(sys.executable).parent / "tqa"), "serve"], cwd=work, env=env,
                            stdout=subprocess.DEVNULL, stderr=open(work / "server.log", "w"))


def wait_ready(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("tqa serve exited before answering")
        try:
            Client(f"http://127.0.0.1:{port}/", verbose=False).predict("Who spoke?", api_name="/ask")
            return
        except Exception:
            time.sleep(0.5)
    raise RuntimeError("tqa serve did not answer in time")


class Record:
    """(minute, kind, seconds, ok) for every request, kept under a lock."""

    def __init__(self, started: float):
        self.started, self.rows, self.lock = started, [], threading.Lock()

    def add(self, kind: str, seconds: float, ok: bool, error: str = "") -> None:
        with self.lock:
            self.rows.append((int((time.monotonic() - self.started) // 60), kind, seconds, ok, error))


def client_loop(n: int, port: int, stop_at: float, record: Record, work: Path, questions: list[str]) -> None:
    client = Client(f"http://127.0.0.1:{port}/", verbose=False)
    rng, mine, step = random.Random(n), [], 0
    while time.monotonic() < stop_at:
        step += 1
        if step % 10 == 0:
            kind, name = "upload", f"soak-c{n}-{step}.txt"
            path = work / "uploads" / name
            path.write_bytes(UPLOAD_SOURCE.read_bytes().replace(b"Elm Street", f"Elm Street {n}-{step}".encode()))
            call = lambda: client.predict([handle_file(str(path))], api_name="/upload")  # noqa: E731
        elif step % 10 == 5 and mine:
            kind, name = "remove", mine.pop(0)
            call = lambda: client.predict(name, True, api_name="/remove")  # noqa: E731
        else:
            kind, question = "ask", rng.choice(questions)
            call = lambda: client.predict(question, api_name="/ask")  # noqa: E731
        t0 = time.perf_counter()
        try:
            result = call()
            ok = kind != "upload" or ": added" in result[0]
            record.add(kind, time.perf_counter() - t0, ok, "" if ok else str(result[0])[:200])
            if kind == "upload" and ok:
                mine.append(name)
        except Exception as exc:  # counted, not raised: the figure is how many fail
            record.add(kind, time.perf_counter() - t0, False, f"{type(exc).__name__}: {exc}"[:200])


def sample_rss(pid: int, stop_at: float, started: float, samples: list) -> None:
    while time.monotonic() < stop_at:
        samples.append(((time.monotonic() - started) / 60, rss_mb(pid)))
        time.sleep(5)


def summarize(record: Record, samples: list, minutes: int) -> dict:
    table = []
    for minute in range(minutes):
        rows = [r for r in record.rows if r[0] == minute]
        latency = defaultdict(list)
        for _, kind, seconds, ok, _ in rows:
            if ok:
                latency[kind].append(seconds * 1000)
        rss = [mb for at, mb in samples if minute <= at < minute + 1]
        table.append({"minute": minute + 1, "requests": len(rows), "failed": sum(1 for r in rows if not r[3]),
                      **{f"{k}_p{q}_ms": round(float(np.percentile(v, q))) for k, v in latency.items() for q in (50, 95)},
                      "rss_mb": round(rss[-1]) if rss else None})
    after = [mb for at, mb in samples if at >= WARM_UP_MINUTES]
    growth = (max(after) / after[0] - 1) if after else None
    errors = [r[4] for r in record.rows if not r[3]][:5]
    return {"minutes": table, "rss_growth_after_warm_up": growth, "first_errors": errors,
            "requests": len(record.rows), "failed": sum(1 for r in record.rows if not r[3])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--minutes", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in SEED_QUESTIONS.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="tqa-soak-") as tmp:
        work = Path(tmp)
        shutil.copytree(REPO / "corpus", work / "corpus")
        (work / "uploads").mkdir()
        port = free_port()
        server = start_server(work, port)
        try:
            wait_ready(port, server)
            started = time.monotonic()
            stop_at = started + args.minutes * 60
            record, samples = Record(started), []
            threads = [threading.Thread(target=client_loop, args=(n, port, stop_at, record, work, questions))
                       for n in range(args.clients)]
            threads.append(threading.Thread(target=sample_rss, args=(server.pid, stop_at, started, samples)))
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    result = {"clients": args.clients, **summarize(record, samples, args.minutes),
              "load_average": os.getloadavg()}
    print(json.dumps(result, indent=2) if args.json else markdown(result))


def markdown(result: dict) -> str:
    kinds = ("ask", "upload", "remove")
    head = "| minute | requests | failed | " + " | ".join(f"{k} p50 / p95 (ms)" for k in kinds) + " | server RSS (MB) |"
    lines = [head, "|" + " --- |" * (4 + len(kinds))]
    for row in result["minutes"]:
        cells = [f"{row.get(f'{k}_p50_ms', '-')} / {row.get(f'{k}_p95_ms', '-')}" for k in kinds]
        lines.append(f"| {row['minute']} | {row['requests']} | {row['failed']} | {' | '.join(cells)} | {row['rss_mb']} |")
    growth = result["rss_growth_after_warm_up"]
    lines.append(f"\n{result['clients']} clients; {result['requests']} requests, {result['failed']} failed; RSS after "
                 f"warm-up grew {100 * growth:.1f}% at most" if growth is not None else "")
    lines.append(f"load average at the end: {', '.join(f'{x:.1f}' for x in result['load_average'])}")
    for error in result["first_errors"]:
        lines.append(f"  failure: {error}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
