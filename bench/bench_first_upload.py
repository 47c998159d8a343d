"""The served UI's start and its first upload, as a user meets them: seconds from starting `tqa serve` (over an
index already built, corpus unchanged) until the page answers HTTP, until it shows its corpus in chromium and until
its start-up indexing is done (the line in the Corpus tab gone; before 2026-12-03 there was none: the page came up
after it), then from choosing a file in the Corpus tab until the upload box lists it, and from "Add to index" until the
transcript's name is in the corpus table. Median of --runs, each over a fresh copy of the built index and an
empty data folder; --busy N runs N busy Python loops at nice 0 beside (a `stress`-like load on 2 cores).

    .venv/bin/python bench/bench_first_upload.py --runs 3            # quiet
    .venv/bin/python bench/bench_first_upload.py --runs 3 --busy 2   # under load
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
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bench_ui import REPO, free_port, start_app, stop  # noqa: E402

UPLOAD = REPO / "tests" / "data" / "ui" / "script-injection.txt"
WAIT_MS = 180_000


def wait_http(port: int, process: subprocess.Popen, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"tqa serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"tqa serve did not answer within {timeout:.0f} s")


def one_run(browser, built: Path, corpus: Path, work: Path, run: int) -> dict:
    index = work / f"index-{run}"
    shutil.copytree(built, index)
    port = free_port()
    started = time.perf_counter()
    process = start_app(index, corpus, port)
    try:
        wait_http(port, process)
        figures = {"http_s": time.perf_counter() - started}
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(WAIT_MS)
        page.goto(f"http://127.0.0.1:{port}/")
        page.locator(".tqa-suggestion").first.wait_for()
        figures["page_s"] = time.perf_counter() - started
        page.get_by_role("tab", name="Corpus").click()
        page.locator("#corpus-table table").wait_for()
        if page.locator("#corpus-starting").count():  # the start-up indexing beside the page: its line is gone
            page.wait_for_timeout(1500)  # its first tick
            page.locator("#corpus-starting .tqa-starting").wait_for(state="detached")
        figures["started_s"] = time.perf_counter() - started
        upload = work / f"ferry-briefing-{run}.txt"
        upload.write_bytes(UPLOAD.read_bytes())
        chosen = time.perf_counter()
        page.locator("#upload-files input[type=file]").set_input_files(str(upload))
        page.locator("#upload-files").get_by_text(upload.name).first.wait_for()
        figures["listed_s"] = time.perf_counter() - chosen
        clicked = time.perf_counter()
        page.locator("#upload").click()
        page.locator("#corpus-table td", has_text=upload.name).first.wait_for()
        figures["in_table_s"] = time.perf_counter() - clicked
        page.close()
        return figures
    finally:
        stop(process)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--busy", type=int, default=0, help="busy Python loops beside (nice 0)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        with tempfile.TemporaryDirectory(prefix="tqa-bench-upload-") as tmp, sync_playwright() as p:
            work = Path(tmp)
            corpus = work / "corpus"
            shutil.copytree(REPO / "corpus", corpus)
            built = work / "built-index"
            subprocess.run([str(Path(sys.executable).parent / "tqa"), "ingest", str(corpus), "--index", str(built)],
                           cwd=REPO, check=True, stdout=subprocess.DEVNULL)  # the index every run copies
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            runs = [one_run(browser, built, corpus, work, run) for run in range(args.runs)]
            browser.close()
    finally:
        for process in busy:
            process.kill()
            process.wait()
    summary = {key: {"median_s": round(statistics.median(r[key] for r in runs), 2),
                     "runs_s": [round(r[key], 2) for r in runs]} for key in runs[0]}
    print(json.dumps({"busy_loops": args.busy, "runs": args.runs, "load_average_after": os.getloadavg(), **summary},
                     indent=1))


if __name__ == "__main__":
    main()
