"""Two uploads of one file at once (trial42): two browser tabs, or two clients, or the page and `tqa ingest`.

Gradio keeps an upload at a path made of its content's digest and its name, so two tabs that upload the same file
get the same temporary copy. The first Add indexed it and deleted that copy; the second Add then said "the server no
longer holds this upload (it was added or refused already); choose the file again", blaming the user for what the
other tab did. Now the second waits for the first (or finds it done) and says in one line that it reused it; nothing
is lost. Real server, model, index and processes."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from qa.api import Settings, TranscriptQA, corpus_files
from qa.ingest import EMBEDDING
from tests.conftest import REPO, running_ui

DATA = Path(__file__).parent / "data" / "ui"


def _upload_by_http(url: str, path: Path) -> str:
    """Upload a file as a page does; returns the server's temporary path of it."""
    with path.open("rb") as handle:
        reply = httpx.post(f"{url}gradio_api/upload", files={"files": (path.name, handle)})
    reply.raise_for_status()
    return reply.json()[0]


def _add_by_http(url: str, temp: str) -> str:
    """Click "Add to index" for a file the page holds at `temp` on the server, as a page does (raw HTTP: a client
    library would send the file again from this machine); returns the status it shows."""
    sent = {"data": [[{"path": temp, "meta": {"_type": "gradio.FileData"}}]]}
    event = httpx.post(f"{url}gradio_api/call/upload", json=sent, timeout=300).json()["event_id"]
    reply = httpx.get(f"{url}gradio_api/call/upload/{event}", timeout=300).text
    assert "event: complete" in reply, reply
    return json.loads(reply.split("event: complete", 1)[1].split("data:", 1)[1].strip().splitlines()[0])[0]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("two-uploads")) as (url, tqa):
        yield url, tqa


def test_two_tabs_adding_the_same_file_both_succeed_and_the_second_says_it_reused_the_first(server, tmp_path):
    url, tqa = server
    upload = tmp_path / "harbour-ferry-notes.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes() + b"\nHarbourmaster: The ferry runs at nine.\n")
    first, second = _upload_by_http(url, upload), _upload_by_http(url, upload)
    assert first == second  # one temporary copy for both tabs: Gradio names it by its content
    one, two = _add_by_http(url, first), _add_by_http(url, second)
    assert "harbour-ferry-notes.txt: added" in one
    assert "not indexed" not in two and "choose the file again" not in two, two
    assert "harbour-ferry-notes.txt: indexed moments before by an earlier Add of the same file" in two, two
    assert "reused here: added, " in two
    assert two.count("<li") == 1  # one line
    assert "harbour-ferry-notes.txt" in [t.name for t in tqa.list_transcripts()]
    assert (Path(tqa.settings.data_dir) / upload.name).read_bytes() == upload.read_bytes()
    assert not Path(first).exists()  # the temporary copy is still deleted


def test_a_second_add_of_one_copy_while_the_first_is_indexing_waits_for_it_and_embeds_nothing(tmp_path):
    """Two calls at once in one process (the page's queue lets events of two sessions run together): the second is
    started from inside the first's indexing, so it surely arrives while the first holds the copy."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data"))
    copy = tmp_path / "gradio" / "digest" / "tide-table-briefing.txt"
    copy.parent.mkdir(parents=True)
    copy.write_bytes((DATA / "riverside-council-bicycle-lane-2024-03-05.txt").read_bytes())
    heard: list[str] = []
    waiting = threading.Event()
    second: dict[str, tuple] = {}

    def second_add():
        def told(step):
            heard.append(step.what)
            if "waiting for an earlier Add of the same file" in step.what:
                waiting.set()
        second["result"] = corpus_files.add_uploads(tqa, [corpus_files.Upload(copy, copy.name)], told)

    other = threading.Thread(target=second_add)

    def first_told(step):
        if not other.is_alive() and "result" not in second:
            other.start()
            assert waiting.wait(120), heard  # the second is waiting before the first writes anything

    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(copy, copy.name)], first_told)
    other.join(120)
    assert failed == [] and done[0].startswith("tide-table-briefing.txt: added")
    done2, failed2 = second["result"]
    assert failed2 == [], failed2
    assert done2 == ["tide-table-briefing.txt: indexed moments before by an earlier Add of the same file (in this or "
                     f"another tab, or a client), reused here: {done[0].split(': ', 1)[1]}"]
    assert not any("embedding" in what for what in heard)  # nothing embedded twice
    assert [t.name for t in tqa.list_transcripts()] == ["tide-table-briefing.txt"]
    assert (tmp_path / "data" / copy.name).read_bytes() == (DATA / "riverside-council-bicycle-lane-2024-03-05.txt").read_bytes()
    assert not copy.exists()


def test_a_refused_file_added_in_two_tabs_is_refused_in_both_with_the_reason(server, tmp_path):
    url, _ = server
    bad = tmp_path / "empty-minutes.txt"
    bad.write_bytes((DATA / "empty.txt").read_bytes())
    first, second = _upload_by_http(url, bad), _upload_by_http(url, bad)
    one, two = _add_by_http(url, first), _add_by_http(url, second)
    assert "not indexed" in one and "not indexed" in two
    reason = one.split("empty-minutes.txt: ", 1)[1].split("</li>")[0]
    assert "refused just before by an earlier Add of the same file" in two and reason in two, (one, two)


# ---- the page and `tqa ingest` given the same file at the same time (two processes) -----------------------------

def _cli_ingest(path: Path, index: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qa.cli", "ingest", str(path), "--index", str(index)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=path.parent,
                            env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)})


def _slot_busy(index: Path) -> bool:
    """Whether some process holds a slot of the index's embedding locks (tried without waiting, then let go)."""
    for lock in (index / EMBEDDING).glob("*.lock"):
        with open(lock, "a+") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
    return False


def test_tqa_ingest_of_a_file_the_page_is_indexing_waits_for_it_and_embeds_nothing(tmp_path):
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data"))
    mine = tmp_path / "downloads" / "ferry-timetable-meeting.txt"
    mine.parent.mkdir()
    mine.write_bytes((DATA / "riverside-council-bicycle-lane-2024-03-05.txt").read_bytes())
    copy = tmp_path / "gradio" / "digest" / mine.name
    copy.parent.mkdir(parents=True)
    shutil.copy(mine, copy)
    cli: list[subprocess.Popen] = []

    def told(step):
        if step.what.startswith("embedding") and not cli:  # the upload holds its slot: the CLI comes now
            cli.append(_cli_ingest(mine, tmp_path / "index"))
            said = cli[0].stderr.readline()  # its first line on stderr
            assert said.startswith("waiting for another process that is indexing ferry-timetable-meeting.txt"), said

    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(copy, mine.name)], told)
    assert not failed and done[0].startswith("ferry-timetable-meeting.txt: added")
    out, err = cli[0].communicate(timeout=300)
    assert cli[0].returncode == 0, err
    assert out.startswith("0 added, 0 updated, 0 removed, 1 unchanged; 0 passages embedded"), out
    assert [t.name for t in tqa.list_transcripts()] == [mine.name]


def test_an_upload_of_a_file_tqa_ingest_is_indexing_waits_for_it_and_says_so(tmp_path):
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data"))
    tqa.warm_ingest()
    mine = tmp_path / "downloads" / "ferry-timetable-meeting.txt"
    mine.parent.mkdir()
    mine.write_bytes((DATA / "riverside-council-bicycle-lane-2024-03-05.txt").read_bytes())
    copy = tmp_path / "gradio" / "digest" / mine.name
    copy.parent.mkdir(parents=True)
    shutil.copy(mine, copy)
    cli = _cli_ingest(mine, tmp_path / "index")
    try:
        deadline = time.monotonic() + 300
        while not _slot_busy(tmp_path / "index"):  # the CLI is embedding: stopped there until the upload waits
            assert cli.poll() is None and time.monotonic() < deadline, cli.communicate()
            time.sleep(0.01)
        os.kill(cli.pid, signal.SIGSTOP)
        heard: list[str] = []

        def told(step):
            heard.append(step.what)
            if step.what.startswith("waiting for another process that is indexing"):
                os.kill(cli.pid, signal.SIGCONT)

        done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(copy, mine.name)], told)
    finally:
        os.kill(cli.pid, signal.SIGCONT)
    out, err = cli.communicate(timeout=300)
    assert cli.returncode == 0 and out.startswith("1 added"), (out, err)
    assert not failed
    assert done == ["ferry-timetable-meeting.txt: indexed by another process at the same time (tqa ingest, or another "
                    "server); used as it is"]
    assert not any(what.startswith("embedding") for what in heard), heard
    assert [t.name for t in tqa.list_transcripts()] == [mine.name]
    assert (tmp_path / "data" / mine.name).read_bytes() == mine.read_bytes()  # kept in the data folder all the same


def test_tqa_ingest_of_the_data_folder_never_finds_an_upload_indexed_and_its_file_missing(tmp_path):
    """trial42 left this race, trial43 mended it: an upload was indexed, the writer lock let go, and only then its
    file written to the data folder; a `tqa ingest DATA_FOLDER` taking the lock in between found the transcript
    indexed from a file that was not there, and removed it (the page said "added"; the index had lost it). A FIFO
    at the name the upload writes its file through (`.NAME.part`) stands for a slow disk: the upload waits there
    until the test reads it, and the CLI runs in that time. Now the file is written under the lock, so the CLI
    waits for it and removes nothing."""
    data, index = tmp_path / "data", tmp_path / "index"
    data.mkdir()
    tqa = TranscriptQA(Settings(index_dir=index, data_dir=data))
    name = "harbour-ferry-minutes.txt"
    text = (DATA / "script-injection.txt").read_bytes() + b"\nHarbourmaster: The night ferry runs at eleven.\n"
    copy = tmp_path / "gradio" / "digest" / name
    copy.parent.mkdir(parents=True)
    copy.write_bytes(text)
    slow = data / f".{name}.part"
    os.mkfifo(slow)
    outcome: dict = {}
    thread = threading.Thread(target=lambda: outcome.update(
        result=corpus_files.add_uploads(tqa, [corpus_files.Upload(copy, name)])))
    thread.start()
    written = b""
    try:
        reader = TranscriptQA(Settings(index_dir=index, data_dir=data))
        deadline = time.monotonic() + 300
        while name not in [t.name for t in reader.list_transcripts()]:  # committed: its file is being written
            assert thread.is_alive() and time.monotonic() < deadline, outcome
            time.sleep(0.05)
        cli = _cli_ingest(data, index)
        first = cli.stderr.readline()  # it waits for the upload's lock, or (before) ran at once and finished
        with open(slow, "rb") as handle:  # the disk done: the upload's file is written
            written = handle.read()
        out, err = cli.communicate(timeout=300)
    finally:
        if not written:  # let a stuck upload go before failing
            fd = os.open(slow, os.O_RDONLY | os.O_NONBLOCK)
            os.close(fd)
        thread.join(timeout=300)
    assert first.startswith(f"waiting for another process that is writing {index}"), (first, out, err)
    assert ", 0 removed," in out, out
    assert written == text
    done, failed = outcome["result"]
    assert not failed and len(done) == 1 and done[0].startswith(f"{name}: added"), outcome
    assert [t.name for t in tqa.list_transcripts()] == [name]
    assert (data / name).exists()
