"""What the chat says in a page's first second after `tqa serve` indexed at start (trial43): Debian's chromium, driven
by Playwright, against a real server started as `tqa serve` starts it (`app.serving`)."""

from __future__ import annotations

import pytest

import app
from qa.api import Settings
from qa.config import BUNDLED_CORPUS
from tests.conftest import free_port
from tests.test_app_browser import CHROMIUM, CHROMIUM_ARGS, WAIT_MS, sync_api

pytestmark = pytest.mark.browser


def test_a_refusal_in_a_pages_first_second_is_not_cleared_by_the_start_up_line(tmp_path):
    """A reporter opened the page of a server that had indexed at start and pasted a 5,000-character question at
    once: "The question is 5,000 characters long; keep it under 2,000 …" showed for a moment and was cleared by the
    page's first tick of the start-up timer (which clears the indexing line, shown or not): Enter seemed to do
    nothing. The page's ticks are held here until the refusal shows, so the first tick surely comes after it."""
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=BUNDLED_CORPUS, data_dir=tmp_path / "data",
                        port=free_port())
    demo, tqa, starting = app.serving(settings)  # a fresh index: the start-up embeds the bundled conference
    try:
        app.launch(demo, tqa, port=settings.port, block=False)
        assert starting.done.wait(600) and starting.message == ""
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
                page.set_default_timeout(WAIT_MS)
                held = []

                def hold(route):
                    body = route.request.post_data or ""
                    if "why why" in body:
                        route.continue_()
                    else:  # the start-up timer's ticks, sent on once the refusal shows
                        held.append(route)
                page.route("**/gradio_api/run/predict", hold)
                page.goto(f"http://127.0.0.1:{settings.port}/")
                page.locator("#question textarea").fill("why " * 1250)
                page.locator("#ask").click()
                notice = page.locator("#notice")
                notice.get_by_text("The question is 4,999 characters long; keep it under 2,000").wait_for()
                for _ in range(300):  # the page's first tick, held back
                    if held:
                        break
                    page.wait_for_timeout(100)
                assert held
                for route in held:  # (the list grows while it is sent on: later ticks are held too, and sent)
                    route.continue_()
                page.unroute("**/gradio_api/run/predict")
                page.wait_for_timeout(2500)  # the tick answered (and any later one)
                assert "keep it under 2,000" in notice.inner_text()
            finally:
                browser.close()
    finally:
        demo.close()
