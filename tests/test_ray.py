"""`tqa ingest --ray` on a local Ray cluster writes the index a local ingest writes."""

import numpy as np
import pytest

from qa.api import TranscriptQA
from qa.config import Settings
from tests.test_ingest import INTERVIEW
from tests.test_store import GARDEN


def test_ingest_on_a_local_ray_cluster_writes_the_same_index_as_a_local_ingest(tmp_path):
    ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'transcript-qa[ray]'")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bees.txt").write_text(INTERVIEW, encoding="utf-8")  # small files: the worker's model load dominates
    (folder / "garden.txt").write_text(GARDEN, encoding="utf-8")
    local = TranscriptQA(Settings(index_dir=tmp_path / "local"))
    local.ingest([folder])
    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False)  # a local cluster of one worker
    try:
        distributed = TranscriptQA(Settings(index_dir=tmp_path / "ray", ray_cpus_per_task=1))
        report = distributed.ingest([folder], ray_address="")
    finally:
        ray.shutdown()
    assert sorted(report.added) == ["bees.txt", "garden.txt"] and not report.errors
    ours, theirs = local.store(), distributed.store()
    assert ours.infos() == {**theirs.infos()}
    for name in ours.infos():
        rows, other = ours.transcript_rows(name), theirs.transcript_rows(name)
        assert [ours.passage(r) for r in rows] == [theirs.passage(r) for r in other]
        assert [ours.units(r) for r in rows] == [theirs.units(r) for r in other]
        cosines = (ours.vectors(rows) * theirs.vectors(other)).sum(axis=1)
        units = np.concatenate([ours.unit_vectors(r) * theirs.unit_vectors(o) for r, o in zip(rows, other)])
        assert cosines.min() >= 0.9999 and units.sum(axis=1).min() >= 0.9999
