"""The upload's progress as the page shows it (ui38, docs/ui.md "ui38"): one real server, Debian's chromium at a
laptop's and a phone's viewport, two transcripts uploaded at once."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import running_ui
# browser and page: test_app_browser's fixtures, here over this module's own server
from tests.test_app_browser import CHROMIUM, DATA, UPLOAD_WAIT_MS, VIEWPORTS, browser, page  # noqa: F401

assert CHROMIUM.exists()  # test_app_browser skips this module with its reason where chromium is absent
pytestmark = pytest.mark.browser
# every text the status beside the table shows while the upload runs (Gradio's progress is gone when it ends)
RECORD = """() => { window.shownProgress = [];
  new MutationObserver(() => document.querySelectorAll('#corpus-status .progress-level-inner, #corpus-status .progress-text')
    .forEach(e => window.shownProgress.push(e.innerText.trim())))
  .observe(document.body, {subtree: true, childList: true, characterData: true}); }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui-ui38")) as (address, tqa):
        yield address, tqa


def test_an_upload_of_two_files_says_which_file_of_two_and_that_files_share(page, tmp_path):
    """Seven files showed "500/700 steps" and "Indexing NAME: embedding passages - 71.4%", the whole upload's
    share under one file's name (trial37)."""
    names = [f"{stem}-{page.viewport_name}{suffix}" for stem, suffix in
             (("council-meeting", ".txt"), ("harbour-podcast", ".md"))]
    shutil.copy(DATA / "riverside-council-bicycle-lane-2024-03-05.txt", tmp_path / names[0])
    shutil.copy(DATA / "tidewater-podcast-episode-12.md", tmp_path / names[1])
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#upload").wait_for()
    page.locator("#upload-files input[type=file]").set_input_files([str(tmp_path / n) for n in names])
    for name in names:  # the box lists each file, its name's stem and suffix apart
        page.locator("#upload-files").get_by_text(name.rsplit(".", 1)[0]).first.wait_for(timeout=UPLOAD_WAIT_MS)
    page.evaluate(RECORD)
    page.locator("#upload").click()
    status = page.locator("#corpus-status")
    for name in names:
        status.get_by_text(f"{name}: added").wait_for(timeout=UPLOAD_WAIT_MS)
    shown = page.evaluate("window.shownProgress")
    assert any(re.search(rf"Indexing file 2 of 2, {re.escape(names[1])}: .* - \d+\.\d%", s) for s in shown), shown
    assert not any(re.search(r"\d+/200 steps", s) for s in shown), shown  # no count of the whole upload's steps
