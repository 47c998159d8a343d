"""One file added in two tabs of the page (trial42): Debian's chromium, driven by Playwright, against a real server.
Both tabs choose the same file (Gradio keeps one server copy of it); the first Add indexes it, the second said "not
indexed: …: the server no longer holds this upload (it was added or refused already); choose the file again"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import running_ui
from tests.test_app_browser import CHROMIUM, CHROMIUM_ARGS, DATA, UPLOAD_WAIT_MS, WAIT_MS, choose_file, sync_api

pytestmark = pytest.mark.browser


def test_the_second_tab_to_add_a_file_says_it_reused_the_first_tabs_add(tmp_path):
    upload = tmp_path / "harbour-ferry-timetable.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes() + b"\nHarbourmaster: The late ferry is at ten.\n")
    with running_ui(tmp_path / "server") as (address, tqa), sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            tabs = [context.new_page(), context.new_page()]
            for tab in tabs:
                tab.set_default_timeout(WAIT_MS)
                tab.goto(address)
                tab.locator(".tqa-suggestion").first.wait_for()
                choose_file(tab, upload)  # both tabs hold the file before either adds it
            for tab in tabs:
                tab.locator("#upload").click()
                outcome = re.compile(r"harbour-ferry-timetable\.txt: (added|indexed)|not indexed")
                tab.locator("#corpus-status").get_by_text(outcome).first.wait_for(timeout=UPLOAD_WAIT_MS)
            first, second = (tab.locator("#corpus-status").inner_text() for tab in tabs)
            assert "harbour-ferry-timetable.txt: added" in first
            assert "not indexed" not in second and "choose the file again" not in second, second
            assert "indexed moments before by an earlier Add of the same file" in second
            tabs[1].locator("#corpus-table").get_by_text("harbour-ferry-timetable.txt").wait_for()
            assert [t.name for t in tqa.list_transcripts()].count("harbour-ferry-timetable.txt") == 1
            assert (Path(tqa.settings.data_dir) / upload.name).read_bytes() == upload.read_bytes()
        finally:
            browser.close()
