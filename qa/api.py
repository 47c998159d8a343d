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

import dataclasses
import functools
import math
import re
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Callable, Collection, Iterable, Mapping, Sequence

import numpy as np

from embeddings.encoder import Encoder, load_encoder
from embeddings.errors import EmbeddingError
from qa.adapter import adapter_for
from qa.answerable import (ATTRIBUTE_DEPTH, NOT_ANSWERED, TOPIC_PHRASE_RULES, CorpusWords, DeclineRule, Source,
                           Verdict, acronyms_as_written, asks_order, attribute_asked, attribute_note, attribute_unsaid,
                           highlight_kind_asked, highlight_unsaid, highlight_unsaid_note, referent_note,
                           SCENE_NOTE, SUM_NOTE, TIME_NOTE, scene_proper_unsaid, sum_unsaid, time_unsaid,
                           time_far_from_question,
                           phrase_tested, condition_shift, asks_of_assistant,
                           count_phrase_similarity, count_word_similarity, decide, focus_shift, party_reply_asked,
                           party_reply_note, party_reply_unsaid, recordings_dated,
                           recordings_named, relation_shift, resolve_source, source_scope, source_words, which_focus,
                           which_recording_as_who, TOPIC_WORDS, text_stems,
                           with_acronyms_for, with_compounds_read, with_typing_mended, without_attribution,
                           without_recording_title)
# syn64's test of two stems of one root (a word's other form stands for nothing), beside fd63's (`other_form`)
from qa.answerable import same_root as _same_root
from qa.cite import (ANSWER_CITATIONS, DENSE_HIGHLIGHTS, Highlighted, Reading, about_asking, answer_line,
                     asked_kind, asked_said, asking_first, border_pair, cite, cited_at, compose_answer,
                     exchange_border_next, figure_first, future_figure_first, gather_evidence, holds_kind, kind_first,
                     lexical_second, read_for_citing, timed_reading, unit_count_first)
from qa.config import RETRIEVAL_MODES, Settings, forget_hub_tokens, ingest_runtime_for  # noqa: F401  (re-exported)
from qa import calibrated, clock, conversation, define, parts
from qa.conversation import Context, build_query, context_of, lexical_text
from qa.errors import TqaError
from qa import cite as cite_rules
from qa import exchange as exchange_rules
from qa import rerank as rerank_rules
from qa.exchange import question_exchanges, ranked_span
from qa.rerank import (FOLLOW_UP_DEPTH, NamedSpeakers, agreed_transcript_first, content_stems, rerank_by_sentence,
                       speakers_as_subject, speakers_in, speakers_mentioned, speakers_named,
                       state_holders, without_frame_words)
from qa.order import (HOST, Placed, described_recordings, entrance_unit, most_spoken, order_kind, placed_by_date,
                      placed_by_order, placed_by_place, placed_by_speaker_place, placed_by_speakers,
                      recording_date_asked, recording_object, recording_place_asked, speaker_place_asked,
                      speakers_asked)
from qa.retrieve import Query, allowed_rows, context_windows, interviewer, retrieve, spread_reading
from qa.lexical import english_stemmer
from qa.store import FORMAT_VERSION, IndexShape, Store, read_manifest, state_stamp, units_encoded_alone
from qa.types import (ROLES, Answer, Citation, ContextTurn, Evidence, Hit, IngestReport, Passage, Section,  # noqa: F401
                      SentenceUnit, Transcript, TranscriptInfo, Turn, named_speakers, to_json)

# Names re-exported for the front ends, imported on first use (see __getattr__ below): the evaluation imports
# this module, and the others bring the parsers, which a cold `tqa ask` does not need.
_LAZY = {"run_eval": "qa.evaluate.run", "EvalRun": "qa.evaluate.run", "SCOPES": "qa.evaluate.run",
         "write_report": "qa.evaluate.report", "check_out_dir": "qa.evaluate.report",
         "summary_table": "qa.evaluate.report", "curves": "qa.evaluate.report",
         "at_k_figure": "qa.evaluate.report", "ranks_figure": "qa.evaluate.report", "compare_runs": "qa.evaluate.compare",
         "comparison_table": "qa.evaluate.compare", "write_comparison": "qa.evaluate.compare",
         "cards": "qa", "corpus_files": "qa", "render": "qa", "Upload": "qa.corpus_files"}

# lead38: "Where was the wildfire meeting held?" is answered by the place the recording's header gives
# (`qa.parse.text.header_place`); False: searched as any question (main)
RECORDING_PLACE = True

SEGMENTER_VERSION = 5  # bump when segment.py cuts differently, so old indexes are detected as stale

# a question longer than this is refused, not searched: a pasted document is no question, and reading it costs
# seconds (50,000 characters took 19 s); the longest question of every question set here (and QMSum's) has 204 characters
MAX_QUESTION_CHARS = 2_000


def _names(value, what: str) -> tuple[str, ...] | None:
    """A filter or a history as the library's caller gave it: None, one string (one name), or strings."""
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    try:
        items = tuple(value)
    except TypeError:
        raise TqaError(f"{what} must be a list of strings, not {type(value).__name__}") from None
    wrong = [item for item in items if not isinstance(item, str)]
    if wrong:
        raise TqaError(f"{what} must be a list of strings; {wrong[0]!r} is a {type(wrong[0]).__name__}")
    return items


def _checked(question, history, k, transcripts, speakers, roles):
    """The arguments of `ask` as the pipeline reads them, or a one-line TqaError saying what to give instead."""
    if question is not None and not isinstance(question, str):
        raise TqaError(f"the question must be text, not {type(question).__name__}")
    typed = (question or "").strip()
    if not typed:
        raise TqaError("the question is empty: type a question")
    if len(typed) > MAX_QUESTION_CHARS:
        raise TqaError(f"the question is {len(typed):,} characters long: ask in at most {MAX_QUESTION_CHARS:,} "
                       "(a question, not a document)")
    if k is not None and (isinstance(k, bool) or not isinstance(k, (int, np.integer))):
        raise TqaError(f"k must be a whole number of passages (such as 5), not {k!r}")
    return (typed, _names(history, "history") or (), None if k is None else int(k),
            _names(transcripts, "transcripts"), _names(speakers, "speakers"), _names(roles, "roles"))


class _Encodings:
    """The encoder's vectors of one question's texts, each text encoded at most once (the question's own vector
    is read by its query and again by the shifts of `TranscriptQA._judged`), in the encoder's order and shape."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray]):
        self._encode = encode
        self._known: dict[str, np.ndarray] = {}
        self._lookups: dict[str, Callable[[str], np.ndarray | None]] = {}

    def stored(self, text: str, lookup: Callable[[str], np.ndarray | None]) -> None:
        """Have `text`'s vector read by `lookup` (a stored vector of it, or None: encoded), when first asked for."""
        self._lookups.setdefault(text, lookup)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return self._encode(list(texts))
        for text in texts:
            if text not in self._known and text in self._lookups:
                found = self._lookups.pop(text)(text)
                if found is not None:
                    self._known[text] = found
        missing = list(dict.fromkeys(t for t in texts if t not in self._known))
        if missing:
            self._known.update(zip(missing, self._encode(missing)))
        return np.stack([self._known[t] for t in texts])


class _KeptVectors:
    """The query encoder's vectors of the last `most` texts it encoded, across questions, each text encoded at most
    once while kept (`encode`'s interface). Only for an encoder that gives a text the same vector whatever it is
    batched with (`KEPT_VECTOR_ENCODERS`), so that a kept vector is the one a new encoding would give: a question
    asked after others gets the answer it gets asked alone. What repeats: a follow-up's earlier questions (searched
    with it, encoded again each turn), a question asked again, the highlight a decline's shift reads."""

    def __init__(self, encoder, most: int):
        self._encoder, self._most = encoder, most  # its `encode` looked up at each call (a profiler may wrap it)
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # the UI's threads share one TranscriptQA

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return self._encoder.encode(texts)
        with self._lock:
            found = {t: self._kept[t] for t in texts if t in self._kept}
            for text in found:
                self._kept.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:  # one call for all of them: batched or alone, each text's vector is the same
            encoded = self._encoder.encode(missing)
            with self._lock:
                for text, vector in zip(missing, encoded):
                    vector = vector.copy()
                    vector.flags.writeable = False
                    found[text] = self._kept[text] = vector
                while len(self._kept) > self._most:
                    self._kept.popitem(last=False)
        return np.stack([found[t] for t in texts])


# The query encoders whose vector of a text does not depend on the texts encoded with it: the fp32 ONNX export
# (bit-identical over 150 random batches of 2-8 dev questions and passages against each encoded alone); the int8
# export quantises by the whole batch, and torch's was not measured, so neither keeps vectors
KEPT_VECTOR_ENCODERS = ("onnx-fp32",)  # by the encoder's `name`
KEPT_VECTORS = 1024  # texts' vectors kept (`_KeptVectors`): 1.5 MB at 384 dimensions
# scale65: single words' vectors kept across questions, apart from the texts' above, for the rules that encode words
# each alone (syn64's `_topic_neighbour_similarity`, fdecl59's `_unsaid_word_similarity`): a section's or a source's
# words are hundreds to thousands a question, the same words again and again (each encoded once while kept, instead
# of each time a rule reads them, flushing the texts' vectors). Only for the encoders of KEPT_VECTOR_ENCODERS (the same
# vector batched or alone: the same answers). 16384 words: 24 MB at 384 dimensions. 0: not kept (encoded with the
# question's texts, as before).
KEPT_WORD_VECTORS = 16384
# scale65: whether a word is written as a name in the index (`CorpusWords.written_as_name`, `ends_names`: a search of
# the texts holding it, 9 ms a lower-case question on average over the real dev questions, 5% of their time and 17%
# of the slowest twentieth's) read once while the index is the same, for questions over all of it, as "written" is.
# False: read again for each question.
KEPT_READINGS = True


def _unit_vector(store: Store, hits: Sequence[Hit], settings: Settings, text: str) -> np.ndarray | None:
    """The stored vector of the sentence unit of one of `hits`' passages whose text is `text`, where ingest encoded
    that transcript's units alone (`qa.store.units_encoded_alone`: the encoder's vector of `text`, kept in half
    precision); None where no such unit is `text` (a highlight of two units, or grown over its sentence)."""
    rows = [r for h in hits for r in (h.row, *h.rows)]
    passages = store.passages(rows)
    for row in rows:
        passage = passages[int(row)]
        if not units_encoded_alone(settings.unit_vectors, settings.ingest_passes, settings.ingest_precision,
                                   store.turn_words(passage.transcript)):
            continue
        units = store.units(row)
        for i, u in enumerate(units):
            if passage.text[u.start:u.end] == text:
                vectors = store.unit_vectors(row)
                return vectors[i] if len(vectors) == len(units) else None
    return None


def _phrase_similarities(store: Store, question: str, allowed: Sequence[TranscriptInfo], phrase: str, rule_name: str,
                         evidence: Evidence, encode: Callable[[Sequence[str]], np.ndarray]
                         ) -> tuple[float | None, float | None]:
    """fdecl47: the best cosines between `phrase` (a topic rule's tested phrase, encoded alone) and the sentence units
    of the passages of the source `question` names (`source_scope`: its recordings, its speakers; every passage
    `allowed` where the topic rule names none), and of every passage `allowed`. None for the source where it cannot
    be told which passages are its own."""
    names = [t.name for t in allowed]
    everywhere = store.rows(names, None) if names else np.arange(0)
    recordings, labels = source_scope(question, allowed)
    vector = encode([phrase])[0]
    if recordings or labels:
        try:
            own = store.rows(sorted(recordings) or names, sorted(labels) or None)
        except TqaError:  # a label no passage is of: no source passage to compare
            own = None
    else:
        own = everywhere if rule_name == "topic" and not evidence.sources else None
    anywhere = store.best_unit_cosine(everywhere, vector) if everywhere is not None else None
    source = (store.best_unit_cosine(own, vector) if own is not everywhere else anywhere) if own is not None else None
    return source, anywhere


def _unsaid_word_similarity(store: Store, question: str, allowed: Sequence[TranscriptInfo], unsaid: Sequence[str],
                            encode: Callable[[Sequence[str]], np.ndarray]) -> float | None:
    """fdecl59: of the words `unsaid` that the source `question` names does not say, the least of each word's best
    cosine (each encoded alone) to a word of the source's own passages (`source_scope`; `source_words`), encoded
    alone. None where it cannot be told which passages are the source's own, or they hold no word."""
    recordings, labels = source_scope(question, allowed)
    if not unsaid or not (recordings or labels):
        return None
    try:
        own = store.rows(sorted(recordings) or [t.name for t in allowed], sorted(labels) or None)
    except TqaError:  # a label no passage is of
        return None
    if own is None or not len(own):
        return None
    words_of = source_words([p.text for p in store.passages([int(r) for r in own]).values()])
    if not words_of:
        return None
    asked = np.asarray(encode(list(unsaid)), dtype=np.float32)
    said = np.asarray(encode(words_of), dtype=np.float32)
    asked /= np.maximum(np.linalg.norm(asked, axis=1, keepdims=True), 1e-12)
    said /= np.maximum(np.linalg.norm(said, axis=1, keepdims=True), 1e-12)
    return float((asked @ said.T).max(axis=1).min())


_SPEAKER_LABEL = re.compile(r"^[^:\n]{1,80}:\s", re.MULTILINE)


def _topic_neighbour_similarity(store: Store, question: str, topic: Sequence[str], sections: Sequence[int],
                                line: float, encode: Callable[[Sequence[str]], np.ndarray]) -> float | None:
    """syn64: the least cosine at which, in one of `sections` (rows), words of the section each encoded alone stand
    for enough of the words of `topic` it lacks (each encoded alone) to bring its share of `topic` to `line` (the
    topic rule's: of at most TOPIC_WORDS words): over the sections, the largest of each one's n-th best word, n the
    words it must gain. A word `question` capitalises inside it (a name) and a word of the section of the same root
    as the lacking one (`_same_root`) stand for nothing. None where no section can reach the line so."""
    stem = english_stemmer().stemWord
    of = min(len(topic), TOPIC_WORDS)
    # a name the question writes capitalised inside it ("Tokyo", "European") is not said in other words
    named = {m.group().lower() for m in re.finditer(r"(?<=\S\s)[A-Z][\w'’-]*", question)}
    read = []  # (lacking words, words said, their stems, words needed) of each section that can reach the line
    for row in sections:
        held, words_of, stems_of = _section_words(_SPEAKER_LABEL.sub("", store.section(int(row)).text))
        lacking = list(dict.fromkeys(w for w in topic if stem(w.lower()) not in held))
        need = math.ceil(line * of - (len(topic) - len(lacking)) - 1e-9)
        unread = {stem(x.lower()) for x in lacking}  # scale65: built once a section, not once a word
        kept = [i for i, s in enumerate(stems_of) if s not in unread]
        said, said_stems = [words_of[i] for i in kept], [stems_of[i] for i in kept]
        if 0 < need <= len(lacking) and said:
            read.append((lacking, said, said_stems, need))
    if not read:
        return None
    # every word of every section read encoded in one batch (`encode`: kept across questions where the encoder gives
    # a text the same vector whatever it is batched with, `TranscriptQA._word_encode`)
    texts = list(dict.fromkeys(w for lacking, said, _, _ in read for w in (*lacking, *said)))
    vectors = np.asarray(encode(texts), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    at = {w: i for i, w in enumerate(texts)}
    best: float | None = None
    for lacking, said, said_stems, need in read:
        sims = vectors[[at[w] for w in lacking]] @ vectors[[at[w] for w in said]].T
        for i, word in enumerate(lacking):
            if word.lower() in named:
                sims[i] = 0.0
                continue
            # ... nor is a word by another form of itself ("colder": "cold", "european": "europe"; fd63's
            # OTHER_FORM_DERIVED reads forms, and is off)
            own = stem(word.lower())
            sims[i, [j for j, other in enumerate(said_stems) if _same_root(own, other)]] = 0.0
        nth = float(np.sort(sims.max(axis=1))[::-1][need - 1])
        best = nth if best is None else max(best, nth)
    return best


@functools.lru_cache(maxsize=256)  # scale65: the sections a topic's words find repeat across questions
def _section_words(text: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """syn64's reading of a section's `text` (its speaker labels left out): the stems of its words
    (`text_stems`), its words (`source_words`) and the stem of each."""
    stem = english_stemmer().stemWord
    said = tuple(source_words([text]))
    return frozenset(text_stems(text)), said, tuple(stem(w) for w in said)


def _shifts_read(evidence, rule: DeclineRule, relation: bool, focus: bool) -> tuple[bool, bool]:
    """Which of the relation and focus shifts (`qa.answerable.relation_shift`, `focus_shift`; `relation`, `focus`:
    whether each applies) can change `decide`'s verdict. `decide` reads each only as above its threshold or not
    (None: not), so one that leaves the verdict the same both ways, whatever the other, is not encoded."""
    if not (relation or focus):
        return False, False
    relations = (None, float("inf")) if relation else (None,)
    focuses = (None, float("inf")) if focus else (None,)
    verdicts = {(r, f): decide(dataclasses.replace(evidence, relation_shift=r, focus_shift=f), rule)
                for r in relations for f in focuses}
    return (relation and any(verdicts[None, f] != verdicts[float("inf"), f] for f in focuses),
            focus and any(verdicts[r, None] != verdicts[r, float("inf")] for r in relations))


Progress = Callable[[int, int, str], None]  # (done, total, what)
Waiting = Callable[[str], None]  # told once when another process is writing the index


@functools.lru_cache(maxsize=4)
def _onnx_encoder(folder: str, precision: str):
    from embeddings.onnx_encoder import OnnxEncoder

    return OnnxEncoder(Path(folder), precision)


def parse_date(text: str) -> tuple[str | None, str | None]:
    """The first date (ISO) and time ("20:37") in `text`, or (None, None) (qa.parse.text.parse_date, for the
    front ends; imported on use, so that asking a question loads no parser)."""
    from qa.parse.text import parse_date as parse

    return parse(text)


def _ingesting():
    """qa.ingest, imported on first use: the parsers it brings cost a cold `ask` a second."""
    from qa import ingest

    return ingest


POINTS_BACK = "This question depends on an earlier one ({}), and there is none: name who or what you mean."
# half42: the most voices a recording may have for "he" or "she" asked first (no earlier question) to stand for the
# voice its first citation cites, with no "depends on an earlier one" note: 1 was lectures and videos only; 2 adds an
# interview (host and guest) and a press conference of one speaker and the questions ("he said the problem was
# introduced by some famous computer scientist" of the Lamport interview). A meeting or a joint press conference of
# three voices or more keeps the note: there "he" may be any of them.
PRONOUN_VOICES = 2
ASKED_ALONE = ("Asked without the earlier questions, as chosen, though it points back ({}): ask it with them, or name "
               "who or what you mean.")


class TranscriptQA:
    """Ingest transcripts into an index folder and answer questions from it, with citations."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.settings.validate()
        self._write_lock = threading.Lock()  # one writer per process; writer_lock orders processes
        self._state_lock = threading.Lock()
        self._stamp: tuple | None = None  # the manifest file's identity when `_store` was opened
        self._store: Store | None = None  # opened on first use, so that `ingest(rebuild=True)` can replace
        self._ahead: ThreadPoolExecutor | None = None  # one worker: a question's BM25 while it is encoded
        self._onnx_found: tuple | None = None  # ((model, cache_dir), the ONNX export's folder found for them)
        self._vectors: tuple | None = None  # (the query encoder, its `_KeptVectors`)
        self._word_vectors: tuple | None = None  # (the query encoder, its `_KeptVectors` of single words)
        self._rapid: tuple | None = None  # (the Store, the turn-words threshold, its transcripts in rapid talk)
        self._suggested: tuple | None = None  # (the Store they were drawn from, the questions)
        self._kept: tuple | None = None  # (the Store, what is kept while it is the index's state: `kept`)
        # a folder built with another model or settings (any other use raises IndexMismatchError)

    # ---- the pieces, loaded on first need -------------------------------------------------------------------

    @property
    def encoder(self) -> Encoder:
        try:
            return load_encoder(self.settings.model)
        except EmbeddingError as exc:
            raise TqaError(str(exc)) from None

    @property
    def query_encoder(self):
        """The encoder that embeds questions: the model's local ONNX export when the settings ask for it and it
        has been made (at ingest), so that asking never imports torch; else the torch encoder."""
        if self.settings.query_encoder != "torch":
            key = (self.settings.model, self.settings.cache_dir)
            # the export's folder, once found (2 ms a look-up: it hashes the model weights' names, sizes and times, and
            # every question looks twice); one not made yet is looked for again, as ingest makes it
            found = self._onnx_found is not None and self._onnx_found[0] == key
            folder = self._onnx_found[1] if found else self._onnx_folder()
            if folder is not None and (found or folder.exists()):  # a stat costs 1 ms on a busy disk
                self._onnx_found = (key, folder)
                precision = "int8" if self.settings.query_encoder == "onnx-int8" else "fp32"
                try:
                    return _onnx_encoder(str(folder), precision)
                except EmbeddingError as exc:
                    raise TqaError(f"{exc}; delete that folder to have it made again at the next ingest") from None
        return self.encoder

    def _query_encode(self) -> Callable[[list[str]], np.ndarray]:
        """The query encoder's `encode`, through the vectors kept across questions (`_KeptVectors`) where the encoder
        allows it (`KEPT_VECTOR_ENCODERS`)."""
        encoder = self.query_encoder
        if getattr(encoder, "name", None) not in KEPT_VECTOR_ENCODERS:
            return encoder.encode  # the torch encoder (no ONNX export made yet, or asked for), or the int8 export
        kept = self._vectors
        if kept is None or kept[0] is not encoder:
            kept = self._vectors = (encoder, _KeptVectors(encoder, KEPT_VECTORS))
        return kept[1]

    def _word_encode(self, encodings: _Encodings) -> Callable[[list[str]], np.ndarray]:
        """The query encoder's `encode` for single words, through the words' vectors kept across questions
        (KEPT_WORD_VECTORS) where the encoder allows it (`KEPT_VECTOR_ENCODERS`); else the question's `encodings`."""
        encoder = self.query_encoder
        if KEPT_WORD_VECTORS <= 0 or getattr(encoder, "name", None) not in KEPT_VECTOR_ENCODERS:
            return encodings
        kept = self._word_vectors
        if kept is None or kept[0] is not encoder:
            kept = self._word_vectors = (encoder, _KeptVectors(encoder, KEPT_WORD_VECTORS))
        return kept[1]

    def _onnx_folder(self) -> Path | None:
        from embeddings.encoder import resolve_model
        from embeddings.onnx_encoder import cache_key

        try:
            model = Path(resolve_model(self.settings.model))
        except EmbeddingError:
            return None
        if not model.is_dir():
            return None
        return self.settings.cache_dir.expanduser() / "onnx" / cache_key(model)

    def _export_query_encoder(self, force: bool = False) -> None:
        """Export the model to ONNX once (seconds to minutes, once per machine), for torch-free questions."""
        from embeddings.encoder import resolve_model
        from embeddings.onnx_encoder import export_onnx, exportable

        folder = self._onnx_folder()
        if (self.settings.query_encoder == "torch" and not force) or folder is None or folder.exists():
            return
        model = Path(resolve_model(self.settings.model))
        if exportable(model):
            try:
                export_onnx(model, folder)
            except OSError:  # no room or no permission for the cache: questions keep using torch
                pass

    def _segmenting(self) -> dict:
        shape = self.settings.index_shape()
        shape.pop("model")
        return {**shape, "segmenter": SEGMENTER_VERSION}

    def _shape(self, dim: int | None = None) -> IndexShape:
        return IndexShape(self.settings.model, dim if dim is not None else self.encoder.dim, self._segmenting())

    def _pipeline(self):
        """The ingest pipeline: the int8 export embeds under ingest_precision int8, the fp32 export where
        ingest_runtime gives onnx (made first when asked for by name; under "auto", used once made: the first
        ingest on a machine makes it after embedding, with torch), the model in torch otherwise."""
        export, settings = None, self.settings
        runtime = ingest_runtime_for(settings.ingest_runtime, settings.ingest_precision)
        if settings.ingest_precision == "int8" or runtime == "onnx":
            if settings.ingest_precision == "int8" or settings.ingest_runtime == "onnx":
                self._export_query_encoder(force=True)
            folder = self._onnx_folder()
            if folder is not None and folder.exists():
                export = _onnx_encoder(str(folder), "int8" if settings.ingest_precision == "int8" else "fp32")
        return _ingesting().Pipeline(settings, self.encoder, export)

    def store(self) -> Store:
        """The index as last committed: reopened when any process (a CLI ingest beside a running UI) changed it."""
        stamp = state_stamp(self.settings.index_dir)
        with self._state_lock:
            if self._store is None or stamp != self._stamp:
                manifest = read_manifest(self.settings.index_dir)
                dim = manifest["dim"] if manifest else None
                self._store = Store(self.settings.index_dir, self._shape(dim), self.settings.ann(),
                                    prefetch=self.settings.prefetch_index)
                self._stamp = stamp
            return self._store

    _current = store  # the older private name

    @staticmethod
    def supported_suffixes() -> list[str]:
        """File suffixes that can be ingested (".txt", ".srt", ...)."""
        from qa.parse import supported_suffixes

        return supported_suffixes()

    # ---- ingest -----------------------------------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path | str] | Path | str, *, rebuild: bool = False,
               progress: Progress | None = None, on_wait: Waiting | None = None,
               ray_address: str | None = None) -> IngestReport:
        """Add or update the transcripts at `paths` (files or folders, or one of them); a folder's vanished files
        are removed.

        Unchanged files (same content hash) embed nothing. Files that cannot be read are listed in
        `IngestReport.errors` and change nothing. `rebuild=True` starts from an empty index (use it after a
        change of model or segmenting settings). Another process writing the same folder is waited for
        (`on_wait` hears it once); parsing and embedding do not wait. `ray_address` (None: here) runs parsing,
        segmenting and embedding as Ray tasks: "" for RAY_ADDRESS or a local cluster, else the cluster's address.
        """
        if isinstance(paths, (str, Path)):  # one path, not its characters or a TypeError (lead37)
            paths = [paths]
        state_stamp(self.settings.index_dir)  # an index folder that is a file says so before anything is embedded
        runner = None
        if ray_address is not None:
            from qa.distributed import ray_runner

            runner = ray_runner(ray_address, self.settings)
        # Ray's workers embed with a pipeline of their own (qa.distributed: the model in torch), which this one,
        # whose precision and runtime the report gives, must then be
        pipeline = self._pipeline() if runner is None else _ingesting().Pipeline(self.settings, self.encoder)
        with self._write_lock:
            report = _ingesting().ingest_paths(self.settings, self._shape(), pipeline, paths, rebuild=rebuild,
                                               progress=progress, on_wait=on_wait, runner=runner)
        self._export_query_encoder()
        return report

    def ingest_bytes(self, name: str, data: bytes, *, source_path: Path | str | None = None,
                     progress: Progress | None = None, on_wait: Waiting | None = None,
                     keep: Callable[[], None] | None = None) -> IngestReport:
        """Add or update one transcript given as bytes (an upload). `source_path` is where the caller keeps the
        file, so that a later ingest of its folder notices when it is gone; `keep` writes it there, called once it
        is indexed (or found unchanged), under the index's writer lock. Raises TqaError if it cannot be read."""
        source = _ingesting().Source(Path(name).name, data, str(Path(source_path).resolve()) if source_path else None)
        report = _ingesting().ingest_sources(self.settings, self._shape(), self._pipeline(), [source], [], [],
                                          rebuild=False, progress=progress, on_wait=on_wait,
                                          started=time.perf_counter(), keep=keep)
        if report.errors:
            raise TqaError(report.errors[0])
        return report

    def warm_ingest(self) -> None:
        """Load what ingest embeds with (the model, and its bf16 copy or int8 export where the settings use one) by
        embedding one word, so that a first upload waits no longer than the next (`tqa serve` calls it at start)."""
        self._pipeline().embed(["warm"], None)

    def segment(self, transcript: Transcript) -> list[Passage]:
        """The passages `transcript` is cut into under the current settings."""
        return self._pipeline().segment(transcript)

    def sections(self, transcript: Transcript, passages: Sequence[Passage]) -> tuple[list[Passage], list[Section]]:
        """`passages` numbered with their section, and the sections (see qa.segment.group_sections)."""
        return self._pipeline().sections(transcript, passages)

    def embedding_texts(self, transcript: Transcript, passages: Sequence[Passage]) -> list[str]:
        """What is embedded for each of `transcript`'s passages (see qa.segment.embedding_texts)."""
        return self._pipeline().embedding_texts(transcript, passages)

    def remove(self, name: str, *, on_wait: Waiting | None = None) -> None:
        """Drop one transcript from the index. Raises TqaError when it is not indexed."""
        manifest = read_manifest(self.settings.index_dir)  # its dimension: removing needs no model
        _ingesting().remove_transcript(self.settings, self._shape(manifest["dim"] if manifest else None), name, on_wait)

    def set_aside_older_index(self) -> Path | None:
        """Move an index folder written by another version of transcript-qa (another format, which this one cannot
        read) aside, kept whole under a new name beside it, so that the next ingest builds a fresh one. Returns
        where it went; None when the folder is absent or of this version."""
        folder = Path(self.settings.index_dir)
        manifest = read_manifest(folder)
        if manifest is None or manifest.get("format") == FORMAT_VERSION:
            return None
        kept = folder.with_name(f"{folder.name}.format{manifest.get('format')}")
        n = 1
        while kept.exists():
            n += 1
            kept = folder.with_name(f"{folder.name}.format{manifest.get('format')}-{n}")
        with self._state_lock:
            folder.rename(kept)
            self._store = self._stamp = None
        return kept

    # ---- questions ------------------------------------------------------------------------------------------

    def ask(self, question: str, *, history: Sequence[str] = (), use_history: bool = True, k: int | None = None,
            transcripts: Sequence[str] | None = None, speakers: Sequence[str] | None = None,
            mode: str | None = None, dense_weight: float | None = None,
            section_weight: float | None = None, roles: Sequence[str] | None = None) -> Answer:
        """Answer `question` from the index, citing the k most relevant passages, best first.

        `history` holds the conversation's earlier questions, oldest first. They shape the search only when the
        question depends on them ("And what about Poland?"; see qa.conversation), or when a question that reads as
        standalone is declined or uncertain alone and its history's passages answer it confidently, holding its own
        words (the evidence fallback: "How many companies?" after the SolarWinds sanctions); `use_history=False`
        asks the question alone whatever its wording. `answer.query` says what was searched,
        `answer.history_used` whether earlier questions were part of it. `answerable` is False (and no passage is
        cited) when the passages do not answer the question (qa.answerable); `answer.note` says why, or what makes
        an answer uncertain.
        `roles` keeps only passages of these roles (question, answer, statement).
        """
        return self.ask_ranked(question, history=history, use_history=use_history, k=k, depth=0,
                               transcripts=transcripts, speakers=speakers, mode=mode, dense_weight=dense_weight,
                               section_weight=section_weight, roles=roles)[0]

    def nearest(self, question: str, *, history: Sequence[str] = (), use_history: bool = True, k: int = 3,
                transcripts: Sequence[str] | None = None, speakers: Sequence[str] | None = None,
                roles: Sequence[str] | None = None) -> tuple[Citation, ...]:
        """The k passages nearest `question`, cited as `ask` would cite them, even when `ask` declines it: what
        the UI shows behind "nearest passages" under a declined question."""
        return self.ask_ranked(question, history=history, use_history=use_history, k=k, depth=0,
                               transcripts=transcripts, speakers=speakers, roles=roles, cite_anyway=True)[0].citations

    def ask_ranked(self, question: str, *, depth: int, history: Sequence[str] = (), use_history: bool = True,
                   k: int | None = None, transcripts: Sequence[str] | None = None,
                   speakers: Sequence[str] | None = None, mode: str | None = None,
                   dense_weight: float | None = None, section_weight: float | None = None,
                   roles: Sequence[str] | None = None, cite_anyway: bool = False) -> tuple[Answer, list[Passage]]:
        """`ask`, and the passages as ranked `max(depth, k)` deep (the first k are the citations; none when the
        question is declined): for measures that read further than the citations, such as the evaluation's
        word budgets, without citing (highlighting) every passage.

        The question and its history are read in their plain wording (`conversation.plain_wording`: "whats" and
        "what's" as "what is", "??" as "?", no trailing "pls"; typed in lower case, the words the transcripts write
        as names capitalised, `conversation.names_cased`): `answer.question` is the question as typed,
        `answer.query` the plain wording that was searched."""
        typed, history, k, transcripts, speakers, roles = _checked(question, history, k, transcripts, speakers, roles)
        return self._ask_checked(typed, history, use_history, k, transcripts, speakers, mode, dense_weight,
                                 section_weight, roles, depth, cite_anyway, as_read=False)

    def _ask_checked(self, typed: str, history: Sequence[str], use_history: bool, k: int | None,
                     transcripts: Sequence[str] | None, speakers: Sequence[str] | None, mode: str | None,
                     dense_weight: float | None, section_weight: float | None, roles: Sequence[str] | None,
                     depth: int, cite_anyway: bool, as_read: bool) -> tuple[Answer, list[Passage]]:
        """`ask_ranked` of checked arguments; `as_read`: the question and its history are texts `_read` gave
        (an earlier question asked again for its answer's citations, `_answered`), searched as they are: read
        once more, a text can read otherwise ("... Machinery (ACM)?" as "... Machinery (ACM) (ACM)?") and its
        answer is remembered under a text its follow-up never looks up (acr58)."""
        chosen_alone = bool(history) and not use_history  # the caller asks it alone (the UI's Follow-up unticked)
        if history and conversation.announces_switch(typed):  # "ok different question, ...": a new topic, said so
            use_history = False
        settings = self.settings.replace(k=k, mode=mode, dense_weight=dense_weight, section_weight=section_weight)
        store = self.store()
        if not len(store):
            raise TqaError(f"the index in {settings.index_dir} is empty: add transcripts with `tqa ingest PATH`")
        rows = _with_roles(store, allowed_rows(store, transcripts, speakers), roles)
        # what the transcripts hold is judged over the chosen transcripts, whatever the speaker and role filters:
        # those narrow what is cited, not what was said ("American" is mentioned even if no reporter says it)
        scope = allowed_rows(store, transcripts, None)
        corpus = CorpusWords(store.lexical.holding, scope, lambda source: _source_rows(store, scope, source),
                             lambda word: self.query_encoder.count_tokens([word]) == [1], store.transcript_names,
                             store.section_of, store.lexical.vocab, store.text,
                             self._kept_with(store)["written"] if scope is None else None,
                             turn_rows=lambda pairs: _turn_rows(store, scope, pairs),
                             readings=self._kept_with(store)["readings"] if scope is None and KEPT_READINGS else None)
        question = typed if as_read else self._read(typed, store, corpus, transcripts)
        history = (list(history) if as_read
                   else [self._read(earlier.strip(), store, corpus, transcripts) for earlier in history])
        context = (context_of(question, history, corpus.known, settings.history_turns, corpus.present)
                   if use_history else Context((), None))
        if context.questions and _the_filtered_speaker(context, speakers):
            context = Context((), None)  # "he" is the one speaker filtered to: asked as if alone (trial43, trial44)
        # asked alone by choice: what it points back to is said (below), not that there is no earlier question
        pointing = (context_of(question, (), corpus.known, settings.history_turns, corpus.present).reason
                    if chosen_alone else None)
        if context.questions:  # what was cited for the question it follows: its answer is most often near it
            context = self._with_answered(store, context, settings, transcripts, speakers, roles)
            context = dataclasses.replace(context, beside=conversation.beside_spans(
                context.answered, store.transcript_rows, store.passage, context.replied))
            if conversation.NEXT_PART_WEIGHT > 0 and conversation.asks_next(question):
                # fup64: "what did he talk about after that?": the passage after what the earlier answer highlighted
                spans = conversation.next_spans(context.told, context.answered, store.transcript_rows, store.passage)
                if spans:
                    context = dataclasses.replace(context, beside=spans, next_part=True)
            if conversation.ASKER_TURNS and context.asking and conversation.asks_asker(question):
                # "Who asked about that?": the asking turn
                context = dataclasses.replace(context, replied=context.asking)
            elif context.asking and conversation.asker_subject(question, context):
                # fup63: "What did he want to know?" after "Which reporter asked ...?": the asker's turns, which the
                # earlier answer cited as who asked, not as what it told
                context = dataclasses.replace(context, replied=context.asking, told=())
        if context.questions and conversation.topic_of_its_own(question, context, store.text):
            context = Context((), None)  # it names a topic the conversation never spoke of: asked as if alone
        if context.questions:
            context = dataclasses.replace(context, typed=typed, kept=conversation.kept_recordings(
                question, context, store.text))
            if conversation.ACRONYM_TERMS != "off":  # a term written out may be said by its acronym alone
                context = dataclasses.replace(context, acronyms=conversation.acronyms_written_out(
                    [*context.questions, question], functools.partial(
                        conversation.acronym_used, context, store.text, corpus.written_as_acronym)))
        # a place in a timed recording: what was said there, whatever else
        at = clock.asked_seconds(question) if settings.ask_by_time else None
        placed = self._at_time(question, at, store, settings, rows, transcripts) if at is not None else None
        if placed is not None:
            if not cite_anyway:
                self._remember(self._kept_with(store)["recent"],
                               _asked_key(question, context.questions, settings, transcripts, speakers, roles),
                               placed[0], store)
            return dataclasses.replace(placed[0], question=typed), placed[1]
        ahead = self._score_words_ahead(store, lexical_text(question, context), settings)
        split = () if cite_anyway or context.questions else parts.asked_parts(question)
        if split:  # the question and each part it is asked in, encoded in one call (kept: `_query_encode`)
            encode = self._query_encode()
            if isinstance(encode, _KeptVectors):
                encode([without_attribution(q) for q in (question, *split)])
        # fup51: a follow-up with a topic of its own: the passage it finds asked alone (`conversation.ALONE_PLACE`)
        alone = (self._ask_ranked(question, store, settings.replace(k=1), rows, corpus, Context((), None), 0,
                                  transcripts, True)[1][:1]
                 if (conversation.ALONE_PLACE and context.questions and not cite_anyway
                     and conversation.alone_own_words(question, context) >= conversation.ALONE_OWN_WORDS) else [])
        try:
            answer, ranked = self._ask_ranked(question, store, settings, rows, corpus, context, depth, transcripts,
                                              cite_anyway, alone[0] if alone else None)
            # lead47: a question that names a recording by its title's words, answered, is cited as searched without
            # them, where that search answers too: whether to answer, and how sure (its note, its confidence, its
            # evidence), stays the question's as asked (a conversation's fallback reads how sure: a switch is then
            # answered as when asked alone)
            if answer.answerable and not context.questions and self._titled(question, store, transcripts):
                untitled, untitled_ranked = self._ask_ranked(question, store, settings, rows, corpus, context, depth,
                                                             transcripts, cite_anyway, None, untitled=True)
                if untitled.answerable:
                    answer = dataclasses.replace(untitled, note=answer.note, confidence=answer.confidence,
                                                 evidence=answer.evidence)
                    ranked = untitled_ranked
        finally:
            ahead.cancel()  # not started yet (another question's held the worker): the search computes it
        if split:  # a question in two parts ("... about A and about B?"): each part cited among the first (qa.parts)
            answer, ranked = self._with_parts(split, answer, ranked, store, settings, rows, corpus, depth, transcripts)
        if not cite_anyway:
            self._remember(self._kept_with(store)["recent"],
                           _asked_key(question, context.questions, settings, transcripts, speakers, roles), answer,
                           store)
            if use_history and history and context.reason is None:
                answer, ranked = self._fallback(question, history, answer, ranked, store, settings, rows, corpus,
                                                depth, transcripts, speakers, roles)
                answer, ranked = self._mention_alone(question, history, answer, ranked, store, settings, corpus,
                                                     depth, transcripts, speakers, roles)
            elif context.questions and not answer.answerable:
                answer, ranked = self._declined_alone(question, context, answer, ranked, store, settings, rows,
                                                      corpus, depth, transcripts)
        if pointing:
            answer = dataclasses.replace(answer, note=" ".join(filter(None, (answer.note,
                                                                              ASKED_ALONE.format(pointing)))))
        if at is not None and not answer.answerable:  # say why the time was not read as a place in a recording
            answer = dataclasses.replace(answer, note=" ".join(filter(None, (answer.note, clock.unreached(at)))))
        if not cite_anyway:  # an answer its calibrated score finds likely wrong says it is uncertain (qa.calibrated)
            answer = calibrated.hedged(answer)
        return dataclasses.replace(answer, question=typed), ranked

    def _with_parts(self, split: Sequence[str], answer: Answer, ranked: list[Passage], store: Store,
                    settings: Settings, rows: np.ndarray | None, corpus: CorpusWords, depth: int,
                    transcripts: Sequence[str] | None) -> tuple[Answer, list[Passage]]:
        """The whole question's answer with each of its parts' first citation among its first ones
        (`parts.with_parts`), each part asked alone; a declined answer stays declined."""
        if not answer.answerable:  # answered from its parts where each is answered alone (qa.parts)
            if not parts.DECLINED_WHOLE_FROM_PARTS:
                return answer, ranked
            asked = [self._ask_ranked(part, store, settings, rows, corpus, Context((), None), depth, transcripts,
                                      False) for part in split]
            merged, sources = parts.from_parts(answer, [a for a, _ in asked], settings.k)
            if merged is answer:
                return answer, ranked
            spans = [asked[p][1][i] for p, i in sources]
            rest = [r for p in range(len(asked)) for r in asked[p][1][len(asked[p][0].citations):]]
            return merged, spans + [r for r in rest if not _overlaps_any(r, spans)]
        # each part's nearest passages, cited as if answered: the whole question was judged answerable, and a part
        # alone is often too short for the decline's measures ("What is FID?")
        asked = [self._ask_ranked(part, store, settings, rows, corpus, Context((), None), depth, transcripts,
                                  parts.PARTS_CITED_ANYWAY) for part in split]
        merged, sources = parts.with_parts(answer, [a for a, _ in asked], settings.k)
        if merged is answer:
            return answer, ranked
        spans = [ranked[i] if p < 0 else asked[p][1][0] for p, i in sources]
        return merged, spans + [r for r in ranked[len(answer.citations):] if not _overlaps_any(r, spans)]

    def _declined_alone(self, question: str, context: Context, answer: Answer, ranked: list[Passage], store: Store,
                        settings: Settings, rows: np.ndarray | None, corpus: CorpusWords, depth: int,
                        transcripts: Sequence[str] | None) -> tuple[Answer, list[Passage]]:
        """A follow-up declined with its history (`answer`) that has at least DECLINED_ALONE_MIN_WORDS content words
        of its own (`context.own_words`), asked alone: that answer is kept when it is confident and its first
        passages hold the question's own words (`conversation.keep_fallback`), else `answer` stays
        (qa.conversation DECLINED_ALONE, docs/retrieval.md). What is remembered for later follow-ups stays the
        declined answer."""
        if not conversation.DECLINED_ALONE or (answer.evidence is not None and answer.evidence.nonsense) or (
                (context.own_words or 0) < conversation.DECLINED_ALONE_MIN_WORDS):
            return answer, ranked
        if conversation.mention_unsaid(question, context, store.text) is not None:
            return answer, ranked  # asked whether the conversation's recording says it: another recording cannot tell
        if _party_unsaid(question, context, store) is not None:
            return answer, ranked  # ... or what a party said there, which that recording never reports (ufup43)
        if conversation.place_declined(question, context, answer.note):
            return answer, ranked  # ... or a place its topic is never said with there (fup46)
        if answer.note == attribute_note(attribute_asked(question) or ""):
            return answer, ranked  # ... or an attribute of what it told, given nowhere near it (ufup48)
        if answer.note == highlight_unsaid_note(highlight_kind_asked(question) or ""):
            return answer, ranked  # ... or a time that the passage its history found does not say (ufu55)
        if answer.evidence is not None and answer.evidence.referent_unheld and (
                answer.note == referent_note(answer.evidence)):
            return answer, ranked  # ... or a name of its own said nowhere its referent is spoken of (ufu57)
        alone, deep = self._ask_ranked(question, store, settings, rows, corpus, Context((), None), depth,
                                       transcripts, False)
        split = parts.asked_parts(question)
        if split:  # ... asked alone as `ask` asks it: a question in two parts answered from its parts (qa.parts)
            alone, deep = self._with_parts(split, alone, deep, store, settings, rows, corpus, depth, transcripts)
        if not conversation.alone_kept(question, context, store.text,
                                       alone.citations[0].transcript if alone.citations else None):
            return answer, ranked  # answered alone from another recording than the conversation keeps to
        return _kept_instead(answer, ranked, alone, deep, conversation.DECLINED_ALONE_NOTE)

    def _fallback(self, question: str, history: Sequence[str], answer: Answer, ranked: list[Passage], store: Store,
                  settings: Settings, rows: np.ndarray | None, corpus: CorpusWords, depth: int,
                  transcripts: Sequence[str] | None, speakers: Sequence[str] | None,
                  roles: Sequence[str] | None) -> tuple[Answer, list[Passage]]:
        """The evidence fallback (qa.conversation, docs/retrieval.md): a question with history that its wording
        reads as standalone, declined or uncertain when asked alone (`answer`), asked again with its history; that
        answer is kept when it is confident and its first passages hold the question's own words, else `answer`
        stays. The kept answer says what was searched (`query`, `history_used`) and why (its note). What is
        remembered for later follow-ups stays the alone answer, which asking the question alone gives again."""
        weak = conversation.is_weak(answer.answerable, answer.note)
        # fup59: a confident answer may leave the conversation's recording (`conversation.ELSEWHERE_FALLBACK`)
        elsewhere = not weak and conversation.ELSEWHERE_FALLBACK and bool(answer.citations)
        if not conversation.FALLBACK or not (weak or elsewhere) or (
                answer.evidence is not None and answer.evidence.nonsense) or (
                not answer.answerable and asks_of_assistant(answer.evidence)):
            return answer, ranked
        chain = conversation.history_chain(history, corpus.known, settings.history_turns)
        every = weak and conversation.says_every_word(question, corpus.present)
        astray = weak and conversation.ASTRAY_ALONE and answer.answerable and bool(answer.citations)  # ufup52, below
        if not chain or not (every or astray or elsewhere):
            return answer, ranked
        why = conversation.FALLBACK_REASON.format(conversation.ELSEWHERE_WHY if elsewhere
                                                  else "declined" if not answer.answerable else "uncertain")
        context = self._with_answered(store, Context(chain, why), settings, transcripts, speakers, roles)
        if not context.answered:  # the earlier question was declined: the conversation has no topic's passages
            return answer, ranked
        if elsewhere:  # its words all said in the earlier answer's recording, its alone answer from another one
            if not (conversation.answered_elsewhere(answer.citations[0].transcript, context)
                    and conversation.said_where_answered(question, context, store.text)):
                return answer, ranked
            followed, deep = self._ask_ranked(question, store, settings, rows, corpus, context, depth, transcripts,
                                              False)
            return _kept_instead(answer, ranked, followed, deep, f"Searched with the earlier question: {why}.")
        kept = answer, ranked
        if every:
            followed, deep = self._ask_ranked(question, store, settings, rows, corpus, context, depth, transcripts,
                                              False)
            kept = _kept_instead(answer, ranked, followed, deep, f"Searched with the earlier question: {why}.",
                                 declined=not answer.answerable)
        # its history kept nothing, and its uncertain alone answer is loose words of another recording (ufup52)
        if kept[0] is answer and conversation.astray_alone(
                answer.answerable, answer.note, answer.evidence.top_coverage if answer.evidence else None,
                answer.citations[0].transcript if answer.citations else None, context):
            return dataclasses.replace(answer, answerable=False, answer=NOT_ANSWERED, citations=(),
                                       note=conversation.ASTRAY_NOTE), ranked
        return kept

    def _mention_alone(self, question: str, history: Sequence[str], answer: Answer, ranked: list[Passage],
                       store: Store, settings: Settings, corpus: CorpusWords, depth: int,
                       transcripts: Sequence[str] | None, speakers: Sequence[str] | None,
                       roles: Sequence[str] | None) -> tuple[Answer, list[Passage]]:
        """ufu60: a turn after a conversation whose wording reads as standalone, answered alone, that asks whether a
        thing came up (`conversation.mention_alone`) and names no recording but the conversation's: declined where
        the recordings the earlier answer cited never say it (`conversation.mention_unsaid`), as a follow-up asking so
        is (fup42); where they say it but its alone answer cites another recording first, asked alone of those
        recordings only and that answer kept where answered (fup65, `conversation.mention_kept`); else `answer`
        stays."""
        thing = conversation.mention_alone(question) if answer.answerable and not answer.history_used else None
        chain = conversation.history_chain(history, corpus.known, settings.history_turns) if thing else ()
        if not chain:
            return answer, ranked
        context = self._with_answered(store, Context(chain, conversation.MENTION_ALONE_REASON), settings, transcripts,
                                      speakers, roles)
        answered = context.answered
        names = {name for name, _, _ in answered}
        named = recordings_named(question, store.all_infos())
        if named and not names & set(named):
            return answer, ranked  # it names another recording than the conversation's: asked of that one
        # the recordings that alone say a word of the earlier questions ("lamport" of "what is lamport's job") are the
        # conversation's too, whatever its earlier answer cited; a word said inside a hyphened one is said ("COVID-19")
        unhyphened = functools.partial(self._unhyphened, store)
        own = conversation.recordings_only_saying(context.questions, [t.name for t in store.all_infos()], unhyphened)
        context = dataclasses.replace(context, answered=(*answered, *((name, 0, 0) for name in own)))
        unsaid = conversation.mention_unsaid(question, context, unhyphened)
        if unsaid is None:
            # fup65: said there, but answered alone from another recording: asked of the conversation's recordings
            kept = conversation.mention_kept(answer.citations[0].transcript if answer.citations else None, context,
                                             transcripts)
            if not kept:
                return answer, ranked
            rows = _with_roles(store, allowed_rows(store, kept, speakers), roles)
            asked, deep = self._ask_ranked(question, store, settings, rows, corpus, Context((), None), depth, kept,
                                           False)
            if not asked.answerable:  # declined there: its nearest passage there, where that passage says the thing
                asked, deep = self._ask_ranked(question, store, settings, rows, corpus, Context((), None), depth,
                                               kept, True)
                if not (asked.citations and conversation.mention_held(thing, asked.citations[0].text)):
                    return answer, ranked
            note = " ".join(filter(None, (asked.note, conversation.MENTION_KEPT_NOTE)))
            return dataclasses.replace(asked, note=note), deep
        return dataclasses.replace(answer, answerable=False, answer=NOT_ANSWERED, citations=(),
                                   note=conversation.mention_unsaid_note(unsaid, context)), ranked

    def _with_answered(self, store: Store, context: Context, settings: Settings, transcripts: Sequence[str] | None,
                       speakers: Sequence[str] | None, roles: Sequence[str] | None) -> Context:
        """`context` with what its latest earlier question's answer cited, replied, told and was asked by
        (`_answered`)."""
        answered, replied, told, asking = self._answered(store, context, settings, transcripts, speakers, roles)
        return dataclasses.replace(context, answered=answered, replied=replied, told=told, asking=asking)

    def _unhyphened(self, store: Store, name: str) -> str:
        """A transcript's text with its hyphens read as spaces ("COVID-19" says "COVID"; ufu60), kept for as long as
        `store` is the index's state (`_kept_with`)."""
        kept = self._kept_with(store)["unhyphened"]
        if name not in kept:
            kept[name] = store.text(name).replace("-", " ")
        return kept[name]

    def _kept_with(self, store: Store) -> dict[str, dict]:
        """What is kept for as long as `store` is the index's state, emptied when it changes: "recent", what the
        latest answers cited first, by what was asked (a follow-up reads what its earlier question's answer cited,
        which the conversation has most often just been given); "written", how the index writes the words the
        answers' evidence has read (capitalised, in lower case: qa.answerable.CorpusWords); "read", how the latest
        questions typed are searched (`_read`); "unhyphened", transcripts' texts with hyphens as spaces; "readings",
        whether the index writes a word as a name (`CorpusWords.written_as_name`, `ends_names`: KEPT_READINGS)."""
        with self._state_lock:
            if self._kept is None or self._kept[0] is not store:
                self._kept = (store, {"recent": {}, "written": {}, "read": {}, "unhyphened": {}, "readings": {}})
            return self._kept[1]

    def _read(self, typed: str, store: Store, corpus: CorpusWords, transcripts: Sequence[str] | None) -> str:
        """`typed` (a question, or one of its history) as it is searched: its plain wording with the words the
        transcripts write as names capitalised (`conversation.plain_wording`, `conversation.names_cased`), "Which
        recordings talk about X?" asked as "Who talks about X?" (the recording is what its citations name), a word
        that is no word at all, typed one letter from a word the transcripts hold, as that word
        (`with_typing_mended`), a word the transcripts write as two written so (`with_compounds_read`: "datasets"
        reads "data sets"), and a run of capitalised words the transcripts write as an acronym with it beside
        ("the United Nations (UN)": `with_acronyms_for`). Read once for each text and choice of transcripts while
        `store` is the index's state (the last RECENT_ANSWERS of them): a conversation's history is read again with
        every question."""
        read = self._kept_with(store)["read"]
        key = (None if transcripts is None else tuple(transcripts), typed)
        with self._state_lock:
            found = read.get(key)
        if found is None:
            cased = conversation.names_cased(typed, corpus.written_as_name, corpus.typed_acronym, corpus.unknown_name,
                                             corpus.present, corpus.absent_place if conversation.PLACES_CASED else None,
                                             corpus.lower_name if conversation.NAMES_BEFORE_HEADS else None,
                                             corpus.names_head)
            mended = with_typing_mended(which_recording_as_who(conversation.plain_wording(
                conversation.without_label(cased, corpus.heading_name))), corpus)
            found = with_acronyms_for(with_compounds_read(mended, corpus, join=False), corpus, beside=True)
            with self._state_lock:
                read[key] = found
                while len(read) > RECENT_ANSWERS:
                    read.pop(next(iter(read)))
        return found

    def _answered(self, store: Store, context: Context, settings: Settings, transcripts: Sequence[str] | None,
                  speakers: Sequence[str] | None, roles: Sequence[str] | None) -> tuple[tuple, tuple, tuple, tuple]:
        """The spans that the answer to the latest question of `context` cited first, asked as it was asked (with
        its own history, the same filters and settings), those of the turns that reply to a question turn among
        them (conversation.reply_spans), those of their highlights (what it told: `Context.told`) and those of the
        turns that asked what they reply to (conversation.asking_spans): remembered when it was just answered,
        else asked again as it was read (`_ask_checked`); none when it was declined."""
        *before, latest = context.questions
        key = _asked_key(latest, before, settings, transcripts, speakers, roles)
        if key not in self._kept_with(store)["recent"]:  # asked as it was read, not read again
            self._ask_checked(latest, before, True, settings.k, transcripts, speakers, settings.mode,
                              settings.dense_weight, settings.section_weight, roles, 0, False, as_read=True)
        return self._kept_with(store)["recent"].get(key, ((), (), (), ()))

    def _remember(self, recent: dict, key: tuple, answer: Answer, store: Store) -> None:
        """Keep in `recent` what `answer` cited first (conversation.NEAR_CITATIONS of its citations), the turns
        that reply to a question turn among them, what it highlighted and the turns that asked what it cites, the
        last RECENT_ANSWERS answers."""
        first = answer.citations[:conversation.NEAR_CITATIONS]
        if conversation.asks_for_asker(key[0]):  # fup63: "Which reporter asked ...?" is answered by a question turn
            asker = conversation.asker_cited(key[0], answer.citations, lambda name: store.text_and_turns(name)[1])
            first = [asker] if asker is not None else first
        asked = [(c.transcript, conversation.asked_at(c)) for c in first]
        replied = tuple((name, start, end) for name, at in asked if at is not None
                        for start, end in conversation.reply_spans(store.text_and_turns(name)[1], at))
        asking = tuple((c.transcript, start, end) for c in first
                       for start, end in conversation.asking_spans(store.text_and_turns(c.transcript)[1],
                                                                   c.highlight_start_char
                                                                   if c.highlight_start_char is not None
                                                                   else c.start_char))
        with self._state_lock:
            recent.pop(key, None)
            recent[key] = (tuple((c.transcript, c.start_char, c.end_char) for c in first), replied,
                           tuple((c.transcript, c.highlight_start_char, c.highlight_end_char) for c in first
                                 if c.highlight_start_char is not None and c.highlight_end_char is not None), asking)
            while len(recent) > RECENT_ANSWERS:
                recent.pop(next(iter(recent)))

    @staticmethod
    def _titled(question: str, store: Store, transcripts: Sequence[str] | None) -> bool:
        """Whether `question` names a recording by its title's words that its search leaves out (lead47)."""
        return without_recording_title(question, _allowed_infos(store, transcripts)) != without_attribution(question)

    def _ask_ranked(self, question: str, store: Store, settings: Settings, rows: np.ndarray | None,
                    corpus: CorpusWords, context: Context, depth: int, transcripts: Sequence[str] | None,
                    cite_anyway: bool, alone: Passage | None = None,
                    untitled: bool = False) -> tuple[Answer, list[Passage]]:
        # searched and cited without "according to the video": the source it names is no part of what is asked
        # (the evidence reads the whole question: the source named must hold the answer)
        # each text encoded once per question: the question's own vector is the query's, read again by the shifts
        encodings = _Encodings(self._query_encode())
        infos = store.info_map()
        allowed = _allowed_infos(store, transcripts)
        # lead47 (`untitled`): and without a recording named by its title's words (the title is said where the
        # recording names itself); it still gains its weight in the ranking (`recordings_named`, below)
        searched = without_recording_title(question, allowed) if untitled else without_attribution(question)
        # fup47: another speaker than the earlier question's, asked the same topic: searched with the earlier
        # question as if it had them speak ("What about Biden, did he bring it up?" after Suga on North Korea)
        replaced = conversation.source_replaced(searched, context, functools.partial(_party_speakers, allowed))
        query = build_query(searched, dataclasses.replace(context, questions=replaced) if replaced else context,
                            encodings)
        if not context.questions:  # rank63 (FRAME_UNSEARCHED): BM25 without the register's frame words
            query = dataclasses.replace(query, lexical_text=without_frame_words(query.lexical_text, searched))
        # a learned map of the question's vector, where the settings name one fitted for this model (qa.adapter):
        # it orders the passages; citing and the decline evidence read the plain vector (below)
        adapter = adapter_for(settings.query_adapter, settings.model, len(query.vector))
        plain = query
        if adapter is not None:
            query = dataclasses.replace(query, vector=adapter.mapped(query.vector))
        deep = max(settings.k, depth)
        asking = about_asking(question)  # it asks what was asked ("What was Lavrov asked about ...?")

        def ranked(k: int, rows=rows):
            return retrieve(store, store.lexical, query, k=k, mode=settings.mode, dense_weight=settings.dense_weight,
                            rrf_k=settings.rrf_k, candidates=settings.candidates, rows=rows,
                            section_weight=settings.section_weight, section_lexical=store.section_lexical,
                            window_words=settings.window_words, window_turn_words=settings.window_turn_words,
                            window_weights=(settings.window_dense_weight, settings.window_lexical_weight),
                            fusion=settings.fusion,
                            # a reporter's question is what a question about what was asked looks for
                            question_weight=1.0 if asking else settings.question_weight)

        # the passages `ask` ranks (each method's `candidates` best, fused), then, for a deeper reading (the
        # evaluation's word budgets), the rest of a search that many deep: a larger pool of candidates would
        # reorder the first passages too (a passage below every method's first 100 can rise by its section), and
        # the evaluation would no longer measure what `ask` cites
        first = max(min(deep, settings.candidates), settings.sentence_depth)
        read_deep = bool(context.replied or context.beside)  # a reply, or the passage after the earlier answer's
        ranking = ranked(max(first, conversation.REPLY_DEPTH) if read_deep else first)
        if read_deep:  # the reply to the question the earlier answer cited is read, however low it ranks
            ranking = dataclasses.replace(ranking, hits=conversation.with_replies(ranking.hits, first, context))
        if deep > settings.candidates:
            seen = {h.row for h in ranking.hits}
            ranking = dataclasses.replace(ranking, hits=ranking.hits + [h for h in ranked(deep).hits
                                                                        if h.row not in seen])
        # a follow-up's vector leans towards earlier questions (a topic, not a sentence): its sentences weigh less,
        # and only order the first FOLLOW_UP_DEPTH passages its search chose (docs/retrieval.md)
        weight = conversation.FOLLOW_UP_SENTENCE_WEIGHT if context.questions else settings.sentence_weight
        depth = FOLLOW_UP_DEPTH if context.questions else settings.sentence_depth
        named = speakers_named(question, allowed)
        # ... or, where it names none and its "he" or "she" stands for a person the earlier question names, that one
        named_raise: tuple = ()  # (depth, weight) of `named_speaker_first`; its own for a speaker named so
        named_only = not (named.labels or named.titled)  # ... or, where it names a person and nothing else ("And
        # Newsom?"), that one asked what the earlier question's speaker was asked (`source_swapped`)
        swapped = conversation.source_swapped(question, context) if named_only else None
        if swapped:
            named = speakers_named(swapped, allowed)
            named_raise = (conversation.REFERENT_SPEAKER_DEPTH, conversation.REFERENT_SPEAKER_WEIGHT)
        if not (named.labels or named.titled) and replaced:  # fup47: the speaker the follow-up names in its way
            named = speakers_named(next(q for q, o in zip(replaced, context.questions) if q != o), allowed)
            named_raise = (conversation.REFERENT_SPEAKER_DEPTH, conversation.REFERENT_SPEAKER_WEIGHT)
        topical = context  # whose words are the topic that a named speaker's raised passages hold
        if not (named.labels or named.titled):
            named_there = conversation.referent_speaker(question, context)
            # ref62 (off as shipped): "she" after "Which governor spoke first?"
            if not named_there and context.answered and conversation.ANSWER_SPEAKER:
                there = speakers_in(context.questions[-1], allowed)
                named_there = conversation.answer_speaker(question, context, _first_speaker(store, context.answered[0]),
                                                          {*there.labels, *(label for _, label in there.titled)})
                # ... on the follow-up's topic: the earlier question's words say how the person was picked out
                topical = dataclasses.replace(context, questions=(named_there,)) if named_there else context
            if named_there:
                named = speakers_named(named_there, allowed)
                named_raise = (conversation.REFERENT_SPEAKER_DEPTH, conversation.REFERENT_SPEAKER_WEIGHT)
                if topical is not context and ranking.hits and named.names(ranking.hits[0].passage):
                    named = NamedSpeakers()  # ... where the search does not already put them first
        kind = asked_kind(question)  # the kind of statement asked for: a reason, a view, an intent (qa.cite)
        rapid = self._rapid_talk(store, settings.window_turn_words)
        # a follow-up's named speaker first, then what lies near the earlier answer (docs/retrieval.md)
        followed = conversation.own_words_first(conversation.recording_kept_first(conversation.near_earlier_answer(
            conversation.named_speaker_first(ranking.hits, topical, named, *named_raise), context), context),
            question, context, store.text)
        # ... less the earlier answer's passage where it says no date or number that a follow-up newly asks for
        followed = conversation.earlier_passage_lowered(followed, question, context, asked_said(question))
        # ... and a passage that holds only what the earlier answer highlighted: told already
        followed = conversation.told_passage_lowered(followed, context, store.units, store.unit_vectors, query.vector)
        kept: dict = {}  # rank57: the re-ranking's reading of its head, for the order after the exchanges (below)
        hits = rerank_by_sentence(followed, store.unit_vectors,
                                  query.vector, weight=weight, depth=depth, units=store.units, question=searched,
                                  coverage_weight=settings.sentence_coverage_weight,
                                  rapid_talk=rapid, speakers=named,
                                  subjects=NamedSpeakers() if asking else speakers_as_subject(question, allowed),
                                  # ... or by its recorded date ("on April 15"; docs/retrieval.md)
                                  recordings=(recordings_named(question, allowed)
                                              or recordings_dated(question, allowed, corpus)),
                                  # a why- or opinion question: of two passages on the topic, the one that says
                                  # why, or what its speaker thinks, first
                                  asked=kind, said=functools.partial(holds_kind, kind) if kind else None,
                                  neighbour_margin=settings.neighbour_margin,
                                  mentioned=NamedSpeakers() if asking else speakers_mentioned(question, allowed),
                                  framing=not context.questions,
                                  # spk48: a named person's own state, plan, promise or advice (docs/retrieval.md)
                                  states=NamedSpeakers() if asking else state_holders(question, allowed),
                                  kept=kept if rerank_rules.LEARNED_AFTER_EXCHANGES else None)
        if settings.question_exchanges:
            hits = question_exchanges(store, hits, rows, query.vector, asking,
                                      unlabelled=settings.interviewer_exchanges, rapid_talk=rapid, named=named,
                                      person=define.person_asked(question),
                                      ranked=0 if context.questions else depth,
                                      # reg53 (off as shipped): who the question names, for their reply
                                      people=speakers_in(question, allowed)
                                      if exchange_rules.NAMED_REPLY and not context.questions else NamedSpeakers())
        nearest = hits  # as ranked, however deep: what "Who spoke most" counts (qa.order)
        if adapter is not None:  # cited and judged on the plain vector (docs/retrieval.md, "A learned query adapter")
            query = plain
            found = store.search(plain.vector, 1, rows)
            ranking = dataclasses.replace(ranking, nearest=found[0][1] if found else None)
        hits = agreed_transcript_first(hits)
        if kept:  # rank57 (off as shipped): the linear order of the head, where an exchange stands for its answer
            hits = rerank_rules.learned_after_exchanges(hits, kept)
        uncut = hits  # fup51: where the passage asked alone is read from, however low it ranks (below)
        hits = hits[:deep + 1]  # one more than asked: a same-turn pair holds two of them
        # the question read once for citing: the first passage's highlight that decides the pair is the one cited
        encode = self.query_encoder.encode if settings.highlight_after else None
        read = read_for_citing(searched, query.vector, encode, settings.highlight_aspect, named)
        if context.told and conversation.asks_on(question):  # "Why?": not what the earlier answer highlighted
            read = dataclasses.replace(read, told=context.told, told_words=content_stems(context.questions[-1]))
        # the next passage of the first one's turn, when the first one's highlight ends at its border (qa.cite)
        hits = border_pair(searched, query.vector, hits, store.units, store.unit_vectors, settings.pair_margin,
                           encode, settings.highlight_aspect, named,
                           functools.partial(_allowed_passage, store, rows) if settings.pair_anywhere else None,
                           read, rapid)[:deep]
        # ... or, for a follow-up whose first passage holds what the earlier answer told, wherever its highlight ends
        hits = conversation.told_read_on(hits, context, functools.partial(_allowed_passage, store, rows))[:deep]
        if not read.told and conversation.reads_past_told(question, context, hits):  # asked past what was told:
            # not the earlier answer's highlighted claim again (the highlights chosen without it are not kept)
            read = dataclasses.replace(read, told=context.told, told_words=content_stems(context.questions[-1]),
                                       chosen={})
        # a follow-up's citation of the earlier answer's passage, or of the next one in its turn, reads on from it
        words = (functools.partial(conversation.read_on, context=context,
                                   passage_at=functools.partial(_allowed_passage, store, None))
                 if context.answered else None)
        cited = self._cite(store, searched, query, hits[:settings.k], infos, named, read, words)
        # a reporter's exchange cited first, its highlight at its end: the next passage of the answer's turn joins it
        joined = (exchange_border_next(hits, cited[0].citation, functools.partial(_allowed_passage, store, rows),
                                       rapid) if cited and settings.pair_margin > 0 and not context.questions else None)
        if joined is not None:
            hits = joined[:deep]
            cited = self._cite(store, searched, query, hits[:settings.k], infos, named, read, words)
        # "What was the first topic?", "What came right after X?", "Who spoke most about X?": the order of a recording
        # or a count of speakers, read after the verdict, which is judged on the nearest passages as before (qa.order)
        by_order = None if context.questions or not hits else self._by_order(question, hits, nearest, store, rows,
                                                                                 allowed)
        order = future_figure_first(question, cited)  # a figure asked of the future: one said of it first (qa.cite)
        if order == sorted(order) and not context.questions:  # rank59: a count or amount asked: a passage that says one
            order = figure_first(question, cited)
        if order == sorted(order) and not context.questions:  # rank61: a reason or intent asked: a passage giving one
            order = kind_first(question, cited)
        if order == sorted(order) and not context.questions and cite_rules.LEXICAL_SECOND:  # rank64: a second stage
            order = lexical_second(question, cited, _best_cosines(store, hits[:cite_rules.LEXICAL_SECOND_DEPTH],
                                                                  query.vector))
        if order == sorted(order) and not context.questions and cite_rules.UNIT_COUNT_SHARE > 0:  # rank65: a count
            order = unit_count_first(question, cited, _best_unit_texts(store, hits[:cite_rules.UNIT_COUNT_DEPTH],
                                                                       query.vector))  # said by the best unit
        if order != sorted(order):
            cited = [dataclasses.replace(cited[i], citation=dataclasses.replace(cited[i].citation, rank=rank))
                     for rank, i in enumerate(order, 1)]
            hits = [hits[i] for i in order] + list(hits[len(order):])
        # cited whatever the verdict (the UI's nearest passages, a part's first citation: qa.parts): what the evidence
        # would decide is read by no caller, and is not gathered (tidy27: a question in two parts is searched three
        # times, and the evidence was a sixth of each)
        rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage)
        evidence, verdict = ((None, Verdict(True, None)) if cite_anyway
                             else self._judged(question, ranking.nearest, cited, corpus, allowed, rapid, context, rule,
                                               encodings, functools.partial(_unit_vector, store, hits[:settings.k],
                                                                            self.settings),
                                               functools.partial(_phrase_similarities, store, question, allowed),
                                               functools.partial(_unsaid_word_similarity, store, question, allowed),
                                               functools.partial(_topic_neighbour_similarity, store, question)))
        # "any mention of hong kong" after a question on a recording that never says it: declined (fup42)
        unsaid = conversation.mention_unsaid(question, context, store.text) if verdict.answerable else None
        if unsaid is not None:
            verdict = Verdict(False, conversation.mention_unsaid_note(unsaid, context))
        # "How did NATO respond?" after a question on a recording that never reports NATO's words (ufup43)
        party = _party_unsaid(question, context, store) if verdict.answerable else None
        if party is not None:
            verdict = Verdict(False, party_reply_note(*party))
        # "was japan in on that one too?" after the Crimea sanctions: a place never named where they are (fup46)
        # (not one whose names its referent's recordings never say: declined below with that note, ufu57)
        place = (conversation.place_unsaid(question, context, [(c.citation.transcript, c.citation.text) for c in cited],
                                           store.text)
                 if verdict.answerable and not cite_anyway and not (evidence is not None and evidence.referent_unheld)
                 else None)
        if place is not None:
            verdict = Verdict(False, conversation.place_unsaid_note(place))
        # "how much funding does it get" after the Mansfield Fellowship: an attribute of what the earlier answer told,
        # which no passage gives with the follow-up's own words, its first passage away from that answer (ufup48)
        attribute = (attribute_unsaid(question, context.questions, [c.citation.text for c in cited],
                                      [conversation.near_answer(context.answered, c.citation)
                                       for c in cited[:ATTRIBUTE_DEPTH]])
                     if verdict.answerable and not cite_anyway and context.answered else None)
        if attribute is not None:
            verdict = Verdict(False, attribute_note(attribute))
        # "and when will the move be done?" after Futenma: a time asked, which the sentence cited first does not say
        # nor its passage (ufu55; HIGHLIGHT_KINDS empty reads nothing)
        unsaid_kind = (highlight_unsaid(question, context.questions,
                                        [(c.citation.text, c.citation.highlight_start, c.citation.highlight_end)
                                         for c in cited])
                       if verdict.answerable and not cite_anyway and context.answered else None)
        if unsaid_kind is not None:
            verdict = Verdict(False, highlight_unsaid_note(unsaid_kind))
        # "did india join as well?" after the Crimea sanctions: a name of its own that no transcript speaking of its
        # referent's names holds, as "Did India join Treasury on the Crimea sanctions?" asked alone reads it (ufu57)
        if verdict.answerable and evidence is not None and evidence.referent_unheld:
            verdict = Verdict(False, referent_note(evidence))
        # "When did Lamport join Microsoft?" asked alone: a time asked, which the sentence cited first does not say, nor
        # its passage, nor the next citation's highlight a point of time (nm57; TIME_UNSAID off reads nothing)
        highlights = [(c.citation.text, c.citation.highlight_start, c.citation.highlight_end) for c in cited]
        scores = [c.citation.score for c in cited]  # nm63: a next citation far below the first is not read for it
        if (verdict.answerable and not cite_anyway and not context.questions
                and (time_unsaid(question, highlights, scores=scores)
                     # nm65: ... or lets it through only by times said far in meaning from the question
                     or time_far_from_question(question, highlights, encodings, scores=scores))):
            verdict = Verdict(False, TIME_NOTE)
        # "What salary does the intern get?" asked alone: a sum of money asked, which neither the first passage nor
        # the next citations' highlights say (nm59; SUM_UNSAID off reads nothing)
        if (verdict.answerable and not cite_anyway and not context.questions
                and sum_unsaid(question, highlights, scores=scores)):
            verdict = Verdict(False, SUM_NOTE)
        # "When the US expels the 10 Russian officials, which airline will fly them home?" asked alone: passages of the
        # scene its "when" clause sets, none saying a word of what it asks beyond it (nm61; SCENE_PROPER_UNSAID off
        # reads nothing)
        if (verdict.answerable and not cite_anyway and not context.questions
                and scene_proper_unsaid(question, highlights)):
            verdict = Verdict(False, SCENE_NOTE)
        # "he" or "she" asked first, answered from a recording of one voice (a lecture, a video), or of two (an
        # interview, a press conference of one speaker and the questions: half42): the voice cited, no note
        one_voice = (bool(cited) and conversation.of_a_person_only(context.pronouns)
                     and len(infos[cited[0].citation.transcript].speakers) <= PRONOUN_VOICES)
        # "before this action" in the words of the passage cited first: the recording's action, no earlier question's
        echoed = bool(cited) and conversation.speaker_phrase(context.reason, cited[0].citation.text)
        # ... and "the talks", "the sanctions", "the benchmark" of a first question, which the passage cited first
        # says: the recording's own talks, not something said earlier in a conversation there never was (rec35); not
        # where a pronoun points back too ("What did he say about the diplomats?": who is "he"?)
        echoed = echoed or (bool(cited) and not context.questions and _says_noun(context.noun, cited[0].citation.text)
                            and not conversation.pointing_pronouns(question, idioms=True))
        if context.reason and not context.questions and not one_voice and not echoed:
            verdict = Verdict(verdict.answerable,
                              " ".join(filter(None, [verdict.note, POINTS_BACK.format(context.reason)])))
        opening = ""  # what the answer line says before the cited words: a recording's date (qa.order)
        if by_order is not None:
            placed, named_recording = by_order
            note, entrances = placed.note, placed.entrances
            if verdict.answerable or named_recording:
                opening = placed.opening
                # the note of the nearest passages' verdict, less its line that the order is not read
                plain = decide(dataclasses.replace(evidence, order_asked=None), rule).note if evidence else None
                verdict = (Verdict(not placed.declines, note) if named_recording
                           else Verdict(verdict.answerable, " ".join(filter(None, (plain, note)))))
                if named_recording:  # read by position or by the labels: the nearest passages' evidence, and the
                    evidence = None  # calibrated hedge fitted on it, say nothing of what is cited (lead34)
                hits = placed.hits[:deep]
                cited = self._cite(store, searched, query, hits[:settings.k], infos, named, read, words)
                # a speaker's first passage is cited from its first sentence: where they come in
                # (an answer to what was asked, as a highlight the question's likeness chose: similarity 1)
                cited = [Highlighted(cited_at(c.citation.rank, h, infos[h.passage.transcript], units,
                                              entrance_unit(h.passage.text, units),
                                              store.text_and_turns(h.passage.transcript), sentence=True), 1.0)
                         if i < entrances and (units := store.units(h.row)) else c
                         for i, (h, c) in enumerate(zip(hits, cited))]
        # fup51: a follow-up with a topic of its own, answered: the passage its search asked alone ranks first takes
        # place ALONE_PLACE; the verdict and every rule above read the history's citations as before
        placed = (conversation.alone_first_placed(hits, alone, pool=uncut)
                  if alone is not None and verdict.answerable and by_order is None else hits)
        # fup56: an answered follow-up whose first passage is in the recording its earlier answer cited: its lower
        # citations from that recording first, before recordings its history never touched
        # (the passages that fill the places after the first are read from a search of those recordings alone, run
        # only where the first k mix recordings: the pool `ask` reads can hold none of them)
        if (conversation.ANSWERED_RECORDING_FIRST and context.answered and verdict.answerable and by_order is None
                and not cite_anyway and conversation.mixes_recordings(placed[:settings.k], context)):
            placed = conversation.answered_recording_first(placed, context, [
                h for name in dict.fromkeys(n for n, _, _ in context.answered) for h in ranked(
                    settings.k, store.transcript_rows(name) if rows is None
                    else np.intersect1d(rows, store.transcript_rows(name))).hits])
        # fup57: an answered follow-up that cites its earlier answer's passage first again: the passage of its first
        # ten that holds the most of its own words, not in that first passage, takes place OWN_PLACED_PLACE
        if (conversation.OWN_PLACED_PLACE and context.answered and verdict.answerable and by_order is None
                and not cite_anyway):
            placed = conversation.own_words_placed(placed, question, context, pool=uncut)
        if placed != hits:
            hits = placed[:deep]
            cited = self._cite(store, searched, query, hits[:settings.k], infos, named, read, words)
        # cite65: an answered question about what was asked, or who asked it: the turn that asked cited first, not
        # the reply; every decision above read the citations in their order before (qa.cite.asking_first)
        order = (asking_first(question, cited, lambda name: store.text_and_turns(name)[1])
                 if verdict.answerable and by_order is None and not cite_anyway else [])
        if order != sorted(order):
            cited = [dataclasses.replace(cited[i], citation=dataclasses.replace(cited[i].citation, rank=rank))
                     for rank, i in enumerate(order, 1)]
            hits = [hits[i] for i in order] + list(hits[len(order):])
        # hl63: an answered question that asks when: its first citation's highlight chosen again, a point in time
        # favoured (qa.cite.TIME_WEIGHT); every decision above read it as chosen without
        timed = timed_reading(read, question, searched) if verdict.answerable and cited and by_order is None else None
        if timed is not None:
            cited = [*self._cite(store, searched, query, hits[:1], infos, named, timed, words), *cited[1:]]
        answer = compose_answer(question, query.text, bool(context.questions), cited, verdict, evidence, opening)
        if not answer.citations:
            return answer, []
        # the first passages are what the citations cite: their spans, which may be a window of a long passage
        cited_spans = [dataclasses.replace(ranked_span(h), start_char=c.start_char, end_char=c.end_char, text=c.text)
                       for h, c in zip(hits, answer.citations)]
        ranked = cited_spans + [ranked_span(h) for h in hits[len(cited_spans):]]
        # qm61 (off as shipped): past the citations, a deep reading spread over a meeting's parts
        return answer, spread_reading(ranked, head=max(settings.spread_head, len(cited_spans)),
                                      radius=settings.spread_chars, weight=settings.spread_weight,
                                      spread=rapid)

    def _judged(self, question: str, nearest: Sequence[Hit], cited: Sequence[Highlighted], corpus: CorpusWords,
                allowed: Sequence[TranscriptInfo], rapid: frozenset[str], context: Context,
                rule: DeclineRule, encodings: _Encodings,
                unit_vector: Callable[[str], np.ndarray | None],
                phrase_similarities: Callable[[str, str, Evidence], tuple[float | None, float | None]] | None = None,
                word_similarity: Callable[[Sequence[str], Callable], float | None] | None = None,
                topic_neighbour: Callable[[Sequence[str], Sequence[int], float, Callable], float | None] | None = None
                ) -> tuple[Evidence, Verdict]:
        """The evidence a search leaves for whether its passages answer `question` (qa.answerable), and the verdict
        on it. `encodings`: the question's texts encoded so far; `unit_vector`: a cited sentence unit's stored
        vector by its text (`_unit_vector`); `phrase_similarities`: a topic phrase's best cosines to the source's
        sentences and to every sentence (`_phrase_similarities`, given the phrase's vector's text)."""
        evidence = gather_evidence(question, nearest, cited, corpus, allowed, rapid,
                                   follow_up=bool(context.questions), earlier=context.questions, typed=context.typed,
                                   near=(functools.partial(conversation.near_answer, context.answered)
                                         if context.answered else None))
        # whether the first highlight says the act asked in other words (only where the verb is not said in the first
        # passages themselves, the one case the relation rule reads it), or names the kind "which" asks for in other
        # words (only where that kind is said in no transcript with the question's names): three texts encoded
        # each, and only where the verdict turns on it
        relation, focus = _shifts_read(evidence, rule, bool(evidence.relation and cited
                                                            and evidence.relation_distance != 0),
                                       bool(cited and which_focus(evidence)))
        highlight = cited[0].read_highlight or cited[0].citation.text if cited else ""
        # the question's vector is the query's (`encodings`), and a highlight that is one sentence unit encoded alone
        # at ingest has its vector stored: of each shift's three texts, only the question less some words is encoded
        encodings.stored(highlight, unit_vector)
        if relation:
            evidence = dataclasses.replace(evidence, relation_shift=relation_shift(question, highlight, encodings))
        if focus:
            evidence = dataclasses.replace(evidence, focus_shift=focus_shift(
                question, evidence.focus, highlight, encodings))
        # hyp49: whether the first highlight says in other words a hypothetical's condition that no transcript says:
        # encoded only where the condition rule's verdict turns on it
        if cited and evidence.condition_unsaid and decide(evidence, rule) != decide(
                dataclasses.replace(evidence, condition_shift=float("inf")), rule):
            evidence = dataclasses.replace(evidence, condition_shift=condition_shift(
                question, evidence.condition_unsaid, highlight, encodings))
        # whether the first highlight says in other words what the named source's passages do not say: encoded only
        # where the source rule's verdict turns on it
        # ... the first highlight that is the source's own: in the recording it names, by the speaker it names
        # (scope37: "According to the Lamport episode, what is bootstrap aggregation?" was answered by the bagging
        # lecture's highlight, which is near the question with "bootstrap", as any passage that answers it is)
        own = _source_highlight(cited, source_scope(question, allowed)) if cited and evidence.source_unsaid else None
        if own is not None and decide(evidence, rule) != decide(
                dataclasses.replace(evidence, source_shift=float("inf")), rule):
            encodings.stored(own, unit_vector)
            evidence = dataclasses.replace(evidence, source_shift=focus_shift(
                question, evidence.source_unsaid, own, encodings))
        # topic42: the same for the one speaker a "what did X say about Y" question names who says none of Y's words:
        # their own first highlight, nearer the question with those words than without, may say Y otherwise
        if cited and evidence.own_topic_unsaid and decide(evidence, rule) != decide(
                dataclasses.replace(evidence, own_topic_shift=float("inf")), rule):
            own = _own_turn_highlight(cited, source_scope(question, allowed)[1])
            if own is not None:
                encodings.stored(own, unit_vector)
                evidence = dataclasses.replace(evidence, own_topic_shift=focus_shift(
                    question, evidence.own_topic_unsaid, own, encodings))
        # what the counts found count, near what "how many" asks as words alone ("companies" for "firms"): encoded
        # only where the count rule's verdict turns on it
        if evidence.count_words and decide(evidence, rule) != decide(
                dataclasses.replace(evidence, count_word_similarity=float("inf")), rule):
            evidence = dataclasses.replace(evidence, count_word_similarity=count_word_similarity(
                question, evidence.count_words, encodings))
        # ... or what the counts found count, with the words around them, near what "how many" asks as a phrase
        # ("expelling 10 Russian officials" for "staff were expelled"): a few short phrases encoded, only where the
        # count rule's verdict turns on it
        if evidence.count_found is False and cited and decide(evidence, rule) != decide(
                dataclasses.replace(evidence, count_word_similarity=float("inf")), rule):
            first = [f"{h.citation.speaker}: {h.citation.text}" for h in cited[:ANSWER_CITATIONS]]
            evidence = dataclasses.replace(evidence, count_phrase_similarity=count_phrase_similarity(
                question, first, encodings))
        # fdecl47: a topic rule's decline, its topic phrase encoded alone and compared with the stored sentence vectors
        # of the source's passages: only where such a rule declines
        verdict = decide(evidence, rule)
        if (phrase_similarities is not None and not verdict.answerable and verdict.rule in TOPIC_PHRASE_RULES
                and not evidence.follow_up):
            phrase = phrase_tested(question, evidence, verdict.rule)
            if phrase:
                source, anywhere = phrase_similarities(phrase, verdict.rule, evidence, encodings)
                evidence = dataclasses.replace(evidence, tested_phrase=phrase, phrase_source=source,
                                               phrase_anywhere=anywhere)
                verdict = decide(evidence, rule)  # decided again only where the phrase was read
        # fdecl59: the source-silent rule's decline, each word the source does not say encoded alone against the
        # source's own words encoded alone ("heatwave" and "temperatures"): read only where that rule declines and
        # the gate can answer it
        if (word_similarity is not None and not verdict.answerable and verdict.rule == "source-silent"
                and not evidence.follow_up and len(evidence.source_unsaid) >= rule.unsaid_words_least
                and rule.unsaid_word_similarity <= 1.0):
            evidence = dataclasses.replace(evidence, unsaid_word_source=word_similarity(
                evidence.source_unsaid, self._word_encode(encodings)))
            verdict = decide(evidence, rule)
        # syn64: the topic rule's decline, the words its best sections lack encoded alone against those sections' words
        # encoded alone: read only where that rule declines and the gate can answer it
        if (topic_neighbour is not None and not verdict.answerable and verdict.rule == "topic"
                and evidence.topic_sections and rule.topic_neighbour_similarity <= 1.0):
            evidence = dataclasses.replace(evidence, topic_neighbour=topic_neighbour(
                evidence.topic_read, evidence.topic_sections, rule.min_topic_coverage, self._word_encode(encodings)))
            verdict = decide(evidence, rule)
        # an acronym the user wrote out is named in the note as written ("Federal Emergency Management Agency (FEMA)")
        verdict = Verdict(verdict.answerable, acronyms_as_written(verdict.note, question))
        # "What about Japan?": the earlier question asked again of a place, which no first passage says with its topic
        topic_name = conversation.swapped_topic(question, context) if verdict.answerable else None
        speaking = speakers_named(topic_name, allowed) if topic_name else None  # "And Newsom?": source_swapped's
        if topic_name and not (speaking.labels or speaking.titled) and not conversation.swapped_topic_held(
                topic_name, context, [c.citation for c in cited]):
            verdict = Verdict(False, conversation.SWAPPED_TOPIC_NOTE.format(topic_name))
        return evidence, verdict

    def _by_order(self, question: str, hits: Sequence[Hit], nearest: Sequence[Hit], store: Store,
                  rows: np.ndarray | None,
                  allowed: Sequence[TranscriptInfo]) -> tuple[Placed, bool] | None:
        """For a question of a recording's order, of who spoke most (`asks_order`), of who speaks in it
        (`speakers_asked`) or of its date (`recording_date_asked`): the hits as `qa.order` places them (with its
        note, how many of the first hits are speakers' entrances, cited from their first sentence, and the answer
        line's opening), and whether the passages placed by position are of a recording the question names (or of
        the only one), which answer whatever the nearest passages hold; None for any other question, or when
        nothing is placed. The recording is the one the question names, else that of
        the first hit; "Who spoke most" counts the speakers of the `nearest` passages (however many are cited)."""
        place = speaker_place_asked(question)  # "Who spoke first at the wildfire meeting?": the speakers' order (ord56)
        if place is not None:
            named = _recordings_asked(allowed, place.recording, question)
            recording = named[0] if len(named) == 1 else hits[0].passage.transcript
            placed = placed_by_speaker_place(place, hits, store.transcript_rows(recording),
                                             functools.partial(_allowed_passage, store, rows),
                                             store.info(recording).title)
            if placed is not None:
                return placed, len(named) == 1
        speaking = speakers_asked(question)  # "Who spoke at the meeting?": each speaker's first passage
        if speaking is not None:
            named = _recordings_asked(allowed, question, recording_object(question))
            recording = named[0] if len(named) == 1 else hits[0].passage.transcript
            placed = placed_by_speakers(speaking, hits, store.transcript_rows(recording),
                                        functools.partial(_allowed_passage, store, rows), store.info(recording).title,
                                        interviewer(store, recording) if speaking == HOST else None)
            if placed is not None:
                return placed, len(named) == 1
        dated = recording_date_asked(question)  # "When was the Suga press conference held?": its date (rec35)
        if dated is not None:
            named = _recordings_asked(allowed, dated)
            named = named if len(named) == 1 else described_recordings(dated, named or allowed)
            if len(named) == 1:
                info = store.info(named[0])
                placed = placed_by_date(info.date, info.time, hits, store.transcript_rows(named[0]),
                                        functools.partial(_allowed_passage, store, rows), info.title)
                if placed is not None:
                    return placed, True
        where = recording_place_asked(question)  # "Where was the wildfire meeting held?": its header's place (lead38)
        if where is not None and RECORDING_PLACE:
            named = _recordings_asked(allowed, where)
            named = named if len(named) == 1 else described_recordings(where, named or allowed)
            info = store.info(named[0]) if len(named) == 1 else None
            place = None
            if info and info.format in ("text", "markdown"):
                from qa.parse.text import header_place  # the parsers only when asked: a cold `tqa ask` needs none
                place = header_place(store.text(named[0]))
            if place:
                placed = placed_by_place(place, hits, store.transcript_rows(named[0]),
                                         functools.partial(_allowed_passage, store, rows), info.title)
                if placed is not None:
                    return placed, True
        asked = asks_order(question)
        if asked == "most":
            counted = most_spoken(question, hits, nearest)
            return None if counted is None else (Placed(counted[0], counted[1], by_position=False), False)
        kind = order_kind(question) if asked == "order" else None
        if kind is None:
            return None
        named = _recordings_asked(allowed, question)
        recording = named[0] if len(named) == 1 else hits[0].passage.transcript
        placed = placed_by_order(question, kind, hits, recording, store.transcript_rows(recording),
                                 functools.partial(_allowed_passage, store, rows), store.info(recording).title)
        if placed is None:
            return None
        return placed, placed.by_position and len(named) == 1

    def _at_time(self, question: str, seconds: float, store: Store, settings: Settings, rows: np.ndarray | None,
                 transcripts: Sequence[str] | None) -> tuple[Answer, list[Passage]] | None:
        """A question asked by a time in the recording (qa.clock, docs/retrieval.md): the passage spoken at
        `seconds` in each allowed timed transcript that reaches it (those the question names, when it names some),
        in the index's order, at most k, its highlight the unit at that time; None when there is none (the question
        is then asked as any other: a time of day in a transcript without times, a time past every recording's
        end, a passage outside the speaker and role filters)."""
        infos = store.info_map()
        allowed = _allowed_infos(store, transcripts)
        named = recordings_named(question, allowed)
        if not named:  # "What did Lamport say at 11:59?": the recordings where someone it names speaks (trial29)
            speaking = speakers_named(question, allowed)
            named = tuple(i.name for i in allowed if speaking.labels & set(i.speakers)
                          or any(t == i.name for t, _ in speaking.titled))
        searched = [i for i in allowed if not named or i.name in named]
        hits, offsets, notes = [], {}, []
        for info in searched:
            row = clock.row_at(store, info.name, seconds)
            if row is not None and (rows is None or bool(np.isin(row, rows))):
                hits.append(Hit(passage=store.passage(row), score=1.0, row=row))
                if len(hits) == settings.k:  # an archive of thousands of recordings: no more reads than cited
                    break
        if not hits:  # no recording with times reaches it: a transcript whose text marks its times ("[24:23]")
            for info in searched:
                marked = clock.marked_row(store, info.name, seconds)
                if marked is not None and (rows is None or bool(np.isin(marked[0], rows))):
                    hits.append(Hit(passage=store.passage(marked[0]), score=1.0, row=marked[0]))
                    offsets[marked[0]] = marked[1]
                    notes.append(marked[2])
                    if len(hits) == settings.k:
                        break
        if not hits:
            return None
        cited = []
        for rank, hit in enumerate(hits, 1):
            units = store.units(hit.row)
            at = (clock.unit_at_char(units, offsets[hit.row]) if hit.row in offsets
                  else clock.unit_at(units, seconds))
            cited.append(cited_at(rank, hit, infos[hit.passage.transcript], units, at,
                                  store.text_and_turns(hit.passage.transcript)))
        answer = Answer(question=question, answerable=True, citations=tuple(cited), query=question,
                        answer=answer_line(cited),
                        note=" ".join(dict.fromkeys(n for n in notes if n)) or None)
        return answer, [ranked_span(h) for h in hits]

    def _score_words_ahead(self, store: Store, text: str, settings: Settings) -> Future:
        """BM25 of the question's words over the passages, their context windows and the sections, started in
        another thread while the question's vector is encoded (on a second core: the encoder keeps about one busy).
        The search reads them from where they are kept (`LexicalIndex.kept_sparse_scores`, `Windows.lexical`),
        waiting for any still being computed: the same values, computed once."""
        def work() -> None:
            if settings.mode == "dense":
                return
            scores = store.lexical.kept_sparse_scores(text)
            if settings.window_words > 0 and settings.window_lexical_weight > 0 and len(scores):
                context_windows(store, settings.window_words, settings.window_turn_words).lexical(scores)
            if settings.fusion == "convex" and settings.section_weight > 0 and store.section_count:
                store.section_lexical.kept_sparse_scores(text)

        with self._state_lock:
            if self._ahead is None:
                self._ahead = ThreadPoolExecutor(1, thread_name_prefix="tqa-bm25")
        return self._ahead.submit(work)

    def _rapid_talk(self, store: Store, max_turn_words: float) -> frozenset[str]:
        """The transcripts in rapid talk (median turn under `max_turn_words` words), once per loaded index."""
        found = self._rapid
        if found is None or found[0] is not store or found[1] != max_turn_words:
            names = frozenset(n for n in store.infos() if (store.turn_words(n) or max_turn_words) < max_turn_words)
            found = self._rapid = (store, max_turn_words, names)
        return found[2]

    def _cite(self, store: Store, question: str, query: Query, hits: Sequence[Hit],
              infos: Mapping[str, TranscriptInfo], speakers: NamedSpeakers = NamedSpeakers(),
              read: Reading | None = None,
              words: Callable[[Hit], int | None] | None = None) -> list[Highlighted]:
        """`hits` cited with their highlights (qa.cite): the sentence units and their vectors were stored at
        ingest, so a highlight is a lookup. `read`: the question as `border_pair` read it (qa.cite.read_for_citing);
        `words`: the words each hit is cited over (qa.cite.cite)."""
        row_of = {(p.transcript, p.start_char, p.end_char): r
                  for h in hits for p, r in zip((h.passage, *h.passages), (h.row, *h.rows))}
        files: dict[str, tuple] = {}

        def file_of(name: str) -> tuple:
            if name not in files:
                files[name] = store.text_and_turns(name)
            return files[name]


        def row(passage: Passage) -> int:
            return row_of[(passage.transcript, passage.start_char, passage.end_char)]

        def units_of(passage: Passage) -> list[SentenceUnit]:
            return store.units(row(passage))

        def vectors_of(passage: Passage, units: Sequence[SentenceUnit]) -> np.ndarray:
            return store.unit_vectors(row(passage))

        encode = self.query_encoder.encode if self.settings.highlight_after else None
        return cite(question, query.vector, hits, infos, units_of, vectors_of, file_of, encode,
                    self.settings.highlight_aspect, speakers, read, words)

    # ---- what is indexed ------------------------------------------------------------------------------------

    def list_transcripts(self) -> list[TranscriptInfo]:
        """The indexed transcripts, by date then name."""
        infos = list(self.store().infos().values())
        return sorted(infos, key=lambda i: (i.date or "", i.name))

    def suggestions(self, n: int = 4) -> list[str]:
        """Up to `n` questions drawn from the indexed transcripts (reporters' questions first, else their most
        distinctive topics), for a user who does not know the corpus yet. Remembered until the index changes."""
        from qa.suggest import suggest_questions

        store = self.store()
        if self._suggested is None or self._suggested[0] is not store:
            drawn = suggest_questions([(info, store.transcript(name).turns) for name, info in store.infos().items()], 5)
            self._suggested = (store, drawn)
        return self._suggested[1][:n]

    def extent(self, name: str) -> "cards.Extent":
        """How long a transcript is: its characters, and its seconds where it is timed (the last turn's end)."""
        from qa import cards

        stored = self.store().transcript(name)
        ends = [t.end_time for t in stored.turns[-3:] if t.end_time is not None]
        return cards.Extent(chars=len(stored.text), seconds=max(ends) if ends else None)

    def labels_turns(self, name: str) -> bool:
        """Whether a transcript labels some turn a question or an answer (a press conference's reporters and those
        who answer them); a podcast's, an interview's or a lecture's turns are all statements."""
        return self.store().labels_turns(name)

    def transcript_text(self, name: str) -> str:
        """The transcript's text per the offset convention (what citation spans index)."""
        return self.store().text(name)

    def speakers(self, transcripts: Sequence[str] | None = None) -> list[str]:
        store = self.store()
        infos = store.infos()
        names = {store.resolve(t) for t in transcripts} if transcripts else set(infos)
        return sorted({s for n in names for s in infos[n].speakers})

    def context(self, transcript: str, start_char: int, end_char: int, *, before: int = 2,
                after: int = 2) -> list[ContextTurn]:
        """The turns around a cited span: `before` turns ahead (always the question an answer answers), the
        cited turn(s) marked, and `after` turns behind."""
        turns = self.store().transcript(transcript).turns
        cited = [t.index for t in turns if t.start_char < end_char and t.end_char > start_char]
        if not cited:
            raise TqaError(f"{transcript}: no turn at characters {start_char}-{end_char}; the index may be stale")
        first, last = max(0, cited[0] - before), min(len(turns), cited[-1] + after + 1)
        question = turns[cited[0]].question_index
        if question is not None:
            first = min(first, question)
        return [_context_turn(t, start_char, end_char, t.index in cited) for t in turns[first:last]]


RECENT_ANSWERS = 64  # answers whose first citations a TranscriptQA keeps for the follow-ups that come after them


def _the_filtered_speaker(context: Context, speakers: Sequence[str] | None) -> bool:
    """Whether a follow-up depends on its history only through "he"/"she"/"his"/"her" while the speaker filter names
    one speaker, and has a topic of its own: the filter says who is meant, so the earlier question adds nothing
    ("What did he say about resources?" filtered to Governor Newsom after "What did the President say about
    firefighters' pay?" was searched with the President's question: trial43)."""
    return (bool(speakers) and len(speakers) == 1 and conversation.of_a_person_only(context.pronouns)
            and not context.fragment and context.noun is None and bool(context.own_words))


def _allowed_infos(store: Store, transcripts: Sequence[str] | None) -> tuple[TranscriptInfo, ...]:
    """The infos of the transcripts a question is asked of (`transcripts`, by any name `store` resolves), else the
    store's one tuple of every transcript, so that what the evidence derives from them is derived once per loaded
    index (qa.answerable.transcript_facts)."""
    if not transcripts:
        return store.all_infos()
    infos = store.info_map()
    return tuple(infos[store.resolve(t)] for t in transcripts)


def _first_speaker(store: Store, span: tuple[str, int, int]) -> str | None:
    """The label of the turn of `span` (transcript, start_char, end_char: what an earlier answer cited first) that
    holds its start; None where no turn holds it."""
    name, start, end = span
    if end <= start:
        return None
    turns = store.text_and_turns(name)[1]
    return next((t.speaker for t in turns if t.start_char <= start < t.end_char), None)


def _asked_key(question: str, earlier: Sequence[str], settings: Settings, transcripts: Sequence[str] | None,
               speakers: Sequence[str] | None, roles: Sequence[str] | None) -> tuple:
    """What an answer depends on besides the index: the question and the earlier questions it was searched with,
    the filters and the settings that rank and cite."""
    return (question, tuple(earlier), tuple(transcripts or ()), tuple(speakers or ()), tuple(roles or ()),
            settings.k, settings.mode, settings.dense_weight, settings.section_weight)


def _overlaps_any(passage: Passage, spans: Sequence[Passage]) -> bool:
    """Whether `passage` shares characters with any of `spans` in its transcript (a part's citation, `_with_parts`)."""
    return any(s.transcript == passage.transcript and s.start_char < passage.end_char
               and passage.start_char < s.end_char for s in spans)


def _party_unsaid(question: str, context: Context, store: Store) -> tuple[str, int] | None:
    """The party whose words a follow-up searched with its history asks for, where the recordings its earlier answer
    cited never report them (`qa.answerable.party_reply_unsaid`: no party that speaks in any transcript or that a
    recording's title names), with how many recordings those are; None otherwise, and for a question read alone."""
    if not context.questions or not context.answered or party_reply_asked(question) is None:
        return None  # ... read before the recordings' texts are: most follow-ups ask no party's reply
    names = tuple(dict.fromkeys(name for name, _, _ in context.answered))
    infos = store.all_infos()
    speakers = [s for info in infos for s in (*info.speakers, *(n for _, n in info.speaker_names))]
    # each recording's title, and its publisher: the host of its address ("bidenwhitehouse.archives.gov")
    titles = [t for n in names for t in (store.info(n).title,
                                         urllib.parse.urlsplit(store.info(n).media_url or "").netloc) if t]
    party = party_reply_unsaid(question, [store.text(n) for n in names], speakers, titles)
    return None if party is None else (party, len(names))


def _kept_instead(answer: Answer, ranked: list[Passage], other: Answer, deep: list[Passage],
                  why: str, declined: bool = False) -> tuple[Answer, list[Passage]]:
    """`other` (the question asked again another way: with its history, or alone) in place of `answer` when it is
    confident and its first passages hold the question's own words (`conversation.keep_fallback`; `declined`: the
    evidence fallback of a question declined alone, which keeps an uncertain `other` too), its note saying `why`;
    else `answer` and its `ranked` passages as they were."""
    coverage = other.evidence.top_coverage if other.evidence is not None else 0.0
    if not other.citations or not conversation.keep_fallback(other.answerable, other.note, coverage, declined):
        return answer, ranked
    return dataclasses.replace(other, note=" ".join(filter(None, [other.note, why]))), deep


def _source_rows(store: Store, rows: np.ndarray | None, source: Source) -> np.ndarray:
    """The passages of a source a question names (its transcripts, its speakers, and those labelled by title alone
    whom it names) among `rows` (None: all)."""
    parts = [store.transcript_rows(t) for t in source.transcripts]
    if source.speakers:
        try:
            parts.append(store.rows(None, list(source.speakers)))
        except TqaError:  # a speaker who only says backchannels ("Yes."), kept as no passage: none of their own
            parts.append(np.zeros(0, np.int64))
    # a speaker labelled by a title alone whom the question names ("Harris": THE VICE PRESIDENT), where the
    # transcript is not already among the source's
    parts += [store.label_rows(t, label) for t, label in source.titled if t not in source.transcripts]
    if len(parts) == 1:
        found = parts[0]  # already ascending and unique
    elif parts:
        # the union by a mask over the rows: np.unique sorted a speaker's rows across every transcript (175 ms at 1M)
        mask = np.zeros(store.rows_total, dtype=bool)
        for part in parts:
            mask[part] = True
        found = np.flatnonzero(mask).astype(np.int64)
    else:
        found = np.zeros(0, np.int64)
    return found if rows is None else np.intersect1d(found, rows)


def _turn_rows(store: Store, rows: np.ndarray | None, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
    """The passages that each (transcript, speaker label) of `pairs` speaks in that transcript, among `rows` (None:
    all): a speaker's own words, where `_source_rows` also holds every passage of the transcripts a source's name
    is in the title of, and no speaker labelled by a title alone ("THE PRESIDENT" of a meeting whose title names
    Biden)."""
    by_label: dict[str, list[str]] = {}
    for transcript, label in pairs:
        by_label.setdefault(label, []).append(transcript)
    mask = np.zeros(store.rows_total, dtype=bool)
    for label, transcripts in by_label.items():  # one pass a label, whatever the number of its transcripts
        try:
            mask[store.rows(transcripts, [label])] = True
        except TqaError:  # a label none of whose turns is a passage of its own (short turns of rapid talk, merged)
            pass
    found = np.flatnonzero(mask).astype(np.int64)
    return found if rows is None else np.intersect1d(found, rows)


def _recordings_asked(allowed: Sequence[TranscriptInfo], *phrases: str) -> tuple[str, ...]:
    """The recordings that the first of `phrases` to name any names (`recordings_named`), else the only one of
    `allowed` (an index of one recording): where a question of a recording's speakers, date or order is read."""
    for phrase in phrases:
        named = recordings_named(phrase, allowed)
        if named:
            return named
    return tuple(t.name for t in allowed if len(allowed) == 1)


def _says_noun(noun: str | None, text: str) -> bool:
    """Whether `text` says `noun` (a "the" + noun's noun, `conversation.Context.noun`), by stem, word by word."""
    wanted = content_stems(noun) if noun else frozenset()
    return bool(wanted) and wanted <= content_stems(text)


def _unit_cosines(store: Store, row: int, unit: np.ndarray) -> np.ndarray:
    """The cosine of each stored sentence-unit vector of passage `row` to `unit` (a unit-length vector, `_as_unit`)."""
    vectors = store.unit_vectors(row)
    if not len(vectors):
        return np.zeros(0, np.float32)
    return vectors @ unit / np.maximum(np.linalg.norm(vectors, axis=1), 1e-9)


def _as_unit(vector: np.ndarray) -> np.ndarray:
    """`vector` as float32 of length 1 (as it is where its length is 0)."""
    unit = np.asarray(vector, dtype=np.float32)
    return unit / (float(np.linalg.norm(unit)) or 1.0)


def _best_cosines(store: Store, hits: Sequence[Hit], vector: np.ndarray) -> list[float | None]:
    """Per hit, the highest cosine between `vector` and its passage's sentence-unit vectors (None: none stored)."""
    unit = _as_unit(vector)
    found: list[float | None] = []
    for hit in hits:
        cosines = _unit_cosines(store, hit.row, unit)
        found.append(float(np.max(cosines)) if len(cosines) else None)
    return found


def _best_unit_texts(store: Store, hits: Sequence[Hit], vector: np.ndarray) -> list[str | None]:
    """Per hit, the text of its sentence unit nearest `vector` and of the unit after it in the same passage, over the
    hit's passages that are not a labelled question (an exchange's answer; None: no unit stored)."""
    unit = _as_unit(vector)
    found: list[str | None] = []
    for hit in hits:
        best, text = -2.0, None
        for row in hit.rows or (hit.row,):
            passage = store.passage(row) if row != hit.row else hit.passage
            cosines = _unit_cosines(store, row, unit) if passage.role != "question" else np.zeros(0)
            if not len(cosines):
                continue
            i = int(np.argmax(cosines))
            if float(cosines[i]) > best:
                units = store.units(row)
                best, text = float(cosines[i]), " ".join(passage.text[u.start:u.end] for u in units[i:i + 2])
        found.append(text)
    return found


def _allowed_passage(store: Store, rows: np.ndarray | None, row: int) -> Passage | None:
    """The passage of store row `row` when it is live and among `rows` (the question's filters; None: all)."""
    if not 0 <= row < store.rows_total or not store.live[row] or (rows is not None and not np.any(rows == row)):
        return None
    return store.passage(row)


def _party_speakers(transcripts: Sequence[TranscriptInfo], phrase: str) -> frozenset:
    """The speaker labels (and title-labelled speakers) of `transcripts` that `phrase` resolves to as a source
    (qa.answerable.resolve_source): none for someone who never speaks ("Moscow", "the Americans")."""
    source = resolve_source(phrase, transcripts)
    return frozenset(source.speakers) | frozenset(source.titled)


def _with_roles(store: Store, rows: np.ndarray | None, roles: Sequence[str] | None) -> np.ndarray | None:
    """`rows` (None: all) narrowed to passages of `roles`."""
    if not roles:
        return rows
    unknown = sorted(set(roles) - set(ROLES))
    if unknown:
        raise TqaError(f"unknown role {', '.join(unknown)}: choose among {', '.join(ROLES)}")
    keep = store.rows_with_roles(roles)
    return keep if rows is None else np.intersect1d(rows, keep)


def warm_evaluation() -> None:
    """Compile the comparison's Fisher randomization test now (numba, in ranx: about a minute the first time on 2
    cores, then cached on disk), so that the first `--compare --test fisher` a user runs does not sit silent."""
    import numpy as np
    from ranx.statistical_tests import fisher_randomization_test

    fisher_randomization_test(np.zeros(2), np.ones(2), 10, 0.05, 42)


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name) if _LAZY[name] != "qa" else \
            importlib.import_module(f"qa.{name}")
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


def _own_turn_highlight(cited: Sequence[Highlighted], labels: Collection[str]) -> str | None:
    """The highlight (as the decline reads it) of the first of `cited` whose highlight lies in a turn spoken by one of
    `labels`: in an exchange cited as the answerer's, not the question's sentence before it ("Today I am with Tomas
    Berg" of the host's turn; topic42). None where none is."""
    for h in cited:
        c = h.citation
        turn = next((t for t in c.turns if t.text_start <= c.highlight_start < t.text_end), None)
        if (turn.speaker if turn is not None else c.speaker) in labels:
            return h.read_highlight or c.text
    return None


def _source_highlight(cited: Sequence[Highlighted], scope: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """The highlight (as the decline reads it) of the first of `cited` that is the named source's own
    (`qa.answerable.source_scope`: in one of its recordings, if it names any; by one of its speakers, if it names
    any); None where none is."""
    recordings, labels = scope
    for h in cited:
        if (not recordings or h.citation.transcript in recordings) and (not labels or h.citation.speaker in labels):
            return h.read_highlight or h.citation.text
    return None
