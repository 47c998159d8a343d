"""What a new user met in the page (trial35, docs/ui.md "New user's trial (trial35)"): one real server over the
bundled conference and a lecture's captions that name no speaker, driven in Debian's chromium at a laptop's and a
phone's viewport."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import running_ui
# browser and page: test_app_browser's fixtures, here over this module's own server
from tests.test_app_browser import (CHOOSE_AGAIN_MS, CHROMIUM, DATA, VIEWPORTS, add_to_index, ask,  # noqa: F401
                                     browser, choose_in, page, sync_api)

assert CHROMIUM.exists()  # test_app_browser skips this module with its reason where chromium is absent
pytestmark = pytest.mark.browser
LECTURE = DATA / "tides-lecture-captions.srt"  # 57 cues of one unnamed speaker: one turn of 3,200 characters


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_ui(tmp_path_factory.mktemp("ui-trial35")) as (address, tqa):
        tqa.ingest([LECTURE])
        yield address, tqa


def choose_question_file(page, path) -> None:
    """Choose a question file in the Evaluation tab and wait until the box lists it; chosen again once after
    CHOOSE_AGAIN_MS (`test_app_browser.choose_in`: Gradio's box at times never lists a file under load)."""
    tab = page.get_by_role("tab", name="Evaluation")
    tab.click()
    try:  # the tab shown (a click before the page is ready leaves the chat in view: clicked again, once)
        page.locator("#eval-file").wait_for(timeout=CHOOSE_AGAIN_MS)
    except sync_api.TimeoutError:
        tab.click()
        page.locator("#eval-file").wait_for()
    choose_in(page, "#eval-file", Path(path))


def test_the_context_of_a_caption_card_is_the_talk_around_it_not_the_whole_recording(page):
    """Captions that name no speaker are one turn: "The conversation around it" showed the whole lecture, from
    its first cue to its last, under the card's own time."""
    ask(page, "How often is the ferry timetable printed?")
    reply = page.locator("#conversation .tqa-reply").last
    reply.locator("a.tqa-ref").first.click()
    context = reply.locator(".tqa-card").first.locator("details.tqa-context")
    assert context.get_attribute("open") is not None
    shown = context.locator(".tqa-turn.tqa-cited").inner_text()
    assert "printed again every month" in context.locator("mark").first.inner_text()
    assert "welcome to this lecture" not in shown and "see you next time" not in shown
    assert shown.count("…") == 2 and len(shown) < 3000


def test_a_malformed_question_file_is_one_line_where_the_phases_are_said(page, tmp_path):
    """It was Gradio's "Error" badge in the phase line and a toast, and the JSON reason said "starting at at"."""
    questions = tmp_path / "my-questions.jsonl"
    questions.write_text('{"question": "How many diplomats?"}\n{"question": "broken\n{"id": 3}\n', encoding="utf-8")
    page.get_by_role("tab", name="Evaluation").click()
    choose_question_file(page, questions)
    page.locator("#eval-run").click()
    line = page.locator("#eval-phase .tqa-error")
    line.wait_for()
    assert line.inner_text() == ("not run: my-questions.jsonl: 2 problems: line 2: not valid JSON (Unterminated string "
                                 "starting at column 14); line 3: missing `question`")
    page.wait_for_timeout(500)
    assert page.get_by_text("Error", exact=True).count() == 0


BROKEN_WORDS = """table => {  // the words (letters between spaces and hyphens) a line break cuts in two
    const broken = [], walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.textContent.matchAll(/[^\\s\\-_.,]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (tops.size > 1) broken.push(m[0]);
        }
    }
    return broken; }"""


def test_the_corpus_table_keeps_its_words_whole_in_the_window(page, server):
    """The headers read "Passag es" and "Durati on" on a laptop, "Pa ss ag es" and dates "2021 -04- 16" on a
    phone, and file names broke every few letters."""
    server[1].ingest([DATA / "tidewater-podcast-episode-12.md"])  # a long file name, speakers, no date
    page.reload()
    page.get_by_role("tab", name="Corpus").click()
    table = page.locator("#corpus-table table")
    table.get_by_text("tidewater", exact=False).first.wait_for()
    assert table.evaluate(BROKEN_WORDS) == []
    box = table.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORTS[page.viewport_name]["width"]


def test_yes_removes_the_transcript_the_confirmation_names_after_the_corpus_changed(page, server, tmp_path):
    """An upload (or the page's load, or the start-up indexing done) empties the choice box: "Yes, remove" then
    sent no name, failed with Gradio's "Error" and removed nothing."""
    _, tqa = server
    kept, added = (tmp_path / f"{stem}-{page.viewport_name}.txt" for stem in ("quay-notes", "slipway-notes"))
    for path in (kept, added):
        path.write_bytes((DATA / "script-injection.txt").read_bytes())
    tqa.ingest([kept])
    page.reload()
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#remove-choice input").click()
    page.locator("#remove-choice input").fill(kept.stem)
    page.get_by_role("option", name=kept.name).click()
    page.locator("#remove").click()
    page.locator("#confirm-remove", has_text=kept.name).first.wait_for()
    add_to_index(page, added, f"{added.name}: added")  # the corpus changes while the confirmation is open
    page.wait_for_function("() => !document.querySelector('#remove-choice input').value")  # the box emptied
    page.locator("#confirm-yes").click()
    page.locator("#corpus-status").get_by_text(f"{kept.name}: removed from the index").wait_for()
    assert page.locator("#corpus-table td", has_text=kept.name).count() == 0
    assert page.get_by_text("Error", exact=True).count() == 0
    tqa.remove(added.name)


def test_the_metrics_of_a_run_are_in_view_on_a_phone(page):
    """At 390 px the metrics box cut every value off at its right edge ("hit@1 0.75", "valu"): the names are
    padded to 38 characters, wider than the box."""
    page.get_by_role("tab", name="Evaluation").click()
    choose_question_file(page, DATA / "questions.jsonl")
    page.locator("#eval-run").click()
    page.locator("#eval-phase").get_by_text("done:").wait_for()
    box = page.locator("#eval-metrics .cm-scroller").bounding_box()
    for line in ("hit@1", "within 2000 words", "questions (with gold"):
        text = page.locator("#eval-metrics .cm-line", has_text=line).first
        right = text.evaluate("""el => { const r = document.createRange(); r.selectNodeContents(el);
                                         return Math.max(...[...r.getClientRects()].map(b => b.right)); }""")
        assert right <= box["x"] + box["width"], (line, right, box)
