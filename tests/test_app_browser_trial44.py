"""What the chat says while `tqa serve` still embeds at start (trial44): Debian's chromium, driven by Playwright,
against a real server started as `tqa serve` starts it (`app.serving`)."""

from __future__ import annotations

import re
import shutil

import pytest

import app
from qa.api import Settings
from qa.config import BUNDLED_CORPUS
from tests.conftest import free_port, shared_path
from tests.test_app_browser import CHROMIUM, CHROMIUM_ARGS, WAIT_MS, sync_api

pytestmark = pytest.mark.browser


def test_a_refusal_shown_while_the_start_up_embeds_stays(tmp_path):
    """trial43 left open: while the start-up still embedded, each second's tick wrote its indexing line into the
    chat's notice under the question box, so "The question is 4,999 characters long; keep it under 2,000 …" lasted
    a second. The start-up line now has an element of its own (#chat-starting); the refusal stays in #notice."""
    data = tmp_path / "data"
    data.mkdir()
    for path in shared_path("data", "transcripts").iterdir():  # several files: the start-up embeds a while
        if path.suffix in {".md", ".json", ".vtt", ".srt"}:
            shutil.copy(path, data / path.name)
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=BUNDLED_CORPUS, data_dir=data, port=free_port())
    demo, tqa, starting = app.serving(settings)
    try:
        app.launch(demo, tqa, port=settings.port, block=False)
        for _ in range(6000):  # until it embeds
            if starting.indexing or starting.done.is_set():
                break
            starting.done.wait(0.1)
        assert starting.indexing, "the start-up should still be embedding seven transcripts"
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
                page.set_default_timeout(WAIT_MS)
                page.goto(f"http://127.0.0.1:{settings.port}/")
                line = page.locator("#chat-starting")
                line.get_by_text("Indexing the corpus and data folders").wait_for()
                page.locator("#question textarea").fill("why " * 1250)
                page.locator("#ask").click()
                notice = page.locator("#notice")
                notice.get_by_text("The question is 4,999 characters long; keep it under 2,000").wait_for()
                page.wait_for_timeout(3500)  # three ticks or more of the start-up timer
                still = starting.indexing
                assert "keep it under 2,000" in notice.inner_text()
                assert "Indexing" not in notice.inner_text()
                assert still, "the start-up ended before the ticks: nothing was checked"
            finally:
                browser.close()
        assert starting.done.wait(900) and starting.message == ""
    finally:
        demo.close()


def test_a_refused_question_file_is_not_shown_under_the_next_runs_progress(tmp_path):
    """The analyst chose a CSV with a misspelt `question` column in the Evaluation tab ("not run: …: line 2: missing
    `question` …"), then a good file, and ran it: under the new run's progress the old "not run: q-missing.csv …"
    stayed in view until the run ended, as if the new file had been refused. The line is now emptied first."""
    from tests.conftest import running_ui
    from tests.test_app_browser import DATA

    bad = tmp_path / "q-missing.csv"
    bad.write_text("id,questoin\n1,How will Russia respond?\n", encoding="utf-8")
    with running_ui(tmp_path / "ui") as (address, _):
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
                page.set_default_timeout(WAIT_MS)
                page.goto(address)
                page.get_by_role("tab", name="Evaluation").click()
                page.locator("#eval-file input[type=file]").set_input_files(str(bad))
                page.locator("#eval-file").get_by_text("q-missing.csv").first.wait_for()
                page.locator("#eval-run").click()
                phase = page.locator("#eval-phase")
                phase.get_by_text("not run: q-missing.csv").wait_for()
                page.locator("#eval-file button[aria-label='Clear']").first.click()
                page.locator("#eval-file input[type=file]").set_input_files(str(DATA / "questions.jsonl"))
                page.locator("#eval-file").get_by_text("questions.jsonl").first.wait_for()
                page.evaluate("""() => { window.tqaPhases = [];
                    new MutationObserver(() => window.tqaPhases.push(document.querySelector('#eval-phase').innerText))
                      .observe(document.querySelector('#eval-phase'),
                               {subtree: true, childList: true, characterData: true}); }""")
                page.locator("#eval-run").click()
                phase.get_by_text("done: ").wait_for(timeout=180_000)
                seen = page.evaluate("() => window.tqaPhases")
                # (the click's own step may flash the old line for a moment; no phase of the new run shows it)
                running = [t for t in seen if re.search(r"indexing the corpus|asking|scoring|plots|report", t)]
                assert running and not [t for t in running if "not run" in t], seen
            finally:
                browser.close()
