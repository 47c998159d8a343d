"""The subtitle files other projects test their parsers with (../shared/data/formats-peers: webvtt-py, srt, vtt.js,
mantas-done/subtitles), compared with those projects' own expected parses by bench/formats_peers.py: each file
is read as its project expects, or differs by exactly the documented rule listed here (docs/formats.md)."""

from __future__ import annotations

import pytest

from bench.formats_peers import compare, expectations, our_cues
from tests.conftest import SHARED, shared_path

PEERS = SHARED / "data" / "formats-peers"
# file -> the rule that explains how our reading differs from its project's expectation
DIFFERS_BY_DESIGN = {
    "tests__cue-times__min-top-digits.vtt": "w3c",
    "tests__cue-times__minimum-spots-over-sixty.vtt": "w3c",
    "tests__file-layout__header-no-new-line.vtt": "w3c",
    "tests__integration__id.vtt": "w3c",
    "tests__cuetext__format__double-line-break.vtt": "words-kept",
    "tests__cuetext__tag-format__end-tag-no-gt.vtt": "words-kept",
    "tests__cuetext__tag-format__no-closing-gt.vtt": "words-kept",
    "tests__cuetext__tag-format__start-tag-missing-gt.vtt": "words-kept",
    "tests__cuetext__timestamp__no-end-gt.vtt": "words-kept",
    "tests__cuetext__voice__no-end-gt.vtt": "words-kept",
    "tests__file-layout__bom-garbage-data.vtt": "no-header",
    "tests__file-layout__bom-tab-webvtt.vtt": "no-header",
    "tests__file-layout__newline-before-webvtt.vtt": "no-header",
    "tests__file-layout__tab-after-bom-before-header.vtt": "no-header",
    "tests__subtitles__invalid.vtt": "no-header",
    "tests__subtitles__invalid_timeframe.srt": "refuse-whole",
    "tests__subtitles__invalid_timeframe.vtt": "refuse-whole",
    "tests__subtitles__missing_timeframe.srt": "refuse-whole",
    "tests__subtitles__missing_timeframe.vtt": "refuse-whole",
    "tests__subtitles__netflix_chicas_del_cable.vtt": "sound-cue",
    "tests__subtitles__youtube_dl.vtt": "rolling",
}


def _cases():
    if not PEERS.is_dir():
        return [pytest.param(None, id="formats-peers-absent")]
    return [pytest.param(pair, id=pair[0].name) for pair in expectations(PEERS)]


@pytest.mark.parametrize("case", _cases())
def test_a_peer_file_reads_as_its_project_expects_or_differs_by_a_documented_rule(case):
    shared_path("data", "formats-peers")
    path, expected = case
    ours, _, warnings = our_cues(path)
    verdict, detail = compare(expected, ours, warnings)
    assert verdict == DIFFERS_BY_DESIGN.get(path.name, "match"), detail
