"""What a policy watcher met in the page (trial37, docs/ui.md "New user's trial (trial37)"): one real server over
the bundled conference and a council meeting, driven in Debian's chromium at a laptop's and a phone's viewport."""

from __future__ import annotations

import re

import pytest

from tests.conftest import running_ui
# browser and page: test_app_browser's fixtures, here over this module's own server
from tests.test_app_browser import (CHROMIUM, DATA, VIEWPORTS, WAIT_MS, add_to_index, ask, browser,  # noqa: F401
                                     page)

assert CHROMIUM.exists()  # test_app_browser skips this module with its reason where chromium is absent
pytestmark = pytest.mark.browser
COUNCIL = DATA / "riverside-council-bicycle-lane-2024-03-05.txt"  # Mayor Ana Torres answers the council's questions
# one councillor per viewport, each in a transcript of their own that the test removes
COUNCILLORS = {"laptop": "Councillor Petra Novak", "phone": "Councillor Ivo Brandt"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui-trial37")) as (address, tqa):
        tqa.ingest([COUNCIL])
        yield address, tqa


def choose(page, box: str, option: str) -> None:
    """Choose `option` in the multiselect `box` (#filter-transcripts, #filter-speakers, #remove-choice) by typing."""
    page.locator(f"{box} input").click()
    page.locator(f"{box} input").fill(option)
    page.get_by_role("option", name=re.compile(re.escape(option))).first.click()
    page.keyboard.press("Escape")


def test_an_answer_under_filters_says_which_transcripts_and_speakers_it_searched(page):
    """Under a speaker filter an answer quoted that speaker whoever the question named, and nothing in the reply
    said the search was narrowed ("What did Biden say about Taiwan?" answered with Suga's words)."""
    choose(page, "#filter-transcripts", "Riverside City Council meeting")
    choose(page, "#filter-speakers", "Mayor Ana Torres")
    ask(page, "How much will the bicycle lane cost?")
    scope = page.locator("#conversation .tqa-reply").last.locator(".tqa-scope")
    assert "Riverside City Council meeting" in scope.inner_text() and "Mayor Ana Torres" in scope.inner_text()
    page.locator("#new-chat").click()
    page.locator(".tqa-suggestion").first.wait_for()
    page.locator("#filter-transcripts .token-remove").first.click()  # the transcript filter cleared, the speaker kept
    ask(page, "What did Lavrov say about Poland?")  # Lavrov is filtered out: the decline says what was searched
    reply = page.locator("#conversation .tqa-reply").last
    assert "Riverside" not in reply.locator(".tqa-scope").inner_text()
    assert "the turns of Mayor Ana Torres" in reply.locator(".tqa-scope").inner_text()


def test_a_speaker_of_a_removed_transcript_leaves_the_speakers_filter(page, tmp_path):
    """The transcript left the filter when it was removed, its speaker stayed chosen, and every question then
    failed with "no speaker matches ...". The removal also says that a file kept stays out of the index."""
    councillor = COUNCILLORS[page.viewport_name]
    hearing = tmp_path / f"harbour-hearing-{page.viewport_name}.txt"
    hearing.write_text(f"Harbour committee hearing on the ferry pier\n\n{councillor}: The new ferry pier opens in "
                       "May and the old one closes for repairs.\n\nQuestion: Who pays for the repairs?\n\n"
                       f"{councillor}: The port authority pays for the repairs out of its own reserve.\n",
                       encoding="utf-8")
    add_to_index(page, hearing, f"{hearing.name}: added")
    page.get_by_role("tab", name="Chat").click()
    choose(page, "#filter-transcripts", "Harbour committee hearing")
    choose(page, "#filter-speakers", councillor)
    page.get_by_role("tab", name="Corpus").click()
    choose(page, "#remove-choice", hearing.stem)
    page.locator("#remove").click()
    assert "stays out of the index until you upload it again" in page.locator("#confirm-remove").first.inner_text()
    page.locator("#confirm-yes").click()
    page.locator("#corpus-status").get_by_text("removed from the index").wait_for()
    assert "stays out of the index" in page.locator("#corpus-status").inner_text()
    page.get_by_role("tab", name="Chat").click()
    speakers = page.locator("#filter-speakers")
    page.wait_for_function("name => !document.querySelector('#filter-speakers').innerText.includes(name)",
                           arg=councillor, timeout=WAIT_MS)
    assert councillor not in speakers.inner_text()
    reply = ask(page, "Who pays for the bicycle lane?") or page.locator("#conversation .tqa-reply").last
    assert "no speaker matches" not in reply.inner_text() and reply.locator(".tqa-card").count() >= 1


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_copy_citation_copies_where_the_page_has_no_clipboard_api(browser, server, viewport):
    """The clipboard API exists only on https and localhost: a server opened by its network address
    (TQA_HOST=0.0.0.0, http://192.168.x.y:7860) has none, and "Copy citation" did nothing."""
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    context.add_init_script("Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});")
    try:
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(server[0])
        page.locator(".tqa-suggestion").first.wait_for()
        assert page.evaluate("navigator.clipboard === undefined")
        ask(page, "How many American diplomats will be told to leave Russia?")
        card = page.locator("#conversation .tqa-card").first
        card.locator("details.tqa-context summary").click()
        button = card.locator("button.tqa-copy")
        citation = button.get_attribute("data-copy")
        button.click()
        assert button.inner_text() == "Copied"
        box = page.locator("#question textarea")
        box.fill("")
        box.focus()
        page.keyboard.press("Control+V")
        assert box.input_value() == citation
    finally:
        context.close()
