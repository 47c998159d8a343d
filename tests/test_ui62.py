"""What a new user met in the page (ui62): Debian's chromium, driven by Playwright, against a real server
(`tests.conftest.running_ui`, launched as `tqa serve` launches it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import free_port, running_ui, shared_path
from tests.test_app_browser import CHROMIUM, CHROMIUM_ARGS, UPLOAD_WAIT_MS, WAIT_MS, sync_api

pytestmark = pytest.mark.browser
FORMATS = Path(__file__).parent / "data" / "formats"


@pytest.fixture(scope="module")
def ui(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui62")) as (address, tqa):
        yield address, tqa


@pytest.fixture()
def page(ui):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            page.set_default_timeout(WAIT_MS)
            page.goto(ui[0])
            yield page
        finally:
            browser.close()


def picker(box) -> list[str]:
    """The suffixes a file box's picker offers."""
    return [s.strip() for s in (box.locator("input[type=file]").get_attribute("accept") or "").split(",")]


def test_a_file_of_another_type_dropped_with_transcripts_is_named_not_an_error_badge(page, tmp_path):
    """A producer dropped a folder's captions with its cover art (cover.png) on the Corpus tab's box: Gradio's own
    type check put a red "Error" over the box, hiding the captions chosen with it, and said why only in a toast gone
    in 10 s; Add then indexed the captions and never named the picture. Now the box lists both, Add names the
    picture as not indexed, and the picker still offers transcripts and recordings only."""
    captions = tmp_path / "ferry-briefing.srt"
    shutil.copy(FORMATS / "diarized.srt", captions)
    cover = tmp_path / "cover.png"
    cover.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    page.get_by_role("tab", name="Corpus").click()
    box = page.locator("#upload-files")
    accept = picker(box)
    assert ".srt" in accept and ".mp3" in accept and ".png" not in accept, accept
    box.locator("input[type=file]").set_input_files([str(captions), str(cover)])
    box.get_by_text("cover").first.wait_for()
    page.wait_for_timeout(1500)  # Gradio's check, where it runs, answers at once
    assert "Error" not in box.inner_text()
    page.locator("#upload").click()
    status = page.locator("#corpus-status")
    status.get_by_text("cover.png: not a transcript file name").wait_for(timeout=UPLOAD_WAIT_MS)
    assert "ferry-briefing.srt: added" in status.inner_text()
    assert "ferry-briefing" in page.locator("#corpus-table").inner_text()


def test_a_question_file_of_another_type_is_refused_by_name_in_the_phase_line(page, tmp_path):
    """The same in the Evaluation tab: a transcript chosen for the question file was a bare "Error" badge and a
    toast; now Run says "not run: NAME: unknown question file type …" where the phases are said."""
    wrong = tmp_path / "questions.srt"
    shutil.copy(FORMATS / "diarized.srt", wrong)
    page.get_by_role("tab", name="Evaluation").click()
    box = page.locator("#eval-file")
    assert picker(box) == [".jsonl", ".csv"]
    box.locator("input[type=file]").set_input_files(str(wrong))
    box.get_by_text("questions").first.wait_for()
    page.wait_for_timeout(1500)
    assert "Error" not in box.inner_text()
    page.locator("#eval-run").click()
    page.locator("#eval-phase").get_by_text("not run: questions.srt: unknown question file type '.srt'").wait_for()


def test_the_question_bar_takes_no_room_for_empty_lines_on_a_phone(ui):
    """At 390x844 the question bar fixed at the bottom was 151 px high, though its input and buttons take 64: the
    empty notice and start-up line each kept 20 px and a 16-px gap (the CSS that hid them matched Gradio 5's markup
    only). Now the bar is its row and padding while nothing is said, and a refusal still shows in it."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            page.set_default_timeout(WAIT_MS)
            page.goto(ui[0])
            page.locator("#question textarea").wait_for()
            bar, row = page.locator("#askbar"), page.locator("#askbar #ask")
            assert bar.bounding_box()["height"] <= row.bounding_box()["height"] + 30, bar.bounding_box()
            page.locator("#ask").click()  # nothing typed
            page.locator("#notice").get_by_text("Type a question first.").wait_for()
            notice = page.locator("#notice").bounding_box()
            assert notice["height"] > 0 and notice["y"] >= bar.bounding_box()["y"]
            page.locator("#question textarea").fill("How will Russia respond to the expulsion of its diplomats?")
            page.locator("#ask").click()
            page.locator(".tqa-reply .tqa-card").first.wait_for()
            page.wait_for_function("!document.querySelector('.tqa-pending')")
            assert not page.locator("#notice").is_visible()
            assert bar.bounding_box()["height"] <= row.bounding_box()["height"] + 30, bar.bounding_box()
        finally:
            browser.close()


def test_a_file_chosen_while_add_runs_stays_in_the_box_to_add_next(page, tmp_path):
    """A producer added a long interview, and while it was embedded chose the next episode's captions: when the
    first Add ended, the box was emptied, the captions with it, unsent and unsaid. The box now keeps what was
    chosen while Add ran (the files Add was given are still emptied: their copies are deleted), and Add adds it."""
    first = tmp_path / "lamport-interview.md"
    shutil.copy(shared_path("data", "transcripts", "changelog-552-leslie-lamport-interview.md"), first)
    second = tmp_path / "ferry-episode.srt"
    shutil.copy(FORMATS / "diarized.srt", second)
    page.get_by_role("tab", name="Corpus").click()
    box, status = page.locator("#upload-files"), page.locator("#corpus-status")
    box.locator("input[type=file]").set_input_files(str(first))
    box.get_by_text("lamport-interview").first.wait_for()
    page.locator("#upload").click()
    status.get_by_text("Indexing").first.wait_for()
    box.locator("input[type=file]").set_input_files(str(second))
    box.get_by_text("ferry-episode").first.wait_for()
    assert status.get_by_text("Indexing").first.is_visible(), "the first Add ended before the second file was chosen"
    status.get_by_text("lamport-interview.md: added").wait_for(timeout=UPLOAD_WAIT_MS)
    page.wait_for_timeout(1500)  # the box's emptying step
    assert "ferry-episode" in box.inner_text() and "lamport-interview" not in box.inner_text()
    page.locator("#upload").click()
    status.get_by_text("ferry-episode.srt: added").wait_for(timeout=UPLOAD_WAIT_MS)
    assert "lamport-interview" not in status.inner_text()  # not sent again
    page.wait_for_timeout(1500)
    assert "ferry-episode" not in box.inner_text()


def test_a_broken_pdf_upload_logs_our_line_only(tmp_path):
    """`tqa serve`'s terminal has our log only: a broken PDF added in the page printed pypdf's bare "EOF marker not
    found" above our "upload refused: notes.pdf: not a readable PDF …" (logging's last resort, for loggers with no
    handler). A real `tqa serve` in a process of its own, its terminal read."""
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    shutil.copy(FORMATS / "diarized.srt", corpus / "ferry.srt")
    broken = tmp_path / "notes.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    port = free_port()
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(Path(__file__).parent.parent))
    server = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--index", str(tmp_path / "index"), "--corpus",
                               str(corpus), "--data", str(data), "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
                page.set_default_timeout(WAIT_MS)
                for _ in range(600):
                    try:
                        page.goto(f"http://127.0.0.1:{port}/")
                        break
                    except sync_api.Error:
                        time.sleep(0.5)
                page.get_by_role("tab", name="Corpus").click()
                page.locator("#upload-files input[type=file]").set_input_files(str(broken))
                page.locator("#upload-files").get_by_text("notes").first.wait_for()
                page.locator("#upload").click()
                page.locator("#corpus-status").get_by_text("notes.pdf: not a readable PDF").wait_for(
                    timeout=UPLOAD_WAIT_MS)
            finally:
                browser.close()
    finally:
        server.terminate()
        out = server.communicate(timeout=60)[0]
    assert "upload refused: notes.pdf: not a readable PDF" in out
    assert "EOF marker" not in out, out
