"""The index folder: a FAISS index of passage vectors, the passage store and a manifest, written atomically.

Layout of DIR:
    manifest.json           format version, model, dimension, segmenting settings, the live generation
    gen-NNNNNN/faiss.index  FAISS inner-product index over unit vectors (cosine similarity)
    gen-NNNNNN/vectors.npy  the same vectors, so that an update re-embeds only changed transcripts
    gen-NNNNNN/passages.jsonl   one Passage per line, row i <-> vector i
    gen-NNNNNN/transcripts.jsonl one stored transcript per line: info, text and turns (for context views)
    gen-NNNNNN/sections.jsonl    one Section per line (stretches of conversation that passages belong to);
                                 a section's vector, the normalised sum of its passages', is computed on load
A new state is written to a fresh generation folder and `manifest.json` is then swapped in with
`os.replace`, so a crash at any moment leaves the old or the new state, never a mix.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import faiss
import numpy as np

from qa.errors import IndexMismatchError, TqaError
from qa.types import Passage, Piece, Section, TranscriptInfo, Turn

FORMAT_VERSION = 2  # 2: sections
MANIFEST = "manifest.json"

# The product searches one query at a time, which FAISS does on one thread whatever this says; its other OpenMP
# threads only spin and take the cores from the encoder that runs next. On QMSum test, one thread saves 7-12 ms
# per `ask` (docs/benchmarks.md), and a single-query search of 500,000 vectors is no slower on one thread.
faiss.omp_set_num_threads(1)


@dataclass(frozen=True)
class StoredTranscript:
    info: TranscriptInfo
    text: str
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class Addition:
    """One transcript to add: what is stored of it, its passages and their vectors, and its sections."""

    stored: StoredTranscript
    passages: list[Passage]
    vectors: np.ndarray
    sections: list[Section]


@dataclass(frozen=True)
class IndexShape:
    """What must match for vectors to be comparable: the model, its dimension, and the segmenting settings."""

    model: str
    dim: int
    segmenting: dict


class PassageIndex:
    """Passages, their vectors and FAISS, and the sections they belong to, as loaded from (or about to be
    written to) one folder."""

    def __init__(self, shape: IndexShape, passages: list[Passage], vectors: np.ndarray,
                 transcripts: dict[str, StoredTranscript], faiss_index: faiss.Index | None = None,
                 sections: list[Section] | None = None):
        """`faiss_index` is the FAISS index of `vectors` as read from disk; without one it is built from them."""
        self.shape = shape
        self.passages = passages
        self.vectors = vectors
        self.transcripts = transcripts
        if faiss_index is None:
            faiss_index = faiss.IndexFlatIP(shape.dim)
            if len(vectors):
                faiss_index.add(vectors)
        self.faiss = faiss_index
        self.sections = sections or []
        rows = {(s.transcript, s.number): i for i, s in enumerate(self.sections)}
        # passage row -> section row (-1: none)
        self.section_of = np.asarray([rows.get((p.transcript, p.section), -1) for p in passages], dtype=np.int64)
        # a section's vector: the normalised sum of its passages' (no second pass of the encoder; sections of
        # backchannels alone have none and score 0)
        self.section_vectors = np.zeros((len(self.sections), shape.dim), dtype=np.float32)
        placed = self.section_of >= 0
        np.add.at(self.section_vectors, self.section_of[placed], vectors[placed])
        norms = np.linalg.norm(self.section_vectors, axis=1, keepdims=True)
        self.section_vectors /= np.maximum(norms, 1e-12)

    @classmethod
    def empty(cls, shape: IndexShape) -> "PassageIndex":
        return cls(shape, [], np.zeros((0, shape.dim), dtype=np.float32), {})

    def __len__(self) -> int:
        return len(self.passages)

    def search(self, vector: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(row, cosine) of the k passages nearest `vector`, only among `rows` when given."""
        if not len(self.passages) or k <= 0:
            return []
        params = None
        if rows is not None:
            if not len(rows):
                return []
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(rows, dtype=np.int64)))
            k = min(k, len(rows))
        k = min(k, len(self.passages))
        scores, ids = self.faiss.search(vector.reshape(1, -1).astype(np.float32), k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def with_changes(self, remove: Sequence[str], add: Sequence[Addition]) -> "PassageIndex":
        """A new index: these transcripts' passages and sections dropped, those added (vectors computed)."""
        drop = set(remove) | {a.stored.info.name for a in add}
        keep = [i for i, p in enumerate(self.passages) if p.transcript not in drop]
        passages = [self.passages[i] for i in keep]
        sections = [s for s in self.sections if s.transcript not in drop]
        blocks = [self.vectors[keep]]
        transcripts = {n: t for n, t in self.transcripts.items() if n not in drop}
        for a in add:
            passages.extend(a.passages)
            sections.extend(a.sections)
            blocks.append(a.vectors.reshape(-1, self.shape.dim))
            transcripts[a.stored.info.name] = a.stored
        vectors = np.ascontiguousarray(np.concatenate(blocks), dtype=np.float32)
        return PassageIndex(self.shape, passages, vectors, transcripts, sections=sections)

    def section_rows(self, rows: np.ndarray | None) -> np.ndarray | None:
        """The sections that hold the passages `rows` (None: all)."""
        if rows is None:
            return None
        found = self.section_of[rows]
        return np.unique(found[found >= 0])


def read_manifest(folder: Path) -> dict | None:
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["model"], manifest["dim"], manifest["segmenting"], manifest["generation"]  # noqa: B018
    except (ValueError, KeyError, TypeError):
        raise TqaError(f"{path} is corrupt: delete the folder {folder} or run `tqa ingest --rebuild ...`") from None
    return manifest


def check_shape(folder: Path, manifest: dict, shape: IndexShape) -> None:
    """Raise IndexMismatchError when the folder was built with another model or segmenting settings."""
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


def load_index(folder: Path, shape: IndexShape) -> PassageIndex:
    """The index in `folder` (empty when there is none yet). Raises on a mismatch or a corrupt file."""
    manifest = read_manifest(folder)
    if manifest is None:
        return PassageIndex.empty(shape)
    check_shape(folder, manifest, shape)
    generation = folder / manifest["generation"]
    try:
        vectors = np.load(generation / "vectors.npy", allow_pickle=False)
        passages = [_passage_from_json(json.loads(line))
                    for line in (generation / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
        transcripts = {}
        for line in (generation / "transcripts.jsonl").read_text(encoding="utf-8").splitlines():
            stored = _stored_from_json(json.loads(line))
            transcripts[stored.info.name] = stored
        stored_faiss = faiss.read_index(str(generation / "faiss.index"))
        sections = [Section(**json.loads(line))
                    for line in (generation / "sections.jsonl").read_text(encoding="utf-8").splitlines()]
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise TqaError(
            f"the index in {folder} is corrupt ({type(exc).__name__}: {str(exc)[:120]}); "
            "rebuild it with `tqa ingest --rebuild PATH...`"
        ) from None
    if vectors.shape != (len(passages), shape.dim) or (stored_faiss.ntotal, stored_faiss.d) != (len(passages), shape.dim):
        raise TqaError(
            f"the index in {folder} is corrupt ({len(passages)} passages, vectors {vectors.shape}, "
            f"FAISS {stored_faiss.ntotal}); rebuild it with `tqa ingest --rebuild PATH...`"
        )
    return PassageIndex(shape, passages, vectors, transcripts, stored_faiss, sections)


def save_index(folder: Path, index: PassageIndex) -> None:
    """Write `index` as the folder's new state; the old state stays whole until the manifest swap."""
    folder.mkdir(parents=True, exist_ok=True)
    old = read_manifest(folder)
    number = int(old["generation"].split("-")[1]) + 1 if old else 1
    name = f"gen-{number:06d}"
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=folder))
    try:
        np.save(staging / "vectors.npy", index.vectors, allow_pickle=False)
        faiss.write_index(index.faiss, str(staging / "faiss.index"))
        _write_lines(staging / "passages.jsonl", (asdict(p) for p in index.passages))
        _write_lines(staging / "transcripts.jsonl", (asdict(t) for t in index.transcripts.values()))
        _write_lines(staging / "sections.jsonl", (asdict(s) for s in index.sections))
        for path in staging.iterdir():
            _fsync(path)
        target = folder / name
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    manifest = {"format": FORMAT_VERSION, "model": index.shape.model, "dim": index.shape.dim,
                "segmenting": index.shape.segmenting, "generation": name,
                "passages": len(index.passages), "transcripts": len(index.transcripts)}
    tmp = folder / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, folder / MANIFEST)
    for stale in folder.iterdir():  # older generations and staging left by a crash
        if stale.is_dir() and stale.name != name and (stale.name.startswith("gen-") or stale.name.startswith(".staging-")):
            shutil.rmtree(stale, ignore_errors=True)


def _write_lines(path: Path, records) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False))
            f.write("\n")


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _passage_from_json(data: dict) -> Passage:
    return Passage(**data)


def _stored_from_json(data: dict) -> StoredTranscript:
    info = data["info"]
    info = TranscriptInfo(**{**info, "speakers": tuple(info["speakers"]), "warnings": tuple(info["warnings"])})
    turns = tuple(
        Turn(**{**t, "pieces": tuple(Piece(**p) for p in t["pieces"])}) for t in data["turns"]
    )
    return StoredTranscript(info=info, text=data["text"], turns=turns)
