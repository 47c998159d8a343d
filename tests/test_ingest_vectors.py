"""Ingest's vectors: sentence units pooled from their passage's forward pass, and results independent of batching."""

import json
from pathlib import Path

import numpy as np
import pytest

from embeddings.encoder import load_encoder
from embeddings.pooling import BATCH_CLOSE_MIN, batches, unit
from qa.api import TranscriptQA
from qa.config import BUNDLED_CORPUS, INGEST_PRECISIONS, Settings, ingest_precision_for, ingest_runtime_for
from qa.errors import IndexMismatchError, TqaError
from qa.parse import parse_bytes
from tests.conftest import SEED

MODEL = Settings().model


def _seed_passages(settings: Settings):
    """The seed transcript's parsed pieces, as a pipeline of `settings` makes them."""
    qa = TranscriptQA(settings)
    from qa.ingest import Pipeline, Source

    pipeline = Pipeline(settings, qa.encoder)
    parsed = pipeline.parse(Source(SEED.name, SEED.read_bytes(), None))
    return pipeline, parsed


def test_pooled_passage_vectors_equal_a_plain_encode():
    encoder = load_encoder(MODEL)
    texts = ["Host: How many hives do you keep?", "Anna Smith: I keep fourteen hives on the roof. They do well."]
    vectors, _ = encoder.encode_with_spans(texts, [[(6, 33)], [(12, 42), (43, 55)]])
    assert np.allclose(vectors, encoder.encode(texts), atol=1e-5)


def test_pooled_unit_vectors_stay_nearest_their_units_encoded_alone(tmp_path):
    pipeline, parsed = _seed_passages(Settings(index_dir=tmp_path, unit_vectors="pooled"))
    texts, spans, unit_texts = pipeline.texts([parsed])
    _, pooled = pipeline.embed_pooled(texts, spans, None)
    alone = pipeline.embed(unit_texts, None)
    # measured on this transcript: mean cosine 0.68 (a unit's tokens carry their passage's context), and 94 of the
    # 125 units of multi-unit passages are nearest their own unit encoded alone among their passage's units
    assert (pooled * alone).sum(axis=1).mean() > 0.6
    own, counted, at = 0, 0, 0
    for unit_spans in spans:
        n = len(unit_spans)
        if n > 1:
            own += int((np.argmax(pooled[at:at + n] @ alone[at:at + n].T, axis=1) == np.arange(n)).sum())
            counted += n
        at += n
    assert own / counted > 0.65


def test_bf16_ingest_vectors_agree_with_fp32(tmp_path):
    """bf16 changes no ranking: every passage and sentence-unit vector of the seed transcript is within
    cosine 0.999 of fp32's (measured on 8 QMSum val meetings: passages 0.99998 on average, lowest 0.99996)."""
    vectors = {}
    for precision in ("fp32", "bf16"):
        pipeline, parsed = _seed_passages(Settings(index_dir=tmp_path / precision, ingest_precision=precision))
        vectors[precision] = pipeline.vectors([parsed], None)
    for fp32, bf16 in zip(vectors["fp32"], vectors["bf16"]):
        assert fp32.shape == bf16.shape and len(fp32) > 0
        assert (fp32 * bf16).sum(axis=1).min() >= 0.999
    pipeline, parsed = _seed_passages(Settings(index_dir=tmp_path / "pooled", ingest_precision="bf16",
                                               unit_vectors="pooled"))
    passages, _ = pipeline.vectors([parsed], None)
    assert (passages * vectors["fp32"][0]).sum(axis=1).min() >= 0.999  # pooling keeps the passage vectors


def test_bf16_runs_the_model_with_bf16_weights_pooled_in_float32():
    """bf16 embeds with a bfloat16 copy of the model's weights (not autocast, which casts at every layer and gives
    other vectors): the vectors are those of such a copy's token embeddings, mean-pooled in float32."""
    import copy

    import torch
    from sentence_transformers import SentenceTransformer

    from embeddings.encoder import resolve_model

    encoder = load_encoder(MODEL)
    texts = ["Anna Smith: I keep fourteen hives on the roof. They do well in the heat of the summer.",
             "Host: How many hives do you keep?", "Ben: Mm."]
    # sentence-transformers' own Transformer module: the encoder may load the model without it, to the same vectors
    reference = SentenceTransformer(resolve_model(MODEL), device="cpu", local_files_only=True)
    module = copy.deepcopy(reference[0]).to(torch.bfloat16)
    features = reference.tokenizer(texts, padding=True, return_tensors="pt")  # one batch, longest first, as ingest
    with torch.inference_mode():
        tokens = module(dict(features))["token_embeddings"].float()
    mask = features["attention_mask"][..., None].float()
    expected = unit(((tokens * mask).sum(1) / mask.sum(1)).numpy())
    for vectors in (encoder.encode(texts, precision="bf16"),
                    encoder.encode_with_spans(texts, [[(0, 10)], [], []], precision="bf16")[0]):
        assert np.abs(vectors - expected).max() < 1e-6
    assert (vectors * encoder.encode(texts)).sum(axis=1).min() > 0.9995  # and within bf16's reach of fp32


def test_auto_precision_is_bf16_only_where_the_cpu_reports_bf16_instructions(tmp_path):
    here = ingest_precision_for("auto")
    assert here in ("fp32", "bf16") and Settings().ingest_precision == "auto"
    amx, avx2, empty = tmp_path / "amx", tmp_path / "avx2", tmp_path / "empty"
    amx.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512f amx_bf16 amx_tile\n", encoding="utf-8")
    avx2.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 fma\n", encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    assert ingest_precision_for("auto", amx) == "bf16"
    assert ingest_precision_for("auto", avx2) == "fp32"
    assert ingest_precision_for("auto", empty) == "fp32"
    assert ingest_precision_for("auto", tmp_path / "no-such-file") == "fp32"  # another OS: no /proc/cpuinfo
    for setting in INGEST_PRECISIONS[1:]:  # an explicit setting wins on any CPU
        assert ingest_precision_for(setting, amx) == ingest_precision_for(setting, avx2) == setting
    with pytest.raises(TqaError, match="unknown ingest precision"):
        Settings().replace(ingest_precision="fast")


def test_auto_precision_is_fp32_where_onednn_is_capped_below_bf16(tmp_path):
    """On a bf16 CPU whose oneDNN is capped at AVX2 (ONEDNN_MAX_CPU_ISA), bf16 ingest is several times slower than
    fp32 (docs/scale.md, "AVX2 (avx33)"): `auto` reads the cap as the CPU's flags."""
    bf16 = tmp_path / "bf16"
    bf16.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512bw avx512_bf16\n", encoding="utf-8")
    assert ingest_precision_for("auto", bf16, {}) == "bf16"
    for cap in ("AVX2", "avx2", "AVX512_CORE", "AVX512_CORE_VNNI", " SSE41 "):
        assert ingest_precision_for("auto", bf16, {"ONEDNN_MAX_CPU_ISA": cap}) == "fp32"
        assert ingest_precision_for("auto", bf16, {"DNNL_MAX_CPU_ISA": cap}) == "fp32"
        assert ingest_precision_for("bf16", bf16, {"ONEDNN_MAX_CPU_ISA": cap}) == "bf16"  # an explicit setting wins
    for cap in ("AVX512_CORE_BF16", "AVX512_CORE_AMX", "ALL", "", "nonsense"):
        assert ingest_precision_for("auto", bf16, {"ONEDNN_MAX_CPU_ISA": cap}) == "bf16"
    # oneDNN reads ONEDNN_MAX_CPU_ISA before DNNL_MAX_CPU_ISA
    assert ingest_precision_for("auto", bf16, {"ONEDNN_MAX_CPU_ISA": "ALL", "DNNL_MAX_CPU_ISA": "AVX2"}) == "bf16"
    assert ingest_precision_for("auto", bf16, {"ONEDNN_MAX_CPU_ISA": "AVX2", "DNNL_MAX_CPU_ISA": "ALL"}) == "fp32"
    # the cap never makes a CPU without bf16 instructions bf16
    avx2 = tmp_path / "avx2"
    avx2.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 fma\n", encoding="utf-8")
    assert ingest_precision_for("auto", avx2, {"ONEDNN_MAX_CPU_ISA": "ALL"}) == "fp32"


def test_an_auto_index_answers_as_fp32_and_takes_either_precision(tmp_path):
    """An index ingested with the default (bf16 on a CPU with bf16 instructions) gives fp32's first citations, and
    one index takes ingests of both precisions with no mismatch: ingest_precision does not shape an index."""
    qa = TranscriptQA(Settings(index_dir=tmp_path / "auto"))
    report = qa.ingest([BUNDLED_CORPUS])
    assert report.precision == ingest_precision_for("auto") and not report.errors
    fp32 = TranscriptQA(Settings(index_dir=tmp_path / "fp32", ingest_precision="fp32"))
    assert fp32.ingest([BUNDLED_CORPUS]).precision == "fp32"
    for question in ("How many American diplomats will be told to leave Russia?",
                     "What is the state of the Open Skies Treaty?", "And what about Poland?"):
        ours, theirs = qa.ask(question, k=3).citations, fp32.ask(question, k=3).citations
        assert [(c.transcript, c.start_char, c.highlight) for c in ours] == \
            [(c.transcript, c.start_char, c.highlight) for c in theirs]
    for precision in ("fp32", "bf16"):  # an update in the other precision, then asked by a plain fp32 reader
        other = TranscriptQA(Settings(index_dir=tmp_path / "auto", ingest_precision=precision))
        report = other.ingest_bytes(f"copy-{precision}.txt", SEED.read_bytes())
        assert report.precision == precision and report.passages_embedded > 0
    reader = TranscriptQA(Settings(index_dir=tmp_path / "auto", ingest_precision="fp32"))
    assert len(reader.list_transcripts()) == 3 and reader.ask("And what about Poland?", k=3).citations


def test_a_span_past_the_length_limit_is_encoded_alone():
    encoder = load_encoder(MODEL)
    text = "word " * 400 + "The bees flourish on the library roof."
    start = text.index("The bees")
    _, spans = encoder.encode_with_spans([text], [[(start, len(text))]])
    assert np.allclose(spans[0], encoder.encode([text[start:]])[0], atol=1e-5)


def test_ingest_gives_the_same_index_at_any_batch_size(tmp_path):
    stores = []
    for batch in (3, 32):
        qa = TranscriptQA(Settings(index_dir=tmp_path / f"b{batch}", batch_size=batch, unit_vectors="pooled"))
        qa.ingest([BUNDLED_CORPUS])
        stores.append(qa.store())
    small, large = stores
    rows = np.arange(len(small))
    assert len(small) == len(large) and [small.passage(r) for r in rows] == [large.passage(r) for r in rows]
    assert (small.vectors(rows) * large.vectors(rows)).sum(axis=1).min() > 0.9999
    units = np.concatenate([small.unit_vectors(r) * large.unit_vectors(r) for r in rows]).sum(axis=1)
    assert units.min() > 0.999  # unit vectors are stored as float16: rounding moves the cosine by up to ~1e-4


def test_the_onnx_export_pools_spans_as_the_torch_model_does(seed_qa):
    onnx = seed_qa.query_encoder  # the local fp32 ONNX export of the same model
    texts = ["Host: How many hives do you keep?", "Anna Smith: I keep fourteen hives on the roof. They do well."]
    spans = [[(6, 33)], [(12, 42), (43, 55)]]
    vectors, pooled = onnx.encode_with_spans(texts, spans)
    torch_vectors, torch_pooled = load_encoder(MODEL).encode_with_spans(texts, spans)
    assert np.allclose(vectors, onnx.encode(texts), atol=1e-5)
    assert (vectors * torch_vectors).sum(axis=1).min() > 0.9999
    assert pooled.shape == (3, onnx.dim) and (pooled * torch_pooled).sum(axis=1).min() > 0.9999


def test_int8_ingest_pools_units_from_its_own_forward_pass(tmp_path, seed_qa):
    qa = TranscriptQA(Settings(index_dir=tmp_path / "int8", ingest_precision="int8", unit_vectors="pooled"))
    qa.ingest([BUNDLED_CORPUS])
    store, reference = qa.store(), seed_qa.store()
    rows = np.arange(len(reference))
    assert [store.passage(r) for r in rows] == [reference.passage(r) for r in rows]
    assert (store.vectors(rows) * reference.vectors(rows)).sum(axis=1).mean() > 0.98
    units = np.concatenate([store.unit_vectors(r) * reference.unit_vectors(r) for r in rows]).sum(axis=1)
    assert 0.5 < units.mean() < 0.9  # pooled in their passage (mean 0.68 in fp32), not encoded alone (about 1)
    assert "Poland" in qa.ask("And what about Poland?", k=3).citations[0].highlight


def test_window_ingest_embeds_consecutive_passages_in_one_pass_and_keeps_them(tmp_path, seed_qa):
    qa = TranscriptQA(Settings(index_dir=tmp_path / "window", ingest_passes="window"))
    qa.ingest([BUNDLED_CORPUS])
    store, reference = qa.store(), seed_qa.store()
    rows = np.arange(len(reference))
    assert [store.passage(r) for r in rows] == [reference.passage(r) for r in rows]
    cosines = (store.vectors(rows) * reference.vectors(rows)).sum(axis=1)
    # measured on this transcript: mean 0.93, lowest 0.78 (a passage's context is its window, not its turn's end)
    assert cosines.mean() > 0.9 and cosines.min() > 0.7 and cosines.max() < 0.9999
    assert all(len(store.unit_vectors(r)) == len(reference.unit_vectors(r)) for r in rows)
    assert "Poland" in qa.ask("And what about Poland?", k=3).citations[0].highlight


def test_sums_of_tokens_are_those_of_the_forward_pass_that_gives_the_vectors():
    encoder = load_encoder(MODEL)
    texts = ["Anna Smith: I keep fourteen hives on the roof.", "They do well."]
    vectors, sums, cut_sums = encoder.encode_with_sums(texts, [[0, 12], []])
    assert np.allclose(vectors, encoder.encode(texts), atol=1e-5)
    assert np.allclose(cut_sums[0], sums[0], atol=1e-4)  # every token starts at or after offset 0
    # from offset 12 on: the tokens of "I keep fourteen hives on the roof.", less than the whole, in its direction
    assert not np.allclose(cut_sums[1], sums[0], atol=1e-2) and float(unit(cut_sums[1]) @ unit(sums[0])) > 0.5


def test_units_ingest_encodes_each_unit_alone_and_sums_each_passage_from_their_tokens(tmp_path, seed_qa):
    qa = TranscriptQA(Settings(index_dir=tmp_path / "units", ingest_passes="units"))
    qa.ingest([BUNDLED_CORPUS])
    store, reference = qa.store(), seed_qa.store()
    rows = np.arange(len(reference))
    assert [store.passage(r) for r in rows] == [reference.passage(r) for r in rows]
    units = np.concatenate([store.unit_vectors(r) * reference.unit_vectors(r) for r in rows]).sum(axis=1)
    assert units.min() > 0.999  # the units' own vectors, as "passage" ingest encodes them (stored as float16)
    cosines = (store.vectors(rows) * reference.vectors(rows)).sum(axis=1)
    # measured on this transcript: mean 0.85 (a passage's tokens are no longer encoded with each other)
    assert 0.75 < cosines.mean() < 0.95
    encoder = load_encoder(MODEL)
    later = [r for r in rows[1:] if store.passage(r).turn_index == store.passage(r - 1).turn_index]
    assert later  # a turn's later passages carry no context: their speaker label's tokens and their units' tokens
    for r in later:
        p = store.passage(r)
        texts = [f"{p.speaker}:"] + [p.text[u.start:u.end] for u in store.units(r)]
        _, sums, _ = encoder.encode_with_sums(texts, [[] for _ in texts], precision=ingest_precision_for(qa.settings.ingest_precision))
        assert float(unit(sums.sum(axis=0)) @ store.vectors([r])[0]) > 0.999
    assert "Poland" in qa.ask("And what about Poland?", k=3).citations[0].highlight


def test_units_ingest_adds_and_removes_as_a_rebuild_does(tmp_path):
    other = tmp_path / "meeting.txt"
    other.write_text((Path(__file__).parent / "data" / "formats" / "colon-labels.txt").read_text(encoding="utf-8"),
                     encoding="utf-8")
    grown = TranscriptQA(Settings(index_dir=tmp_path / "grown", ingest_passes="units"))
    grown.ingest([other])
    grown.ingest([SEED])
    grown.remove("meeting.txt")
    clean = TranscriptQA(Settings(index_dir=tmp_path / "clean", ingest_passes="units"))
    clean.ingest([SEED])
    ours, theirs = grown.store(), clean.store()
    rows, clean_rows = ours.transcript_rows(SEED.name), theirs.transcript_rows(SEED.name)
    assert [ours.passage(r) for r in rows] == [theirs.passage(r) for r in clean_rows]
    # bf16 (the default `auto` where the CPU has it): a vector also depends on the texts batched with it
    assert (ours.vectors(rows) * theirs.vectors(clean_rows)).sum(axis=1).min() > 0.9999


def test_an_unknown_ingest_passes_is_refused_with_a_clear_message():
    with pytest.raises(TqaError, match="ingest_passes"):
        Settings().replace(ingest_passes="sentence")


def test_pooled_ingest_encodes_units_of_few_tokens_alone_and_pools_the_rest(tmp_path):
    settings = Settings(index_dir=tmp_path, unit_vectors="pooled", unit_alone_tokens=8)
    pipeline, parsed = _seed_passages(settings)
    texts, spans, unit_texts = pipeline.texts([parsed])
    _, pooled = pipeline.embed_pooled(texts, spans, None)
    alone = pipeline.embed(unit_texts, None)
    passage_vectors, vectors = pipeline.vectors([parsed], None)
    short = np.array(pipeline.encoder.count_tokens(unit_texts)) <= 8
    assert 0 < short.sum() < len(short)  # the seed transcript has both (12 of its 125 units are this short)
    assert (vectors[short] * alone[short]).sum(axis=1).min() > 0.9999
    assert (vectors[~short] * pooled[~short]).sum(axis=1).min() > 0.9999
    assert np.allclose(passage_vectors, pipeline.embed(texts, None), atol=1e-3)


def test_unit_alone_tokens_shapes_the_index_and_refuses_a_negative_count(tmp_path):
    TranscriptQA(Settings(index_dir=tmp_path, unit_vectors="pooled", unit_alone_tokens=6)).ingest([SEED])
    with pytest.raises(IndexMismatchError, match="unit_alone_tokens"):
        TranscriptQA(Settings(index_dir=tmp_path, unit_vectors="pooled")).ask("Who spoke?")
    with pytest.raises(TqaError, match="unit_alone_tokens"):
        Settings().replace(unit_alone_tokens=-1)


def test_auto_pools_the_units_of_rapid_talk_and_encodes_those_of_long_turns_alone(tmp_path):
    """unit_vectors "auto" (the default): a transcript whose median turn is under POOLED_TURN_WORDS words (here a
    meeting of short turns) has its units pooled from its passages' pass; one of long turns (the seed) has them
    encoded alone. Ingested together or each under the explicit setting, the vectors are the same."""
    from qa.ingest import POOLED_TURN_WORDS
    from qa.store import median_turn_words

    meeting = Path(__file__).parent / "data" / "formats" / "colon-labels.txt"
    assert median_turn_words(parse_bytes(meeting.read_bytes(), meeting.name).turns) < POOLED_TURN_WORDS
    both = TranscriptQA(Settings(index_dir=tmp_path / "auto"))
    assert both.settings.unit_vectors == "auto"
    both.ingest([meeting, SEED])
    for name, kind in ((meeting.name, "pooled"), (SEED.name, "separate")):
        alone = TranscriptQA(Settings(index_dir=tmp_path / kind, unit_vectors=kind))
        alone.ingest([meeting if kind == "pooled" else SEED])
        ours, theirs = both.store(), alone.store()
        rows, their_rows = ours.transcript_rows(name), theirs.transcript_rows(name)
        units = np.concatenate([ours.unit_vectors(r).astype(np.float32) * theirs.unit_vectors(o)
                                for r, o in zip(rows, their_rows)]).sum(axis=1)
        assert len(units) and units.min() > 0.999  # float16 storage, bf16 batches
        assert (ours.vectors(rows) * theirs.vectors(their_rows)).sum(axis=1).min() > 0.9999


def test_units_said_encoded_alone_have_the_question_encoders_vector_of_their_text(tmp_path):
    """`units_encoded_alone` says where a stored unit vector is its text as the question's encoder encodes it (the
    decline's shifts read it for a one-unit highlight instead of encoding it): the seed's units (long turns) within
    cosine 0.999; a meeting of short turns under unit_vectors "auto" is said not to be (pooled: its units carry their
    passages' context)."""
    from qa.store import units_encoded_alone

    meeting = Path(__file__).parent / "data" / "formats" / "colon-labels.txt"
    qa = TranscriptQA(Settings(index_dir=tmp_path))
    qa.ingest([meeting, SEED])
    store, settings = qa.store(), qa.settings
    said = {}
    for name in (meeting.name, SEED.name):
        said[name] = units_encoded_alone(settings.unit_vectors, settings.ingest_passes, settings.ingest_precision,
                                         store.turn_words(name))
        rows = store.transcript_rows(name)[:8]
        texts = [store.passage(r).text[u.start:u.end] for r in rows for u in store.units(r)]
        stored = np.concatenate([store.unit_vectors(r) for r in rows])
        cosines = (stored * qa.query_encoder.encode(texts)).sum(axis=1)
        if said[name]:
            assert cosines.min() > 0.999
        else:
            assert cosines.mean() < 0.95
    assert said == {meeting.name: False, SEED.name: True}
    assert not units_encoded_alone("separate", "passage", "int8", 100.0)
    assert not units_encoded_alone("separate", "window", "fp32", 100.0)


def test_an_index_from_before_auto_opens_under_it_and_separate_asks_for_a_rebuild(tmp_path):
    """An index whose manifest records no unit_vectors (written under the earlier default, separate, or under auto)
    opens and takes ingests under auto; asking it with separate, now another value than the default, is refused
    with the fix."""
    TranscriptQA(Settings(index_dir=tmp_path)).ingest([SEED])
    assert "unit_vectors" not in json.loads((tmp_path / "manifest.json").read_text())["segmenting"]
    assert TranscriptQA(Settings(index_dir=tmp_path)).ask("Who spoke?").question
    with pytest.raises(IndexMismatchError, match="unit_vectors.*--rebuild"):
        TranscriptQA(Settings(index_dir=tmp_path, unit_vectors="separate")).ask("Who spoke?")


def test_span_vectors_of_texts_tokenized_once_are_those_of_each_text_alone():
    """encode_with_spans tokenizes its texts once (repeated texts too) and pads each batch itself."""
    encoder = load_encoder(MODEL)
    texts = ["Anna: We keep fourteen hives. They do well.", "Ben: Yeah.", "Anna: We keep fourteen hives. They do well."]
    spans = [[(6, 29), (30, 43)], [(5, 10)], [(6, 29)]]
    vectors, span_vectors = encoder.encode_with_spans(texts, spans, batch_size=2)
    for text, text_spans, row, first in zip(texts, spans, vectors, (0, 2, 3)):
        alone, alone_spans = encoder.encode_with_spans([text], [text_spans])
        assert np.allclose(row, alone[0], atol=1e-5)
        assert np.allclose(span_vectors[first:first + len(text_spans)], alone_spans, atol=1e-5)


def test_a_batch_closes_before_a_much_shorter_text_and_each_text_keeps_its_vector():
    """A batch is padded to its longest text: once it holds BATCH_CLOSE_MIN texts it closes before a much shorter
    one, so a few long passages do not pad the many short ones after them (fewer tokens through the model)."""
    lengths = [120] * BATCH_CLOSE_MIN + [12] * 40
    rows = batches(lengths, 32)
    assert sorted(np.concatenate(rows).tolist()) == list(range(len(lengths)))
    assert max(len(b) for b in rows) <= 32
    padded = sum(max(lengths[i] for i in b) * len(b) for b in rows)
    assert padded == sum(lengths)  # fixed batches of 32 would read 32 * 120 + 16 * 12 tokens
    encoder = load_encoder(MODEL)
    long = " ".join(["Anna: We keep fourteen hives on the roof and they do well every summer."] * 6)
    texts = [f"{long} {i}" for i in range(BATCH_CLOSE_MIN)] + [f"Ben: Yeah {i}." for i in range(12)]
    spans = [[(6, 40)]] * BATCH_CLOSE_MIN + [[(5, 9)]] * 12
    vectors, span_vectors = encoder.encode_with_spans(texts, spans)
    for i in (0, BATCH_CLOSE_MIN, len(texts) - 1):
        alone, alone_spans = encoder.encode_with_spans([texts[i]], [spans[i]])
        assert np.allclose(vectors[i], alone[0], atol=1e-5) and np.allclose(span_vectors[i], alone_spans[0], atol=1e-5)


def test_rapid_context_words_shorten_the_context_of_rapid_talk_only(tmp_path):
    """rapid_context_words: a meeting of short turns embeds that many words of the turn before its turns' first
    passages; a transcript of long turns (the seed) keeps context_words. It shapes the index when set."""
    from qa.ingest import Pipeline

    meeting = Path(__file__).parent / "data" / "formats" / "colon-labels.txt"
    texts = {}
    for rapid in (-1, 2):
        settings = Settings(index_dir=tmp_path / str(rapid), rapid_context_words=rapid)
        pipeline = Pipeline(settings, TranscriptQA(settings).encoder)
        for f in (meeting, SEED):
            transcript = parse_bytes(f.read_bytes(), f.name)
            texts[rapid, f.name] = pipeline.embedding_texts(transcript, pipeline.segment(transcript))
    assert texts[-1, SEED.name] == texts[2, SEED.name]
    shortened = [(a, b) for a, b in zip(texts[-1, meeting.name], texts[2, meeting.name]) if a != b]
    assert shortened and all(len(b) < len(a) and "\n(after " in b for a, b in shortened)
    tails = [b.split("\n(after ")[1].split(": ", 1)[1].rstrip(")").split() for _, b in shortened]
    assert all(len([w for w in tail if w != "…"]) <= 2 for tail in tails)
    TranscriptQA(Settings(index_dir=tmp_path / "index", rapid_context_words=2)).ingest([meeting])
    with pytest.raises(IndexMismatchError, match="rapid_context_words"):
        TranscriptQA(Settings(index_dir=tmp_path / "index")).ask("Who spoke?")
    with pytest.raises(TqaError, match="rapid_context_words"):
        Settings().replace(rapid_context_words=-2)


def test_auto_runtime_is_onnx_only_where_auto_precision_gives_fp32(tmp_path):
    """ingest_runtime auto embeds through the fp32 ONNX export where ingest_precision auto chose fp32 (a CPU without
    bf16 instructions, or oneDNN capped below them: docs/scale.md, "ONNX Runtime fp32 for ingest"), torch elsewhere;
    an explicit setting wins, and bf16 and int8 keep their own paths."""
    bf16, avx2 = tmp_path / "bf16", tmp_path / "avx2"
    bf16.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512bw avx512_bf16\n", encoding="utf-8")
    avx2.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 fma\n", encoding="utf-8")
    assert Settings().ingest_runtime == "auto"
    assert ingest_runtime_for("auto", "auto", avx2, {}) == "onnx"
    assert ingest_runtime_for("auto", "auto", tmp_path / "no-such-file", {}) == "onnx"  # fp32 on another OS
    assert ingest_runtime_for("auto", "auto", bf16, {}) == "torch"  # bf16 runs in torch
    assert ingest_runtime_for("auto", "auto", bf16, {"ONEDNN_MAX_CPU_ISA": "AVX2"}) == "onnx"
    assert ingest_runtime_for("auto", "fp32", avx2, {}) == "torch"  # fp32 asked for by name: today's path
    assert ingest_runtime_for("torch", "auto", avx2, {}) == "torch"
    for cpu in (bf16, avx2):
        assert ingest_runtime_for("onnx", "fp32", cpu, {}) == "onnx"
        assert ingest_runtime_for("onnx", "bf16", cpu, {}) == ingest_runtime_for("onnx", "int8", cpu, {}) == "torch"
    assert ingest_runtime_for("onnx", "auto", bf16, {}) == "torch"
    assert ingest_runtime_for("onnx", "auto", avx2, {}) == "onnx"
    with pytest.raises(TqaError, match="unknown ingest runtime"):
        Settings().replace(ingest_runtime="fast")


def test_onnx_fp32_ingest_stores_the_torch_paths_vectors(tmp_path, seed_qa):
    """The fp32 ONNX export (made by the seed fixture's ingest) embeds the seed to torch's fp32 vectors: passages
    with their context, units pooled from their passage's pass and units encoded alone; the same passages and
    first citations."""
    for units in ("pooled", "separate"):
        built = {}
        for runtime in ("torch", "onnx"):
            qa = TranscriptQA(Settings(index_dir=tmp_path / f"{units}-{runtime}", ingest_precision="fp32",
                                       ingest_runtime=runtime, unit_vectors=units))
            report = qa.ingest([BUNDLED_CORPUS])
            assert (report.precision, report.runtime) == ("fp32", runtime) and not report.errors
            built[runtime] = qa
        ours, theirs = built["onnx"].store(), built["torch"].store()
        rows = np.arange(len(theirs))
        assert len(ours) == len(theirs) and [ours.passage(r) for r in rows] == [theirs.passage(r) for r in rows]
        assert np.abs(ours.vectors(rows) - theirs.vectors(rows)).max() < 1e-5
        assert (ours.vectors(rows) * theirs.vectors(rows)).sum(axis=1).min() > 0.9999
        units_ours = np.concatenate([ours.unit_vectors(r) for r in rows]).astype(np.float32)
        units_theirs = np.concatenate([theirs.unit_vectors(r) for r in rows]).astype(np.float32)
        assert units_ours.shape == units_theirs.shape and np.abs(units_ours - units_theirs).max() < 2e-3  # float16
        question = "How many American diplomats will be told to leave Russia?"
        assert [(c.start_char, c.highlight) for c in built["onnx"].ask(question, k=3).citations] == \
            [(c.start_char, c.highlight) for c in built["torch"].ask(question, k=3).citations]
