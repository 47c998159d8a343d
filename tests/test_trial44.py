"""What a new user's trial found (trial44, docs/ui.md "New user's trial (trial44)"): real files, index, model."""

from __future__ import annotations

from pathlib import Path

from qa.api import TranscriptQA
from qa.config import Settings

# an interview of 24 turns: a few dozen texts (passages and sentence units), one call of the encoder at batch size 8
INTERVIEW = "\n\n".join(
    f"{'Host' if i % 2 == 0 else 'Guest'}: Turn {i} is about the harbour ferries and the tides. "
    f"The captain said the crossing on day {i} took longer because the wind rose in the afternoon."
    for i in range(24))


def test_an_ingest_of_one_small_file_shows_progress_before_it_is_done(tmp_path):
    """trial43 left open, trial44 met again: "Indexing file 1 of 4, …: embedding passages - 0.0%" for 90 s, then
    the next file. The meter moved per call of `batch_size * 8` texts, and a file of a few dozen passages is one
    call. It now moves per batch of `batch_size` texts, the batches the encoder runs anyway (the vectors are the
    same)."""
    path = tmp_path / "ferries.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    told = []
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index", batch_size=8))
    report = tqa.ingest([path], progress=lambda done, total, what: told.append((done, total)))
    assert report.added and report.passages_embedded >= 12, report
    total = told[-1][1]
    assert told[-1] == (total, total)
    between = sorted({done for done, _ in told if 0 < done < total})
    assert len(between) >= 2, told  # before: only 0 and the whole
    assert [d for d, _ in told] == sorted(d for d, _ in told)  # never backwards


def test_a_follow_up_saying_he_with_one_speaker_filtered_is_asked_as_if_alone(wildfires_qa):
    """trial43 left open: "What did he say about resources?" with the speaker filter set to Governor Newsom was
    searched with the question before it ("What did the President say about firefighters' pay?"), though the
    filter says who "he" is. With one speaker filtered, a follow-up that depends on its history only through he /
    she and has a topic of its own is asked as if alone; without the filter, or with two speakers, it still
    follows."""
    first = "What did the President say about firefighters' pay?"
    follow = "What did he say about resources?"
    newsom = [s for s in wildfires_qa.speakers() if "NEWSOM" in s.upper()]
    assert len(newsom) == 1, wildfires_qa.speakers()
    filtered = wildfires_qa.ask(follow, history=[first], speakers=newsom)
    assert not filtered.history_used and "firefighter" not in filtered.query.lower(), filtered.query
    assert filtered.citations and {c.speaker for c in filtered.citations} == set(newsom)
    alone = wildfires_qa.ask(follow, speakers=newsom)
    assert [c.start_char for c in filtered.citations] == [c.start_char for c in alone.citations]
    assert wildfires_qa.ask(follow, history=[first]).history_used  # no filter: "he" is the President, as before
    two = [newsom[0], next(s for s in wildfires_qa.speakers() if s not in newsom)]
    assert wildfires_qa.ask(follow, history=[first], speakers=two).history_used
    # a follow-up with no topic of its own still takes the earlier question's topic, filter or not
    assert wildfires_qa.ask("What did he say?", history=[first], speakers=newsom).history_used


# captions with two broken cues among sound ones: read, and two warnings (docs/formats.md)
PART_BROKEN = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nThe ferry leaves at nine from the north pier.\n\n"
               "00:00:05.000 --> 00:0x:08.000\nBroken timing cue about tides.\n\n"
               "00:00:09.000 --> 00:00:07.000\nReversed cue about the harbour master.\n\n"
               "00:00:12.000 --> 00:00:15.000\nTickets are sold on board only.\n")


def test_the_parts_of_a_file_read_with_a_doubt_are_said_by_tqa_ingest_and_the_upload_line(tmp_path):
    """A user of bad input ingested a VTT with a broken timing and a cue that ends before it starts: "1 added" and
    nothing more, from `tqa ingest` and from the page's upload line, though docs/formats.md says a file "ingests
    what is sound and reports the rest" (the warnings were kept in the index only). Both now name each line."""
    from click.testing import CliRunner

    from qa import corpus_files
    from qa.cli import main

    path = tmp_path / "ferry.vtt"
    path.write_text(PART_BROKEN, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(path), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    assert "warning: ferry.vtt: line 6: the timing '00:00:05.000 --> 00:0x:08.000' cannot be read" in result.output
    assert "warning: ferry.vtt: line 9: the cue ends before it starts" in result.output
    again = CliRunner().invoke(main, ["ingest", str(path), "--index", str(tmp_path / "index")])
    assert "1 unchanged" in again.output and "warning" not in again.output  # said once, when it is read

    tqa = TranscriptQA(Settings(index_dir=tmp_path / "page-index", data_dir=tmp_path / "data"))
    done, failed = corpus_files.add_uploads(tqa, [corpus_files.Upload(path, "ferry.vtt")])
    assert not failed and len(done) == 1
    assert done[0].startswith("ferry.vtt: added, 1 passage; 2 parts read with a doubt or skipped: line 6: "), done
    assert "line 9: the cue ends before it starts" in done[0] and "ferry.vtt: line" not in done[0]


def test_tqa_ingest_names_the_transcripts_it_removed(tmp_path):
    """The analyst deleted a file from their folder and ran `tqa ingest FOLDER` again: "0 added, 0 updated,
    1 removed, 2 unchanged" without saying which. It now names them."""
    from click.testing import CliRunner

    from qa.cli import main

    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "ferries.txt").write_text(INTERVIEW, encoding="utf-8")
    (folder / "pier.txt").write_text("Host: Where is the pier?\n\nGuest: The pier is north of the old harbour wall.\n",
                                     encoding="utf-8")
    index = str(tmp_path / "index")
    assert CliRunner().invoke(main, ["ingest", str(folder), "--index", index]).exit_code == 0
    (folder / "pier.txt").unlink()
    result = CliRunner().invoke(main, ["ingest", str(folder), "--index", index])
    assert result.exit_code == 0, result.output
    assert "0 added, 0 updated, 1 removed, 1 unchanged" in result.output
    assert "removed, their files gone from the folders given: pier.txt" in result.output
    assert "ferries.txt" not in result.output


def test_the_readme_library_steps_run_as_written(tmp_path, monkeypatch):
    """The analyst followed README's "Use it as a library" from a notebook: asking worked, but how to evaluate a
    question file from the library was written nowhere (`summary_table(run)` and `summary_table(run, 5)` failed:
    it takes the metrics). README now shows it; this runs every Python block of that section as written, in a
    folder holding `corpus/` and a `my-questions.csv` of the kind docs/evaluation.md describes."""
    import re
    import shutil

    from qa.config import BUNDLED_CORPUS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it as a library", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 2 and "run_eval" in blocks[1]
    shutil.copytree(BUNDLED_CORPUS, tmp_path / "corpus")
    (tmp_path / "my-questions.csv").write_text(
        "id,question,transcript,gold_quotes,answerable,category\n"
        "d1,How many US diplomats will be asked to leave Russia?,lavrov-selakovic-press-conference-2021-04-16.txt,"
        "We will respond in kind by proposing that 10 US diplomats leave Russia.,true,numbers\n"
        "u1,What did Lavrov say about the Super Bowl?,,,false,\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), scope)  # noqa: S102  (the README's own code)
    assert (tmp_path / "hit-at-k.png").stat().st_size > 0
    out = tmp_path / "eval-out" / "mine"
    assert {"results.jsonl", "metrics.json", "report.html"} <= {p.name for p in out.iterdir()}
    assert [r.question.id for r in scope["run"].results] == ["d1", "u1"]
    assert "numbers" in scope["run"].metrics["per_category"]


def test_a_file_with_no_text_to_index_says_what_was_read_with_a_doubt(tmp_path):
    """A Whisper JSON whose one segment has a broken time and two words: its words are kept (a broken time no longer
    drops them), too few for a passage, and the refusal said only "no text to index after parsing". It now names
    the doubt too, quoting the file's content as text."""
    from qa.errors import TqaError

    path = tmp_path / "short.json"
    path.write_text('{"segments": [{"start": "soon", "end": 1, "text": "hello there"}]}', encoding="utf-8")
    tqa = TranscriptQA(Settings(index_dir=tmp_path / "index"))
    report = tqa.ingest([path])
    assert not report.added and report.errors == (
        "short.json: no text to index after parsing (segment 1 (line 1): broken time start='soon' end=1; the words "
        "are kept, without a time)",)
    try:
        tqa.ingest_bytes("short.json", path.read_bytes())
    except TqaError as exc:
        assert "broken time start='soon'" in str(exc)
    else:
        raise AssertionError("refused")
