"""scale57: the speaker facts a load derived from the turns of every transcript with a post or a title-only label
(`TranscriptInfo.speaker_names`, `speaker_places`: at 1M passages of meetings and hearings, about 300 transcripts'
turns at every load) are written with each transcript, under the fingerprint of the code that derived them, and a
load of the same code reads them there; an index written before, or by other code, derives them at load as before
(docs/scale.md "scale57")."""

import json
import sqlite3

import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from qa.store import DB, DERIVED, derived_fingerprint, read_manifest
from qa.transcript_facts import speaker_places
from tests.conftest import files_qa
from tests.test_post44 import CONFERENCE, MEETING


@pytest.fixture
def qa(tmp_path) -> TranscriptQA:
    return files_qa(tmp_path, {"wildfire-meeting.txt": MEETING, "lavrov-conference.md": CONFERENCE})


def _stored_infos(folder) -> dict[str, dict]:
    db = sqlite3.connect(folder / read_manifest(folder)["generation"] / DB)
    try:
        return {name: json.loads(info) for name, info in db.execute("SELECT name, info FROM transcripts WHERE live=1")}
    finally:
        db.close()


def _write_infos(folder, infos: dict[str, dict]) -> None:
    db = sqlite3.connect(folder / read_manifest(folder)["generation"] / DB)
    try:
        with db:
            for name, info in infos.items():
                db.execute("UPDATE transcripts SET info=? WHERE name=? AND live=1", (json.dumps(info), name))
    finally:
        db.close()


def _loaded(folder) -> dict:
    return TranscriptQA(Settings(index_dir=folder)).store().infos()


def test_a_write_stores_the_speaker_facts_that_a_load_reads_instead_of_the_turns(qa):
    folder = qa.settings.index_dir
    stored = _stored_infos(folder)
    meeting = stored["wildfire-meeting.txt"]
    # written with the transcript, derived by this code: what the turns say (post44's places)
    assert meeting[DERIVED]["fingerprint"] == derived_fingerprint()
    turns = qa.store().transcript("wildfire-meeting.txt").turns
    assert [tuple(p) for p in meeting[DERIVED]["speaker_places"]] == list(speaker_places(turns))
    assert ("GOVERNOR BROWN", "oregon") in {(label, place.lower()) for label, place, _ in speaker_places(turns)}
    # the info's own fields are stored as they were
    assert "speaker_places" not in meeting and "speaker_names" not in meeting
    before = _loaded(folder)
    assert before["wildfire-meeting.txt"].speaker_places == speaker_places(turns)

    # a load reads the stored facts, not the turns: a place planted under this code's fingerprint is the one loaded
    planted = {**meeting, DERIVED: {**meeting[DERIVED], "speaker_places": [["GOVERNOR BROWN", "Idaho", "claimed"]]}}
    _write_infos(folder, {"wildfire-meeting.txt": planted})
    assert _loaded(folder)["wildfire-meeting.txt"].speaker_places == (("GOVERNOR BROWN", "Idaho", "claimed"),)

    # ... and never other code's: under another fingerprint, derived from the turns again
    other = {**planted, DERIVED: {**planted[DERIVED], "fingerprint": "other code"}}
    _write_infos(folder, {"wildfire-meeting.txt": other})
    assert _loaded(folder) == before


def test_an_index_written_before_the_facts_were_stored_loads_the_same_infos(qa):
    folder = qa.settings.index_dir
    before = _loaded(folder)
    assert any(info.speaker_places for info in before.values())
    # as an index of the code before scale57 stores them: no derived facts
    _write_infos(folder, {name: {k: v for k, v in info.items() if k != DERIVED}
                          for name, info in _stored_infos(folder).items()})
    assert all(DERIVED not in info for info in _stored_infos(folder).values())
    assert _loaded(folder) == before
    # the next write stores the facts with the transcript it adds, and the old ones still load as before
    (folder.parent / "again.txt").write_text(MEETING, encoding="utf-8")
    qa.ingest([folder.parent / "again.txt"])
    stored = _stored_infos(folder)
    assert stored["again.txt"][DERIVED]["fingerprint"] == derived_fingerprint()
    after = _loaded(folder)
    assert {k: v for k, v in after.items() if k != "again.txt"} == before
    assert after["again.txt"].speaker_places == before["wildfire-meeting.txt"].speaker_places


def test_every_transcript_named_gives_every_live_row_kept_and_the_same_best_unit_cosine(qa):
    store = qa.store()
    names = [info.name for info in store.all_infos()]
    every = store.rows(names, None)
    # the rows of each transcript, all of them: as before, and kept per Store (read-only, the same array again)
    assert every.tolist() == sorted(r for name in names for r in store.rows([name], None).tolist())
    assert every is store.rows(list(reversed(names)), None) is store.every_live_row()
    assert not every.flags.writeable
    assert store.rows(names[:1], None) is not every  # a filter of fewer transcripts is read as before
    vector = qa.query_encoder.encode(["record heat in the state"])[0]
    per_transcript = max(store.best_unit_cosine(store.rows([name], None), vector) for name in names)
    assert store.best_unit_cosine(every, vector) == pytest.approx(per_transcript, abs=1e-6)
    # after a removal a new Store keeps the live rows only
    qa.remove("lavrov-conference.md")
    assert qa.store().rows(["wildfire-meeting.txt"], None) is qa.store().every_live_row()
