"""What a card's head and the turns around it say, as the chat builds them (`app.make_reply`, `cards.reply_html`):
the real model and a real index of a podcast's captions, a podcast's Markdown and the bundled press conference
(ui31, docs/ui.md). A browser adds nothing here: the heads are the HTML the page shows."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

import app
from qa.api import Settings, TranscriptQA, cards
from tests.conftest import SEED

DATA = Path(__file__).parent / "data" / "ui"
CLIP = "harbour-lights-ep7-clip.vtt"
PODCAST = "tidewater-podcast-episode-12.md"


@pytest.fixture(scope="module")
def mixed_qa(tmp_path_factory) -> TranscriptQA:
    """Two podcasts (no date in their sources, no turn labelled question or answer) beside a press conference."""
    folder = tmp_path_factory.mktemp("cards31")
    for source in (DATA / CLIP, DATA / PODCAST, SEED):
        shutil.copy(source, folder / source.name)
    tqa = TranscriptQA(Settings(index_dir=folder / "index"))
    tqa.ingest([folder / CLIP, folder / PODCAST, folder / SEED.name])
    return tqa


def shown(tqa: TranscriptQA, question: str, transcript: str) -> tuple[list[str], list[str]]:
    """(the card heads, the context turns' heads) of the reply to `question` asked of `transcript`, as text."""
    filters = {"transcripts": [transcript]}
    answer = app.ask(tqa, question, **filters)
    page = cards.reply_html(app.make_reply(tqa, 1, question, answer, filters))

    def text(fragment: str) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", fragment))

    heads = [text(h) for h in re.findall(r'<div class="tqa-card-head">(.*?)<br>', page)]
    turns = [text(t) for t in re.findall(r'<div class="tqa-turn[^"]*"><div>(.*?)</div>', page)]
    assert heads and turns, page
    return heads, turns


@pytest.mark.parametrize("question, transcript", [
    ("What does Lamport call the property that repeated frames don't change a spec?", CLIP),
    ("How often does Oskar climb the tower in a storm?", PODCAST)])
def test_a_podcasts_cards_say_neither_undated_nor_statement(mixed_qa, question, transcript):
    """Every card of a podcast said "(statement)" and "undated": its source gives no date and labels no turn a
    question or an answer, so neither tells the user anything. The speaker and the time or paragraph stay."""
    heads, turns = shown(mixed_qa, question, transcript)
    for line in heads + turns:
        assert "undated" not in line and "statement" not in line, line
    assert all(re.search(r"\d\d:\d\d:\d\d|¶ \d+", line) for line in heads), heads
    assert not mixed_qa.labels_turns(transcript)


def test_a_press_conferences_cards_keep_their_date_and_turn_kinds(mixed_qa):
    """A press conference labels its turns: a reporter's question, the answer to it, and its date, as before."""
    heads, turns = shown(mixed_qa, "How many American diplomats will be told to leave Russia?", SEED.name)
    assert heads[0].startswith("[1] Sergey Lavrov (answer) · ¶ ") and heads[0].endswith(" · 2021-04-16"), heads
    assert any(t.startswith("Question (question · ¶ ") for t in turns), turns
    assert mixed_qa.labels_turns(SEED.name)
