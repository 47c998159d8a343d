"""Lexical search chosen by measurement: the product's BM25 (qa/lexical.py) against tantivy and SQLite FTS5.

    nice -n 10 .venv/bin/python bench/bench_lexical.py speed --index bench/out/scale/index-100000 --label 100k
    nice -n 10 .venv/bin/python bench/bench_lexical.py speed --index bench/out/scale/index-1000000 --label 1m
    nice -n 10 .venv/bin/python bench/bench_lexical.py overlap --index bench/out/qmsum/index-val
    nice -n 10 .venv/bin/python bench/bench_lexical.py eval --engine tantivy --scope corpus   # QMSum val, whole product
    nice -n 10 .venv/bin/python bench/bench_lexical.py eval --engine fts5 --questions-file bench/questions/real-dev.jsonl \
        --corpus ../shared/data/transcripts --index bench/out/index-shared-copy --out-name realdev-fts5

`speed` reads the live passages' texts of an index folder (read-only: the SQLite store opened with mode=ro) and
builds each engine over them in bench/out/lexical/<label>/: the product's own write path (its tokenizer, postings
counted per batch of 100k rows into segments, merged into one, the vocabulary with document frequencies in
SQLite), tantivy (one writer thread, an analyzer made to match ours: words of 2+ characters, lower case, our stop
words, Snowball English stems; term frequencies, no positions) and FTS5 (`porter unicode61`, its native analyzer,
then `optimize`). It reports build time, disk, the time of a top-100 query (the QMSum val questions, each engine
timed in turn on the same question so that load on the shared machine falls on all alike; row ids included), the
time to score every matching row (what the product's rankings read: the context windows sum BM25 over rows, the
coverage evidence reads every score), and the time to add one transcript's passages and see them in a fresh
reader.

`overlap` scores the QMSum val questions over the val index (real passages) and reports each engine's overlap@10
with ours. `eval` runs `tqa eval`'s own evaluation (api.run_eval) on QMSum val with the engine as the lexical
side of passages and sections (the decline rule's vocabulary look-ups stay ours), into
bench/out/qmsum/val-<scope>-hybrid-<engine>, for `tqa eval --compare` against val-<scope>-hybrid.

Query words for tantivy and FTS5: the question's words of 2+ characters minus our stop words, OR-ed; each engine
stems them with its own analyzer. Everything written lands under bench/out/ (git ignores it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.lexical import (STOPWORDS_EN, LexicalIndex, Segment, count_terms, merge_segments,  # noqa: E402
                        tokenize)

OUT = REPO / "bench" / "out" / "lexical"
QMSUM = REPO.parent / "shared" / "bench" / "qmsum"
VAL_INDEX = REPO / "bench" / "out" / "qmsum" / "index-val"
_WORD = re.compile(r"(?u)\b\w\w+\b")
BATCH = 100_000  # rows per segment while building ours, as bench_scale's build commits


# ---- reading an index folder (read-only) -------------------------------------------------------------------

def read_texts(folder: Path, kind: str = "passages") -> tuple[np.ndarray, list[str], int]:
    """Row ids and BM25 texts of the live rows of `kind` ("passages": "speaker: text", as the store indexes them;
    "sections": their text), and the row count (dead rows included)."""
    manifest = json.loads((folder / "manifest.json").read_text())
    jsonl = folder / manifest["generation"] / f"{kind}.jsonl"
    if jsonl.exists():  # format 2 (before the SQLite store): every line a live row
        records = [json.loads(line) for line in jsonl.read_text().splitlines() if line.strip()]
        texts = [f"{d['speaker']}: {d['text']}" if kind == "passages" else d["text"] for d in records]
        return np.arange(len(texts), dtype=np.int64), texts, len(texts)
    db = sqlite3.connect(f"file:{folder / manifest['generation'] / 'store.sqlite'}?mode=ro", uri=True)
    try:
        db.execute("BEGIN")
        first, end = ("first_row", "end_row") if kind == "passages" else ("first_section", "end_section")
        spans = db.execute(f"SELECT {first}, {end} FROM transcripts WHERE live=1").fetchall()
        total = int(db.execute(f"SELECT COALESCE(MAX(row) + 1, 0) FROM {kind}").fetchone()[0])
        live = np.zeros(total, dtype=bool)
        for a, b in spans:
            live[a:b] = True
        rows, texts = [], []
        for row, data in db.execute(f"SELECT row, data FROM {kind} ORDER BY row"):
            if live[row]:
                d = json.loads(data)
                rows.append(row)
                texts.append(f"{d['speaker']}: {d['text']}" if kind == "passages" else d["text"])
        db.execute("COMMIT")
    finally:
        db.close()
    return np.asarray(rows, dtype=np.int64), texts, total


def questions(split: str = "val") -> list[str]:
    return [json.loads(line)["question"] for line in (QMSUM / split / "questions.jsonl").read_text().splitlines()
            if line.strip()]


def query_words(text: str) -> list[str]:
    """The words an engine is asked for: 2+ characters, lower case, not our stop words (it stems them itself)."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS_EN]


def disk_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


# ---- the engines: build, add, reopen, top ------------------------------------------------------------------

class Ours:
    """The product's BM25 as the store writes and reads it: segments of postings, vocabulary and df in SQLite."""

    name = "ours (bm25s formula, qa/lexical.py)"

    def __init__(self, folder: Path):
        self.folder = folder

    def build(self, rows: np.ndarray, texts: list[str]) -> None:
        (self.folder / "lex").mkdir(parents=True)
        db = sqlite3.connect(self.folder / "terms.sqlite")
        db.execute("CREATE TABLE terms(term TEXT PRIMARY KEY, id INTEGER NOT NULL, df INTEGER NOT NULL) WITHOUT ROWID")
        ids, df, lengths, segments = {}, {}, np.zeros(int(rows.max()) + 1 if len(rows) else 0, dtype=np.int32), []
        for a in range(0, len(texts), BATCH):
            tokens = tokenize(texts[a:a + BATCH])
            for doc in tokens:
                for term in set(doc):
                    if term not in ids:
                        ids[term] = len(ids)
                    df[term] = df.get(term, 0) + 1
            block = rows[a:a + BATCH]
            lengths[block] = [len(t) for t in tokens]
            segments.append(_segment(tokens, block, ids))
        live = np.zeros(len(lengths), dtype=bool)
        live[rows] = True
        merged = merge_segments(segments, live) if len(segments) > 1 else segments[0]
        merged.save(self.folder / "lex" / "segment-0")
        np.save(self.folder / "lengths.npy", lengths)
        db.executemany("INSERT INTO terms VALUES(?, ?, ?)", [(t, i, df[t]) for t, i in ids.items()])
        db.commit()
        db.close()
        self.next_segment = 1

    def add(self, rows: np.ndarray, texts: list[str]) -> None:
        """One transcript: its postings as a new segment, its terms' df in SQLite, its lengths appended."""
        tokens = tokenize(texts)
        db = sqlite3.connect(self.folder / "terms.sqlite")
        counts = {}
        for doc in tokens:
            for term in set(doc):
                counts[term] = counts.get(term, 0) + 1
        known = dict(db.execute("SELECT term, id FROM terms WHERE term IN (SELECT value FROM json_each(?))",
                                (json.dumps(list(counts)),)))
        (top,) = db.execute("SELECT MAX(id) FROM terms").fetchone()
        for term in counts:
            if term not in known:
                top += 1
                known[term] = top
                db.execute("INSERT INTO terms VALUES(?, ?, 0)", (term, top))
        db.executemany("UPDATE terms SET df=df+? WHERE term=?", [(c, t) for t, c in counts.items()])
        _segment(tokens, rows, known).save(self.folder / "lex" / f"segment-{self.next_segment}")
        self.next_segment += 1
        lengths = np.load(self.folder / "lengths.npy")
        grown = np.zeros(int(rows.max()) + 1, dtype=np.int32)
        grown[:len(lengths)] = lengths
        grown[rows] = [len(t) for t in tokens]
        np.save(self.folder / "lengths.npy", grown)
        db.commit()
        db.close()

    def open(self) -> None:
        db = sqlite3.connect(self.folder / "terms.sqlite")
        vocab = {t: (i, df) for t, i, df in db.execute("SELECT term, id, df FROM terms")}
        db.close()
        lengths = np.load(self.folder / "lengths.npy", mmap_mode="r")
        segments = [Segment.load(p) for p in sorted((self.folder / "lex").iterdir())]
        live = np.zeros(len(lengths), dtype=bool)
        live[self.live_rows[self.live_rows < len(live)]] = True
        self.index = LexicalIndex(vocab, lengths, segments, None if live.all() else live)

    def top(self, text: str, n: int) -> list[tuple[int, float]]:
        return self.index.top(text, None, n)

    def all_scores(self, text: str, size: int) -> np.ndarray:
        return self.index.scores(text)


def _segment(tokens: list[list[str]], rows: np.ndarray, ids: dict[str, int]) -> Segment:
    """count_terms numbers rows consecutively from its first; map them to the given row ids."""
    segment = count_terms(tokens, 0, ids)
    return Segment(segment.terms, segment.indptr, np.asarray(rows, dtype=np.int32)[segment.rows], segment.tf)


class Tantivy:
    name = "tantivy 0.27 (BM25 k1 1.2, b 0.75)"

    def __init__(self, folder: Path | None):
        import tantivy

        self.tantivy = tantivy
        self.folder = folder
        builder = tantivy.SchemaBuilder()
        builder.add_unsigned_field("row", stored=False, indexed=False, fast=True)
        builder.add_text_field("text", stored=False, tokenizer_name="tqa", index_option="freq")
        self.schema = builder.build()

    def _index(self):
        t = self.tantivy
        index = t.Index(self.schema, path=str(self.folder) if self.folder else None)
        analyzer = (t.TextAnalyzerBuilder(t.Tokenizer.regex(r"\w\w+")).filter(t.Filter.lowercase())
                    .filter(t.Filter.custom_stopword(sorted(STOPWORDS_EN))).filter(t.Filter.stemmer("english"))
                    .build())
        index.register_tokenizer("tqa", analyzer)
        return index

    def _document(self, row: int, text: str):
        doc = self.tantivy.Document()
        doc.add_unsigned("row", row)
        doc.add_text("text", text)
        return doc

    def build(self, rows: np.ndarray, texts: list[str]) -> None:
        if self.folder:
            self.folder.mkdir(parents=True)
        self.index = self._index()
        writer = self.index.writer(heap_size=256_000_000, num_threads=1)
        for row, text in zip(rows.tolist(), texts):
            writer.add_document(self._document(row, text))
        writer.commit()
        writer.wait_merging_threads()

    def add(self, rows: np.ndarray, texts: list[str]) -> None:
        writer = self.index.writer(heap_size=50_000_000, num_threads=1)
        for row, text in zip(rows.tolist(), texts):
            writer.add_document(self._document(row, text))
        writer.commit()
        writer.wait_merging_threads()

    def open(self) -> None:
        self.index = self._index() if self.folder else self.index
        self.index.reload()
        self.searcher = self.index.searcher()

    def top(self, text: str, n: int) -> list[tuple[int, float]]:
        words = query_words(text)
        if not words:
            return []
        query = self.index.parse_query(" ".join(words), ["text"])
        hits = self.searcher.search(query, n, count=False).hits
        rows = self.searcher.fast_field_values("row", [a for _, a in hits])
        return [(int(r), float(s)) for (s, _), r in zip(hits, rows)]

    def all_scores(self, text: str, size: int) -> np.ndarray:
        return _array(self.top(text, size), size)


class Fts5:
    name = f"SQLite {sqlite3.sqlite_version} FTS5 (porter unicode61; BM25 k1 1.2, b 0.75)"

    def __init__(self, path: Path | None):
        self.path = path

    def _connect(self):
        return sqlite3.connect(str(self.path) if self.path else ":memory:")

    def build(self, rows: np.ndarray, texts: list[str]) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._connect()
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(text, tokenize='porter unicode61')")
        with self.db:
            self.db.executemany("INSERT INTO docs(rowid, text) VALUES(?, ?)", zip(rows.tolist(), texts))
        with self.db:
            self.db.execute("INSERT INTO docs(docs) VALUES('optimize')")

    def add(self, rows: np.ndarray, texts: list[str]) -> None:
        db = self._connect() if self.path else self.db
        with db:
            db.executemany("INSERT INTO docs(rowid, text) VALUES(?, ?)", zip(rows.tolist(), texts))
        if self.path:
            db.close()

    def open(self) -> None:
        if self.path:
            self.db.close()
            self.db = self._connect()

    def top(self, text: str, n: int) -> list[tuple[int, float]]:
        words = query_words(text)
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        return [(int(r), -float(s)) for r, s in self.db.execute(
            "SELECT rowid, bm25(docs) FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, n))]

    def all_scores(self, text: str, size: int) -> np.ndarray:
        words = query_words(text)
        match = " OR ".join(f'"{w}"' for w in words)
        found = self.db.execute("SELECT rowid, bm25(docs) FROM docs WHERE docs MATCH ?", (match,)) if words else []
        return _array([(int(r), -float(s)) for r, s in found], size)


def _array(pairs: list[tuple[int, float]], size: int) -> np.ndarray:
    """A score for every row (0 where none), as the product's rankings read BM25 (windows sum it over rows)."""
    out = np.zeros(size, dtype=np.float32)
    if pairs:
        rows, scores = zip(*pairs)
        out[list(rows)] = scores
    return out


# ---- speed -------------------------------------------------------------------------------------------------

def one_transcript(folder: Path, wanted: int = 34) -> list[str]:
    """The passage texts of the live transcript whose passage count is nearest `wanted` (added again as new rows)."""
    manifest = json.loads((folder / "manifest.json").read_text())
    db = sqlite3.connect(f"file:{folder / manifest['generation'] / 'store.sqlite'}?mode=ro", uri=True)
    try:
        first, end = min(db.execute("SELECT first_row, end_row FROM transcripts WHERE live=1"),
                         key=lambda span: abs(span[1] - span[0] - wanted))
        return [f"{d['speaker']}: {d['text']}" for d in (json.loads(x) for (x,) in db.execute(
            "SELECT data FROM passages WHERE row>=? AND row<? ORDER BY row", (first, end)))]
    finally:
        db.close()


def speed(args) -> None:
    t = time.perf_counter()
    rows, texts, total = read_texts(args.index)
    print(f"read {len(texts)} live passages in {time.perf_counter() - t:.1f}s", file=sys.stderr, flush=True)
    added = one_transcript(args.index)
    added_rows = np.arange(total, total + len(added), dtype=np.int64)
    folder = OUT / args.label
    if folder.exists():
        shutil.rmtree(folder)
    engines = {"ours": Ours(folder / "ours"), "tantivy": Tantivy(folder / "tantivy"),
               "fts5": Fts5(folder / "fts5.sqlite")}
    engines["ours"].live_rows = np.concatenate([rows, added_rows])
    result = {"passages": len(texts), "added_passages": len(added), "engines": {}}
    for key, engine in engines.items():
        t = time.perf_counter()
        engine.build(rows, texts)
        build_s = time.perf_counter() - t
        disk = disk_mib(folder / ("fts5.sqlite" if key == "fts5" else key))
        engine.open()
        result["engines"][key] = {"name": engine.name, "build_s": round(build_s, 1), "disk_mib": round(disk, 1)}
        print(key, result["engines"][key], file=sys.stderr, flush=True)
    del texts
    qs = questions("val")[:args.questions]
    times = {key: [] for key in engines}
    cpu = {key: [] for key in engines}
    full = {key: [] for key in engines}
    size = int(max(rows.max(), added_rows.max())) + 1
    keys = list(engines)
    for i, q in enumerate(qs):
        # the order turns with each question: on a loaded machine, the step after a long one (FTS5's) tends to
        # absorb the scheduler's catch-up, so no engine may always come after another
        for key in keys[i % len(keys):] + keys[:i % len(keys)]:
            engine = engines[key]
            t, c = time.perf_counter(), time.process_time()
            engine.top(q, 100)
            times[key].append((time.perf_counter() - t) * 1000)
            cpu[key].append((time.process_time() - c) * 1000)
            if i < args.full_questions:
                t = time.perf_counter()
                engine.all_scores(q, size)
                full[key].append((time.perf_counter() - t) * 1000)
    for key, engine in engines.items():
        t = time.perf_counter()
        engine.add(added_rows, added)
        add_s = time.perf_counter() - t
        t = time.perf_counter()
        engine.open()
        reopen_s = time.perf_counter() - t
        seen = {r for r, _ in engine.top(added[len(added) // 2], 100)} & set(added_rows.tolist())
        result["engines"][key].update({
            "query_p50_ms": round(statistics.median(times[key]), 2),
            "query_p95_ms": round(float(np.percentile(times[key], 95)), 2),
            "query_cpu_p50_ms": round(statistics.median(cpu[key]), 2),
            "all_scores_p50_ms": round(statistics.median(full[key]), 2) if full[key] else None,
            "add_one_transcript_s": round(add_s, 3), "reopen_s": round(reopen_s, 3),
            "added_rows_found": bool(seen), "disk_after_add_mib": round(disk_mib(
                folder / ("fts5.sqlite" if key == "fts5" else key)), 1)})
    result["questions"] = len(qs)
    result["load_average"] = round(os.getloadavg()[0], 1)
    print(json.dumps(result, indent=1))
    (folder / "result.json").write_text(json.dumps(result, indent=1))
    if not args.keep:
        for key in engines:
            path = folder / ("fts5.sqlite" if key == "fts5" else key)
            shutil.rmtree(path) if path.is_dir() else path.unlink()


# ---- ranking agreement and quality on QMSum val ------------------------------------------------------------

def overlap(args) -> None:
    """Overlap@10 (and @100) of each engine's ranking with ours over the val index's passages, all val questions."""
    from qa.store import Store  # noqa: F401  (the same reader the product uses)

    rows, texts, total = read_texts(args.index)
    ours = Ours(OUT / "overlap-ours")
    if ours.folder.exists():
        shutil.rmtree(ours.folder)
    ours.live_rows = rows
    ours.build(rows, texts)
    ours.open()
    engines = {"tantivy": Tantivy(None), "fts5": Fts5(None)}
    for engine in engines.values():
        engine.build(rows, texts)
        engine.open()
    qs = questions("val")
    result = {"passages": len(texts), "questions": len(qs)}
    base = [[r for r, _ in ours.top(q, 100)] for q in qs]
    for key, engine in engines.items():
        at10, at100, first = [], [], []
        for q, b in zip(qs, base):
            e = [r for r, _ in engine.top(q, 100)]
            at10.append(len(set(e[:10]) & set(b[:10])) / max(1, min(10, len(b))))
            at100.append(len(set(e) & set(b)) / max(1, len(b)))
            first.append(bool(e) and bool(b) and e[0] == b[0])
        result[key] = {"overlap@10": round(float(np.mean(at10)), 3), "overlap@100": round(float(np.mean(at100)), 3),
                       "same_first": round(float(np.mean(first)), 3)}
    shutil.rmtree(ours.folder)
    print(json.dumps(result, indent=1))


def engine_lexical(kind_rows: tuple[np.ndarray, list[str]], size: int, engine_name: str, original: LexicalIndex):
    """A LexicalIndex whose scores come from the engine (every matching row scored; ours kept for vocabulary)."""
    rows, texts = kind_rows
    engine = {"tantivy": Tantivy, "fts5": Fts5}[engine_name](None)
    engine.build(rows, texts)
    engine.open()

    class EngineLexical(LexicalIndex):
        def scores(self, text: str) -> np.ndarray:
            out = np.zeros(self.size, dtype=np.float32)
            for row, score in engine.top(text, size):
                out[row] = score
            if self.live is not None:
                out[~self.live] = 0.0
            return out

    return EngineLexical(original.vocab, original.lengths, original.segments, original.live)


def evaluate(args) -> None:
    """`tqa eval` (api.run_eval) with the engine as the lexical side of passages and sections; default: QMSum val.
    `--engine ours` runs the product unchanged (the same code path, for a like-for-like comparison)."""
    from qa import api
    from qa.config import Settings
    from qa.store import Store

    built = {}
    original = Store._lexical

    def patched(self, kind, rows, live):
        index = original(self, kind, rows, live)
        if kind not in built:
            found_rows, texts, _ = read_texts(self.folder, kind)
            built[kind] = engine_lexical((found_rows, texts), rows, args.engine, index)
            print(f"{args.engine}: {kind} indexed ({len(texts)})", file=sys.stderr, flush=True)
        return built[kind]

    if args.engine != "ours":
        Store._lexical = patched
    out = api.check_out_dir(OUT / args.out_name if args.out_name else
                            REPO / "bench" / "out" / "qmsum" / f"val-{args.scope}-hybrid-{args.engine}")
    run = api.run_eval(args.questions_file, settings=Settings(), corpus=args.corpus, index=args.index,
                       scope=args.scope, k=5, mode="hybrid")
    api.write_report(run, out)
    print(api.summary_table(run.metrics, run.config["k"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["speed", "overlap", "eval"])
    parser.add_argument("--index", type=Path, default=VAL_INDEX, help="an index folder (read only)")
    parser.add_argument("--label", default="val", help="speed: the folder under bench/out/lexical")
    parser.add_argument("--questions", type=int, default=200, help="speed: how many val questions to time")
    parser.add_argument("--full-questions", type=int, default=40,
                        help="speed: how many of them also score every matching row (what rankings need)")
    parser.add_argument("--keep", action="store_true", help="speed: keep the built indexes")
    parser.add_argument("--engine", choices=["ours", "tantivy", "fts5"], default="tantivy")
    parser.add_argument("--scope", choices=["corpus", "transcript"], default="corpus")
    parser.add_argument("--questions-file", type=Path, default=QMSUM / "val" / "questions.jsonl", help="eval")
    parser.add_argument("--corpus", type=Path, default=QMSUM / "val" / "transcripts", help="eval")
    parser.add_argument("--out-name", help="eval: a folder under bench/out/lexical (default: bench/out/qmsum/val-SCOPE-hybrid-ENGINE)")
    args = parser.parse_args()
    {"speed": speed, "overlap": overlap, "eval": evaluate}[args.step](args)


if __name__ == "__main__":
    main()
