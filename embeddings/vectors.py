"""Vectors on disk and search over their row ids: exact below a size, approximate (FAISS IVF) above it.

A `VectorFile` is an append-only file of float rows. The caller records how many rows are committed (in its own
transaction); rows past that count are a crashed writer's leftovers, cut off by the next append. Readers map the
committed rows read-only, so a loaded process holds in memory only the pages a search touches.

`VectorSearch` answers "the k rows nearest this vector, among these rows". Up to a size it scans the rows
exactly. Past it, an IVF index with 8-bit scalar-quantised codes (a quarter of the float32 size) proposes
candidates that are re-ranked by their exact vectors, so the scores returned are always exact cosines. Rows added
after the IVF was last extended (the tail) are scanned exactly, and filters (allowed rows, live rows) are bitmaps
that FAISS applies inside its scan: no Python loop over rows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from embeddings.errors import VectorStoreError

# The product searches one query at a time, which FAISS does on one thread whatever this says; its other OpenMP
# threads only spin and take the cores from the encoder that runs next (docs/benchmarks.md).
faiss.omp_set_num_threads(1)


class VectorFile:
    """Rows of `width` values of `dtype` appended to one file; row i starts at byte i * width * itemsize."""

    def __init__(self, path: Path, width: int, dtype=np.float32):
        self.path = Path(path)
        self.width = width
        self.dtype = np.dtype(dtype)

    @property
    def row_bytes(self) -> int:
        return self.width * self.dtype.itemsize

    def read(self, rows: int) -> np.ndarray:
        """The first `rows` rows, memory-mapped read-only (an empty array for none)."""
        if rows == 0:
            return np.zeros((0, self.width), dtype=self.dtype)
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            raise VectorStoreError(f"{self.path}: {exc.strerror}") from None
        if size < rows * self.row_bytes:
            raise VectorStoreError(f"{self.path} holds {size // self.row_bytes} rows, {rows} expected")
        # a plain ndarray over the mapping: np.memmap's own indexing costs about 20 us a call, and a question
        # reads a few hundred rows one by one (sentence units, windows)
        return np.asarray(np.memmap(self.path, dtype=self.dtype, mode="r", shape=(rows, self.width)))

    def append(self, committed: int, block: np.ndarray) -> int:
        """Write `block` after the first `committed` rows (dropping anything past them) and flush it to disk.
        Returns the new row count, which the caller commits."""
        block = np.ascontiguousarray(block, dtype=self.dtype).reshape(-1, self.width)
        with open(self.path, "ab+") as f:
            f.truncate(committed * self.row_bytes)
            f.seek(committed * self.row_bytes)
            f.write(block.tobytes())
            f.flush()
            os.fsync(f.fileno())
        return committed + len(block)


@dataclass(frozen=True)
class AnnSettings:
    """When and how the approximate index is used (chosen on QMSum val vectors; docs/scale.md)."""

    threshold: int = 20_000  # rows; up to this many, every search is exact (measured: docs/scale.md)
    # IVF lists scanned per search by an IVF of `ann_lists(rows)` lists, the share of them scanned by any other
    # (`ann_probes`); QMSum val questions at 100k passages: recall@10 0.928 at 24, 0.954 at 48, 0.975 at 96
    nprobe: int = 96
    rerank: int = 64  # at least this many IVF candidates are re-ranked by their exact vectors
    tail: int = 20_000  # rows added since the IVF was extended that are scanned exactly before it is extended


def ann_lists(rows: int) -> int:
    """IVF lists for `rows` vectors: about 4 * sqrt(rows), as FAISS's guidelines suggest, with at least 39 training
    points per list (fewer make k-means centroids that FAISS warns about)."""
    return int(max(1, min(65_536, 4 * np.sqrt(rows), rows // 39)))


def ann_probes(nprobe: int, lists: int, rows: int) -> int:
    """IVF lists to scan in an IVF of `lists` lists that holds `rows` rows, for `nprobe` (`AnnSettings.nprobe`):
    the probe count is chosen for an IVF trained at its size (`ann_lists(rows)` lists), so this scans the share of
    the lists that `nprobe` is of those, and so about as many codes. A store trains its IVF once and extends it until
    the rows grow eightfold (`qa.store.StoreWriter`), so an IVF that grew holds fewer, longer lists than one trained
    at its size, and the same probe count scanned a larger share of its rows (scale59: 2,687 lists trained at 451k
    rows holding 1M, 7.1% of them at 192 probes, not 4.8%). An IVF trained at its size: `nprobe` itself."""
    if lists <= 0:
        return 0
    return int(max(1, min(lists, round(nprobe * lists / ann_lists(max(rows, 1))))))


SQ8 = "SQ8"  # `train_ann`'s codes: 8-bit scalar quantisation, a byte a dimension


def train_ann(vectors: np.ndarray, *, seed: int = 1234, codes: str = SQ8, lists: int | None = None) -> faiss.Index:
    """An empty, trained IVF index (inner product) for vectors like `vectors`. `codes`: `SQ8`, or a FAISS product
    quantiser of 4-bit fast-scan codes ("PQ48x4fs": 48 codes of 4 bits a vector, scanned 32 at a time in SIMD
    registers; a coarser score, for callers that re-read many candidates exactly). `lists`: at most this many lists
    (None: `ann_lists`)."""
    dim = vectors.shape[1]
    lists = ann_lists(len(vectors)) if lists is None else max(1, min(lists, ann_lists(len(vectors))))
    if codes == SQ8:
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFScalarQuantizer(quantizer, dim, lists, faiss.ScalarQuantizer.QT_8bit,
                                              faiss.METRIC_INNER_PRODUCT)
    else:
        try:
            index = faiss.index_factory(dim, f"IVF{lists},{codes}", faiss.METRIC_INNER_PRODUCT)
        except RuntimeError as exc:
            raise VectorStoreError(f"codes {codes!r}: {str(exc).splitlines()[0][:120]}") from None
    sample = min(len(vectors), lists * 40)  # FAISS needs 39-256 points per list; more only slows training
    picked = np.sort(np.random.default_rng(seed).choice(len(vectors), sample, replace=False))
    ivf = faiss.extract_index_ivf(index)
    ivf.cp.seed = seed
    ivf.cp.niter = 10  # k-means iterations: the centroids only route searches; exact re-ranking does the rest
    index.train(np.ascontiguousarray(vectors[picked], dtype=np.float32))
    return index


def extend_ann(index: faiss.Index, vectors: np.ndarray, start: int, end: int, block: int = 65_536) -> None:
    """Add rows [start, end) of `vectors` to `index` under their row ids."""
    for a in range(start, end, block):
        b = min(end, a + block)
        index.add_with_ids(np.ascontiguousarray(vectors[a:b], dtype=np.float32), np.arange(a, b, dtype=np.int64))


def write_ann(index: faiss.Index, path: Path) -> None:
    """Write `index` to `path` through a temporary file, flushed to disk, so a crash leaves no half file there."""
    tmp = Path(f"{path}.tmp")
    faiss.write_index(index, str(tmp))
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_ann(path: Path, mmap: bool = False) -> faiss.Index:
    """The index in `path`; with `mmap`, its inverted lists are mapped read-only rather than read (a reader: loading
    takes no time and the lists stay in the page cache; an index to extend must be read)."""
    try:
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP if mmap else 0)
    except RuntimeError as exc:
        raise VectorStoreError(f"{path}: {str(exc).splitlines()[0][:120]}") from None
    if mmap:
        _no_prefetch_threads(index)
    return index


def _no_prefetch_threads(index: faiss.Index) -> None:
    """Mapped lists are FAISS's `OnDiskInvertedLists`, which start 32 threads at every search to read ahead the
    lists it will scan: 3.4 ms of a 4.5 ms search at 100k passages on 2 cores, for pages a mapping reads on first
    touch anyway. With none, the search is the same scan (the same results) in 1.3 ms."""
    try:
        lists = faiss.downcast_InvertedLists(faiss.extract_index_ivf(index).invlists)
    except RuntimeError:  # not an IVF index: nothing to read ahead
        return
    if hasattr(lists, "prefetch_nthread"):
        lists.prefetch_nthread = 0


class VectorSearch:
    """Nearest rows of a row-aligned matrix of unit vectors (cosine = inner product).

    `live` marks the rows that may be returned (None: all); `ann` indexes rows [0, ann_rows) (None: none).
    """

    def __init__(self, vectors: np.ndarray, live: np.ndarray | None = None, ann: faiss.Index | None = None,
                 ann_rows: int = 0, settings: AnnSettings = AnnSettings()):
        self.vectors = vectors
        self.live = live
        self.ann = ann if ann is not None and ann_rows > 0 else None
        self.ann_rows = ann_rows if self.ann is not None else 0
        self.settings = settings
        # the lists scanned: `settings.nprobe`'s share of them (`ann_probes`)
        self.nprobe = ann_probes(settings.nprobe, self.lists, self.ann_rows) if self.ann is not None else 0
        if self.ann is not None:
            faiss.extract_index_ivf(self.ann).nprobe = self.nprobe
        self._all_live = live is None or bool(live.all())
        self._last_allowed: tuple | None = None  # (rows given, (mask, bitmap)): see `_allowed`
        self._last_params: tuple | None = None  # (bitmap, the search parameters over it): see `_params`

    def __len__(self) -> int:
        return len(self.vectors)

    @property
    def kind(self) -> str:
        return "ivf" if self.ann is not None else "exact"

    def search(self, vector: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(row, cosine) of the k rows nearest `vector`, best first: among `rows` when given (sorted or not),
        always among live rows."""
        if k <= 0 or not len(self.vectors):
            return []
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(-1)
        if rows is not None:
            given, last = rows, self._last_allowed
            if last is not None and last[0] is given:  # the same fixed pool as the last search: its kept bitmap
                return self._approximate(query, k, last[1])
            rows = np.asarray(rows, dtype=np.int64)
            if self.live is not None:
                rows = rows[self.live[rows]]
            if self.ann is None or len(rows) <= self.settings.threshold:
                return _top(rows, self._scores(rows, query), k)
            return self._approximate(query, k, self._allowed(given, rows))
        if self.ann is None:
            scores = inner_products(self.vectors, query)
            if not self._all_live:
                scores[~self.live] = -np.inf
            return _top(None, scores, k)
        return self._approximate(query, k, None if self._all_live else self._allowed(self.live, None))

    def _scores(self, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros(0, dtype=np.float32)
        return inner_products(self.vectors[rows], query)

    def _allowed(self, given: np.ndarray, rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """The mask of the allowed rows (`rows`; None: the live ones) and its bitmap over the IVF's rows. The last is
        kept for the same read-only `given` array: the live rows, or a caller's fixed pool (the context windows'
        rows, every question), cost two passes over every row to turn into a bitmap."""
        last = self._last_allowed
        if last is not None and last[0] is given:
            return last[1]
        # only the approximate path keeps one (`search` returns early on a kept pool)
        mask = self.live if rows is None else _mask(len(self.vectors), rows)
        found = (mask, np.packbits(mask[:self.ann_rows], bitorder="little"))
        if given is self.live or (isinstance(given, np.ndarray) and not given.flags.writeable):
            self._last_allowed = (given, found)
        return found

    def _approximate(self, query: np.ndarray, k: int,
                     allowed: tuple[np.ndarray, np.ndarray] | None) -> list[tuple[int, float]]:
        """IVF candidates among rows [0, ann_rows), the tail scanned exactly, all re-ranked by exact vectors.
        `allowed`: the mask of the rows that may be returned and its bitmap (`_allowed`); None: all."""
        want = max(k, self.settings.rerank)
        params = None
        if allowed is not None:
            allowed, bits = allowed
            params = self._params(bits)
        _, ids = self.ann.search(query.reshape(1, -1), want, params=params)
        candidates = np.sort(ids[0][ids[0] >= 0])
        tail = np.arange(self.ann_rows, len(self.vectors), dtype=np.int64)
        # the tail's rows are consecutive: their cosines over the mapped rows themselves, with no copy of them
        tail_scores = inner_products(self.vectors[self.ann_rows:], query)
        if allowed is not None and len(tail):
            kept = allowed[self.ann_rows:]
            tail, tail_scores = tail[kept], tail_scores[kept]
        rows = np.concatenate([candidates, tail])
        return _top(rows, np.concatenate([self._scores(candidates, query), tail_scores]), k)


    @property
    def lists(self) -> int:
        """The IVF's lists (0: none)."""
        return faiss.extract_index_ivf(self.ann).nlist if self.ann is not None else 0

    def candidates(self, vector: np.ndarray, want: int, mask: np.ndarray | None = None,
                   nprobe: int | None = None) -> np.ndarray:
        """Sorted rows for a caller's own exact check of the rows nearest `vector` among those `mask` marks (None:
        all): the IVF's `want` best by its 8-bit codes over `nprobe` lists (None: `self.nprobe`; `lists`: a scan of
        every code), and every marked row of the tail; every marked row where there is no IVF. `live` is not
        applied: `mask` says which rows may be read."""
        every = np.arange(len(self.vectors), dtype=np.int64)
        if self.ann is None:
            return every if mask is None else every[mask]
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        bits = None if mask is None or mask[:self.ann_rows].all() else np.packbits(mask[:self.ann_rows],
                                                                                  bitorder="little")
        probed = self.nprobe if nprobe is None else nprobe
        params = None
        if bits is not None:
            params = faiss.SearchParametersIVF(sel=faiss.IDSelectorBitmap(self.ann_rows, faiss.swig_ptr(bits)),
                                               nprobe=probed)
        elif nprobe is not None:
            params = faiss.SearchParametersIVF(nprobe=probed)
        _, ids = self.ann.search(query, want, params=params)  # `bits` lives on past the search that reads it
        tail = every[self.ann_rows:]
        return np.concatenate([np.sort(ids[0][ids[0] >= 0]), tail if mask is None else tail[mask[self.ann_rows:]]])

    def _params(self, bits: np.ndarray) -> "faiss.SearchParametersIVF":
        """The IVF search's parameters over the bitmap `bits`: the last ones again for the same bitmap (a kept one:
        the live rows, the windows' pool), as building FAISS's selector cost about 1.7 ms a search."""
        last = self._last_params
        if last is not None and last[0] is bits:
            return last[1]
        params = faiss.SearchParametersIVF(sel=faiss.IDSelectorBitmap(self.ann_rows, faiss.swig_ptr(bits)),
                                           nprobe=self.nprobe)
        self._last_params = (bits, params)  # the bitmap stays alive with the parameters that point into it
        return params


def inner_products(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """`vectors @ query` on one thread with FAISS's SIMD kernel. numpy hands this to a multi-threaded BLAS whose
    threads spin when the cores are busy: 32 ms against 2 ms for 11,763 vectors on a loaded 2-core machine."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    query = np.ascontiguousarray(query, dtype=np.float32)
    out = np.empty(len(vectors), dtype=np.float32)
    if len(vectors):
        faiss.fvec_inner_products_ny(faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(vectors),
                                     vectors.shape[1], len(vectors))
    return out


def _mask(size: int, rows: np.ndarray) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[rows] = True
    return mask


def _top(rows: np.ndarray | None, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k best (row, score) pairs, best first, ties by row; rows None: the scores' own positions."""
    finite = np.isfinite(scores)
    k = min(k, int(finite.sum()))
    if k <= 0:
        return []
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    ids, values = (top if rows is None else rows[top]), scores[top]
    order = np.lexsort((ids, -values))
    return [(int(ids[i]), float(values[i])) for i in order if np.isfinite(values[i])]
