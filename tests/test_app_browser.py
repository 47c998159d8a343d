"""The page as a user sees it: Debian's chromium, driven by Playwright, against one real server for the module,
at a laptop's (1400x900) and a phone's (390x844) viewport.

Set TQA_UPDATE_SCREENSHOT=1 to refresh docs/screenshot-chat-*.png from the layout test.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

import app
from qa.api import Settings
from qa.config import BUNDLED_CORPUS
from qa.store import state_stamp, writer_lock
from tests.conftest import SEED, free_port, running_ui

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the browser "
                "tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

pytestmark = pytest.mark.browser
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required"]
DATA = Path(__file__).parent / "data" / "ui"
DOCS = Path(__file__).parent.parent / "docs"
WAIT_MS = 60_000
UPLOAD_WAIT_MS = 180_000  # each step of an upload (add_to_index)
CHOOSE_AGAIN_MS = 30_000  # a file chosen and not listed by then is chosen again (add_to_index)
VIEWPORTS = {"laptop": {"width": 1400, "height": 900}, "phone": {"width": 390, "height": 844}}
DIPLOMATS = "How many American diplomats will be told to leave Russia?"
CAKE = "What is the recipe for chocolate cake?"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui-browser")) as (address, tqa):
        yield address, tqa


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(params=list(VIEWPORTS))
def page(request, browser, server):
    context = browser.new_context(viewport=VIEWPORTS[request.param])
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(server[0])
    page.locator(".tqa-suggestion").first.wait_for()  # the page has loaded its corpus
    page.viewport_name = request.param
    yield page
    context.close()


def ask(page, question: str) -> None:
    replies = page.locator("#conversation .tqa-reply .tqa-answer:not(:has(.tqa-pending))").count()
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    page.locator("#conversation .tqa-reply .tqa-answer:not(:has(.tqa-pending))").nth(replies).wait_for()
    page.wait_for_timeout(300)  # the page scrolls the new reply into view


def in_view(page, locator) -> bool:
    """Whether the element's top lies inside the window and above the question box (which covers the bottom)."""
    box = locator.bounding_box()
    bar = page.locator("#askbar").bounding_box()
    return box is not None and 0 <= box["y"] < bar["y"] - 20


def test_question_box_and_first_card_are_in_view_after_an_answer(page, tmp_path):
    ask(page, DIPLOMATS)
    question_box = page.locator("#question textarea").bounding_box()
    height = VIEWPORTS[page.viewport_name]["height"]
    assert 0 <= question_box["y"] and question_box["y"] + question_box["height"] <= height
    assert in_view(page, page.locator("#conversation .tqa-card").first)
    page.screenshot(path=str(tmp_path / "chat.png"))
    if os.environ.get("TQA_UPDATE_SCREENSHOT"):
        shutil.copyfile(tmp_path / "chat.png", DOCS / f"screenshot-chat-{page.viewport_name}.png")
    page.mouse.wheel(0, -400)  # the box stays put while the page scrolls
    page.wait_for_timeout(200)
    assert page.locator("#question textarea").bounding_box()["y"] == pytest.approx(question_box["y"], abs=2)


def test_reference_link_scrolls_to_its_card_and_opens_the_turns_around_it(page):
    ask(page, DIPLOMATS)
    reply = page.locator("#conversation .tqa-reply").last
    last_ref = reply.locator("a.tqa-ref").last
    rank = last_ref.inner_text().strip("[]")
    page.mouse.wheel(0, 3000)  # away from the card first
    last_ref.scroll_into_view_if_needed()
    last_ref.click()
    card = reply.locator(f".tqa-card[data-rank='{rank}']")
    page.wait_for_timeout(300)
    assert in_view(page, card)
    context = card.locator("details.tqa-context")
    assert context.get_attribute("open") is not None
    cited = context.locator(".tqa-turn.tqa-cited")
    assert cited.locator(".tqa-span").count() >= 1
    assert cited.locator("mark").first.inner_text().strip() in card.locator(".tqa-passage mark").first.inner_text()
    assert context.locator(".tqa-turn").count() >= 2  # the turns around it, not only the cited one
    context.locator("summary").click()  # collapsible
    assert context.get_attribute("open") is None


def test_paragraph_numbers_agree_between_card_and_context(page):
    ask(page, DIPLOMATS)
    card = page.locator("#conversation .tqa-card").first
    number = re.search(r"¶ (\d+)", card.locator(".tqa-card-head").inner_text()).group(1)
    card.locator("details.tqa-context summary").click()
    assert f"¶ {number}" in card.locator(".tqa-turn.tqa-cited").first.inner_text()


def test_weak_cards_wait_behind_more_passages(page):
    ask(page, DIPLOMATS)
    reply = page.locator("#conversation .tqa-reply").last
    shown = reply.locator(".tqa-answer > .tqa-card")
    cited = set(re.findall(r"\[(\d+)\]", reply.locator(".tqa-text").inner_text()))
    assert {shown.nth(i).get_attribute("data-rank") for i in range(shown.count())} == cited | {"1"}
    more = reply.locator("details.tqa-more")
    hidden = 5 - shown.count()
    assert more.locator("> summary").inner_text() == f"more passages ({hidden})"
    assert not more.locator(".tqa-card").first.is_visible()
    more.locator("> summary").click()
    assert more.locator(".tqa-card").first.is_visible()


def test_strip_shows_where_the_passages_lie_and_opens_a_card(page):
    ask(page, DIPLOMATS)
    reply = page.locator("#conversation .tqa-reply").last
    ticks = reply.locator(".tqa-strip .tqa-tick")
    assert ticks.count() == 5  # one per citation, all in the one transcript
    lefts = [float(re.search(r"left:([\d.]+)%", ticks.nth(i).get_attribute("style")).group(1)) for i in range(5)]
    assert all(0 <= x <= 100 for x in lefts) and len(set(lefts)) > 1
    weak = reply.locator(".tqa-strip .tqa-tick.tqa-weak").first
    rank = weak.inner_text()
    weak.click()
    page.wait_for_timeout(300)
    assert in_view(page, reply.locator(f".tqa-card[data-rank='{rank}']"))  # opened from "more passages"


def test_declined_question_says_why_and_keeps_the_nearest_behind_a_click(page):
    ask(page, CAKE)
    reply = page.locator("#conversation .tqa-reply").last
    assert "Not in these transcripts" in reply.locator(".tqa-declined").inner_text()
    assert reply.locator(".tqa-why").inner_text().strip()
    nearest = reply.locator("details.tqa-nearest")
    assert re.fullmatch(r"nearest passages \(\d\)", nearest.locator("> summary").inner_text())
    assert not nearest.locator(".tqa-card").first.is_visible()
    nearest.locator("> summary").click()
    assert nearest.locator(".tqa-card").first.is_visible()


def test_suggested_questions_start_a_conversation_and_return_with_a_new_one(page, server):
    _, tqa = server
    buttons = page.locator(".tqa-suggestion")
    offered = [buttons.nth(i).inner_text() for i in range(buttons.count()) if buttons.nth(i).is_visible()]
    assert 3 <= len(offered) <= 5 and offered == tqa.suggestions(5)[:len(offered)]
    buttons.first.click()
    page.locator("#conversation .tqa-card").first.wait_for()
    assert page.locator("#conversation .tqa-asked").first.inner_text() == offered[0]
    title = page.get_by_text("Not sure what to ask?")
    assert not buttons.first.is_visible() and not title.is_visible()  # no title left over without questions
    page.locator("#new-chat").click()
    buttons.first.wait_for()
    assert title.is_visible()
    assert page.locator("#conversation .tqa-reply").count() == 0


def test_empty_and_overlong_questions_get_a_one_line_message(page):
    page.locator("#question textarea").fill("   ")
    page.locator("#ask").click()
    notice = page.locator("#notice")
    notice.get_by_text("Type a question first.").wait_for()
    page.locator("#question textarea").fill("why " * 600)
    page.locator("#ask").click()
    notice.get_by_text("keep it under 2,000").wait_for()
    assert page.locator("#conversation .tqa-reply").count() == 0
    assert page.get_by_text("Error", exact=True).count() == 0


def test_roles_are_a_filter_of_their_own_not_speakers(page):
    if page.viewport_name == "phone":
        page.locator("#filter-roles").scroll_into_view_if_needed()
    page.locator("#filter-speakers input").click()
    options = page.get_by_role("option")
    options.first.wait_for()
    assert "Question" not in [options.nth(i).inner_text() for i in range(options.count())]
    page.keyboard.press("Escape")
    page.locator("#filter-roles").get_by_label("question").check()
    ask(page, DIPLOMATS)
    roles = page.locator("#conversation .tqa-reply").last.locator(".tqa-card-head").all_text_contents()
    assert roles and all("(question)" in r for r in roles)


def test_removed_transcript_in_the_filter_is_a_one_line_message(page, server, tmp_path):
    _, tqa = server
    extra = tmp_path / f"ferry-{page.viewport_name}.txt"
    extra.write_bytes((DATA / "script-injection.txt").read_bytes())
    tqa.ingest([extra])
    page.reload()
    page.locator(".tqa-suggestion").first.wait_for()
    page.locator("#filter-transcripts input").click()
    page.locator("#filter-transcripts input").fill("ferry")
    page.get_by_role("option").first.click()
    page.keyboard.press("Escape")
    tqa.remove(extra.name)
    ask(page, "When do the ferries leave?")
    error = page.locator("#conversation .tqa-reply").last.locator(".tqa-error")
    assert extra.name in error.inner_text() and "\n" not in error.inner_text().strip()


def test_corpus_table_lists_title_date_speakers_passages_in_the_window(page):
    page.get_by_role("tab", name="Corpus").click()
    table = page.locator("#corpus-table table")
    table.wait_for()
    headers = table.locator("th").all_inner_texts()
    assert headers[:5] == ["Title", "Date", "Speakers", "Passages", "Duration"]
    width = VIEWPORTS[page.viewport_name]["width"]
    for column in ("title", "date", "speakers", "passages"):
        cell = table.locator(f"td[data-col='{column}']").first
        box = cell.bounding_box()
        assert cell.inner_text().strip() and box["x"] + box["width"] <= width + 1


def choose_file(page, path: Path) -> None:
    """Choose `path` in the Corpus tab's upload box and wait until the box lists it (Gradio sending it to the
    server, before any of ours). Under a load of 8-15 on 2 cores the box at times never lists a chosen file (not
    slow: not in 180 s; 2026-12-03): a user would choose it again, and so does this, once, after CHOOSE_AGAIN_MS."""
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#upload").wait_for()
    choose_in(page, "#upload-files", path)


def choose_in(page, box: str, path: Path) -> None:
    """Choose `path` in the file box `box` (a CSS selector) and wait until the box lists it; chosen again once
    after CHOOSE_AGAIN_MS, as a user would when the box does not list it."""
    chooser = page.locator(f"{box} input[type=file]")
    listed = page.locator(box).get_by_text(path.name).first
    chooser.set_input_files(str(path))
    try:
        listed.wait_for(timeout=CHOOSE_AGAIN_MS)
    except sync_api.TimeoutError:
        chooser.set_input_files(str(path))
        listed.wait_for(timeout=UPLOAD_WAIT_MS)


def add_to_index(page, path: Path, outcome: str) -> None:
    """Choose `path`, add it, and wait for `outcome` in the status beside the table. The status says "Indexing
    NAME…" as soon as the server takes the upload, so each wait is a step a user sees (the file listed, indexing,
    the outcome), each up to UPLOAD_WAIT_MS."""
    choose_file(page, path)
    page.locator("#upload").click()
    status = page.locator("#corpus-status")
    status.get_by_text(re.compile(rf"Indexing {re.escape(path.name)}|{re.escape(outcome)}")).first.wait_for(
        timeout=UPLOAD_WAIT_MS)
    # the file chosen twice (`choose_file` under load) is reported twice: either line is the outcome
    status.get_by_text(outcome).first.wait_for(timeout=UPLOAD_WAIT_MS)


def test_upload_says_indexing_at_once_beside_the_table(page, server):
    _, tqa = server
    status = page.locator("#corpus-status")
    choose_file(page, DATA / "hostile-link.json")
    with writer_lock(tqa.settings.index_dir):  # another writer holds the index: the upload waits for it
        page.locator("#upload").click()
        status.get_by_text("Indexing hostile-link.json").wait_for()
    status.get_by_text("not indexed").first.wait_for(timeout=UPLOAD_WAIT_MS)  # twice if chosen twice


def test_upload_error_shows_beside_the_table_as_text(page):
    add_to_index(page, DATA / "hostile-link.json", "not indexed")
    status = page.locator("#corpus-status")
    assert "[x](javascript:alert(document.domain))" in status.inner_text()  # quoted as text
    assert page.locator("a[href^='javascript']").count() == 0
    page.locator("#corpus-table table").wait_for()  # the table stays (it is redrawn with the same rows)


def test_upload_then_remove_asks_for_confirmation(page, server, tmp_path):
    _, tqa = server
    upload = tmp_path / f"ferry-briefing-{page.viewport_name}.txt"
    upload.write_bytes((DATA / "script-injection.txt").read_bytes())
    add_to_index(page, upload, f"{upload.name}: added")
    assert page.locator("#corpus-table td", has_text=upload.name).count() == 1
    assert (tqa.settings.data_dir / upload.name).is_file()

    page.locator("#remove-choice input").click()
    page.locator("#remove-choice input").fill(upload.stem)
    page.get_by_role("option", name=re.compile(re.escape(upload.name))).click()
    page.locator("#remove").click()
    page.locator("#confirm-no").click()  # cancelled: nothing happens
    assert page.locator("#corpus-table td", has_text=upload.name).count() == 1
    page.locator("#remove").click()
    page.locator("#confirm-remove", has_text=upload.name).first.wait_for()
    page.locator("#confirm-yes").click()
    page.locator("#corpus-status").get_by_text("removed from the index").wait_for()
    assert page.locator("#corpus-table td", has_text=upload.name).count() == 0
    assert (tqa.settings.data_dir / upload.name).is_file()  # deleting the file is a separate choice


def test_two_uploads_in_a_row_each_add_their_file(page, server, tmp_path):
    """The box is emptied after Add: the second upload sent the first file again, whose temporary copy was gone,
    and failed with a bare "Error" (trial25)."""
    _, tqa = server
    names = [f"{stem}-{page.viewport_name}.txt" for stem in ("dock-notes", "pier-notes")]
    for name in names:
        (tmp_path / name).write_bytes((DATA / "script-injection.txt").read_bytes())
        add_to_index(page, tmp_path / name, f"{name}: added")
        assert "Error" not in page.locator("#corpus-status").inner_text()
        assert page.locator("#upload-files").get_by_text(name).count() == 0  # the box is empty again
    for name in names:
        assert page.locator("#corpus-table td", has_text=name).count() == 1
        tqa.remove(name)


def test_transcript_markup_shows_as_text(page, server):
    _, tqa = server
    tqa.ingest([DATA / "script-injection.txt"])
    ask(page, "How often do the boats leave at rush hour under the new ferry timetable?")
    reply = page.locator("#conversation .tqa-reply").last
    assert "<script>document.title='pwned'</script>" in reply.inner_text()
    assert reply.locator("script").count() == 0 and reply.locator("b").count() == 0
    assert page.title() != "pwned"


def test_a_markdown_transcript_reads_as_rendered_on_its_card(page, server):
    """trial28: a podcast's Markdown transcript showed its escapes ("\\[laughs\\]", "\\[12:30\\]") and its hard
    wraps (a line break inside a sentence) on the card, in the context and in the citation to copy."""
    _, tqa = server
    tqa.ingest([DATA / "tidewater-podcast-episode-12.md"])
    ask(page, "How often does the lighthouse keeper climb the tower in a storm?")
    card = page.locator("#conversation .tqa-reply").last.locator(".tqa-card").first
    assert "tidewater" in card.inner_text().lower()
    passage = card.locator(".tqa-passage")
    assert "climb the tower every two hours through the night, to check the lamp and wipe the salt" in (
        " ".join(passage.inner_text().split()))
    assert "lamp and\nwipe" not in passage.inner_text()  # the file's wrap, not the page's
    card.locator("details.tqa-context summary").click()
    context = card.locator("details.tqa-context")
    assert "Mara. [laughs] Thirty-one" in context.inner_text() and "\\[" not in context.inner_text()
    assert "\\[" not in context.locator(".tqa-copy").get_attribute("data-copy")


def test_evaluation_names_its_phases_rounds_numbers_and_compares_two_runs(page):
    page.get_by_role("tab", name="Evaluation").click()
    page.evaluate("""() => { window.tqaPhases = [];
        new MutationObserver(() => { const t = document.querySelector('#eval-phase').innerText;
            if (t && window.tqaPhases[window.tqaPhases.length - 1] !== t) window.tqaPhases.push(t); })
          .observe(document.querySelector('#eval-phase'), {subtree: true, childList: true, characterData: true}); }""")
    page.locator("#eval-file input[type=file]").set_input_files(str(DATA / "questions.jsonl"))
    for run in range(2):
        page.locator("#eval-run").click()
        page.wait_for_function("n => (window.tqaPhases || []).filter(t => t.startsWith('done: 3')).length > n", arg=run)
        page.wait_for_timeout(1200)  # one second apart: each run has its own folder
    seen = page.evaluate("() => window.tqaPhases")
    assert any("asking: " in t for t in seen)  # named while it runs
    done = page.locator("#eval-phase").inner_text()
    for phase in ("indexing the corpus", "asking", "scoring", "plots", "report"):  # and each one's time after
        assert re.search(rf"{phase} \d+\.\d s", done), done
    cells = page.locator("#eval-rows td").all_inner_texts()
    assert all(len(c.split(".")[1]) <= 3 for c in cells if re.fullmatch(r"\d+\.\d+", c))
    for plot in ("#eval-at-k", "#eval-ranks"):  # drawn as pictures (ui31: their axes, tests/test_app_plots.py)
        picture = page.locator(f"{plot} img")
        assert picture.is_visible() and picture.evaluate("img => img.naturalWidth") > 200
    page.locator("#eval-metrics .cm-content").first.wait_for()
    assert page.locator("#eval-metrics .cm-lineNumbers").count() == 0  # a table of figures, not code lines
    if page.viewport_size["width"] >= 1200:  # trial29: on a laptop every column of the per-question table is in
        table = page.locator("#eval-rows").bounding_box()  # view (the rank and "answerable" lay off to the right)
        heads = [h.bounding_box() for h in page.locator("#eval-rows thead th").all()]
        assert len(heads) == 8 and all(h["x"] + h["width"] <= table["x"] + table["width"] + 1 for h in heads)
        assert max(h["height"] for h in heads) < 120  # not a header row of 200 px
    page.get_by_text("Compare two earlier runs").click()
    page.locator("#compare-runs input").click()
    options = page.get_by_role("option")
    options.first.click()
    page.locator("#compare-runs input").click()
    options.nth(1).click()
    page.keyboard.press("Escape")
    page.locator("#compare").click()
    page.locator("#comparison").get_by_text("hit@1").first.wait_for()
    assert page.locator("#comparison .cm-lineNumbers").count() == 0


def test_a_follow_up_says_what_was_searched_and_the_checkbox_asks_it_alone(page):
    ask(page, "Why did Poland expel Russian diplomats?")
    ask(page, "How many of them must leave?")
    reply = page.locator("#conversation .tqa-reply").last
    assert "searched: How many of them must leave? (after: Why did Poland expel Russian diplomats?)" in \
        reply.locator(".tqa-searched").inner_text()
    page.locator("#follow-up input").uncheck()
    ask(page, "How many of them must leave?")
    alone = page.locator("#conversation .tqa-reply").last
    assert alone.locator(".tqa-searched").count() == 0
    assert "Asked without the earlier questions, as chosen" in alone.inner_text()  # not "there is none"


def test_serve_comes_up_before_its_start_up_indexing_says_so_and_rewrites_no_unchanged_index(browser, fresh_index,
                                                                                             tmp_path):
    settings = Settings(index_dir=fresh_index, corpus_dir=BUNDLED_CORPUS, data_dir=tmp_path / "data",
                        port=free_port())
    stamp = state_stamp(fresh_index)
    page = browser.new_context(viewport=VIEWPORTS["laptop"]).new_page()
    page.set_default_timeout(WAIT_MS)
    with writer_lock(fresh_index):  # another process writing: the start-up indexing waits for it
        demo, tqa, starting = app.serving(settings)
        try:
            app.launch(demo, tqa, port=settings.port, block=False)
            page.goto(f"http://127.0.0.1:{settings.port}/")
            page.get_by_role("tab", name="Corpus").click()
            page.locator("#corpus-starting").get_by_text("Indexing the corpus and data folders: waiting").wait_for()
            assert page.locator("#corpus-table td", has_text=SEED.name).count() == 1  # the index as it stands
            assert not starting.done.is_set()
        except BaseException:
            demo.close()
            raise
    try:
        assert starting.done.wait(300)
        page.locator("#corpus-starting .tqa-starting").wait_for(state="detached")
        assert starting.message == "" and page.locator("#corpus-starting").inner_text().strip() == ""
        assert state_stamp(fresh_index) == stamp  # unchanged: not rewritten
    finally:
        page.context.close()
        demo.close()
