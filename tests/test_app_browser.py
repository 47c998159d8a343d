"""The page as a user sees it: Debian's chromium, driven by Playwright, against a real server.

Set TQA_UPDATE_SCREENSHOT=1 to refresh docs/screenshot-chat.png from the chat test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import running_ui

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the browser "
                "tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

pytestmark = pytest.mark.browser
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DATA = Path(__file__).parent / "data" / "ui"
SCREENSHOT = Path(__file__).parent.parent / "docs" / "screenshot-chat.png"
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui-browser")) as (address, _):
        yield address


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser, url):
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(url)
    yield page
    context.close()


def ask(page, question: str, nth_reply: int) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    page.locator("#chat .tqa-answer").nth(nth_reply).wait_for()


def test_reply_highlights_the_answer_and_opens_in_context(page, tmp_path):
    ask(page, "How many American diplomats will be told to leave Russia?", 0)
    reply = page.locator("#chat .tqa-answer").first
    assert "10 US diplomats leave Russia" in reply.locator("p").first.inner_text()
    assert "[1]" in reply.inner_text() and "Sergey Lavrov" in reply.inner_text()
    assert "10 US diplomats leave Russia" in reply.locator("mark").first.inner_text()

    ask(page, "And what about Poland?", 1)
    assert "Poland" in page.locator("#chat .tqa-answer").nth(1).inner_text()

    page.locator("#picker label").first.click()
    cited = page.locator("#context .tqa-cited mark").first
    cited.wait_for()
    assert "Poland" in cited.inner_text()
    assert page.locator("#context .tqa-turn").count() >= 2  # the turns around it, the question among them
    assert "question" in page.locator("#context").inner_text()
    copy = page.locator("#copy-citation textarea")
    assert copy.input_value().startswith("“") and "Sergey Lavrov" in copy.input_value()

    page.wait_for_timeout(500)  # the page scrolls the reply and the cited span into view
    page.screenshot(path=str(tmp_path / "chat.png"))
    if os.environ.get("TQA_UPDATE_SCREENSHOT"):
        shutil.copyfile(tmp_path / "chat.png", SCREENSHOT)


def test_uploaded_transcript_is_listed_and_answers(page):
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#upload-files input[type=file]").set_input_files(str(DATA / "script-injection.txt"))
    page.locator("#upload-files").get_by_text("script-injection.txt").first.wait_for()
    page.locator("#upload").click()
    page.locator("#upload-status").get_by_text("script-injection.txt: added").wait_for()
    assert page.get_by_role("cell", name="script-injection.txt").count() == 1

    page.get_by_role("tab", name="Chat").click()
    ask(page, "How often do the boats leave at rush hour under the new ferry timetable?", 0)
    reply = page.locator("#chat .tqa-answer").first
    # The transcript's <script> and <b> are shown as text and nothing ran.
    assert "<script>document.title='pwned'</script>" in reply.inner_text()
    assert reply.locator("script").count() == 0 and reply.locator("b").count() == 0
    assert page.title() != "pwned"
