"""What a podcast producer met in "The conversation around it" (trial39, docs/ui.md "New user's trial (trial39)"):
their own episode's captions (`tests/data/ui/low-tide-radio-ep14.vtt`, two voices, a cue a sentence or two) in a
real index, a real answer, the context the chat shows under its first card."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qa.api import Settings, TranscriptQA
from qa.cards import context_html
from qa.render import clock
from tests.conftest import REPO

EPISODE = Path(__file__).parent / "data" / "ui" / "low-tide-radio-ep14.vtt"
LABEL = re.compile(r'<div class="tqa-turn( tqa-cited)?"><div><strong>([^<]*)</strong> <small>\(([^)]*)\)</small>')


@pytest.fixture(scope="module")
def episode(tmp_path_factory) -> TranscriptQA:
    tqa = TranscriptQA(Settings(index_dir=tmp_path_factory.mktemp("trial39-index")))
    assert tqa.ingest([EPISODE]).added == (EPISODE.name,)
    return tqa


def cue_starts() -> dict[str, float]:
    """Each cue's first words -> its start in seconds, read from the file as a person reads it."""
    starts = {}
    for start, text in re.findall(r"(\d\d:\d\d:\d\d\.\d\d\d) --> .*\n<v [^>]*>(.*)", EPISODE.read_text("utf-8")):
        h, m, s = start.split(":")
        starts[" ".join(text.split()[:4])] = int(h) * 3600 + int(m) * 60 + float(s)
    return starts


def test_each_turn_of_a_cited_exchange_says_its_own_time(episode):
    """Every cited turn of an exchange was labelled with the card's time: "Maya Okafor (00:01:09) A third doesn't
    sound like much.", a cue that starts at 00:01:16."""
    answer = episode.ask("How many bags did the volunteers plant last year?")
    citation = next(c for c in answer.citations if len(c.turns) >= 3)
    turns = episode.context(citation.transcript, citation.start_char, citation.end_char, before=1, after=1)
    shown = LABEL.findall(context_html(citation, turns, labelled=False))
    assert len(shown) == len(turns) and sum(bool(cited) for cited, *_ in shown) >= 3
    starts = cue_starts()
    for turn, (cited, speaker, where) in zip(turns, shown):
        assert speaker == turn.speaker
        if turn.start_char <= citation.highlight_start_char < turn.end_char:
            assert where == clock(citation.highlight_start_time)  # the card's own time: the highlight's
        else:
            assert where == clock(starts[" ".join(turn.text.split()[:4])]), (turn.text, where)


def tqa_ask(index: Path, question: str) -> str:
    done = subprocess.run([sys.executable, "-m", "qa.cli", "ask", question, "--index", str(index), "--k", "2"],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_tqa_ask_names_a_turns_kind_only_where_the_transcript_labels_turns(episode, seed_index_dir):
    """Every line of a podcast's (a meeting's) citations said "statement", which the cards leave out (ui31)."""
    said = tqa_ask(episode.settings.index_dir, "Which company helps pay for the work?")
    heads = [line for line in said.splitlines() if line.startswith("[")]
    assert heads and all("Tomas Lindqvist, at 00:" in h or "Maya Okafor, at 00:" in h for h in heads), heads
    assert "statement" not in said
    said = tqa_ask(seed_index_dir, "How will Russia respond to the expulsion of its diplomats?")
    assert "Sergey Lavrov, answer, paragraph " in said  # a press conference labels its turns
