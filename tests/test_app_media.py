"""Recordings: a transcript with a media file of the same name beside it plays, inside the page, from the
highlight's time; an upload may carry its recording. The recording is made here by espeak-ng and sox (Debian
packages that .ci/run installs) with a subtitle file whose cues match it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from gradio_client import Client, handle_file

from tests.conftest import running_ui

CHROMIUM = Path("/usr/bin/chromium")
for tool in ("espeak-ng", "sox", "soxi"):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is absent: install Debian's espeak-ng and sox to make the test recording",
                    allow_module_level=True)

CUES = ["Good morning and welcome to the harbour briefing.",
        "The new ferry timetable starts on the first of May.",
        "At rush hour the boats will leave every twelve minutes.",
        "Tickets for the ferry will cost two euros for adults."]
QUESTION = "How often will the boats leave at rush hour?"
GAP_S = 0.6


def _stamp(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def make_recording(folder: Path, stem: str) -> tuple[Path, Path, list[float]]:
    """`stem.srt` and `stem.wav` that say the same cues at the same times; returns them and each cue's start."""
    folder.mkdir(parents=True, exist_ok=True)
    pieces, starts, at, blocks = [], [], 0.0, []
    silence = folder / "gap.wav"
    subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", str(silence), "trim", "0", str(GAP_S)], check=True)
    for n, text in enumerate(CUES, 1):
        piece = folder / f"cue{n}.wav"
        subprocess.run(["espeak-ng", "-s", "190", "-w", str(piece), text], check=True, capture_output=True)
        length = float(subprocess.run(["soxi", "-D", str(piece)], check=True, capture_output=True, text=True).stdout)
        starts.append(at)
        blocks.append(f"{n}\n{_stamp(at)} --> {_stamp(at + length)}\n{text}\n")
        pieces += [str(piece), str(silence)]
        at += length + GAP_S
    wav, srt = folder / f"{stem}.wav", folder / f"{stem}.srt"
    subprocess.run(["sox", *pieces, str(wav)], check=True)
    srt.write_text("\n".join(blocks), encoding="utf-8")
    for leftover in [silence, *folder.glob("cue*.wav")]:
        leftover.unlink()
    return srt, wav, starts


def _at_a_cue(seconds: float, starts: list[float]) -> bool:
    return any(abs(seconds - start) <= 0.05 for start in starts)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("recorded-corpus")
    srt, wav, starts = make_recording(corpus, "harbour-briefing")
    with running_ui(tmp_path_factory.mktemp("ui-media"), corpus_from=corpus) as (address, tqa):
        yield address, tqa, starts


def test_answer_cites_the_recording_beside_the_transcript(recorded):
    url, _, starts = recorded
    answer = Client(url, verbose=False).predict(QUESTION, api_name="/ask")
    top = answer["citations"][0]
    assert top["media_url"].startswith("file://") and ".wav#t=" in top["media_url"]
    # the highlight holds the answering cue, maybe with its better neighbour before it; its time is its first cue's
    assert "every twelve minutes" in top["highlight"]
    assert _at_a_cue(top["highlight_start_time"], starts[1:3])


def test_upload_carries_its_recording(recorded, tmp_path):
    url, tqa, starts = recorded
    srt, wav, _ = make_recording(tmp_path / "upload", "ferry-briefing-recorded")
    status, _ = Client(url, verbose=False).predict([handle_file(str(srt)), handle_file(str(wav))], api_name="/upload")
    assert "ferry-briefing-recorded.srt: added with its recording" in status
    assert (tqa.settings.data_dir / "ferry-briefing-recorded.wav").read_bytes() == wav.read_bytes()


def test_the_corpus_table_and_tqa_list_say_which_transcripts_have_a_recording(recorded, tmp_path):
    """trial44: the Corpus table did not say which transcripts had a recording; a card's player was the only sign."""
    from click.testing import CliRunner

    import app
    from qa import cards
    from qa.cli import main

    _, tqa, _ = recorded
    rows = {row["name"]: row for row in app.corpus_rows(tqa)}
    assert rows["harbour-briefing.srt"]["recording"] == "plays here"
    assert '<th>Recording</th>' in cards.corpus_table_html(list(rows.values()))
    listed = CliRunner().invoke(main, ["list", "--index", str(tqa.settings.index_dir)]).output
    assert "    recording: file://" in listed and "harbour-briefing.wav" in listed
    # a transcript with no recording says nothing of one
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "quay-notes.srt").write_text("1\n00:00:00,000 --> 00:00:02,000\nThe quay opens at nine.\n",
                                         encoding="utf-8")
    tqa.ingest(bare)  # one folder, as a Path: not a list of them
    again = tqa.ingest(str(bare / "quay-notes.srt"))  # one file, as a string: not its characters
    assert again.unchanged == ("quay-notes.srt",) and not again.errors
    assert {row["name"]: row for row in app.corpus_rows(tqa)}["quay-notes.srt"]["recording"] == ""


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [{"width": 1400, "height": 900}, {"width": 390, "height": 844}])
def test_card_plays_the_recording_from_the_highlight_time(recorded, viewport):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    url, _, starts = recorded
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--autoplay-policy=no-user-gesture-required"])
        try:
            page = browser.new_page(viewport=viewport)
            page.set_default_timeout(60_000)
            page.goto(url)
            page.locator("#question textarea").fill(QUESTION)
            page.locator("#question textarea").press("Enter")
            card = page.locator("#conversation .tqa-card").first
            card.wait_for()
            play = card.locator(".tqa-play")
            start = float(play.get_attribute("data-start"))
            assert _at_a_cue(start, starts[1:3])
            assert "Play from 00:00:0" in play.inner_text()
            play.click()
            media = card.locator("audio")
            media.evaluate("m => new Promise(done => { const check = () => m.currentTime > 0 ? done() : "
                           "setTimeout(check, 50); check(); })")
            now = media.evaluate("m => m.currentTime")
            assert start - 0.05 <= now < start + 3  # playing from the highlight
        finally:
            browser.close()
