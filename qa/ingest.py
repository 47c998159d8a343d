"""Ingest orchestration: scan, hash, diff, parse, segment, embed, then write under the folder's writer lock.

Parsing and embedding happen outside the lock, against the state read before it, so a slow upload blocks no
other writer. Under the lock the state is read again and the work merged onto it: a transcript another writer
stored meanwhile with the same content is left alone, and nothing another writer added is lost.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from embeddings.pooling import unit

from qa.config import ingest_precision_for
from qa.corpus_files import media_url_beside
from qa.errors import TqaError
from qa.parse import parse_bytes, supported_suffixes
from qa.segment import (context_label, context_start, context_turns, embedding_texts, group_sections,
                        offset_in_turn, passage_offset, segment_transcript, sentence_units, speaker_text)
from qa.store import (POOLED_TURN_WORDS, Addition, IndexShape, StoredTranscript, StoreWriter, check_shape,
                      indexed_infos, median_turn_words, read_manifest, resolve_name, write_errors, write_json,
                      writer_lock)
from qa.types import IngestReport, Passage, Section, SentenceUnit, Transcript, TranscriptInfo

Progress = Callable[[int, int, str], None]  # (done, total, what)
Waiting = Callable[[str], None]  # told once when another writer holds the lock
_NOT_TRANSCRIPTS = {"README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"}  # skipped in folder scans
# transcripts removed from the index whose files were kept: {file path: content hash}. A folder's ingest passes
# them over while the file holds that text, so that a removed transcript stays removed (trial37: `tqa serve`
# indexed it again at its next start); naming the file, or uploading it, indexes it again
SET_ASIDE = "set-aside.json"
EMBEDDING = ".embedding"  # slot locks of the files being embedded (`embedding_slots`), in the index folder
EMBEDDING_SLOTS = 64  # a file's name and text hash to one slot: bounded files, none deleted; a shared slot only waits


@dataclass(frozen=True)
class Source:
    name: str
    data: bytes
    path: str | None  # where the caller keeps the file (None: an upload with no file)


@dataclass(frozen=True)
class Prepared:
    """A transcript parsed, segmented and embedded, ready to be written."""

    transcript: Transcript
    digest: str
    addition: Addition


class Meter:
    """An embedding job's progress counted in passages, the unit of `tqa ingest`'s bar and of the report's "N
    passages embedded". The encoder works through texts, not passages (units encoded alone are texts too, and
    texts go longest first), so each block of work done is told in characters (or the job's own unit) and shown
    as that share of the job's passages: the bar's rate is passages a second, and its time left follows the
    work left, not the texts left (trial28: the bar counted 966 "passage/s" of passages and units)."""

    def __init__(self, progress: Progress | None, passages: int, what: str = "embedding passages"):
        self.progress, self.passages, self.what = progress, passages, what
        self.work = self.done = 0

    def expect(self, work: int) -> None:
        """The job's whole work, told before its first `advance`."""
        self.work = work

    def advance(self, work: int) -> None:
        """`work` more done (0: only show the bar)."""
        self.done = min(self.done + work, self.work)
        if self.progress and self.passages:
            self.progress(self.passages * self.done // max(self.work, 1), self.passages, self.what)


class Pipeline:
    """The stages that turn a file into an Addition, under one set of settings and one encoder."""

    def __init__(self, settings, encoder, export=None):
        """`export` (an `embeddings.onnx_encoder.OnnxEncoder`) embeds instead of `encoder`'s model: the int8 export
        when settings.ingest_precision is "int8", the fp32 one where ingest_runtime gives onnx; `encoder` still
        counts the tokens that cut passages (the export's tokenizer is the model's)."""
        self.settings = settings
        self.encoder = encoder
        self.export = export
        precision = ingest_precision_for(settings.ingest_precision)  # "auto" decided for this machine's CPU
        self.precision = "fp32" if precision == "int8" and export is None else precision  # what it embeds in
        self.runtime = "onnx" if export is not None else "torch"

    def segment(self, transcript: Transcript) -> list[Passage]:
        limit = min(self.settings.max_tokens, self.encoder.max_tokens)
        return segment_transcript(transcript, self.encoder.count_tokens, limit,
                                  speaker_prefix=self.settings.embed_speaker, min_words=self.settings.min_words)

    def sections(self, transcript: Transcript, passages: Sequence[Passage]) -> tuple[list[Passage], list[Section]]:
        return group_sections(transcript, passages, self.settings.section_words)

    def embedding_texts(self, transcript: Transcript, passages: Sequence[Passage]) -> list[str]:
        return embedding_texts(transcript, passages, speaker_prefix=self.settings.embed_speaker,
                               context_words=self.context_words(transcript), min_words=self.settings.min_words)

    def context_words(self, transcript: Transcript) -> int:
        """Words of the turn before that a turn's first passage embeds: settings.rapid_context_words (when set,
        >= 0) in rapid talk, a median turn shorter than POOLED_TURN_WORDS words; settings.context_words elsewhere."""
        rapid = self.settings.rapid_context_words
        if rapid < 0:
            return self.settings.context_words
        words = median_turn_words(transcript.turns)
        return rapid if words is not None and words < POOLED_TURN_WORDS else self.settings.context_words

    def parse(self, source: Source) -> tuple[Transcript, list[Passage], list[Section], list[list[SentenceUnit]]]:
        """Raises TqaError when the file cannot be read or holds no text."""
        transcript = parse_bytes(source.data, source.name, max_bytes=int(self.settings.max_upload_mb * 1e6))
        passages = self.segment(transcript)
        if not passages:
            # what was read with a doubt is the likeliest reason: said (trial44: a Whisper segment of a broken time,
            # its few words kept, gave this line alone)
            doubt = f" ({transcript.warnings[0].split(': ', 1)[-1]})" if transcript.warnings else ""
            raise TqaError(f"{source.name}: no text to index after parsing{doubt}")
        passages, sections = self.sections(transcript, passages)
        units = [sentence_units(transcript.turns[p.turn_index], p, dangling_cut=self.settings.unit_dangling_cut,
                                 comma_cut=self.settings.unit_comma_cut)
                 for p in passages]
        return transcript, passages, sections, units

    def embed(self, texts: list[str], meter: Meter | None = None) -> np.ndarray:
        """Vectors of `texts`, embedded longest first in large blocks (as model.encode would sort them); `meter` is
        told the characters of each block done."""
        dim = self.encoder.dim
        if not texts:
            return np.zeros((0, dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts], kind="stable")
        vectors = np.zeros((len(texts), dim), dtype=np.float32)
        block = max(self.settings.batch_size * 8, 1)
        for start in range(0, len(texts), block):
            rows = order[start:start + block]
            batch = [texts[i] for i in rows]
            done = _told(meter, [len(t) for t in batch])
            if self.export is not None:
                vectors[rows] = self.export.encode(batch, batch_size=self.settings.batch_size, done=done)
            else:
                vectors[rows] = self.encoder.encode(batch, batch_size=self.settings.batch_size,
                                                    precision=self.precision, done=done)
        return vectors

    def prepare(self, parsed: list[tuple[Source, str, tuple]], progress: Progress | None) -> list[Prepared]:
        """Embed the passages and sentence units of parsed files (see `vectors`) and pair them with their files."""
        passage_vectors, unit_vectors = self.vectors([p for _, _, p in parsed], progress)
        out, p_at, u_at = [], 0, 0
        for source, digest, (transcript, passages, sections, units) in parsed:
            n, m = len(passages), sum(len(u) for u in units)
            stored = _stored(transcript, passages, digest, source.path)
            out.append(Prepared(transcript, digest, Addition(stored, passages, passage_vectors[p_at:p_at + n],
                                                             sections, units, unit_vectors[u_at:u_at + m])))
            p_at, u_at = p_at + n, u_at + m
        return out

    def vectors(self, parsed: list[tuple], progress: Progress | None) -> tuple[np.ndarray, np.ndarray]:
        """Passage vectors and sentence-unit vectors (flat, in order) of parsed (transcript, passages, sections,
        units). settings.unit_vectors "pooled": each passage's forward pass yields its units' vectors too (the
        mean of their tokens' embeddings, with the int8 export too); "separate": every unit is encoded alone;
        "auto": each transcript as `pools` says. `progress` counts passages (see `Meter`)."""
        meter = Meter(progress, sum(len(p) for _, p, _, _ in parsed))
        if self.settings.ingest_passes == "window":
            return self.embed_windows(parsed, meter)
        if self.settings.ingest_passes == "units":
            return self.embed_units(parsed, meter)
        pools = [self.pools(transcript) for transcript, *_ in parsed]
        if all(pools) or not any(pools):
            texts = self.texts(parsed)
            meter.expect(_work(texts, bool(pools) and pools[0]))
            return self.passage_vectors(texts, bool(pools) and pools[0], meter)
        # unit_vectors "auto" over transcripts of both kinds: each group in its own passes, then back in order
        groups = [[p for p, f in zip(parsed, pools) if f], [p for p, f in zip(parsed, pools) if not f]]
        texts = [self.texts(groups[0]), self.texts(groups[1])]
        meter.expect(_work(texts[0], True) + _work(texts[1], False))
        pooled = self.passage_vectors(texts[0], True, meter)
        alone = self.passage_vectors(texts[1], False, meter)
        at = {True: [0, 0], False: [0, 0]}
        passage_parts, unit_parts = [], []
        for (_, passages, _, units), flag in zip(parsed, pools):
            (p_at, u_at), (p_vectors, u_vectors) = at[flag], (pooled if flag else alone)
            n, m = len(passages), sum(len(u) for u in units)
            passage_parts.append(p_vectors[p_at:p_at + n])
            unit_parts.append(u_vectors[u_at:u_at + m])
            at[flag] = [p_at + n, u_at + m]
        return np.concatenate(passage_parts), np.concatenate(unit_parts)

    def passage_vectors(self, texts: tuple, pooled: bool, meter: Meter | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Passage and unit vectors of `texts` (`self.texts` of parsed transcripts), one forward pass per passage:
        units pooled from it (`pooled`, those of at most settings.unit_alone_tokens tokens encoded alone) or every
        unit encoded alone."""
        passage_texts, unit_spans, unit_texts = texts
        if meter and passage_texts:
            meter.advance(0)
        if pooled:
            passage_vectors, unit_vectors = self.embed_pooled(passage_texts, unit_spans, meter)
            return passage_vectors, self.short_units_alone(unit_texts, unit_vectors)
        vectors = self.embed(passage_texts + unit_texts, meter)
        return vectors[:len(passage_texts)], vectors[len(passage_texts):]

    def texts(self, parsed: list[tuple]) -> tuple[list[str], list[list[tuple[int, int]]], list[str]]:
        """The passages' embedded texts, each one's sentence-unit spans inside it, and the units' own texts."""
        passage_texts, unit_spans, unit_texts = [], [], []
        for transcript, passages, _, units in parsed:
            passage_texts += self.embedding_texts(transcript, passages)
            for p, us in zip(passages, units):
                at = passage_offset(p, speaker_prefix=self.settings.embed_speaker)
                unit_spans.append([(at + u.start, at + u.end) for u in us])
                unit_texts += [p.text[u.start:u.end] for u in us]
        return passage_texts, unit_spans, unit_texts

    def short_units_alone(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """`vectors` (pooled units) with those of the units of at most settings.unit_alone_tokens tokens replaced
        by the units encoded alone: a short unit pooled in its passage is mostly its passage's context."""
        most = self.settings.unit_alone_tokens
        if most <= 0 or not texts:
            return vectors
        short = [i for i, n in enumerate(self.encoder.count_tokens(texts)) if n <= most]
        if short:
            vectors[short] = self.embed([texts[i] for i in short], None)
        return vectors

    def pooled(self) -> bool:
        """True when unit vectors may come from their passages' forward pass (no encoder of their own): under
        unit_vectors "pooled", and "auto" for transcripts in rapid talk (`pools`)."""
        return self.settings.unit_vectors != "separate" and (self.settings.ingest_precision != "int8"
                                                              or self.export is not None)

    def pools(self, transcript: Transcript) -> bool:
        """Whether `transcript`'s unit vectors are pooled from its passages' forward pass: always under
        unit_vectors "pooled"; under "auto" when it is rapid talk, its median turn shorter than
        POOLED_TURN_WORDS words (meetings: docs/scale.md)."""
        if not self.pooled():
            return False
        if self.settings.unit_vectors == "pooled":
            return True
        words = median_turn_words(transcript.turns)
        return words is not None and words < POOLED_TURN_WORDS

    def embed_pooled(self, texts: list[str], spans: list[list[tuple[int, int]]],
                     meter: Meter | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Vectors of `texts` and of the spans inside them, one forward pass per text, in blocks for the `meter`
        (told each block's characters)."""
        dim = self.encoder.dim
        first = np.concatenate([[0], np.cumsum([len(s) for s in spans])]).astype(np.int64)
        vectors = np.zeros((len(texts), dim), dtype=np.float32)
        span_vectors = np.zeros((int(first[-1]), dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts], kind="stable")  # longest first: batches pad little
        block = max(self.settings.batch_size * 8, 1)
        for start in range(0, len(texts), block):
            rows = order[start:start + block]
            vectors[rows], flat = self._encode_with_spans([texts[i] for i in rows], [spans[i] for i in rows],
                                                          _told(meter, [len(texts[i]) for i in rows]))
            at = 0
            for i in rows:  # the block's span vectors back to their place in file order
                span_vectors[first[i]:first[i + 1]] = flat[at:at + first[i + 1] - first[i]]
                at += first[i + 1] - first[i]
        return vectors, span_vectors

    def embed_windows(self, parsed: list[tuple], meter: Meter | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Passage and unit vectors from windows of consecutive passages (settings.ingest_passes "window"): each
        window is one forward pass; a passage's vector is the mean of its tokens and of those of up to
        context_words words before it in the window, each unit's the mean of its own tokens. `meter` is told the
        passages of each block of windows done."""
        windows, spans, owners = [], [], []  # window texts, their spans, (passage row or None, unit row or None)
        p_row = u_row = 0
        limit = self.encoder.max_tokens
        for transcript, passages, _, units in parsed:
            segments = [speaker_text(p, speaker_prefix=self.settings.embed_speaker) for p in passages]
            sizes = self.encoder.count_tokens(segments)
            start = 0
            while start < len(passages):
                end, used = start + 1, sizes[start]
                while end < len(passages) and used + 1 + sizes[end] <= limit:
                    used, end = used + 1 + sizes[end], end + 1
                text, window_spans, window_owners, at = "", [], [], 0
                for i in range(start, end):
                    at = len(text) + (1 if text else 0)
                    text = f"{text}\n{segments[i]}" if text else segments[i]
                    window_spans.append((_context_start(text, at, self.context_words(transcript)), len(text)))
                    window_owners.append((p_row + i, None))
                    offset = at + passage_offset(passages[i], speaker_prefix=self.settings.embed_speaker)
                    for u in units[i]:
                        window_spans.append((offset + u.start, offset + u.end))
                        window_owners.append((None, u_row))
                        u_row += 1
                windows.append(text)
                spans.append(window_spans)
                owners.append(window_owners)
                start = end
            p_row += len(passages)
        dim = self.encoder.dim
        passage_vectors = np.zeros((p_row, dim), dtype=np.float32)
        unit_vectors = np.zeros((u_row, dim), dtype=np.float32)
        block = max(self.settings.batch_size * 8, 1)
        if meter and windows:
            meter.expect(p_row)
            meter.advance(0)
        for first in range(0, len(windows), block):
            rows = range(first, min(first + block, len(windows)))
            _, flat = self._encode_with_spans([windows[w] for w in rows], [spans[w] for w in rows],
                                              _told(meter, [sum(p is not None for p, _ in owners[w]) for w in rows]))
            pairs = [pair for w in rows for pair in owners[w]]
            for (p, u), vector in zip(pairs, flat):
                if p is not None:
                    passage_vectors[p] = vector
                else:
                    unit_vectors[u] = vector
        return passage_vectors, unit_vectors

    def embed_units(self, parsed: list[tuple], meter: Meter | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Passage and unit vectors with each word encoded once (settings.ingest_passes "units"): every sentence
        unit is encoded alone, as "separate" does, and a passage's vector is the mean of the token embeddings of
        what `embedding_texts` embeds for it, taken from those passes: its speaker label, its units, and for a
        turn's first passage the context label and the units (or the part of a unit) holding the last
        `context_words` words of the turn before. Labels are encoded once each; context words no unit holds (a
        turn with no passage) are encoded alone. `meter` is told the characters of each block of pieces done."""
        plan, pieces, cuts, n_units = self.unit_plan(parsed)
        dim = self.encoder.dim
        vectors = np.zeros((len(pieces), dim), dtype=np.float32)
        sums = np.zeros((len(pieces), dim), dtype=np.float32)
        first = np.concatenate([[0], np.cumsum([len(c) for c in cuts])]).astype(np.int64)
        cut_sums = np.zeros((int(first[-1]), dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in pieces], kind="stable")  # longest first: batches pad little
        block = max(self.settings.batch_size * 8, 1)
        if meter and pieces:
            meter.expect(sum(map(len, pieces)))
            meter.advance(0)
        for start in range(0, len(pieces), block):
            rows = order[start:start + block]
            block_cuts = [cuts[i] for i in rows]
            vectors[rows], sums[rows], flat = self._encode_with_sums([pieces[i] for i in rows], block_cuts,
                                                                     _told(meter, [len(pieces[i]) for i in rows]))
            at = 0
            for i, c in zip(rows, block_cuts):  # the block's cut sums back to their place
                cut_sums[first[i]:first[i] + len(c)] = flat[at:at + len(c)]
                at += len(c)
        passage_vectors = np.zeros((len(plan), dim), dtype=np.float32)
        for row, parts in enumerate(plan):
            total = np.zeros(dim, dtype=np.float64)
            for piece, cut in parts:
                total += sums[piece] if cut < 0 else cut_sums[first[piece] + cut]
            passage_vectors[row] = unit(total)
        return passage_vectors, vectors[:n_units]

    def unit_plan(self, parsed: list[tuple]) -> tuple[list[list[tuple[int, int]]], list[str], list[list[int]], int]:
        """What `embed_units` encodes and sums: per passage, (piece, cut) pairs (cut -1: the piece's whole sum;
        else the index of one of its `cuts`, the sum of its tokens from that offset on); the pieces' texts (the
        sentence units first, in order, so piece i is unit row i; then labels and stray context); each piece's
        cut offsets; and the number of units."""
        pieces, cuts, plan = [], [], []
        labels: dict[str, int] = {}

        def label(text: str) -> int:
            if text not in labels:
                labels[text] = len(pieces)
                pieces.append(text)
                cuts.append([])
            return labels[text]

        spans = []  # per transcript: turn index -> [(unit row, start, end) in the turn's text]
        for transcript, passages, _, units in parsed:
            in_turn: dict[int, list[tuple[int, int, int]]] = {}
            for p, us in zip(passages, units):
                offset = offset_in_turn(transcript.turns[p.turn_index], p)
                for u in us:
                    in_turn.setdefault(p.turn_index, []).append((len(pieces), offset + u.start, offset + u.end))
                    pieces.append(p.text[u.start:u.end])
                    cuts.append([])
            spans.append(in_turn)
        n_units = len(pieces)
        row = 0
        for (transcript, passages, _, units), in_turn in zip(parsed, spans):
            words = self.context_words(transcript)
            befores = context_turns(transcript, passages, context_words=words, min_words=self.settings.min_words)
            for p, us, before in zip(passages, units, befores):
                parts = []
                if self.settings.embed_speaker and p.speaker:
                    parts.append((label(f"{p.speaker}:"), -1))
                parts += [(row + j, -1) for j in range(len(us))]
                row += len(us)
                if before is not None:
                    parts.append((label(context_label(before, words)), -1))
                    start = context_start(before, words)
                    held = [(i, a, b) for i, a, b in in_turn.get(before.index, []) if b > start]
                    for i, a, _ in held:
                        if a >= start:
                            parts.append((i, -1))
                        else:  # the unit the context begins inside: its tokens from there on
                            cuts[i].append(start - a)
                            parts.append((i, len(cuts[i]) - 1))
                    if not held:  # a turn with no passage: its words encoded alone
                        parts.append((label(before.text[start:]), -1))
                plan.append(parts)
        return plan, pieces, cuts, n_units

    def _encode_with_sums(self, texts: list[str], cuts: list[list[int]],
                          done=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`encode_with_sums` of the ONNX export or of the model (`export`); `done` told each batch's rows."""
        if self.export is not None:
            return self.export.encode_with_sums(texts, cuts, batch_size=self.settings.batch_size, done=done)
        return self.encoder.encode_with_sums(texts, cuts, batch_size=self.settings.batch_size,
                                             precision=self.precision, done=done)

    def _encode_with_spans(self, texts: list[str], spans: list[list[tuple[int, int]]],
                           done=None) -> tuple[np.ndarray, np.ndarray]:
        """`encode_with_spans` of the ONNX export or of the model (`export`); `done` told each batch's rows."""
        if self.export is not None:
            return self.export.encode_with_spans(texts, spans, batch_size=self.settings.batch_size, done=done)
        return self.encoder.encode_with_spans(texts, spans, batch_size=self.settings.batch_size,
                                              precision=self.precision, done=done)


def _told(meter: Meter | None, work: Sequence[int]):
    """What the encoder tells of each batch done (its rows, indices into one call's texts), for `meter`: the
    `work` of those rows (characters, or passages). The meter moves per batch of `batch_size` texts, not per call
    of `batch_size * 8`: a file of a few dozen passages, one call, stood at 0.0% until it was done (trial43,
    trial44). None without a meter."""
    if not meter:
        return None
    return lambda rows: meter.advance(sum(work[int(r)] for r in rows))


def _context_start(text: str, at: int, words: int) -> int:
    """Where the `words` words before offset `at` of `text` begin (`at` itself when there are none)."""
    if words <= 0 or at == 0:
        return at
    starts = [m.start() for m in re.finditer(r"\S+", text[:at])]
    return starts[-words] if len(starts) >= words else (starts[0] if starts else at)


def prepare_here(pipeline: Pipeline, items: list[tuple[Source, str]],
                 progress: Progress | None) -> tuple[list[Prepared], list[str]]:
    """Parse, segment and embed (source, content hash) pairs in this process; one error line per bad file."""
    parsed, errors = [], []
    for source, digest in items:
        try:
            parsed.append((source, digest, pipeline.parse(source)))
        except TqaError as exc:
            errors.append(str(exc))
    return pipeline.prepare(parsed, progress), errors


@contextlib.contextmanager
def embedding_slots(folder: Path, files: Sequence[tuple[str, str]], on_wait: Waiting | None) -> Iterator[bool]:
    """Hold the slot lock (EMBEDDING) of each (name, content hash) in `files` while they are embedded and written,
    so that another process given the same file at the same time waits and then finds it indexed instead of
    embedding it again. Yields whether it waited (the caller then reads the index again). All slots are taken or
    none: a busy one is waited for while holding none, then all are tried again, so two processes never wait on
    each other. `on_wait` hears once that it waits. Nothing is held where `folder` is not a folder (the writer's
    lock says why)."""
    folder = Path(folder)
    slots = sorted({int(hashlib.sha256(f"{n}\0{d}".encode("utf-8")).hexdigest()[:8], 16) % EMBEDDING_SLOTS
                    for n, d in files})
    if not slots or (folder.exists() and not folder.is_dir()):
        yield False
        return
    (folder / EMBEDDING).mkdir(parents=True, exist_ok=True)
    held, waited = [], False
    try:
        while True:
            busy = None
            for slot in slots:
                handle = open(folder / EMBEDDING / f"{slot:02d}.lock", "a+")
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    handle.close()
                    busy = slot
                    break
                held.append(handle)
            if busy is None:
                break
            for handle in held:
                handle.close()  # a flock goes with its open file: closing releases it
            held = []
            if on_wait and not waited:
                names = ", ".join(sorted({n for n, _ in files}))
                on_wait(f"waiting for another process that is indexing {names} (or a file of the same slot) "
                        "at the same time, to use its work")
            waited = True
            with open(folder / EMBEDDING / f"{busy:02d}.lock", "a+") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # until that process has written it; released on close
        yield waited
    finally:
        for handle in held:
            handle.close()


Runner = Callable[[Pipeline, list[tuple[Source, str]], Progress | None], tuple[list[Prepared], list[str]]]


def ingest_paths(settings, shape: IndexShape, pipeline: Pipeline, paths: Iterable[Path | str], *,
                 rebuild: bool = False, progress: Progress | None = None, on_wait: Waiting | None = None,
                 runner: Runner | None = None) -> IngestReport:
    """Add or update the transcripts at `paths` (files or folders); a folder's vanished files are removed."""
    started = time.perf_counter()
    paths = list(paths)
    files, folders, errors = expand(paths)
    named = frozenset(str(Path(p).expanduser().resolve()) for p in paths if Path(p).expanduser().is_file())
    sources = []
    for path in files:
        try:
            sources.append(Source(path.name, path.read_bytes(), str(path.resolve())))
        except OSError as exc:
            errors.append(f"{path}: cannot be read ({exc.strerror})")
    return ingest_sources(settings, shape, pipeline, sources, folders, errors, rebuild=rebuild, progress=progress,
                          on_wait=on_wait, started=started, runner=runner, named=named)


def ingest_sources(settings, shape: IndexShape, pipeline: Pipeline, sources: list[Source], folders: list[Path],
                   errors: list[str], *, rebuild: bool, progress: Progress | None, on_wait: Waiting | None,
                   started: float, runner: Runner | None = None, named: frozenset[str] | None = None,
                   keep: Callable[[], None] | None = None) -> IngestReport:
    """`runner` parses, segments and embeds the changed files (default: here, `prepare_here`; qa.distributed
    runs it on a Ray cluster); the write is always here, under the lock. `named`: the paths of the sources named
    one by one (None: all of them, as an upload is); the others came from a folder, which passes over a file set
    aside (SET_ASIDE) while it holds the text that was removed. `keep`, where every source was read, is called
    after the write and still under the lock: an upload writes its file to the data folder there, so that no
    ingest of that folder finds it indexed and its file missing, and removes it (trial42/43: it wrote the file
    just after the lock was released)."""
    folder = settings.index_dir
    manifest = read_manifest(folder)
    if manifest is not None and not rebuild:
        check_shape(folder, manifest, shape)  # refuse before any work, and touch nothing
    known = {} if rebuild else _hashes(folder, shape, settings)
    marks = set_aside(folder)
    seen, unchanged, parsed, passed_over, taken = {}, [], [], [], set()  # seen: name -> content hash
    for source in sources:
        digest = hashlib.sha256(source.data).hexdigest()
        if (source.path in marks and marks[source.path] == digest
                and not (named is None or source.path in named)):
            passed_over.append(source.name)
            continue
        taken.add(source.path)
        if source.name in seen:
            if seen[source.name] != digest:
                errors.append(f"{source.path or source.name}: another file named {source.name} is in this ingest; "
                              "rename one")
            continue  # the same file given twice ("tqa ingest a.txt a.txt", a folder and a file in it): read once
        seen[source.name] = digest
        if known.get(source.name, (None,))[0] == digest:
            unchanged.append(source.name)
            continue
        parsed.append((source, digest))
    # the same file given to another process at the same time (an upload and `tqa ingest`) is embedded once: this
    # one waits for that one, then finds it indexed (trial42: both embedded it, and the second said "1 unchanged;
    # 12 passages embedded")
    elsewhere: list[str] = []
    with embedding_slots(folder, [] if rebuild else [(s.name, d) for s, d in parsed], on_wait) as waited:
        if waited:
            known = _hashes(folder, shape, settings)
            elsewhere = [s.name for s, d in parsed if known.get(s.name, (None,))[0] == d]
            unchanged += elsewhere
            parsed = [(s, d) for s, d in parsed if known.get(s.name, (None,))[0] != d]
        prepared, failed = (runner or prepare_here)(pipeline, parsed, progress)
        errors += failed
        with writer_lock(folder, on_wait):
            now = {} if rebuild else _hashes(folder, shape, settings)  # what other writers did meanwhile
            fresh = [now.get(p.transcript.name, (None,))[0] != p.digest for p in prepared]
            additions = [p for p, new in zip(prepared, fresh) if new]
            unchanged += [p.transcript.name for p, new in zip(prepared, fresh) if not new]
            removed = [n for n, (_, source) in now.items() if n not in seen and _vanished(source, folders)]
            if additions or removed or rebuild:
                _write(folder, shape, settings, removed, [p.addition for p in additions], rebuild)
            # a file indexed again (named, uploaded, or changed since) and a file gone are no longer set aside
            marks = set_aside(folder)  # another writer's removal meanwhile included
            kept = {path: digest for path, digest in marks.items() if path not in taken and Path(path).exists()}
            if kept != marks:
                _write_set_aside(folder, kept)
            if keep is not None and not errors:
                keep()
    added = tuple(p.transcript.name for p in additions if p.transcript.name not in now)
    updated = tuple(p.transcript.name for p in additions if p.transcript.name in now)
    return IngestReport(added=added, updated=updated, removed=tuple(removed), unchanged=tuple(unchanged),
                        passages_embedded=sum(len(p.addition.passages) for p in prepared), errors=tuple(errors),
                        seconds=time.perf_counter() - started, precision=pipeline.precision,
                        runtime=pipeline.runtime,
                        duplicates=_copies(additions, now, removed), set_aside=tuple(passed_over),
                        indexed_elsewhere=tuple(elsewhere),
                        warnings=tuple(w for p in additions for w in p.transcript.warnings))


def _copies(additions: list[Prepared], before: dict[str, tuple[str, str | None]], removed: list[str]) -> tuple[str, ...]:
    """A line for each added or updated transcript whose text (content hash) another indexed one has."""
    holders: dict[str, list[str]] = {}
    for name, (digest, _) in before.items():
        if name not in removed:
            holders.setdefault(digest, []).append(name)
    lines = []
    for p in additions:
        others = [n for n in holders.get(p.digest, []) if n != p.transcript.name]
        if others:
            lines.append(f"{p.transcript.name}: the same text as {', '.join(sorted(others))}, indexed already; "
                         "answers will cite it once per copy (remove the copies you do not need)")
        holders.setdefault(p.digest, []).append(p.transcript.name)
    return tuple(lines)


def remove_transcript(settings, shape: IndexShape, name: str, on_wait: Waiting | None = None) -> str:
    """Drop one transcript; returns its indexed name. Raises TqaError when it is not indexed. Its file, where it
    still holds the text that was indexed, is set aside: an ingest of its folder passes it over (SET_ASIDE)."""
    folder = settings.index_dir
    with writer_lock(folder, on_wait):
        infos = indexed_infos(folder, shape)
        name = resolve_name(infos, name)
        _write(folder, shape, settings, [name], [], False)
        source = infos[name].source_path
        if source and Path(source).is_file():
            _write_set_aside(folder, {**set_aside(folder), source: infos[name].content_hash})
    return name


def set_aside(folder: Path) -> dict[str, str]:
    """The files set aside in the index folder `folder` (SET_ASIDE): {path: content hash}; {} when none (or the
    record is unreadable: then a folder's ingest indexes every file, as before there was one)."""
    try:
        marks = json.loads((Path(folder) / SET_ASIDE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in marks.items()} if isinstance(marks, dict) else {}


def _write_set_aside(folder: Path, marks: dict[str, str]) -> None:
    """Replace the record whole (a crash leaves the old one or the new one), or delete it when nothing is set aside."""
    target = Path(folder) / SET_ASIDE
    if not marks:
        target.unlink(missing_ok=True)
        return
    write_json(target, dict(sorted(marks.items())))


def _write(folder: Path, shape: IndexShape, settings, remove: list[str], add: list[Addition], rebuild: bool) -> None:
    with write_errors(folder):
        writer = StoreWriter(folder, shape, rebuild=rebuild, ann=settings.ann(), window_words=settings.window_words)
        try:
            writer.apply(remove, add)
        except BaseException:
            if writer.fresh:  # a rebuild's new generation is not in use yet: drop it whole
                writer.close()
                shutil.rmtree(writer.generation, ignore_errors=True)
            raise
        finally:
            writer.close()


def _hashes(folder: Path, shape: IndexShape, settings) -> dict[str, tuple[str, str | None]]:
    """name -> (content hash, source path) of every indexed transcript."""
    return {name: (info.content_hash, info.source_path) for name, info in indexed_infos(folder, shape).items()}


def expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Path], list[str]]:
    """Files to ingest, the folders they came from, and one error per path that does not exist."""
    suffixes = set(supported_suffixes())
    files, folders, errors = [], [], []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            folders.append(path.resolve())
            outputs = _evaluation_outputs(path)
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and p.stem.upper() not in _NOT_TRANSCRIPTS and p.parent not in outputs)
            if not found:
                errors.append(f"{path}: no transcript files ({', '.join(sorted(suffixes))}) in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, folders, errors


def _evaluation_outputs(folder: Path) -> set[Path]:
    """Folders under `folder` that an evaluation or a comparison wrote (metrics.json beside results.jsonl, or
    compare.json beside compare.html): their report.html and JSON are not transcripts. The UI keeps its runs in
    the data folder, which `tqa serve` indexes at start; they were indexed as transcripts (trial25)."""
    return ({m.parent for m in folder.rglob("metrics.json") if (m.parent / "results.jsonl").is_file()}
            | {c.parent for c in folder.rglob("compare.json") if (c.parent / "compare.html").is_file()})


def _vanished(source_path: str | None, folders: list[Path]) -> bool:
    """True when the transcript came from one of `folders` and its file is gone."""
    if not source_path:
        return False
    source = Path(source_path)
    return any(folder in source.parents for folder in folders) and not source.exists()


def _stored(transcript: Transcript, passages: list[Passage], digest: str, source: str | None) -> StoredTranscript:
    info = TranscriptInfo(
        name=transcript.name, title=transcript.title, date=transcript.date, time=transcript.time,
        format=transcript.format, speakers=tuple(transcript.speakers), passages=len(passages),
        content_hash=digest, media_url=transcript.media_url or media_url_beside(source), source_path=source,
        warnings=transcript.warnings,
    )
    return StoredTranscript(info=info, text=transcript.text, turns=transcript.turns)


def _work(texts: tuple, pooled: bool) -> int:
    """The characters `Pipeline.passage_vectors` encodes from `texts` (`Pipeline.texts`): the passages' embedded
    texts, and the sentence units' too unless they are `pooled` from their passages' pass."""
    passage_texts, _, unit_texts = texts
    return sum(map(len, passage_texts)) + (0 if pooled else sum(map(len, unit_texts)))
