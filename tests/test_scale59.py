"""scale59: the query path's reads at 1M passages, the same values faster (docs/scale.md "scale59"): a stored record's
JSON read by orjson (`qa.store.read_json`, `json.loads` where orjson refuses one), and "is this row's transcript
among these" by runs of one name rather than `np.isin`'s sort of every name (`qa.answerable.named_among`)."""

import json
import math
import sqlite3
import zlib
from pathlib import Path

import numpy as np
import pytest

from qa.answerable import named_among, run_names
from qa.api import TranscriptQA
from qa.store import DB, read_json, read_manifest
from tests.conftest import files_qa
from tests.test_post44 import CONFERENCE, MEETING


@pytest.fixture
def qa(tmp_path) -> TranscriptQA:
    return files_qa(tmp_path, {"wildfire-meeting.txt": MEETING, "lavrov-conference.md": CONFERENCE})


def _records(folder) -> list:
    """Every stored JSON record of the index: passages, their units, sections, transcripts' infos and turns."""
    db = sqlite3.connect(folder / read_manifest(folder)["generation"] / DB)
    try:
        found = [d for (d,) in db.execute("SELECT data FROM passages")]
        found += [u for (u,) in db.execute("SELECT units FROM passages")]
        found += [d for (d,) in db.execute("SELECT data FROM sections")]
        found += [i for (i,) in db.execute("SELECT info FROM transcripts")]
        found += [zlib.decompress(t) for (t,) in db.execute("SELECT turns FROM texts")]
        return found
    finally:
        db.close()


def test_every_stored_record_reads_as_json_reads_it(qa):
    qa.store()
    records = _records(Path(qa.settings.index_dir))
    assert len(records) > 20
    for record in records:
        assert read_json(record) == json.loads(record)
    # what strict JSON refuses and `json.dumps` writes (NaN) is read by json, not lost
    value = read_json(json.dumps({"start_time": float("nan"), "end_time": 1.5}))
    assert math.isnan(value["start_time"]) and value["end_time"] == 1.5


def test_turns_read_back_as_written(qa):
    store = qa.store()
    for info in store.all_infos():
        text, turns = store.text_and_turns(info.name)
        assert turns and all(text[t.start_char:t.end_char] for t in turns)
        assert [t.index for t in turns] == list(range(len(turns)))


def test_named_among_is_np_isin_over_transcript_names(qa):
    store = qa.store()
    live = np.flatnonzero(store.live)
    names = [i.name for i in store.all_infos()]
    rng = np.random.default_rng(59)
    for _ in range(50):
        rows = np.sort(rng.choice(live, size=int(rng.integers(0, len(live))), replace=False))
        own = rng.choice(live, size=int(rng.integers(1, 6)), replace=False)
        expected = np.isin(store.transcript_names(rows), np.unique(store.transcript_names(own)))
        found = named_among(store.transcript_names(rows), set(run_names(store.transcript_names(own)).tolist()))
        assert found.dtype == bool and np.array_equal(found, expected)
        assert list(run_names(store.transcript_names(rows))) == list(dict.fromkeys(store.transcript_names(rows)))
    every = store.transcript_names(live)
    assert named_among(every, set(names)).all() and not named_among(every, set()).any()
    assert len(named_among(every[:0], set(names))) == 0
