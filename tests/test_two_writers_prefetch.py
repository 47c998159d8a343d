"""A server reading an index while `tqa ingest` writes it (found by trial39, docs/ui.md "New user's trial (trial39)"):
the reader's prefetch (`qa.store.prefetch_files`) opened and closed the index's SQLite files, which dropped that
process's POSIX locks on them (fcntl locks belong to the process and go with any close of the file), so the writer,
closing, found itself alone, checkpointed and deleted the WAL and shared-memory files under the reader's open
connection (sqlite.org/howtocorrupt.html, 2.2). Seen: the server then failed every request, "the index ... cannot be
opened (disk I/O error)", until restarted. The prefetch now leaves SQLite's files to SQLite. Real index, model and
processes."""

from __future__ import annotations

import os
import subprocess
import sys

from qa.api import Settings, TranscriptQA
from tests.conftest import REPO


def test_a_writer_beside_a_prefetched_reader_leaves_its_sqlite_files_in_place(tmp_path):
    for n in range(2):
        (tmp_path / f"standup-{n}.txt").write_text(f"Ana: Item {n} is the budget.\nBen: We ship item {n} Friday.\n",
                                                   encoding="utf-8")
    index = tmp_path / "index"
    reader = TranscriptQA(Settings(index_dir=index, prefetch_index=True))
    reader.ingest([tmp_path / "standup-0.txt"])
    store = reader.store()  # open, as a server's is
    store.prefetching.join(60)
    shm = store.generation / "store.sqlite-shm"
    assert shm.exists()
    done = subprocess.run([sys.executable, "-m", "qa.cli", "ingest", str(tmp_path / "standup-1.txt"), "--index",
                           str(index)], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert shm.exists(), "the writer deleted the shared-memory file of a reader's open connection"
    assert len(reader.list_transcripts()) == 2
