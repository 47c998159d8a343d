"""A podcast producer playing their episode from the cards (trial39, docs/ui.md "New user's trial (trial39)"): one
real server over the episode's captions and a recording of the same name, Debian's chromium at a laptop's and a
phone's viewport."""

from __future__ import annotations

import shutil
import wave

import pytest

from tests.conftest import running_ui
# browser and page: test_app_browser's fixtures, here over this module's own server
from tests.test_app_browser import CHROMIUM, DATA, VIEWPORTS, ask, browser, page  # noqa: F401

assert CHROMIUM.exists()  # test_app_browser skips this module with its reason where chromium is absent
pytestmark = pytest.mark.browser
PLAYING = "() => [...document.querySelectorAll('audio')].filter(m => !m.paused).map(m => m.closest('.tqa-reply').id)"
STARTED = "() => [...document.querySelectorAll('audio')].some(m => !m.paused && m.currentTime > 0)"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The episode's captions beside a recording of their length (silence, 8 kHz: the test hears nothing)."""
    episode = tmp_path_factory.mktemp("trial39-episode")
    shutil.copy(DATA / "low-tide-radio-ep14.vtt", episode)
    with wave.open(str(episode / "low-tide-radio-ep14.wav"), "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(1)
        recording.setframerate(8000)
        recording.writeframes(b"\x80" * 8000 * 134)
    with running_ui(tmp_path_factory.mktemp("ui-trial39"), corpus_from=episode) as (address, tqa):
        yield address, tqa


def test_a_second_card_played_pauses_the_first(page):
    """Each card has its player, and a second "▶ Play from" left the first playing: two copies of the episode at
    once, a third with a third card."""
    for question in ("How many bags did the volunteers plant last year?", "When are the planting days?"):
        ask(page, question)
        reply = page.locator("#conversation .tqa-reply").last
        reply.locator(".tqa-play").first.click()
        page.wait_for_function(STARTED)
    page.wait_for_timeout(500)
    newest = page.locator("#conversation .tqa-reply").last.get_attribute("id")
    assert page.evaluate(PLAYING) == [newest]
