"""The library API: the only module the CLI and the UI import.

    >>> from qa.api import TranscriptQA
    >>> from qa.config import Settings
    >>> tqa = TranscriptQA(Settings(index_dir=Path("my-index")))
    >>> report = tqa.ingest(["corpus/"])                # IngestReport(added=('lavrov-....txt',), ...)
    >>> answer = tqa.ask("How many US diplomats must leave Russia?")
    >>> answer.citations[0].speaker
    'Sergey Lavrov'
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from embeddings.encoder import Encoder, load_encoder
from embeddings.index import Addition, IndexShape, PassageIndex, StoredTranscript, load_index, read_manifest, save_index
from qa import cards, corpus_files, render  # noqa: F401  (re-exported for the front ends)
from qa.cite import cite
from qa.config import RETRIEVAL_MODES, Settings, forget_hub_tokens  # noqa: F401  (re-exported)
from qa.corpus_files import Upload, media_url_beside
from qa.errors import TqaError
from qa.parse import parse_bytes, supported_suffixes
from qa.parse.text import parse_date  # noqa: F401  (re-exported for the front ends)
from qa.retrieve import LexicalIndex, allowed_rows, build_query, is_answerable, resolve_transcript, retrieve
from qa.segment import embedding_texts, group_sections, segment_transcript, sentence_units
from qa.suggest import suggest_questions
from qa.types import (ROLES, Answer, Citation, ContextTurn, IngestReport, Passage, Section,  # noqa: F401
                      Transcript, TranscriptInfo, Turn, to_json)

# The evaluation imports this module, so its names are re-exported on first use (see __getattr__ below).
_EVALUATION = {"run_eval": "qa.evaluate.run", "EvalRun": "qa.evaluate.run", "SCOPES": "qa.evaluate.run",
               "write_report": "qa.evaluate.report", "check_out_dir": "qa.evaluate.report", "summary_table": "qa.evaluate.report",
               "curves": "qa.evaluate.report", "compare_runs": "qa.evaluate.compare",
               "comparison_table": "qa.evaluate.compare", "write_comparison": "qa.evaluate.compare"}

SEGMENTER_VERSION = 4  # bump when segment.py cuts differently, so old indexes are detected as stale
_SENTENCE_CACHE_SIZE = 20_000  # about 30 MB of 384-dimensional vectors
Progress = Callable[[int, int, str], None]  # (done, total, what)


@dataclass(frozen=True)
class _State:
    """An index and its lexical store, swapped as a whole so readers never see half an update."""

    index: PassageIndex
    lexical: LexicalIndex
    section_lexical: LexicalIndex

    @classmethod
    def of(cls, index: PassageIndex) -> "_State":
        return cls(index, LexicalIndex.of_passages(index.passages), LexicalIndex([s.text for s in index.sections]))


class TranscriptQA:
    """Ingest transcripts into an index folder and answer questions from it, with citations."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.settings.validate()
        self._write_lock = threading.Lock()
        self._sentence_cache: dict[str, np.ndarray] = {}
        self._cache_lock = threading.Lock()
        self._stamp: tuple | None = None  # the manifest file's identity when `_state` was loaded
        self._suggested: tuple | None = None  # (the _State they were drawn from, the questions)
        self._state: _State | None = None  # loaded on first use, so that `ingest(rebuild=True)` can replace
        # a folder built with another model or settings (any other use raises IndexMismatchError)

    # ---- the pieces, loaded on first need -------------------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        return load_encoder(self.settings.model)

    def _segmenting(self) -> dict:
        shape = self.settings.index_shape()
        shape.pop("model")
        return {**shape, "segmenter": SEGMENTER_VERSION}

    def _shape(self, dim: int | None = None) -> IndexShape:
        return IndexShape(self.settings.model, dim if dim is not None else self.encoder.dim, self._segmenting())

    def _current(self) -> _State:
        """The loaded index, reloaded when another process (a CLI ingest beside a running UI) replaced it."""
        stamp = _manifest_stamp(self.settings.index_dir)
        if self._state is None or stamp != self._stamp:
            manifest = read_manifest(self.settings.index_dir)
            dim = manifest["dim"] if manifest else None
            index = load_index(self.settings.index_dir, self._shape(dim))
            self._state, self._stamp = _State.of(index), stamp
        return self._state

    def _replace_state(self, index: PassageIndex) -> None:
        save_index(self.settings.index_dir, index)
        self._state = _State.of(index)
        self._stamp = _manifest_stamp(self.settings.index_dir)

    @staticmethod
    def supported_suffixes() -> list[str]:
        """File suffixes that can be ingested (".txt", ".srt", ...)."""
        return supported_suffixes()

    # ---- ingest -----------------------------------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path | str], *, rebuild: bool = False,
               progress: Progress | None = None) -> IngestReport:
        """Add or update the transcripts at `paths` (files or folders); a folder's vanished files are removed.

        Unchanged files (same content hash) embed nothing. Files that cannot be read are listed in
        `IngestReport.errors` and change nothing. `rebuild=True` starts from an empty index (use it after a
        change of model or segmenting settings).
        """
        started = time.perf_counter()
        files, folders, errors = _expand(paths)
        sources = []
        for path in files:
            try:
                sources.append((path.name, path.read_bytes(), str(path.resolve())))
            except OSError as exc:
                errors.append(f"{path}: cannot be read ({exc.strerror})")
        return self._ingest_sources(sources, folders, errors, rebuild, progress, started)

    def ingest_bytes(self, name: str, data: bytes, *, source_path: Path | str | None = None,
                     progress: Progress | None = None) -> IngestReport:
        """Add or update one transcript given as bytes (an upload). `source_path` is where the caller keeps the
        file, so that a later ingest of its folder notices when it is gone. Raises TqaError if it cannot be read."""
        source = str(Path(source_path).resolve()) if source_path else None
        report = self._ingest_sources([(Path(name).name, data, source)], [], [], False, progress, time.perf_counter())
        if report.errors:
            raise TqaError(report.errors[0])
        return report

    def _ingest_sources(self, sources, folders, errors, rebuild, progress, started) -> IngestReport:
        with self._write_lock:
            index = PassageIndex.empty(self._shape()) if rebuild else self._current().index
            known = index.transcripts
            seen, unchanged, parsed = set(), [], []
            for name, data, source in sources:
                if name in seen:
                    errors.append(f"{source or name}: another file named {name} is in this ingest; rename one")
                    continue
                seen.add(name)
                digest = hashlib.sha256(data).hexdigest()
                if name in known and known[name].info.content_hash == digest:
                    unchanged.append(name)
                    continue
                try:
                    transcript = parse_bytes(data, name, max_bytes=int(self.settings.max_upload_mb * 1e6))
                    passages = self.segment(transcript)
                except TqaError as exc:
                    errors.append(str(exc))
                    continue
                if not passages:
                    errors.append(f"{name}: no text to index after parsing")
                    continue
                passages, sections = self.sections(transcript, passages)
                parsed.append((transcript, passages, sections, digest, source))
            removed = [n for n, t in known.items() if n not in seen and _vanished(t.info.source_path, folders)]
            vectors = self._embed([text for t, passages, _, _, _ in parsed
                                   for text in self.embedding_texts(t, passages)], progress)
            additions, offset = [], 0
            for transcript, passages, sections, digest, source in parsed:
                block = vectors[offset:offset + len(passages)]
                offset += len(passages)
                additions.append(Addition(_stored(transcript, passages, digest, source), passages, block, sections))
            if additions or removed or rebuild:
                self._replace_state(index.with_changes(removed, additions))
            added = tuple(t.name for t, *_ in parsed if t.name not in known or rebuild)
            updated = tuple(t.name for t, *_ in parsed if t.name in known and not rebuild)
            return IngestReport(added=added, updated=updated, removed=tuple(removed), unchanged=tuple(unchanged),
                                passages_embedded=len(vectors), errors=tuple(errors),
                                seconds=time.perf_counter() - started)

    def segment(self, transcript: Transcript) -> list[Passage]:
        """The passages `transcript` is cut into under the current settings."""
        limit = min(self.settings.max_tokens, self.encoder.max_tokens)
        return segment_transcript(transcript, self.encoder.count_tokens, limit,
                                  speaker_prefix=self.settings.embed_speaker, min_words=self.settings.min_words)

    def sections(self, transcript: Transcript, passages: Sequence[Passage]) -> tuple[list[Passage], list[Section]]:
        """`passages` numbered with their section, and the sections (see qa.segment.group_sections)."""
        return group_sections(transcript, passages, self.settings.section_words)

    def embedding_texts(self, transcript: Transcript, passages: Sequence[Passage]) -> list[str]:
        """What is embedded for each of `transcript`'s passages (see qa.segment.embedding_texts)."""
        return embedding_texts(transcript, passages, speaker_prefix=self.settings.embed_speaker,
                               context_words=self.settings.context_words, min_words=self.settings.min_words)

    def _embed(self, texts: list[str], progress: Progress | None) -> np.ndarray:
        """Vectors of `texts`, embedded longest first in large blocks (as model.encode would sort them)."""
        if not texts:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts], kind="stable")
        vectors = np.zeros((len(texts), self.encoder.dim), dtype=np.float32)
        block = max(self.settings.batch_size * 8, 1)
        if progress:
            progress(0, len(texts), "embedding passages")
        for start in range(0, len(texts), block):
            rows = order[start:start + block]
            vectors[rows] = self.encoder.encode([texts[i] for i in rows], batch_size=self.settings.batch_size)
            if progress:
                progress(min(start + block, len(texts)), len(texts), "embedding passages")
        return vectors

    def remove(self, name: str) -> None:
        """Drop one transcript from the index. Raises TqaError when it is not indexed."""
        with self._write_lock:
            index = self._current().index
            name = resolve_transcript(index, name)
            self._replace_state(index.with_changes([name], []))

    # ---- questions ------------------------------------------------------------------------------------------

    def ask(self, question: str, *, history: Sequence[str] = (), k: int | None = None,
            transcripts: Sequence[str] | None = None, speakers: Sequence[str] | None = None,
            mode: str | None = None, dense_weight: float | None = None,
            section_weight: float | None = None, roles: Sequence[str] | None = None) -> Answer:
        """Answer `question` from the index, citing the k most relevant passages, best first.

        `history` holds the conversation's earlier questions, oldest first. `answerable` is False (and no
        passage is cited) when no passage is close enough to the question. `roles` keeps only passages of these
        roles (question, answer, statement).
        """
        return self.ask_ranked(question, history=history, k=k, depth=0, transcripts=transcripts, speakers=speakers,
                               mode=mode, dense_weight=dense_weight, section_weight=section_weight, roles=roles)[0]

    def nearest(self, question: str, *, history: Sequence[str] = (), k: int = 3,
                transcripts: Sequence[str] | None = None, speakers: Sequence[str] | None = None,
                roles: Sequence[str] | None = None) -> tuple[Citation, ...]:
        """The k passages nearest `question`, cited as `ask` would cite them, even when `ask` declines it: what
        the UI shows behind "nearest passages" under a declined question."""
        return self.ask_ranked(question, history=history, k=k, depth=0, transcripts=transcripts, speakers=speakers,
                               roles=roles, cite_anyway=True)[0].citations

    def ask_ranked(self, question: str, *, depth: int, history: Sequence[str] = (), k: int | None = None,
                   transcripts: Sequence[str] | None = None, speakers: Sequence[str] | None = None,
                   mode: str | None = None, dense_weight: float | None = None,
                   section_weight: float | None = None, roles: Sequence[str] | None = None,
                   cite_anyway: bool = False) -> tuple[Answer, list[Passage]]:
        """`ask`, and the passages as ranked `max(depth, k)` deep (the first k are the citations; none when the
        question is declined): for measures that read further than the citations, such as the evaluation's
        word budgets, without citing (highlighting) every passage."""
        question = (question or "").strip()
        if not question:
            raise TqaError("the question is empty: type a question")
        settings = self.settings.replace(k=k, mode=mode, dense_weight=dense_weight, section_weight=section_weight)
        state = self._current()
        if not len(state.index):
            raise TqaError(f"the index in {settings.index_dir} is empty: add transcripts with `tqa ingest PATH`")
        rows = _with_roles(state.index, allowed_rows(state.index, transcripts, speakers), roles)
        query = build_query(question, history, self.encoder.encode, settings.history_turns)
        ranking = retrieve(state.index, state.lexical, query, k=max(settings.k, depth), mode=settings.mode,
                           dense_weight=settings.dense_weight, rrf_k=settings.rrf_k, candidates=settings.candidates,
                           rows=rows, section_weight=settings.section_weight, section_lexical=state.section_lexical,
                           window_words=settings.window_words, window_turn_words=settings.window_turn_words,
                           window_weights=(settings.window_dense_weight, settings.window_lexical_weight))
        hits = ranking.hits
        answerable = cite_anyway or is_answerable(ranking.nearest, state.lexical.unknown_names(question), settings.min_similarity,
                                   settings.name_similarity)

        def score_sentences(sentences: Sequence[str]) -> np.ndarray:
            return self._sentence_vectors(sentences) @ query.vector

        stored = state.index.transcripts
        infos = {name: t.info for name, t in stored.items()}

        def units_of(passage: Passage):
            return sentence_units(stored[passage.transcript].turns[passage.turn_index], passage)

        answer = cite(question, query.text, hits[:settings.k], infos, score_sentences, units_of, answerable)
        return answer, [h.passage for h in hits] if answer.citations else []

    def _sentence_vectors(self, sentences: Sequence[str]) -> np.ndarray:
        """Vectors of sentences, remembered: the same passages come back for related questions, and embedding
        their sentences is most of the time an answer takes."""
        with self._cache_lock:  # the UI answers several questions at once
            found = {s: self._sentence_cache[s] for s in sentences if s in self._sentence_cache}
        missing = list(dict.fromkeys(s for s in sentences if s not in found))
        if missing:
            found.update(zip(missing, self.encoder.encode(missing)))
            with self._cache_lock:
                self._sentence_cache.update((s, found[s]) for s in missing)
                while len(self._sentence_cache) > _SENTENCE_CACHE_SIZE:
                    self._sentence_cache.pop(next(iter(self._sentence_cache)))
        return np.stack([found[s] for s in sentences])

    # ---- what is indexed ------------------------------------------------------------------------------------

    def list_transcripts(self) -> list[TranscriptInfo]:
        """The indexed transcripts, by date then name."""
        infos = [t.info for t in self._current().index.transcripts.values()]
        return sorted(infos, key=lambda i: (i.date or "", i.name))

    def suggestions(self, n: int = 4) -> list[str]:
        """Up to `n` questions drawn from the indexed transcripts (reporters' questions first, else their most
        distinctive topics), for a user who does not know the corpus yet. Remembered until the index changes."""
        state = self._current()
        if self._suggested is None or self._suggested[0] is not state:
            stored = state.index.transcripts
            self._suggested = (state, suggest_questions([(t.info, t.turns) for t in stored.values()], 5))
        return self._suggested[1][:n]

    def extent(self, name: str) -> "cards.Extent":
        """How long a transcript is: its characters, and its seconds where it is timed (the last turn's end)."""
        index = self._current().index
        stored = index.transcripts[resolve_transcript(index, name)]
        ends = [t.end_time for t in stored.turns[-3:] if t.end_time is not None]
        return cards.Extent(chars=len(stored.text), seconds=max(ends) if ends else None)

    def transcript_text(self, name: str) -> str:
        """The transcript's text per the offset convention (what citation spans index)."""
        index = self._current().index
        return index.transcripts[resolve_transcript(index, name)].text

    def speakers(self, transcripts: Sequence[str] | None = None) -> list[str]:
        index = self._current().index
        names = {resolve_transcript(index, t) for t in transcripts} if transcripts else set(index.transcripts)
        return sorted({s for n in names for s in index.transcripts[n].info.speakers})

    def context(self, transcript: str, start_char: int, end_char: int, *, before: int = 2,
                after: int = 2) -> list[ContextTurn]:
        """The turns around a cited span: `before` turns ahead (always the question an answer answers), the
        cited turn(s) marked, and `after` turns behind."""
        index = self._current().index
        stored = index.transcripts[resolve_transcript(index, transcript)]
        turns = stored.turns
        cited = [t.index for t in turns if t.start_char < end_char and t.end_char > start_char]
        if not cited:
            raise TqaError(f"{transcript}: no turn at characters {start_char}-{end_char}; the index may be stale")
        first, last = max(0, cited[0] - before), min(len(turns), cited[-1] + after + 1)
        question = turns[cited[0]].question_index
        if question is not None:
            first = min(first, question)
        return [_context_turn(t, start_char, end_char, t.index in cited) for t in turns[first:last]]


def _with_roles(index, rows: np.ndarray | None, roles: Sequence[str] | None) -> np.ndarray | None:
    """`rows` (None: all) narrowed to passages of `roles`."""
    if not roles:
        return rows
    unknown = sorted(set(roles) - set(ROLES))
    if unknown:
        raise TqaError(f"unknown role {', '.join(unknown)}: choose among {', '.join(ROLES)}")
    keep = np.asarray([i for i, p in enumerate(index.passages) if p.role in roles], dtype=np.int64)
    return keep if rows is None else np.intersect1d(rows, keep)


def warm_evaluation() -> None:
    """Compile the evaluation's ranking metrics now (numba, in ranx: about a minute the first time on 2 cores,
    then cached on disk), so that the first evaluation a user runs does not sit silent through it."""
    from qa.evaluate.metrics import ranking_metrics

    ranking_metrics([[1, None]], [1], ks=(1, 3))


def __getattr__(name: str):
    if name in _EVALUATION:
        import importlib

        value = getattr(importlib.import_module(_EVALUATION[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _context_turn(turn: Turn, start_char: int, end_char: int, cited: bool) -> ContextTurn:
    a = b = None
    if cited:
        a, b = _text_offset(turn, start_char, start=True), _text_offset(turn, end_char, start=False)
    return ContextTurn(speaker=turn.speaker, role=turn.role, text=turn.text, start_char=turn.start_char,
                       end_char=turn.end_char, start_time=turn.start_time, end_time=turn.end_time,
                       paragraph=turn.pieces[0].paragraph, cited=cited, cited_start=a, cited_end=b)


def _text_offset(turn: Turn, char: int, *, start: bool) -> int:
    """Where file offset `char` falls in `turn.text` (the piece's edge when the piece is not verbatim)."""
    for piece in turn.pieces:
        if piece.start_char <= char <= piece.end_char:
            if piece.verbatim:
                return piece.text_start + (char - piece.start_char)
            return piece.text_start if start else piece.text_end
    return 0 if char < turn.start_char else len(turn.text)


def _manifest_stamp(folder: Path) -> tuple | None:
    try:
        stat = (folder / "manifest.json").stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


_NOT_TRANSCRIPTS = {"README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE"}  # skipped in folder scans


def _expand(paths: Iterable[Path | str]) -> tuple[list[Path], list[Path], list[str]]:
    """Files to ingest, the folders they came from, and one error per path that does not exist."""
    suffixes = set(supported_suffixes())
    files, folders, errors = [], [], []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            folders.append(path.resolve())
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and p.stem.upper() not in _NOT_TRANSCRIPTS)
            if not found:
                errors.append(f"{path}: no transcript files ({', '.join(sorted(suffixes))}) in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, folders, errors


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
        content_hash=digest, media_url=transcript.media_url or media_url_beside(source), source_path=source, warnings=transcript.warnings,
    )
    return StoredTranscript(info=info, text=transcript.text, turns=transcript.turns)
