"""Shared fixtures: the real bundled model and a real index of the seed transcript, built once per session;
each test that changes an index gets its own copy in its own folder."""

from __future__ import annotations

import contextlib
import shutil
import socket
from pathlib import Path
from typing import Mapping

import pytest

from qa.api import TranscriptQA
from qa.config import BUNDLED_CORPUS, Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = BUNDLED_CORPUS / "lavrov-selakovic-press-conference-2021-04-16.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a visible skip where that folder is absent (as on a user's machine)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present: ../shared exists only in the project's CI, not on users' machines")
    return path


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seed-index")
    report = TranscriptQA(Settings(index_dir=folder)).ingest([BUNDLED_CORPUS])
    assert report.added == (SEED.name,)
    return folder


@pytest.fixture(scope="session")
def seed_qa(seed_index_dir) -> TranscriptQA:
    """A read-only TranscriptQA over the seed transcript; do not ingest into it."""
    return TranscriptQA(Settings(index_dir=seed_index_dir))


def shared_transcript_qa(tmp_path_factory, name: str, *more: str) -> TranscriptQA:
    """A TranscriptQA over a new index of one transcript of ../shared/data/transcripts, `name`, alone, or of it and
    `more` of them in one index, ingested in that order."""
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp(Path(name).stem[:24]) / "index"))
    tqa.ingest([shared_path("data", "transcripts", n) for n in (name, *more)])
    return tqa


@pytest.fixture(scope="session")
def wildfires_qa(tmp_path_factory) -> TranscriptQA:
    """A read-only TranscriptQA over the White House meeting on western wildfires alone (../shared)."""
    return shared_transcript_qa(tmp_path_factory, "wh-biden-meeting-western-wildfires-2021-06-30.md")


EIGHT = ("wh-background-press-call-russia-sanctions-2021-04-15.md", "wh-biden-meeting-western-wildfires-2021-06-30.md",
         "wh-biden-suga-press-conference-2021-04-16.md", "lavrov-selakovic-press-conference-2021-04-16.txt",
         "changelog-552-leslie-lamport-interview.md", "core-web-vitals-lecture-whisper.json",
         "i2ml-random-forest-bagging-lecture.srt", "agentic-ai-explained-youtube-captions.vtt")


@pytest.fixture(scope="session")
def eight_qa(tmp_path_factory) -> TranscriptQA:
    """A read-only TranscriptQA over the eight shared transcripts in one index (../shared), built once per session:
    a vocabulary large enough that a word it lacks is a sign (`DeclineRule.unheld_min_terms`; hyp49, reg50)."""
    return shared_transcript_qa(tmp_path_factory, *EIGHT)


def meeting_qa(folder: Path, name: str, *turns: str) -> TranscriptQA:
    """A TranscriptQA over a new index in `folder` of one small transcript file `name`, of `turns` ("Speaker:
    words"), a blank line between them."""
    return files_qa(folder, {name: "\n\n".join(turns) + "\n"})


def files_qa(folder: Path, texts: Mapping[str, str]) -> TranscriptQA:
    """A TranscriptQA over a new index in `folder` of small transcript files written there, `texts` by file name,
    ingested in that order."""
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest(paths)
    return tqa


@pytest.fixture
def fresh_index(seed_index_dir, tmp_path) -> Path:
    """A private copy of the seed index, free to change."""
    folder = tmp_path / "index"
    shutil.copytree(seed_index_dir, folder)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_ui(root: Path, corpus_from: Path = BUNDLED_CORPUS, **settings):
    """A real UI server over a fresh copy of `corpus_from` in `root` (uploads go to `root/data`), launched as
    `tqa serve` launches it: yields (url, its TranscriptQA)."""
    import app

    corpus = root / "corpus"
    shutil.copytree(corpus_from, corpus)
    tqa = TranscriptQA(Settings(index_dir=root / "index", corpus_dir=corpus, data_dir=root / "data", **settings))
    tqa.ingest([corpus])
    demo = app.build_app(tqa)
    port = free_port()
    app.launch(demo, tqa, port=port, block=False)
    try:
        yield f"http://127.0.0.1:{port}/", tqa
    finally:
        demo.close()
