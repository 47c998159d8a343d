"""The index folder: passages, transcripts, sections, sentence units, their vectors and BM25, written incrementally.

Layout of DIR:
    manifest.json          format, model, dimension, segmenting settings, the live generation, the vector index
    .lock                  the writers' lock (an OS file lock: a killed writer's lock is released by the kernel)
    gen-NNNNNN/store.sqlite     transcripts (info; text and turns in a table apart), passages and their sentence units, sections,
                                BM25 vocabulary and document frequencies, and the committed row counts
    gen-NNNNNN/vectors.f32      passage vectors, row i <-> passage row i (stored once)
    gen-NNNNNN/rows.i64         per passage row: transcript id, speaker id, section row, first sentence unit,
                                word count, role (its index in ROLES)
    gen-NNNNNN/windows.f32      per passage row: the unit vector of its context window (see `window_vectors`), for
                                the window size recorded in the meta table (absent when it is 0)
    gen-NNNNNN/units.f16        sentence-unit vectors (half precision: they only pick the highlight)
    gen-NNNNNN/sections.f32, sections.i64   section vectors (normalised sums of their passages') and transcript ids
    gen-NNNNNN/lex-*.len, lex/  BM25 document lengths and postings segments (qa/lexical.py)
    gen-NNNNNN/ann-*.faiss      approximate vector indexes over the first rows, past a size (embeddings/vectors.py):
                                of the passages, sections, context windows, and (scale53) the sentence units

A write appends to the row files past their committed counts, writes any new segment or vector index under a new
name, and then commits one SQLite transaction that records the new counts and names: a crash at any moment leaves
the old state or the new one. Removing a transcript marks it dead (its rows stay until a rebuild), so a reader
that loaded an older state can still read every row it knows. `--rebuild` writes a fresh generation and swaps
manifest.json.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import importlib
import importlib.metadata
import inspect
import json
import linecache
import os
import re
import shutil
import sqlite3
import sys
import threading
import types
import zlib
from collections import Counter, OrderedDict
from collections.abc import Sequence as SequenceABC
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterator, Mapping, Sequence

import numpy as np

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - gradio requires it
    _orjson = None

from embeddings.errors import VectorStoreError
from embeddings.vectors import (SQ8, AnnSettings, VectorFile, VectorSearch, extend_ann, inner_products, read_ann,
                                train_ann, write_ann)
from qa.answerable import handed_over_names, labelled_by_title
from qa.config import available_memory, prefetch_for
from qa.errors import IndexMismatchError, TqaError
from qa.lexical import MAX_SEGMENTS, LexicalIndex, Segment, count_terms, merge_segments, tokenize
from qa.transcript_facts import posts_held, speaker_places
from qa.types import ROLES, Passage, Piece, Section, SentenceUnit, TranscriptInfo, Turn, named_speakers

# 5: only a turn's first passage is embedded with the turn before it; 4: word counts, roles and context windows
# stored; 3: SQLite store, incremental BM25, sentence units; 2: sections; 1: before sections
FORMAT_VERSION = 5
MANIFEST = "manifest.json"
LOCK = ".lock"
DB = "store.sqlite"
LEXICAL_KINDS = ("passages", "sections")
VECTOR_KINDS = {"passages": "vectors.f32", "sections": "sections.f32", "windows": "windows.f32",  # searched by row
                "units": "units.f16"}
_VECTOR_TYPES = {"units": np.float16}  # the kinds not stored as float32
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS transcripts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, live INTEGER NOT NULL,
    info TEXT NOT NULL, first_row INTEGER NOT NULL, end_row INTEGER NOT NULL, first_section INTEGER NOT NULL,
    end_section INTEGER NOT NULL, turn_words REAL);
-- apart, so that loading the infos does not read past every transcript's text
CREATE TABLE IF NOT EXISTS texts(id INTEGER PRIMARY KEY, text BLOB NOT NULL, turns BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS transcripts_live ON transcripts(live, name);
CREATE TABLE IF NOT EXISTS speakers(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS passages(row INTEGER PRIMARY KEY, data TEXT NOT NULL, units TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sections(row INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terms(kind TEXT NOT NULL, term TEXT NOT NULL, id INTEGER NOT NULL, df INTEGER NOT NULL,
    PRIMARY KEY(kind, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS segments(kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(kind, name));
"""
_COUNTS = ("passages", "sections", "units", "transcript_ids", "next_segment")
ROW_COLUMNS = 6  # rows.i64: transcript id, speaker id, section row, first unit, word count, role


@dataclass(frozen=True)
class IndexShape:
    """What must match for vectors to be comparable: the model, its dimension, and the segmenting settings."""

    model: str
    dim: int
    segmenting: dict


@dataclass(frozen=True)
class StoredTranscript:
    info: TranscriptInfo
    text: str
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class Addition:
    """One transcript to add: what is stored of it, its passages and their vectors, its sections, and each
    passage's sentence units with their vectors (one row per unit, in passage order)."""

    stored: StoredTranscript
    passages: list[Passage]
    vectors: np.ndarray
    sections: list[Section]
    units: list[list[SentenceUnit]] = field(default_factory=list)
    unit_vectors: np.ndarray | None = None


# ---- the manifest -----------------------------------------------------------------------------------------------

def read_manifest(folder: Path) -> dict | None:
    path = Path(folder) / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["model"], manifest["dim"], manifest["segmenting"], manifest["generation"]  # noqa: B018
    except (ValueError, KeyError, TypeError):
        raise TqaError(f"{path} is corrupt: delete the folder {folder} or run `tqa ingest --rebuild ...`") from None
    return manifest


def check_shape(folder: Path, manifest: dict, shape: IndexShape) -> None:
    """Raise IndexMismatchError when the folder was written by another version, model or segmenting."""
    if manifest.get("format") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"{folder} was written by another version of transcript-qa (format {manifest.get('format')}); "
            "rebuild it with `tqa ingest --rebuild PATH...`"
        )
    theirs = (manifest["model"], manifest["dim"], manifest["segmenting"])
    if theirs != (shape.model, shape.dim, shape.segmenting):
        diffs = []
        if manifest["model"] != shape.model:
            diffs.append(f"model {manifest['model']!r} (now {shape.model!r})")
        if manifest["segmenting"] != shape.segmenting:
            diffs.append(f"segmenting {manifest['segmenting']} (now {shape.segmenting})")
        if not diffs:
            diffs.append(f"dimension {manifest['dim']} (now {shape.dim})")
        raise IndexMismatchError(
            f"{folder} was built with {', '.join(diffs)}; rebuild it with `tqa ingest --rebuild PATH...` "
            "or point --index at another folder"
        )


def state_stamp(folder: Path) -> tuple | None:
    """Changes whenever a writer commits (manifest.json is rewritten after every commit)."""
    try:
        stat = (Path(folder) / MANIFEST).stat()
    except FileNotFoundError:
        return None
    except NotADirectoryError:  # `--index` given a file (a transcript, say): no traceback
        raise TqaError(f"{folder} is a file, not an index folder: point --index at a folder (a new one is "
                       "made when it does not exist)") from None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


def _write_manifest(folder: Path, manifest: dict) -> None:
    write_json(folder / MANIFEST, manifest)


def write_json(path: Path, data) -> None:
    """Replace `path` with `data` as JSON, whole: written beside it, synced, then renamed over it, so that a crash
    leaves the old file or the new one (the manifest; qa.ingest's record of files set aside)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, indent=2))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# ---- the writers' lock ------------------------------------------------------------------------------------------

@contextlib.contextmanager
def writer_lock(folder: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the folder's exclusive writer lock (across processes); `on_wait` hears once that another writer holds
    it. The kernel releases the lock when its holder exits or is killed, so no writer waits forever on a dead one."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise TqaError(f"{folder} is a file, not an index folder: point --index at a folder (a new one is made "
                       "when it does not exist)")
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait(f"waiting for another process that is writing {folder}")
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def write_errors(folder: Path) -> Iterator[None]:
    """A full disk (or a file-size limit) becomes one line saying the index is unchanged."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise TqaError(f"no space left to write the index in {folder} ({exc.strerror}); the index is unchanged: "
                           "free some space and run the command again") from None
        raise
    except sqlite3.OperationalError as exc:
        if "full" in str(exc) or "disk I/O" in str(exc):
            raise TqaError(f"no space left to write the index in {folder} ({exc}); the index is unchanged: "
                           "free some space and run the command again") from None
        raise


# ---- reading --------------------------------------------------------------------------------------------------

def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=60)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    if readonly:
        db.execute("PRAGMA query_only=1")
    return db


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM meta"))


_KEPT_SPEAKER_ROWS = 32  # speakers' row sets kept per loaded index (Store.rows)
_KEPT_PASSAGES = 4096  # passages kept per loaded index (Store.passage, Store.passages): about 8 MB
_KEPT_UNIT_ROWS = 4096  # passages' sentence units kept per loaded index (Store.units): about 7 MB (docs/scale.md)
_KEPT_TEXTS = 8  # transcripts' text and turns kept per loaded index (Store.text_and_turns)
_SCAN_SHARE = 4  # Store.best_unit_cosine reads every unit in one pass for rows of at least a quarter of the passages
_UNIT_BLOCK = 65536  # units read at a time in that pass: 48 MiB of float32 at 384 dimensions
# scale53: past the IVF threshold, an IVF index over the sentence units themselves proposes the units nearest the
# gate's phrase, and their stored vectors are read exactly (docs/scale.md "scale53"); False: the one pass always
UNIT_SEARCH = True
# scale55: the unit IVF's codes: 4-bit product-quantiser fast-scan codes, 48 bytes a unit (96 codes of 4 dimensions)
# scanned in SIMD registers, a coarser score than 8-bit codes (384 bytes) read through a deeper exact re-read: at 1M
# units 10.3 ms against 78.5 (quiet), the same best cosine for every dev gate phrase (docs/scale.md "scale55");
# "SQ8": scale53's codes
UNIT_CODES = "PQ96x4fs"
_UNIT_CANDIDATES = 1024  # units the unit IVF proposes for that exact read (besides its tail, read whole): 1.5 MiB
# the unit IVF's lists at most: every list is scanned, and fast-scan pays for each one (1M units: 4,007 lists, as the
# passages' `ann_lists`, scanned in 118 ms, 64 or 512 in 22-24 ms; its codes are not of residuals, so the lists do not
# change the scores)
UNIT_LISTS = 512
# the share of the unit IVF's lists that read scans (1: every list, a scan of every unit's code): a short
# phrase's nearest sentence is often in a list whose centroid is far from it (index-mixed: "fine-tuning", 0.599,
# in the list ranked 442 of 864), so fewer lists missed best cosines up to the gate's threshold (docs/scale.md)
UNIT_LISTS_PROBED = 1.0


def read_json(data: str | bytes):
    """A stored record's JSON read back: orjson's parse (gradio's and ranx's dependency, so always installed), the
    same values as `json.loads` about 3 times faster (scale59: a cited QMSum meeting's turns, 12 ms a question at 1M
    passages, where few answers cite a transcript still kept); `json.loads` where orjson is missing or refuses a
    record (`json.dumps` writes NaN, which strict JSON has not)."""
    if _orjson is not None:
        try:
            return _orjson.loads(data)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(data)


def _norms(vectors: np.ndarray) -> np.ndarray:
    """Each row's length, 1 for a zero row."""
    norms = np.linalg.norm(vectors, axis=1)
    return np.where(norms > 0, norms, 1.0)


class Store:
    """One committed state of an index folder, read lazily: the read operations ranking and citing use
    (docs/architecture.md). Row data is immutable once written, so a Store stays valid while writers go on; open
    a new one to see their changes (`state_stamp` says when)."""

    def __init__(self, folder: Path, shape: IndexShape, ann: AnnSettings = AnnSettings(), *,
                 prefetch: bool | str = False):
        """`prefetch`: once loaded, read the index's files into the page cache in the background (`prefetch_files`);
        "auto": when they fit in the memory available (`qa.config.prefetch_for`)."""
        self.folder = Path(folder)
        self.shape = shape
        self.manifest = read_manifest(self.folder)
        self.prefetching: threading.Thread | None = None  # the prefetch's thread, when one was started
        self._lock = threading.Lock()
        self._counts: dict[int, tuple[np.ndarray, int]] = {}  # _count_of: id(mask) -> (the mask, its count)
        self._db = None
        self._all_infos: tuple[TranscriptInfo, ...] | None = None  # all_infos (built on first use)
        self._info_map: Mapping[str, TranscriptInfo] | None = None  # info_map (built on first use)
        self._speaker_rows: dict[tuple[str, ...], np.ndarray] = {}  # rows(None, speakers), kept: see rows
        self._units_read: OrderedDict[int, tuple[SentenceUnit, ...]] = OrderedDict()  # units(row), kept: see units
        self._texts_read: OrderedDict[int, tuple[str, _LazyTurns]] = OrderedDict()  # text_and_turns, kept: see there
        self._passages_read: OrderedDict[int, Passage] = OrderedDict()  # passage(row), kept: see passage
        self._live_units: tuple[np.ndarray | None] | None = None  # _units_of every live row, kept (scale55)
        self._live_rows: np.ndarray | None = None  # every_live_row, kept (scale57)
        if self.manifest is None:
            self._empty()
            return
        check_shape(self.folder, self.manifest, shape)
        self.generation = self.folder / self.manifest["generation"]
        try:
            self._db = _connect(self.generation / DB, readonly=True)
            self._db.execute("BEGIN")  # one snapshot for everything loaded below
            try:
                self._load(ann)
            finally:
                self._db.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # a full disk or no write access for SQLite's shared memory file
            raise TqaError(f"the index in {self.folder} cannot be opened ({exc}): check that its disk has free "
                           "space and the folder can be written") from None
        except (sqlite3.Error, VectorStoreError, OSError, ValueError, KeyError) as exc:
            raise TqaError(f"the index in {self.folder} is corrupt ({type(exc).__name__}: {str(exc)[:120]}); "
                           "rebuild it with `tqa ingest --rebuild PATH...`") from None
        if prefetch == "auto":  # the index's size on disk against the memory available now
            prefetch = prefetch_for(prefetch, generation_bytes(self.generation), available_memory())
        if prefetch:
            self.prefetching = threading.Thread(target=prefetch_files, args=(self.generation,), daemon=True,
                                                name="tqa-prefetch")
            self.prefetching.start()

    def _empty(self) -> None:
        self.generation = None
        dim = self.shape.dim
        self.counts = dict.fromkeys(_COUNTS, 0)
        self.meta: dict[str, str] = {}
        self._infos: dict[str, tuple[TranscriptInfo, int, int, int]] = {}
        self._spans: tuple | None = None  # the transcripts' row spans, for transcript_names (built on first use)
        self._turn_words: dict[str, float | None] = {}
        self._speakers: dict[int, str] = {}
        self._rows = np.zeros((0, ROW_COLUMNS), dtype=np.int64)
        self.window_words = 0
        self._windows = np.zeros((0, dim), dtype=np.float32)
        self._window_search = VectorSearch(self._windows)
        self.live = np.zeros(0, dtype=bool)
        self.sections_live = np.zeros(0, dtype=bool)
        self._vectors = np.zeros((0, dim), dtype=np.float32)
        self._units = np.zeros((0, dim), dtype=np.float16)
        self._unit_search = VectorSearch(self._units)
        self._search = VectorSearch(self._vectors)
        self._section_search = VectorSearch(np.zeros((0, dim), dtype=np.float32))
        self.lexical = LexicalIndex({}, np.zeros(0, dtype=np.int32), [])
        self.section_lexical = LexicalIndex({}, np.zeros(0, dtype=np.int32), [])

    def _load(self, ann: AnnSettings) -> None:
        gen, dim, db = self.generation, self.shape.dim, self._db
        self.meta = _meta(db)
        self.counts = {k: int(self.meta.get(k, 0)) for k in _COUNTS}
        n, s = self.counts["passages"], self.counts["sections"]
        self._infos, self._turn_words, self._spans = {}, {}, None
        self._derived: dict[str, dict] = {}  # name -> speaker_names and speaker_places as written (scale57)
        self.live, self.sections_live = np.zeros(n, dtype=bool), np.zeros(s, dtype=bool)
        for tid, info, first, end, first_section, end_section, turn_words in db.execute(
                "SELECT id, info, first_row, end_row, first_section, end_section, turn_words FROM transcripts "
                "WHERE live=1"):
            data = json.loads(info)
            parsed = _info_from_json(data)
            self._infos[parsed.name] = (parsed, tid, first, end)
            derived = _derived_from_json(data)
            if derived is not None:
                self._derived[parsed.name] = derived
            self._turn_words[parsed.name] = turn_words
            self.live[first:end] = True  # a transcript's rows and sections are consecutive
            self.sections_live[first_section:end_section] = True
        self._speakers_from_turns()
        self._speakers = dict(db.execute("SELECT id, name FROM speakers"))
        self._rows = VectorFile(gen / "rows.i64", ROW_COLUMNS, np.int64).read(n)
        self._vectors = VectorFile(gen / "vectors.f32", dim).read(n)
        self._units = VectorFile(gen / "units.f16", dim, np.float16).read(self.counts["units"])
        # an index written before scale53, or of fewer units than the threshold, has no unit IVF: the one pass
        self._unit_search = _searcher(gen, self.meta, "units", self._units, None, ann)
        self.window_words = int(self.meta.get("window_words", 0))
        self._windows = VectorFile(gen / "windows.f32", dim).read(n if self.window_words else 0)
        self._window_search = _searcher(gen, self.meta, "windows", self._windows, self.live, ann)
        self._search = _searcher(gen, self.meta, "passages", self._vectors, self.live, ann)
        self._section_search = _searcher(gen, self.meta, "sections", VectorFile(gen / "sections.f32", dim).read(s),
                                         self.sections_live, ann)
        self.lexical = self._lexical("passages", n, self.live)
        self.section_lexical = self._lexical("sections", s, self.sections_live)

    def _lexical(self, kind: str, rows: int, live: np.ndarray) -> LexicalIndex:
        vocab = {term: (i, df) for term, i, df in self._db.execute(
            "SELECT term, id, df FROM terms WHERE kind=?", (kind,))}
        lengths = VectorFile(self.generation / f"lex-{kind}.len", 1, np.int32).read(rows).reshape(-1)
        segments = [Segment.load(self.generation / "lex" / name) for (name,) in self._db.execute(
            "SELECT name FROM segments WHERE kind=? ORDER BY name", (kind,))]
        return LexicalIndex(vocab, lengths, segments, None if live.all() else live)

    # ---- the read operations of docs/architecture.md --------------------------------------------------------

    def __len__(self) -> int:
        return self._count_of(self.live)

    def _count_of(self, mask: np.ndarray) -> int:
        """`mask.sum()`, once per mask: a Store's live masks are set at load and never change (1M rows: a pass over
        1M booleans, several times a question)."""
        found = self._counts.get(id(mask))  # two threads may both count: the same value, no lock needed
        if found is None or found[0] is not mask:
            found = self._counts[id(mask)] = (mask, int(mask.sum()))
        return found[1]

    @property
    def rows_total(self) -> int:
        """Passage rows written, dead ones included (row ids run from 0 to this)."""
        return len(self._rows)

    @property
    def vector_index(self) -> str:
        """"exact" or "ivf": how passages are searched at this size."""
        return self._search.kind

    def passage(self, row: int) -> Passage:
        """The passage of `row`; the last `_KEPT_PASSAGES` read are kept, as `units` keeps rows (never stale)."""
        row = int(row)

        def read() -> Passage:
            (data,) = self._fetch("SELECT data FROM passages WHERE row=?", row)
            return Passage(**read_json(data))
        return self._kept(self._passages_read, row, _KEPT_PASSAGES, read)

    def passages(self, rows: Sequence[int]) -> dict[int, Passage]:
        """Row -> passage for `rows`, those not kept (`passage`) read in one query (a ranking's head: one round trip
        instead of one a row). A question reads about 30, most of them read by the question before it too (the
        same transcripts' passages near the same words): 1.4 ms of a 43 ms question (cProfile, 1046 real dev)."""
        wanted = sorted({int(r) for r in rows})
        if not wanted:
            return {}
        with self._lock:
            kept = {r: self._passages_read[r] for r in wanted if r in self._passages_read}
            for r in kept:
                self._passages_read.move_to_end(r)
        unread = [r for r in wanted if r not in kept]
        if not unread:
            return kept
        with self._lock:
            found = dict(self._db.execute(f"SELECT row, data FROM passages WHERE row IN ({','.join('?' * len(unread))})",
                                          unread).fetchall()) if self._db is not None else {}
        missing = [r for r in unread if r not in found]
        if missing:
            raise TqaError(f"the index in {self.folder} has no row {missing[0]}; it may be stale: run the command again")
        read = {r: Passage(**read_json(found[r])) for r in unread}
        with self._lock:
            self._passages_read.update(read)
            while len(self._passages_read) > _KEPT_PASSAGES:
                self._passages_read.popitem(last=False)
        return {r: kept[r] if r in kept else read[r] for r in wanted}

    def speaking(self, name: str) -> list[tuple[str, str, str]]:
        """(speaker, role, text) of each passage of transcript `name`, in file order: a whole transcript read for who
        speaks how (qa.retrieve.interviewer) without building its passages (SQLite reads the three fields: at 1M
        passages, building them took half of a first question's time)."""
        _, _, first, end = self._infos[self.resolve(name)]
        with self._lock:
            return self._db.execute(
                "SELECT json_extract(data, '$.speaker'), json_extract(data, '$.role'), json_extract(data, '$.text') "
                "FROM passages WHERE row >= ? AND row < ? ORDER BY row", (int(first), int(end))).fetchall() \
                if self._db is not None else []

    def _speakers_from_turns(self) -> None:
        """Give the infos what their turns say of their speakers, reading the turns of only the transcripts that need
        it, and each once: where a speaker is labelled by a title alone, the names the turns hand such a speaker the
        floor by (`TranscriptInfo.speaker_names`); where a label or the title holds a post a place has (GOVERNOR
        BROWN, "Foreign Minister Sergey Lavrov"), the places the speakers claim or say most in their own turns
        (`TranscriptInfo.speaker_places`, post44, qa.transcript_facts). scale57: a transcript whose info was written
        with them by code of the same `derived_fingerprint` reads them from there and reads no turn (at 1M passages of
        meetings and hearings, about 300 transcripts' turns read at every load); others (an index written before, or
        by other code) derive them here as before."""
        for name, (info, tid, first, end) in list(self._infos.items()):
            derived = self._derived.get(name)
            if derived is not None:  # scale57: written with the transcript by this same code: no turn read
                self._infos[name] = (replace(info, **derived), tid, first, end)
                continue
            info = replace(info, **speaker_facts(info, lambda: self.text_and_turns(name)[1]))
            self._infos[name] = (info, tid, first, end)

    def info(self, name: str) -> TranscriptInfo:
        return self._infos[self.resolve(name)][0]

    def infos(self) -> dict[str, TranscriptInfo]:
        return {name: entry[0] for name, entry in self._infos.items()}

    def info_map(self) -> Mapping[str, TranscriptInfo]:
        """`infos()` read-only, built once per loaded index (a question read every transcript's to cite a few)."""
        if self._info_map is None:
            self._info_map = MappingProxyType(self.infos())
        return self._info_map

    def all_infos(self) -> tuple[TranscriptInfo, ...]:
        """Every live transcript's info, in `infos()` order: one tuple per loaded index (a Store is never changed
        after it loads), so that what is derived from it (qa.answerable.transcript_facts) is derived once."""
        if self._all_infos is None:
            self._all_infos = tuple(entry[0] for entry in self._infos.values())
        return self._all_infos

    def transcript(self, name: str) -> StoredTranscript:
        name = self.resolve(name)
        text, turns = self._fetch("SELECT text, turns FROM texts WHERE id=?", self._infos[name][1])
        return StoredTranscript(self._infos[name][0], zlib.decompress(text).decode("utf-8"),
                                _turns_from_json(read_json(zlib.decompress(turns))))

    def text_and_turns(self, name: str) -> tuple[str, Sequence[Turn]]:
        """A transcript's text and turns, as `transcript` gives them, each turn built when it is read: citing part
        of a passage reads one or a few of a transcript's hundreds of turns (building them all took 28 ms at 745).
        Every answer cites from one to three transcripts, and reading one took 0.3-1.6 ms (its turns' JSON), so the
        last `_KEPT_TEXTS` read are kept, keyed by their stored text's id (a transcript replaced gets a new one)."""
        tid = self._infos[self.resolve(name)][1]

        def read() -> tuple[str, _LazyTurns]:
            text, turns = self._fetch("SELECT text, turns FROM texts WHERE id=?", tid)
            return zlib.decompress(text).decode("utf-8"), _LazyTurns(read_json(zlib.decompress(turns)))
        return self._kept(self._texts_read, tid, _KEPT_TEXTS, read)

    def _kept(self, kept: OrderedDict, key: int, most: int, read: Callable[[], object]):
        """`kept[key]`, read by `read()` on a miss and kept, at most `most` entries, the least recently used out
        first (`units`, `text_and_turns`: what a Store reads never changes while it is open)."""
        with self._lock:  # the UI's threads share the store
            found = kept.get(key)
            if found is not None:
                kept.move_to_end(key)
                return found
        found = read()
        with self._lock:
            kept[key] = found
            if len(kept) > most:
                kept.popitem(last=False)
        return found

    def text(self, name: str) -> str:
        """A transcript's text alone (its turns left unread: the answer's evidence reads words around passages); the
        one `text_and_turns` keeps, where it keeps this transcript."""
        tid = self._infos[self.resolve(name)][1]
        with self._lock:
            kept = self._texts_read.get(tid)
        if kept is not None:
            return kept[0]
        (text,) = self._fetch("SELECT text FROM texts WHERE id=?", tid)
        return zlib.decompress(text).decode("utf-8")

    def rows(self, transcripts: Sequence[str] | None, speakers: Sequence[str] | None) -> np.ndarray | None:
        """Live passage rows of these transcripts and speakers (a speaker: any part of the name, any case);
        None when there is no filter. An unknown name is a user error that lists the known ones."""
        if not transcripts and not speakers:
            return None
        if not speakers and len(transcripts) == len(self._infos) and set(transcripts) == self._infos.keys():
            return self.every_live_row()  # scale57: every transcript named (the gate's "anywhere"), kept
        wanted = tuple(s.strip().lower() for s in speakers or () if s.strip())
        if not transcripts and wanted in self._speaker_rows:
            # a speaker's rows across every transcript: a pass over every row, asked again whenever a question
            # names that speaker (qa.answerable); kept read-only, a few per index
            return self._speaker_rows[wanted]
        found = self._rows_of(transcripts, speakers)
        if not transcripts and wanted:
            found.setflags(write=False)
            with self._lock:  # the UI's threads share the store
                if len(self._speaker_rows) >= _KEPT_SPEAKER_ROWS:
                    self._speaker_rows.pop(next(iter(self._speaker_rows)))
                self._speaker_rows[wanted] = found
        return found

    def every_live_row(self) -> np.ndarray:
        """Every live passage row, ascending, read-only: what `rows` gives for every transcript named, kept per Store
        (scale57: fdecl47's gate names every transcript for a declined question's read of every unit; at 1M passages
        a pass over 3,344 transcripts' spans and every row, about 20 ms under load, several times a question)."""
        if self._live_rows is None:  # two threads may both build it: the same rows
            found = np.flatnonzero(self.live).astype(np.int64)
            found.setflags(write=False)
            self._live_rows = found
        return self._live_rows

    def _rows_of(self, transcripts: Sequence[str] | None, speakers: Sequence[str] | None) -> np.ndarray:
        wanted = [s.strip().lower() for s in speakers or () if s.strip()]
        ids = [i for i, name in self._speakers.items() if any(w in name.lower() for w in wanted)] if wanted else []
        if transcripts:
            # a transcript's rows are its span [first, end): every row of a write carries its own transcript id, and
            # only those rows; the spans' rows are read, not a mask of every row (np.isin over the transcript ids:
            # 10-13 ms at 1M, twice a filtered question; a copy of every row's live flag and a pass over them: about
            # 4 ms at 1M for one transcript named, scale59)
            spans = sorted({tuple(self._infos[self.resolve(t)][2:]) for t in transcripts})
            found = np.concatenate([np.arange(first, end, dtype=np.int64) for first, end in spans])
            found = found[self.live[found]]
            if wanted:  # only the named transcripts' live rows can pass: their speakers, not every row's
                found = found[np.isin(self._rows[found, 1], ids)]
        else:
            found = np.flatnonzero(self.live & np.isin(self._rows[:, 1], ids) if wanted else self.live).astype(np.int64)
        if wanted and not len(found):
            names = {self.resolve(t) for t in transcripts} if transcripts else set(self._infos)
            known = sorted({s for n in names for s in self._infos[n][0].speakers} - {""})
            silent = [s for s in known if any(w in s.lower() for w in wanted)]
            # the speakers named, not the labels of unnamed turns ("Question"), as the speakers filter offers them
            people = named_speakers(known)
            if silent:  # they speak, but only backchannels ("Yes."), which are kept as no passage
                raise TqaError(f"{', '.join(silent)} only says short replies here (such as 'Yes.'), which are not "
                               f"searched; ask without the speaker, or name another: {', '.join(people)}")
            raise TqaError(f"no speaker matches {', '.join(speakers)}; speakers here: "
                           f"{', '.join(people) or 'none'}")
        return found

    def rows_with_roles(self, roles: Sequence[str]) -> np.ndarray:
        """Live passage rows whose role is one of `roles` (question, answer, statement)."""
        codes = [ROLES.index(r) for r in roles if r in ROLES]
        return np.flatnonzero(self.live & np.isin(self._rows[:, 5], codes)).astype(np.int64)

    def labels_turns(self, name: str) -> bool:
        """Whether transcript `name` labels some turn a question or an answer (a press conference's reporters and
        those who answer them), read from its passages' roles held in memory (a podcast's, an interview's or a
        lecture's are all statements)."""
        _, _, first, end = self._infos[self.resolve(name)]
        codes = [ROLES.index(r) for r in ("question", "answer") if r in ROLES]
        return bool(np.isin(self._rows[first:end, 5], codes).any())

    def passage_words(self, rows: np.ndarray | Sequence[int]) -> np.ndarray:
        """The number of words (whitespace-separated) of each passage's text."""
        return np.asarray(self._rows[np.asarray(rows, dtype=np.int64), 4], dtype=np.int64)

    def turn_words(self, name: str) -> float | None:
        """The median number of words of a transcript's turns (None: it has no turns)."""
        return self._turn_words[self.resolve(name)]

    @property
    def window_search(self) -> VectorSearch:
        """The search over the stored context windows (`stored_windows`), by row like `search`: exact up to a size,
        approximate past it (its `kind` says which)."""
        return self._window_search

    def stored_windows(self, words: int) -> np.ndarray | None:
        """Per passage row, the unit vector of its context window of `words` words on each side
        (`window_vectors`), as written at ingest; None when the index was written with another window size."""
        return self._windows if words > 0 and words == self.window_words else None

    def search(self, vector: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(row, cosine) of the k live passages nearest `vector`, best first (only among `rows` when given)."""
        return self._search.search(vector, k, rows)

    def units(self, row: int) -> list[SentenceUnit]:
        """The passage's sentence units, in text order (a new list each call). A question reads about 39, many of
        them several times (ranking, then citing): the last `_KEPT_UNIT_ROWS` rows read are kept, least recently
        used first out. A Store's rows never change (rows are only appended, and a rebuild writes another
        generation, which a new Store reads), so a kept row is never stale."""
        row = int(row)

        def read() -> tuple[SentenceUnit, ...]:
            (data,) = self._fetch("SELECT units FROM passages WHERE row=?", row)
            return tuple(SentenceUnit(*u) for u in read_json(data))
        return list(self._kept(self._units_read, row, _KEPT_UNIT_ROWS, read))

    def unit_vectors(self, row: int) -> np.ndarray:
        """The passage's sentence-unit vectors, one row per `units(row)` entry (float32)."""
        start = int(self._rows[row, 3])
        end = int(self._rows[row + 1, 3]) if row + 1 < len(self._rows) else self.counts["units"]
        return np.asarray(self._units[start:end], dtype=np.float32)

    def best_unit_cosine(self, rows: np.ndarray | Sequence[int], vector: np.ndarray) -> float | None:
        """The highest cosine between `vector` and the sentence-unit vectors of the passages `rows` (None: no unit).
        Rows that are a good part of the index (every passage a question may cite) are read in one pass over the
        stored units, `_UNIT_BLOCK` at a time with FAISS's one-thread kernel: 4-5 times faster than a read per passage
        (docs/scale.md "fdecl47's gate at size"); a few rows (one speaker's) are read passage by passage."""
        unit = np.asarray(vector, dtype=np.float32) / (float(np.linalg.norm(vector)) or 1.0)
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) * _SCAN_SHARE < len(self._rows):
            best = None
            for row in rows:
                vectors = self.unit_vectors(int(row))
                if len(vectors):
                    top = float(np.max(vectors @ unit / _norms(vectors)))
                    best = top if best is None or top > best else best
            return best
        total = self.counts["units"]
        wanted = self._units_of(rows)
        if UNIT_SEARCH and self._unit_search.kind == "ivf":
            # scale53: the units the unit IVF proposes (and its tail), read exactly as the one pass reads them
            probed = max(1, round(UNIT_LISTS_PROBED * self._unit_search.lists))
            found = self._unit_search.candidates(unit, _UNIT_CANDIDATES, wanted, probed)
            if not len(found):
                return None
            vectors = np.asarray(self._units[found], dtype=np.float32)
            return float(np.max(inner_products(vectors, unit) / _norms(vectors)))
        best = None
        wanted = np.ones(total, dtype=bool) if wanted is None else wanted
        for begin in range(0, total, _UNIT_BLOCK):
            kept = wanted[begin:begin + _UNIT_BLOCK]
            if kept.any():
                block = np.asarray(self._units[begin:begin + _UNIT_BLOCK], dtype=np.float32)[kept]
                top = float(np.max(inner_products(block, unit) / _norms(block)))
                best = top if best is None or top > best else best
        return best

    def _units_of(self, rows: np.ndarray) -> np.ndarray | None:
        """Whether each sentence unit's passage is among `rows` (None: every unit's). For every live passage (the
        gate's "anywhere") it is computed once per Store (scale55: at 1M units the mask took about 35 ms a read, under
        load), as a Store's live rows never change."""
        # rows are distinct, as `rows` gives them; every live row kept (scale57): no pass over them
        live = rows is self._live_rows or (len(rows) == len(self) and bool(self.live[rows].all()))
        if live and self._live_units is not None:
            return self._live_units[0]
        starts = np.asarray(self._rows[:, 3], dtype=np.int64)
        wanted = np.zeros(len(starts), dtype=bool)
        wanted[rows] = True
        # each unit's passage wanted or not: the passages' unit counts are the gaps between their first units
        wanted = np.repeat(wanted, np.diff(np.append(starts, self.counts["units"])))
        if live:
            self._live_units = (None if wanted.all() else wanted,)
            return self._live_units[0]
        return wanted

    def vectors(self, rows: Sequence[int]) -> np.ndarray:
        """The passages' stored vectors."""
        return np.asarray(self._vectors[np.asarray(rows, dtype=np.int64)], dtype=np.float32)

    def section_of(self, rows: np.ndarray | Sequence[int]) -> np.ndarray:
        """The section row of each passage row."""
        return np.asarray(self._rows[np.asarray(rows, dtype=np.int64), 2], dtype=np.int64)

    def section(self, section_row: int) -> Section:
        (data,) = self._fetch("SELECT data FROM sections WHERE row=?", int(section_row))
        return Section(**read_json(data))

    # ---- more reads: sections, transcripts ----------------------------------------------------------------

    @property
    def section_count(self) -> int:
        return self._count_of(self.sections_live)

    def section_rows(self, rows: np.ndarray | None) -> np.ndarray | None:
        """The live sections that hold the passages `rows` (None: all)."""
        if rows is None:
            return None
        return np.unique(self.section_of(rows))

    def search_sections(self, vector: np.ndarray, k: int, section_rows: np.ndarray | None = None):
        """(section row, cosine) of the k live sections nearest `vector`, best first."""
        return self._section_search.search(vector, k, section_rows)

    def section_vectors(self, section_rows: Sequence[int]) -> np.ndarray:
        return np.asarray(self._section_search.vectors[np.asarray(section_rows, dtype=np.int64)], dtype=np.float32)

    def transcript_names(self, rows: np.ndarray) -> np.ndarray:
        """The transcript (file name) of each passage row: a search over the transcripts' row spans, built once."""
        if self._spans is None:
            spans = sorted((first, end, name) for name, (_, _, first, end) in self._infos.items())
            self._spans = (np.asarray([f for f, _, _ in spans], dtype=np.int64),
                           np.asarray([e for _, e, _ in spans], dtype=np.int64),
                           np.asarray([n for _, _, n in spans], dtype=object))
        starts, ends, names = self._spans
        at = np.searchsorted(starts, np.asarray(rows, dtype=np.int64), side="right") - 1
        inside = (at >= 0) & (np.asarray(rows) < ends[np.maximum(at, 0)])
        return np.where(inside, names[np.maximum(at, 0)], None)

    def transcript_rows(self, name: str) -> np.ndarray:
        """The passage rows of one transcript, in file order."""
        _, _, first, end = self._infos[self.resolve(name)]
        return np.arange(first, end, dtype=np.int64)

    def label_rows(self, name: str, label: str) -> np.ndarray:
        """The live passage rows of transcript `name` whose speaker label is `label` exactly, in file order (`rows`
        matches any part of a name: a label GOVERNOR would take in GOVERNOR BROWN)."""
        _, _, first, end = self._infos[self.resolve(name)]
        ids = [i for i, s in self._speakers.items() if s == label]
        at = np.arange(first, end, dtype=np.int64)
        return at[self.live[first:end] & np.isin(self._rows[first:end, 1], ids)]

    def resolve(self, name: str) -> str:
        """The indexed transcript `name` means: its file name, or the file name without suffix (any case), or the
        start of one file name alone."""
        return resolve_name(self._infos, name, prefix=True)

    def _fetch(self, sql: str, key: int) -> tuple:
        with self._lock:  # one connection serves the UI's threads
            found = self._db.execute(sql, (key,)).fetchone() if self._db is not None else None
        if found is None:
            raise TqaError(f"the index in {self.folder} has no row {key}; it may be stale: run the command again")
        return found

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def resolve_name(known, name: str, prefix: bool = False) -> str:
    """The name in `known` that `name` means: the file name, or the file name without suffix (any case), or, with
    `prefix` (filters; never removal), the start of one file name alone ("i2ml" for "i2ml-random-forest.srt")."""
    if name in known:
        return name
    low = name.strip().lower()
    for candidate in known:
        if candidate.lower() == low or candidate.rsplit(".", 1)[0].lower() == low:
            return candidate
    starting = sorted(candidate for candidate in known if prefix and low and candidate.lower().startswith(low))
    if len(starting) == 1:
        return starting[0]
    if starting:
        raise TqaError(f"{name!r} starts {len(starting)} transcripts' names: {', '.join(starting)}; give one of them")
    listed = ", ".join(sorted(known)) or "none (run `tqa ingest PATH` first)"
    raise TqaError(f"no transcript named {name!r} in the index; indexed: {listed}")


def indexed_infos(folder: Path, shape: IndexShape) -> dict[str, TranscriptInfo]:
    """The live transcripts' infos alone (what ingest compares files with), without loading the index."""
    manifest = read_manifest(folder)
    if manifest is None:
        return {}
    check_shape(folder, manifest, shape)
    try:
        db = _connect(Path(folder) / manifest["generation"] / DB, readonly=True)
        try:
            rows = list(db.execute("SELECT info FROM transcripts WHERE live=1"))
        finally:
            db.close()
    except sqlite3.OperationalError as exc:
        raise TqaError(f"the index in {folder} cannot be opened ({exc}): check that its disk has free space and "
                       "the folder can be written") from None
    except sqlite3.Error as exc:
        raise TqaError(f"the index in {folder} is corrupt ({type(exc).__name__}: {str(exc)[:120]}); "
                       "rebuild it with `tqa ingest --rebuild PATH...`") from None
    infos = [_info_from_json(json.loads(info)) for (info,) in rows]
    return {info.name: info for info in infos}


_PREFETCH_RANGE = 8 << 20  # bytes per POSIX_FADV_WILLNEED call of prefetch_files


def generation_bytes(generation: Path) -> int:
    """Bytes the files of an index generation take on disk (files that vanish meanwhile are skipped)."""
    return sum(size for size, _ in _generation_files(generation))


def _generation_files(generation: Path) -> list[tuple[int, Path]]:
    files = []
    for path in Path(generation).rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_file():
                files.append((path.stat().st_size, path))
    return files


def prefetch_files(generation: Path) -> int:
    """Ask the kernel to read every file of an index generation into the page cache (POSIX_FADV_WILLNEED: the
    reads are queued and this returns before they finish; without posix_fadvise, each file is read through).
    Smallest files first: the row table, lexical and section files a question reads all of are warm soonest.
    Returns the bytes asked for. Files that vanish (a writer's clean-up) or cannot be read are skipped: a
    prefetch only ever saves time. A first answer after a cold start then waits less on the disk (docs/scale.md).
    SQLite's own files are never opened here: closing any descriptor of them drops every POSIX lock this process
    holds on them, and a writer in another process, finding itself alone, then deleted the WAL and shared-memory
    files under this process's open connection ("disk I/O error" until restarted; sqlite.org/howtocorrupt.html 2.2).
    SQLite reads them through its connection."""
    asked = 0
    for size, path in sorted(_generation_files(generation)):
        if path.name.startswith(DB):  # the database, its -wal, -shm and -journal
            continue
        try:
            with open(path, "rb") as f:
                if hasattr(os, "posix_fadvise"):
                    # in ranges: one call for a whole file queued only about its first 12% (Linux, measured)
                    for at in range(0, size, _PREFETCH_RANGE):
                        os.posix_fadvise(f.fileno(), at, _PREFETCH_RANGE, os.POSIX_FADV_WILLNEED)
                else:
                    while f.read(1 << 20):
                        pass
        except OSError:
            continue
        asked += size
    return asked


def _searcher(gen: Path, meta: dict, kind: str, vectors: np.ndarray, live: np.ndarray | None,
              ann: AnnSettings) -> VectorSearch:
    name, rows = meta.get(f"ann_{kind}", ""), int(meta.get(f"ann_{kind}_rows", 0))
    index = read_ann(gen / name, mmap=True) if name else None  # its lists paged in as searches touch them
    return VectorSearch(vectors, None if live is None or live.all() else live, index, rows, ann)


# ---- writing --------------------------------------------------------------------------------------------------

class StoreWriter:
    """Applies removals and additions to an index folder in one commit. Hold `writer_lock` around it."""

    def __init__(self, folder: Path, shape: IndexShape, *, rebuild: bool = False, ann: AnnSettings = AnnSettings(),
                 window_words: int = 0):
        self.folder = Path(folder)
        self.shape = shape
        self.ann = ann
        self.window_words = window_words  # a new index stores context windows of this size; an old one keeps its own
        manifest = read_manifest(self.folder)
        if manifest is not None and not rebuild:
            check_shape(self.folder, manifest, shape)
            self.generation = self.folder / manifest["generation"]
            self.fresh = False
        else:
            number = int(manifest["generation"].split("-")[1]) + 1 if manifest else 1
            self.generation = self.folder / f"gen-{number:06d}"
            if self.generation.exists():
                shutil.rmtree(self.generation)
            self.generation.mkdir(parents=True)
            self.fresh = True
        self.db = _connect(self.generation / DB, readonly=False)
        self.db.executescript(_SCHEMA)

    def apply(self, remove: Sequence[str], add: Sequence[Addition]) -> None:
        """Drop the transcripts named in `remove` and those `add` replaces, then add `add`; one commit."""
        db = self.db
        files_before = set(os.listdir(self.generation))
        db.execute("BEGIN IMMEDIATE")
        try:
            meta = _meta(db)
            counts = {k: int(meta.get(k, 0)) for k in _COUNTS}
            if "window_words" not in meta:  # the index's first write fixes its window size
                meta["window_words"] = str(self.window_words)
                db.execute("INSERT INTO meta(key, value) VALUES('window_words', ?)", (meta["window_words"],))
            self.windows = int(meta["window_words"])
            dropped = set(remove) | {a.stored.info.name for a in add}
            for name in dropped:
                self._drop(name)
            for addition in add:
                self._add(addition, counts)
            self._maintain(counts, meta)
            db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)",
                           [(k, str(v)) for k, v in counts.items()])
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            self._clean(keep=files_before)  # new files of this write; appended tails are past the counts
            raise
        self._publish()
        self._clean()

    def close(self) -> None:
        self.db.close()

    # ---- the pieces of one commit -------------------------------------------------------------------------

    def _drop(self, name: str) -> None:
        """Mark `name` dead and take its terms out of the document frequencies."""
        found = self.db.execute("SELECT id, first_row, end_row, first_section, end_section FROM transcripts "
                                "WHERE live=1 AND name=?", (name,)).fetchone()
        if found is None:
            return
        tid, first, end, first_section, end_section = found
        self.db.execute("UPDATE transcripts SET live=0 WHERE id=?", (tid,))
        passages = [json.loads(d) for (d,) in self.db.execute(
            "SELECT data FROM passages WHERE row>=? AND row<? ORDER BY row", (first, end))]
        sections = [json.loads(d)["text"] for (d,) in self.db.execute(
            "SELECT data FROM sections WHERE row>=? AND row<? ORDER BY row", (first_section, end_section))]
        self._count_terms("passages", tokenize([f"{p['speaker']}: {p['text']}" for p in passages]), -1)
        self._count_terms("sections", tokenize(sections), -1)

    def _add(self, a: Addition, counts: dict) -> None:
        gen, dim = self.generation, self.shape.dim
        n, s, u = counts["passages"], counts["sections"], counts["units"]
        tid = counts["transcript_ids"] = counts["transcript_ids"] + 1
        speakers = self._speaker_ids({p.speaker for p in a.passages})
        section_rows = {sec.number: s + i for i, sec in enumerate(a.sections)}
        units = a.units or [[] for _ in a.passages]
        unit_starts = u + np.concatenate([[0], np.cumsum([len(x) for x in units])[:-1]]).astype(np.int64)
        words = np.asarray([len(p.text.split()) for p in a.passages], dtype=np.int64)
        rows = np.asarray([(tid, speakers[p.speaker], section_rows.get(p.section, -1), start, count,
                            ROLES.index(p.role) if p.role in ROLES else -1)
                           for p, start, count in zip(a.passages, unit_starts, words)],
                          dtype=np.int64).reshape(-1, ROW_COLUMNS)
        vectors = np.asarray(a.vectors, dtype=np.float32).reshape(-1, dim)
        VectorFile(gen / "vectors.f32", dim).append(n, vectors)
        VectorFile(gen / "rows.i64", ROW_COLUMNS, np.int64).append(n, rows)
        if self.windows:
            VectorFile(gen / "windows.f32", dim).append(n, window_vectors(vectors, words, self.windows))
        unit_vectors = a.unit_vectors if a.unit_vectors is not None else np.zeros((0, dim), dtype=np.float32)
        counts["units"] = VectorFile(gen / "units.f16", dim, np.float16).append(u, unit_vectors)
        VectorFile(gen / "sections.f32", dim).append(s, _section_vectors(a, vectors, section_rows, s, dim))
        VectorFile(gen / "sections.i64", 1, np.int64).append(s, np.full(len(a.sections), tid, dtype=np.int64))
        self.db.executemany("INSERT INTO passages(row, data, units) VALUES(?, ?, ?)", [
            (n + i, json.dumps(asdict(p), ensure_ascii=False), json.dumps([_unit_row(x) for x in us]))
            for i, (p, us) in enumerate(zip(a.passages, units))])
        self.db.executemany("INSERT INTO sections(row, data) VALUES(?, ?)", [
            (s + i, json.dumps(asdict(sec), ensure_ascii=False)) for i, sec in enumerate(a.sections)])
        stored = a.stored
        self.db.execute(
            "INSERT INTO transcripts(id, name, live, info, first_row, end_row, first_section, end_section, "
            "turn_words) VALUES(?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (tid, stored.info.name, json.dumps(_info_to_json(stored.info, stored.turns), ensure_ascii=False),
             n, n + len(a.passages), s, s + len(a.sections), median_turn_words(stored.turns)))
        self.db.execute("INSERT INTO texts(id, text, turns) VALUES(?, ?, ?)", (
            tid, zlib.compress(stored.text.encode("utf-8")),
            zlib.compress(json.dumps([asdict(t) for t in stored.turns], ensure_ascii=False).encode("utf-8"))))
        self._add_terms("passages", [f"{p.speaker}: {p.text}" for p in a.passages], n, counts)
        self._add_terms("sections", [sec.text for sec in a.sections], s, counts)
        counts["passages"], counts["sections"] = n + len(a.passages), s + len(a.sections)

    def _speaker_ids(self, names: set[str]) -> dict[str, int]:
        self.db.executemany("INSERT OR IGNORE INTO speakers(name) VALUES(?)", [(n,) for n in names])
        return {name: self.db.execute("SELECT id FROM speakers WHERE name=?", (name,)).fetchone()[0] for name in names}

    def _count_terms(self, kind: str, token_lists: list[list[str]], sign: int) -> dict[str, int]:
        """Add `sign` to the document frequency of every term of `token_lists`; returns every term's id."""
        df = Counter(term for tokens in token_lists for term in set(tokens))
        ids = dict(self.db.execute(
            "SELECT term, id FROM terms WHERE kind=? AND term IN (SELECT value FROM json_each(?))",
            (kind, json.dumps(list(df)))))
        fresh = [t for t in df if t not in ids]
        if fresh:
            (top,) = self.db.execute("SELECT COALESCE(MAX(id), -1) FROM terms WHERE kind=?", (kind,)).fetchone()
            ids.update((t, top + 1 + i) for i, t in enumerate(fresh))
            self.db.executemany("INSERT INTO terms(kind, term, id, df) VALUES(?, ?, ?, 0)",
                                [(kind, t, ids[t]) for t in fresh])
        self.db.executemany("UPDATE terms SET df=df+? WHERE kind=? AND term=?",
                            [(sign * c, kind, t) for t, c in df.items()])
        return ids

    def _add_terms(self, kind: str, texts: list[str], first_row: int, counts: dict) -> None:
        tokens = tokenize(texts)
        ids = self._count_terms(kind, tokens, +1)
        VectorFile(self.generation / f"lex-{kind}.len", 1, np.int32).append(
            first_row, np.asarray([len(t) for t in tokens], dtype=np.int32))
        if tokens:
            self._write_segment(kind, count_terms(tokens, first_row, ids), counts)

    def _write_segment(self, kind: str, segment: Segment, counts: dict) -> str:
        name = f"{kind}-{counts['next_segment']:08d}"
        counts["next_segment"] += 1
        folder = self.generation / "lex" / name
        if folder.exists():  # a crashed writer's leftover under the same name
            shutil.rmtree(folder)
        segment.save(folder)
        for path in folder.iterdir():
            _fsync(path)
        self.db.execute("INSERT INTO segments(kind, name) VALUES(?, ?)", (kind, name))
        return name

    def _maintain(self, counts: dict, meta: dict) -> None:
        """Merge small BM25 segments, and build or extend the approximate vector indexes past their size."""
        for kind, rows in (("passages", counts["passages"]), ("sections", counts["sections"])):
            names = [n for (n,) in self.db.execute("SELECT name FROM segments WHERE kind=? ORDER BY name", (kind,))]
            if len(names) > MAX_SEGMENTS:
                self._merge(kind, names, self._live_masks(counts)[kind], counts)
            self._extend_ann(kind, rows, meta)
        if self.windows:  # the context windows are searched like the passages past the same size
            self._extend_ann("windows", counts["passages"], meta)
        if UNIT_SEARCH:  # scale53: the sentence units too, for the gate's read of every unit (Store.best_unit_cosine)
            self._extend_ann("units", counts["units"], meta)

    def _merge(self, kind: str, names: list[str], live: np.ndarray, counts: dict) -> None:
        """Merge every segment but the largest, or all of them once the small ones hold a quarter as much."""
        segments = {n: Segment.load(self.generation / "lex" / n) for n in names}
        largest = max(names, key=lambda n: segments[n].size)
        small = [n for n in names if n != largest]
        if sum(segments[n].size for n in small) * 4 >= segments[largest].size:
            small = names
        merged = merge_segments([segments[n] for n in small], live)
        self.db.executemany("DELETE FROM segments WHERE kind=? AND name=?", [(kind, n) for n in small])
        self._write_segment(kind, merged, counts)

    def _live_masks(self, counts: dict) -> dict[str, np.ndarray]:
        spans = list(self.db.execute("SELECT first_row, end_row, first_section, end_section FROM transcripts "
                                     "WHERE live=1"))
        masks = {"passages": np.zeros(counts["passages"], dtype=bool),
                 "sections": np.zeros(counts["sections"], dtype=bool)}
        for first, end, first_section, end_section in spans:
            masks["passages"][first:end] = True
            masks["sections"][first_section:end_section] = True
        return masks

    def _extend_ann(self, kind: str, rows: int, meta: dict) -> None:
        """Past `ann.threshold` rows, an IVF index over the first rows; the rows after it are scanned exactly
        until they pass `ann.tail`, then added to it. Retrained when the rows have grown eightfold."""
        name, covered = meta.get(f"ann_{kind}", ""), int(meta.get(f"ann_{kind}_rows", 0))
        trained = int(meta.get(f"ann_{kind}_trained", 0))
        if rows <= self.ann.threshold or (name and rows - covered <= self.ann.tail):
            return
        vectors = VectorFile(self.generation / VECTOR_KINDS[kind], self.shape.dim,
                             _VECTOR_TYPES.get(kind, np.float32)).read(rows)
        codes = UNIT_CODES if kind == "units" else SQ8
        # scale55: a unit IVF of other codes (scale53's SQ8) is trained again with these at the write that extends it
        other_codes = kind == "units" and meta.get("ann_units_kind", "").split(",")[-1] != codes
        if not name or rows > 8 * trained or other_codes:
            index, covered, trained = train_ann(vectors, codes=codes,
                                                lists=UNIT_LISTS if kind == "units" and codes != SQ8 else None), 0, rows
        else:
            index = read_ann(self.generation / name)
        extend_ann(index, vectors, covered, rows)
        new_name = f"ann-{kind}-{rows:010d}.faiss"
        write_ann(index, self.generation / new_name)
        self.db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", [
            (f"ann_{kind}", new_name), (f"ann_{kind}_rows", str(rows)), (f"ann_{kind}_trained", str(trained)),
            (f"ann_{kind}_kind", f"IVF{faiss_lists(index)},{codes}")])

    def _publish(self) -> None:
        """Rewrite manifest.json (after the commit): readers notice the change by its stamp."""
        meta = _meta(self.db)
        manifest = {"format": FORMAT_VERSION, "model": self.shape.model, "dim": self.shape.dim,
                    "segmenting": self.shape.segmenting, "generation": self.generation.name,
                    "passages": int(meta.get("passages", 0)),
                    "transcripts": self.db.execute("SELECT COUNT(*) FROM transcripts WHERE live=1").fetchone()[0],
                    "vector_index": {kind: {"kind": meta.get(f"ann_{kind}_kind", "exact"),
                                            "rows": int(meta.get(f"ann_{kind}_rows", 0))}
                                     for kind in VECTOR_KINDS
                                     if kind not in ("windows", "units") or meta.get(f"ann_{kind}")}}
        _write_manifest(self.folder, manifest)

    def _clean(self, keep: set[str] | None = None) -> None:
        """Remove what no commit refers to: older generations, and files of a failed or crashed write."""
        if keep is None:
            for stale in self.folder.iterdir():
                if stale.is_dir() and stale.name.startswith("gen-") and stale != self.generation:
                    shutil.rmtree(stale, ignore_errors=True)
            meta = _meta(self.db)
            keep = {meta.get(f"ann_{k}") for k in VECTOR_KINDS}
            for path in self.generation.glob("ann-*"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)
            segments = {n for (n,) in self.db.execute("SELECT name FROM segments")}
            for path in (self.generation / "lex").glob("*") if (self.generation / "lex").exists() else ():
                if path.name not in segments:
                    shutil.rmtree(path, ignore_errors=True)
            return
        for name in set(os.listdir(self.generation)) - keep:
            path = self.generation / name
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


def faiss_lists(index) -> int:
    import faiss

    return faiss.extract_index_ivf(index).nlist


def _section_vectors(a: Addition, vectors: np.ndarray, section_rows: dict, first: int, dim: int) -> np.ndarray:
    """A section's vector: the normalised sum of its passages' (backchannel-only sections have none: zeros)."""
    out = np.zeros((len(a.sections), dim), dtype=np.float32)
    for i, p in enumerate(a.passages):
        if p.section in section_rows:
            out[section_rows[p.section] - first] += vectors[i]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


# unit_vectors "auto" pools the units of transcripts whose median turn is shorter than this many words (rapid talk,
# the line of window_turn_words' default): there pooled units held QMSum val's figures, and ingest takes about
# 0.6x one plain pass on a CPU with bf16 instead of 1.0x (docs/scale.md); elsewhere units are encoded alone.
POOLED_TURN_WORDS = 12.0


def units_encoded_alone(unit_vectors: str, ingest_passes: str, ingest_precision: str,
                        turn_words: float | None) -> bool:
    """Whether ingest (`qa.ingest.Pipeline.vectors`, under those three settings) encoded each sentence unit of a
    transcript whose median turn is `turn_words` words alone, its own text and nothing else, with the model in fp32
    or bf16: a passage's forward pass, the units not pooled from it (unit_vectors "separate", or "auto" outside rapid
    talk). False where they may be pooled (a unit's vector then holds its passage's context), packed in windows or
    pieces, or encoded by the int8 export."""
    return ingest_passes == "passage" and ingest_precision != "int8" and (unit_vectors == "separate" or (
        unit_vectors == "auto" and turn_words is not None and turn_words >= POOLED_TURN_WORDS))


def median_turn_words(turns: Sequence[Turn]) -> float | None:
    """The median number of words of the turns (None: no turns): below a limit, the transcript is rapid talk."""
    words = [len(t.text.split()) for t in turns]
    return float(np.median(words)) if words else None


def window_spans(word_counts: np.ndarray, words: int) -> tuple[np.ndarray, np.ndarray]:
    """For one transcript's passages in file order: each one's context window as positions [left, right), the
    passage and its neighbours up to `words` words on each side."""
    before = np.concatenate(([0], np.cumsum(word_counts, dtype=np.int64)))  # words before each position
    at = np.arange(len(word_counts))
    left = np.minimum(np.searchsorted(before, before[at] - words, side="left"), at)
    right = np.maximum(np.searchsorted(before, before[at + 1] + words, side="right") - 1, at + 1)
    return left, right


def window_vectors(vectors: np.ndarray, word_counts: np.ndarray, words: int) -> np.ndarray:
    """For one transcript's passages in file order: the unit vector of each one's context window, the normalised
    sum of the passage vectors in it (float32, summed in file order, so the store's and a recomputation agree)."""
    left, right = window_spans(word_counts, words)
    summed = np.concatenate((np.zeros((1, vectors.shape[1]), np.float32),
                             np.cumsum(vectors, axis=0, dtype=np.float32)))
    window = summed[right] - summed[left]
    return window / np.maximum(np.linalg.norm(window, axis=1, keepdims=True), 1e-12)


def _unit_row(u: SentenceUnit) -> list:
    return [u.start, u.end, u.start_char, u.end_char, u.start_time, u.end_time]


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


# derived from the turns (`speaker_facts`): kept out of the info's own fields, as before, and written beside them
# under DERIVED with the fingerprint of the code that derived them (scale57; scale60: of the functions that derive
# them, `deriving_code`), which a load reads instead of the turns
_DERIVED_INFO = ("speaker_names", "speaker_places")
DERIVED = "derived"
# the third-party code the deriving functions call (countryinfo's country data, PyStemmer's stems), by installed
# version; the Python version stands for the standard library's (`re`, `str`'s Unicode tables)
_DERIVING_DATA = ("countryinfo", "PyStemmer")
# a module-level value of these types is hashed by its value; any other (a per-thread cache, `qa.lexical._THREAD`) by
# its type's name alone: it holds no rule
_VALUE_TYPES = (str, bytes, int, float, bool, type(None), tuple, list, frozenset, set, dict, re.Pattern)


def _of_qa(name: str) -> bool:
    return name == "qa" or name.startswith("qa.")


def _code_objects(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):  # nested functions, lambdas, comprehensions
            yield from _code_objects(const)


def _value_text(value) -> str:
    """A module-level value as text that is the same in every process: a compiled regex by its pattern and flags,
    a set sorted, a dict by its items sorted, containers element by element, other objects by their type's name."""
    if isinstance(value, re.Pattern):
        return f"re.compile({value.pattern!r}, {int(value.flags)})"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_value_text(v) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(sorted(f"{_value_text(k)}: {_value_text(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (tuple, list)):
        return type(value).__name__ + "(" + ", ".join(_value_text(v) for v in value) + ")"
    if isinstance(value, _VALUE_TYPES):
        return repr(value)
    return f"<{type(value).__module__}.{type(value).__qualname__}>"


def _source(obj) -> str:
    """The source text of a function or class, read as `inspect.getsource` reads it (its block of lines from its
    first line, decorators included) but a class's first line found by its `class NAME` line rather than by parsing
    its whole module (0.5 s for qa.answerable)."""
    if isinstance(obj, type):
        path = getattr(sys.modules.get(obj.__module__), "__file__", None) or inspect.getsourcefile(obj)
        lines = linecache.getlines(path) if path else []
        head = f"class {obj.__name__}"
        starts = [i for i, line in enumerate(lines) if line.startswith(head) and line[len(head):len(head) + 1] in "(:"]
        if "." in obj.__qualname__ or not starts:  # a nested class: as inspect finds it
            return inspect.getsource(obj)
        while starts[-1] and lines[starts[-1] - 1].startswith("@"):  # its decorators (`@dataclass(frozen=True)`)
            starts[-1] -= 1
    else:
        lines = linecache.getlines(obj.__code__.co_filename)
        starts = [obj.__code__.co_firstlineno - 1]
    return "".join(inspect.getblock(lines[starts[-1]:]))


def deriving_code(roots: Sequence[Callable]) -> dict[str, str]:
    """What the functions `roots` run, as text to hash (scale60): "module.qualname" -> the source of each function
    of a `qa` module they reach, and of each `qa` class they name or that their annotations name a method of;
    "module.NAME" -> the value of each module-level constant they read (`_value_text`); code outside `qa` is
    fingerprinted by its version (`_DERIVING_DATA`, the Python version). Reached by walking each function's code objects
    (nested ones too) for the names it reads (`co_names`: globals, attributes, imports), resolved in its module's
    globals and as attributes of the `qa` modules it names. A name read as an attribute of an object (`turn.text`) is
    resolved on the `qa` classes its annotations name (`turns: Sequence[Turn]`)."""
    found: dict[str, str] = {}
    todo = list(roots)
    while todo:
        func = inspect.unwrap(todo.pop())  # an lru_cache wrapper: the function it wraps
        key = f"{func.__module__}.{func.__qualname__}"
        if key in found or not isinstance(func, types.FunctionType) or func.__code__.co_filename.startswith("<"):
            continue  # ... and code generated from a class's source (a dataclass's __init__), which is hashed
        found[key] = _source(func)
        names = {n for code in _code_objects(func.__code__) for n in code.co_names}
        scope = func.__globals__
        owners = [m for m in [scope.get(n) for n in names] + [importlib.import_module(n) for n in names if _of_qa(n)]
                  if isinstance(m, types.ModuleType) and _of_qa(m.__name__)]  # `qa.x` of a local import too
        annotated = {w for text in getattr(func, "__annotations__", {}).values() if isinstance(text, str)
                     for w in re.findall(r"\w+", text)}
        classes = [scope[w] for w in sorted(annotated) if isinstance(scope.get(w), type)
                   and _of_qa(scope[w].__module__)]
        for name in sorted(names):
            values = ([(func.__module__, scope[name])] if name in scope else []) + \
                [(m.__name__, getattr(m, name)) for m in owners if hasattr(m, name)] + \
                [(f"{c.__module__}.{c.__qualname__}", vars(c)[name]) for c in classes if name in vars(c)]
            for where, value in values:
                if isinstance(value, property):
                    value = value.fget
                elif isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if isinstance(value, types.ModuleType):
                    continue
                if isinstance(value, type) or callable(value) and isinstance(inspect.unwrap(value), types.FunctionType):
                    if not _of_qa(value.__module__ or ""):
                        continue  # code outside qa: by its version
                    if isinstance(value, type):
                        found[f"{value.__module__}.{value.__qualname__}"] = _source(value)
                        todo.extend(v for v in vars(value).values() if isinstance(v, types.FunctionType))
                    else:
                        todo.append(value)
                elif not callable(value) and _of_qa(where):
                    found[f"{where}.{name}"] = _value_text(value)
    return found


def fingerprint_of(code: Mapping[str, str]) -> str:
    """A hash of `deriving_code`'s texts, the Python version and the installed versions of `_DERIVING_DATA`."""
    digest = hashlib.sha256(b"speaker_facts 2")
    digest.update(repr(sys.version_info[:2]).encode())
    for key in sorted(code):
        digest.update(f"\0{key}\0{code[key]}".encode())
    for package in _DERIVING_DATA:
        try:
            digest.update(f"\0{package} {importlib.metadata.version(package)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"\0{package} -".encode())
    return digest.hexdigest()[:16]


@functools.cache
def derived_fingerprint() -> str:
    """The fingerprint of the code that derives a transcript's speaker facts (`speaker_facts`): the functions it
    reaches and the constants they read (`deriving_code`), not the rest of their modules (scale60: an edit to any
    other function of qa.answerable leaves stored facts valid; one to a reached one makes them another code's, derived
    again at load). Computed once per process."""
    return fingerprint_of(deriving_code((speaker_facts,)))


def speaker_facts(info: TranscriptInfo, turns: Callable[[], Sequence[Turn]]) -> dict:
    """What a transcript's turns say of its speakers (`_DERIVED_INFO`; `turns` read only where needed): where a speaker
    is labelled by a title alone, the names the turns hand them the floor by; where a label or the title holds a post
    a place has, the places the speakers claim or say most (post44). Empty where neither applies."""
    titled = any(labelled_by_title(s) for s in info.speakers)
    placed = bool(info.speakers) and posts_held(info)
    if not (titled or placed):
        return {}
    read = turns()
    return {**({"speaker_names": handed_over_names(read)} if titled else {}),
            **({"speaker_places": speaker_places(read)} if placed else {})}


def _info_to_json(info: TranscriptInfo, turns: Sequence[Turn] | None = None) -> dict:
    """The stored form of `info` (without `_DERIVED_INFO`, as it was), and, given its turns, their `speaker_facts`
    under DERIVED with the `derived_fingerprint`."""
    out = {k: v for k, v in asdict(info).items() if k not in _DERIVED_INFO}
    if turns is not None:
        out[DERIVED] = {"fingerprint": derived_fingerprint(), **speaker_facts(info, lambda: turns)}
    return out


def _info_from_json(info: dict) -> TranscriptInfo:
    fields = {k: v for k, v in info.items() if k != DERIVED}
    return TranscriptInfo(**{**fields, "speakers": tuple(info["speakers"]), "warnings": tuple(info["warnings"])})


def _derived_from_json(info: dict) -> dict | None:
    """The speaker facts written with a stored info by code of this process's fingerprint (tuples again); None where
    none were written (an index before scale57) or other code wrote them."""
    derived = info.get(DERIVED)
    if not isinstance(derived, dict) or derived.get("fingerprint") != derived_fingerprint():
        return None
    return {k: tuple(tuple(x) for x in derived[k]) for k in _DERIVED_INFO if k in derived}


def _turns_from_json(turns: list) -> tuple[Turn, ...]:
    return tuple(_turn_from_json(t) for t in turns)


def _turn_from_json(turn: dict) -> Turn:
    return Turn(**{**turn, "pieces": tuple(Piece(**p) for p in turn["pieces"])})


class _LazyTurns(SequenceABC):
    """Turns read from their JSON, each built on first access (Store.text_and_turns)."""

    def __init__(self, raw: list):
        self._raw, self._built = raw, [None] * len(raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __getitem__(self, at):
        if isinstance(at, slice):
            return tuple(self[i] for i in range(*at.indices(len(self))))
        turn = self._built[at]
        if turn is None:
            turn = self._built[at] = _turn_from_json(self._raw[at])
        return turn
