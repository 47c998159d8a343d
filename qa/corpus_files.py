"""Transcript files kept for the index: safe names for uploads, the size limit, adding an upload (with its
recording) to the data folder, removing, and finding a transcript's recording beside it.

Both front ends use these: the UI for uploads and Remove, the CLI for `tqa add` / `tqa remove --delete-file`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from qa import render
from qa.errors import TqaError
from qa.parse import supported_suffixes

MAX_STEM_CHARS = 120  # longer names are cut, with a digest of the whole name so that two never collide
MEDIA_SUFFIXES = (".mp3", ".m4a", ".wav", ".mp4", ".webm", ".ogg", ".oga", ".opus")
_MEDIA_TYPES = {".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".wav": "audio/wav", ".mp4": "video/mp4",
                ".webm": "video/webm", ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg"}
log = logging.getLogger("tqa")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Upload:
    """One uploaded file: where the server holds it now, and the name the user gave it."""

    path: Path
    name: str


@dataclass(frozen=True)
class UploadStep:
    """A step of one upload's indexing, as `add_uploads` reports it: transcript `number` (from 1) of `count`, its
    name, the share of that file's own indexing done (0 to 1), and what it is doing ("embedding passages")."""

    number: int
    count: int
    name: str
    share: float
    what: str


def safe_name(raw: str, suffixes: Sequence[str] | None = None) -> str:
    """A file name for an upload that stays inside its folder: the basename, with anything but letters, digits,
    '.', '-' and '_' replaced, no leading dot (folder scans skip hidden files), a known suffix. A stem over
    MAX_STEM_CHARS is cut and given 8 hex digits of the whole name's digest, so two long names that share their
    beginning stay two files."""
    allowed = tuple(suffixes) if suffixes is not None else tuple(supported_suffixes())
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", raw))[-1]
    base = re.sub(r"[^\w.\-]+", "_", base).lstrip("._-")
    stem, suffix = os.path.splitext(base)
    if not stem or suffix.lower() not in allowed:
        raise TqaError(f"{raw}: not a transcript file name; give a file ending in {', '.join(allowed)}")
    if len(stem) > MAX_STEM_CHARS:
        digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
        stem = f"{stem[:MAX_STEM_CHARS - 9]}-{digest}"
    return stem + suffix.lower()


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refused when it would resolve outside `folder`."""
    path = (folder / name).resolve()
    if path.parent != folder.resolve():
        raise TqaError(f"{name}: the name would leave the folder {folder}; rename the file")
    return path


def check_size(path: Path, name: str, limit_mb: float) -> None:
    size = path.stat().st_size
    if size > limit_mb * 1e6:
        raise TqaError(f"{name}: {size / 1e6:.1f} MB is over the {limit_mb:g} MB limit; split the file")


def is_media(name: str) -> bool:
    return Path(name).suffix.lower() in MEDIA_SUFFIXES


def media_type(name: str) -> str:
    return _MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")


def media_beside(transcript_path: str | Path | None) -> Path | None:
    """The recording kept beside a transcript file: same folder, same name, a media suffix (first found in
    MEDIA_SUFFIXES order). None when there is none or the transcript has no file."""
    if not transcript_path:
        return None
    path = Path(transcript_path)
    for suffix in MEDIA_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def media_url_beside(transcript_path: str | Path | None) -> str | None:
    """`media_beside` as a file:// URL (what TranscriptInfo.media_url holds for a local recording)."""
    found = media_beside(transcript_path)
    return found.resolve().as_uri() if found else None


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = inside(folder, name)
    partial = folder / f".{name}.part"
    partial.write_bytes(data)
    os.replace(partial, target)
    return target


def discard(path: Path) -> None:
    """Delete the server's temporary copy of an upload (Gradio keeps them otherwise, and serves them)."""
    try:
        path.unlink()
    except OSError:
        pass


class _Taking:
    """One server copy of an upload being indexed, or indexed, by an `add_uploads` call of this process: `done` is
    set when it is finished, with the line it said (`line`) or the message of its refusal (`refused`)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.line: str | None = None
        self.refused: str | None = None
        self.at = time.monotonic()


REMEMBER_S = 24 * 3600.0  # how long a server copy taken is remembered for a second Add of it (a tab left open a day)
_taken: dict[tuple[str, str], _Taking] = {}  # (index folder, server copy) -> the Add that took it
_taken_lock = threading.Lock()


def _take(tqa, upload: Upload) -> tuple[_Taking, bool]:
    """The record of who indexes `upload`'s server copy, and whether it is this call (True) or another one, still
    running or done (False). Gradio keeps an upload at a path made of its content's digest and its name, so two tabs
    (or clients) that upload the same file hold one copy; the first Add deletes it once indexed (trial42: the second
    Add then said "the server no longer holds this upload ... choose the file again")."""
    key = (str(Path(tqa.settings.index_dir).resolve()), str(upload.path))
    now = time.monotonic()
    with _taken_lock:
        for old in [k for k, t in _taken.items() if t.done.is_set() and now - t.at > REMEMBER_S]:
            del _taken[old]
        held = _taken.get(key)
        # a copy uploaded again after the first Add deleted it is this call's to index (it says "unchanged")
        if held is not None and not (held.done.is_set() and upload.path.is_file()):
            return held, False
        _taken[key] = _Taking()
        return _taken[key], True


def _reused(name: str, held: _Taking) -> str:
    """What a second Add of one server copy says: the first's outcome, in one line. Raises TqaError (a refusal) when
    the first was refused."""
    who = "an earlier Add of the same file (in this or another tab, or a client)"
    if held.refused is not None:
        reason = held.refused.split(": ", 1)[1] if held.refused.startswith(f"{name}: ") else held.refused
        raise TqaError(f"{name}: refused just before by {who}: {reason}")
    when = "moments before" if time.monotonic() - held.at < 120 else "earlier"
    return f"{name}: indexed {when} by {who}, reused here: {(held.line or '').split(': ', 1)[-1]}"


def add_uploads(tqa, uploads: Sequence[Upload], progress: Callable[[UploadStep], None] | None = None,
                ) -> tuple[list[str], list[str]]:
    """Index uploaded transcripts and keep them in `settings.data_dir`, each with the recording uploaded beside
    it (same name, a media suffix); `progress` hears each transcript's own steps (`UploadStep`). Returns (a line per
    file added, a message per file refused); a refused file changes nothing. Every temporary copy is deleted
    afterwards, indexed or not. A server copy another call is indexing (the same file added in two tabs) is waited
    for and its outcome reused, not indexed twice (`_take`)."""
    mine: list[Upload] = []  # the copies this call took, deleted at the end; another call's are its own to delete
    try:
        media = {Path(u.name).stem: u for u in uploads if is_media(u.name)}
        transcripts = [u for u in uploads if not is_media(u.name)]
        done, failed = [], []
        names = [_stored_name(u.name) for u in transcripts]
        repeated = {n for n in names if n is not None and names.count(n) > 1}
        first: dict[str, str] = {}  # the digest of the text first taken under each name this upload repeats
        for n, (upload, stored) in enumerate(zip(transcripts, names), 1):
            def step(i: int, total: int, what: str, n=n, name=upload.name):
                if progress:
                    progress(UploadStep(n, len(transcripts), name, min(max(i / max(total, 1), 0.0), 1.0), what))
            recording = media.pop(Path(upload.name).stem, None)
            held, own = _take(tqa, upload)
            if own:
                mine += [upload] + ([recording] if recording is not None else [])
            try:
                if not own:
                    if not held.done.is_set():
                        step(0, 1, "waiting for an earlier Add of the same file (in this or another tab) to finish")
                        held.done.wait()
                    mine += [recording] if recording is not None else []  # the first is done with its copies
                    done.append(_reused(stored or upload.name, held))
                    continue
                try:
                    _one_text_per_name(upload, stored, first, repeated)
                    held.line = add_upload(tqa, upload, recording, step)
                    done.append(held.line)
                except TqaError as exc:
                    held.refused = str(exc)
                    raise
                finally:
                    held.at = time.monotonic()
                    held.done.set()
            except TqaError as exc:
                failed.append(str(exc))
        mine += list(media.values())
        failed += [f"{u.name}: a recording needs its transcript (a file of the same name) in the same upload"
                   for u in media.values()]
        return done, failed
    finally:
        for upload in mine:
            discard(upload.path)


def _stored_name(raw: str) -> str | None:
    """`safe_name` of an upload's name; None where it is refused (`add_upload` says why)."""
    try:
        return safe_name(raw)
    except TqaError:
        return None


def _one_text_per_name(upload: Upload, name: str | None, first: dict[str, str], repeated: set[str]) -> None:
    """Refuse a second file of one name (`name`, its `_stored_name`) with another text in one upload: it replaced
    the first, which was reported added or unchanged (trial35: two "notes.txt" from two folders kept only the last).
    Only a name the upload `repeated` is read here, and only its digest kept (`first`): every other file is read
    once, by `add_upload`."""
    if name not in repeated or not upload.path.is_file():
        return  # a name of its own; or gone, and add_upload says why
    digest = hashlib.sha256(upload.path.read_bytes()).hexdigest()
    if first.setdefault(name, digest) != digest:
        raise TqaError(f"{name}: another file of this name, with other text, is in this upload and was taken "
                       "first; rename this one and add it again")


def add_upload(tqa, upload: Upload, recording: Upload | None = None, progress: Progress | None = None) -> str:
    """Index one uploaded transcript, then keep it (and its recording) in `settings.data_dir`. Raises TqaError,
    with nothing changed, when a file is too big or cannot be read as a transcript."""
    settings = tqa.settings
    name = safe_name(upload.name)
    if not upload.path.is_file():  # its temporary copy was indexed and deleted already (Add clicked again)
        raise TqaError(f"{name}: the server no longer holds this upload (it was added or refused already); "
                       "choose the file again")
    check_size(upload.path, name, settings.max_upload_mb)
    folder = Path(settings.data_dir)
    target = inside(folder, name)
    if recording is not None:
        media_name = Path(name).stem + Path(safe_name(recording.name, MEDIA_SUFFIXES)).suffix
        check_size(recording.path, media_name, settings.max_media_mb)
        _write(folder, media_name, recording.path.read_bytes())  # first, so that ingest finds it beside
    data = upload.path.read_bytes()

    def wait(why: str) -> None:  # another writer, or another process indexing the same file (`tqa ingest`, a server)
        if progress:
            progress(0, 1, why)
    # Index first: a file that fails to parse never reaches the data folder, and the index is unchanged. The file is
    # written under the writer lock, just after the commit (`keep`): written after the lock was released, a `tqa
    # ingest DATA_FOLDER` taking the lock in between found it indexed and its file missing, and removed it (trial42).
    report = tqa.ingest_bytes(name, data, source_path=target, progress=progress, on_wait=wait,
                              keep=lambda: _write(folder, name, data))
    log.info("upload %s: %s", name, "unchanged" if report.unchanged else f"{report.passages_embedded} passages")
    if name in report.indexed_elsewhere:
        return f"{name}: indexed by another process at the same time (tqa ingest, or another server); used as it is"
    if report.unchanged:
        return f"{name}: already indexed, unchanged"
    verb = "updated" if report.updated else "added"
    played = " with its recording" if recording is not None else ""
    copy = "".join(f"; {line.split(': ', 1)[1]}" for line in report.duplicates)  # a copy of an indexed file
    return f"{name}: {verb}{played}, {render.count(report.passages_embedded, 'passage')}{copy}{doubts(report)}"


# the parse warnings an upload's line names (the rest counted): a file of many broken cues gives a line each
WARNINGS_SHOWN = 3


def doubts(report) -> str:
    """"; 2 parts read with a doubt: line 6: …; line 9: …" for an ingest's parse warnings (`IngestReport.warnings`,
    each "NAME: line N: what"), the first WARNINGS_SHOWN of them; "" when there are none (trial44: a VTT with two
    broken cues was "added" with nothing said of them)."""
    if not report.warnings:
        return ""
    said = [w.split(": ", 1)[-1] for w in report.warnings[:WARNINGS_SHOWN]]
    more = f"; and {len(report.warnings) - WARNINGS_SHOWN} more" if len(report.warnings) > WARNINGS_SHOWN else ""
    parts = render.count(len(report.warnings), "part")
    return f"; {parts} read with a doubt or skipped: {'; '.join(said)}{more}"


def remove(tqa, name: str, *, delete_file: bool = False) -> str:
    """Drop a transcript from the index; with `delete_file`, also delete its file (and recording beside it)
    when that file lies in the data folder or the corpus folder. Returns a line on what happened."""
    info = next((i for i in tqa.list_transcripts() if name in (i.name, Path(i.name).stem)), None)
    tqa.remove(name)
    log.info("remove %s%s", name, " and its file" if delete_file else "")
    if not delete_file:
        return f"{name}: removed from the index (its file is kept, and stays out of the index until it is added again)"
    path = Path(info.source_path) if info and info.source_path else None
    folders = {Path(tqa.settings.data_dir).resolve(), Path(tqa.settings.corpus_dir).resolve()}
    if path is None or path.resolve().parent not in folders or not path.is_file():
        return f"{name}: removed from the index; no file of it in the data or corpus folder to delete"
    recording = media_beside(path)
    path.unlink()
    if recording is not None:
        recording.unlink()
    return f"{name}: removed from the index and its file deleted from {path.parent}"
