"""Writers of one index folder, as real processes: none loses another's work, a killed writer blocks nobody, and
a full disk leaves the index as it was."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from qa.api import TranscriptQA
from qa.config import Settings
from tests.conftest import REPO, SEED

ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)}
HOLD_LOCK = """
import sys, time
from qa.store import writer_lock
with writer_lock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(600)
"""


def _tqa(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qa.cli", *args], env=ENV, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _folder(tmp_path: Path, name: str, speaker: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i in range(2):
        (folder / f"{name}-{i}.txt").write_text(
            f"{speaker}: In session {i} of {name} we planted {i + 3} rows of beans and watered them at dawn.\n",
            encoding="utf-8")
    return folder


def test_two_concurrent_ingests_keep_both_writers_files(fresh_index, tmp_path):
    a, b = _folder(tmp_path, "alpha", "Ann"), _folder(tmp_path, "beta", "Bob")
    runs = [_tqa("ingest", "--index", str(fresh_index), str(folder)) for folder in (a, b)]
    outputs = [run.communicate(timeout=900) for run in runs]  # two model loads on 2 shared cores
    assert [run.returncode for run in runs] == [0, 0], outputs
    names = {i.name for i in TranscriptQA(Settings(index_dir=fresh_index)).list_transcripts()}
    assert names == {SEED.name, "alpha-0.txt", "alpha-1.txt", "beta-0.txt", "beta-1.txt"}


def test_a_writer_waits_for_the_lock_and_says_so(fresh_index, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(fresh_index)], env=ENV, cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        writer = _tqa("ingest", "--index", str(fresh_index), str(_folder(tmp_path, "alpha", "Ann")))
        said = ""
        while "waiting for another process that is writing" not in said:  # it parses and embeds, then waits
            line = writer.stderr.readline()
            assert line, f"the writer ended without waiting: {said}"
            said += line
        time.sleep(1)
        assert writer.poll() is None  # still waiting: the lock is held
        assert "alpha" not in (fresh_index / "manifest.json").read_text()
        holder.terminate()
        writer.communicate(timeout=120)
        assert writer.returncode == 0
    finally:
        holder.kill()
    assert "alpha-0.txt" in {i.name for i in TranscriptQA(Settings(index_dir=fresh_index)).list_transcripts()}


def test_a_writer_killed_while_holding_the_lock_blocks_nobody(fresh_index, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(fresh_index)], env=ENV, cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    (tmp_path / "late.txt").write_text("Cy Doe: The late shipment of seeds arrives on Monday morning.\n")
    report = TranscriptQA(Settings(index_dir=fresh_index)).ingest([tmp_path / "late.txt"])
    assert report.added == ("late.txt",)


def test_a_full_disk_gives_one_line_and_leaves_the_index_unchanged(fresh_index, tmp_path):
    (tmp_path / "long.txt").write_text("\n\n".join(
        f"Speaker {i % 3}: Item {i} on the agenda concerns the budget for road repairs in district {i}." for i in range(40)))
    generation = fresh_index / json.loads((fresh_index / "manifest.json").read_text())["generation"]
    limit = max((generation / "vectors.f32").stat().st_size, 32768) + 4096  # SQLite's -shm file needs 32 KiB
    # a file-size limit a little above the passage vectors: appending 40 more fails there as on a full disk
    script = (f"import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
              f"import sys; sys.argv = ['tqa', 'ingest', '--index', {str(fresh_index)!r}, {str(tmp_path / 'long.txt')!r}]; "
              f"from qa.cli import main; main()")
    run = subprocess.run([sys.executable, "-c", script], env=ENV, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: no space left to write the index") and "unchanged" in last, run.stderr
    assert "Traceback" not in run.stderr
    qa = TranscriptQA(Settings(index_dir=fresh_index))
    assert [i.name for i in qa.list_transcripts()] == [SEED.name]
    assert qa.ask("How many US diplomats must leave Russia?").answerable
    assert json.loads((fresh_index / "manifest.json").read_text())["passages"] == len(qa.store())
