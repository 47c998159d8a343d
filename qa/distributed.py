"""Ingest past one machine: parse, segment and embed as Ray tasks, then write here, as a local ingest does.

`tqa ingest --ray` connects to the cluster at `RAY_ADDRESS` or the given address (`ray start --head` on the head
node, `ray start --address HEAD:6379` on each worker; docs/scale.md), or starts a local one when there is none.
Files are read here and sent to the tasks in chunks; each worker loads the model once and returns the passages,
sections, sentence units and vectors, which this process writes under the index's writer lock. Ray is an optional
dependency (`pip install 'transcript-qa[ray]'`), imported only here.
"""

from __future__ import annotations

import functools
import os

from qa.errors import TqaError

CHUNK_WORDS = 200_000  # about a minute of one worker's encoder time: large enough to hide the task overhead


def ray_runner(address: str | None, settings):
    """A runner for qa.ingest.ingest_sources that prepares the files on a Ray cluster."""
    try:
        import ray
    except ImportError:
        raise TqaError("--ray needs Ray: install it with `pip install 'transcript-qa[ray]'` (or `pip install ray`)") \
            from None

    def run(pipeline, items, progress):
        if not items:
            return [], []
        if not ray.is_initialized():
            try:
                ray.init(address=address or os.environ.get("RAY_ADDRESS") or None, include_dashboard=False,
                         log_to_driver=False, configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise TqaError(f"cannot reach the Ray cluster at {address or os.environ.get('RAY_ADDRESS')}: "
                               f"{exc}; start it with `ray start --head` or give its address") from None
        task = ray.remote(_prepare_chunk).options(num_cpus=settings.ray_cpus_per_task)
        chunks = _chunks(items)
        pending = [task.remote(settings, chunk) for chunk in chunks]
        total = sum(len(chunk) for chunk in chunks)
        prepared, errors, done = [], [], 0
        while pending:
            finished, pending = ray.wait(pending, num_returns=1)
            for ready in ray.get(finished):
                prepared += ready[0]
                errors += ready[1]
                done += ready[2]
            if progress:
                progress(done, total, "files parsed and embedded on Ray")
        order = {source.name: i for i, (source, _) in enumerate(items)}
        prepared.sort(key=lambda p: order[p.transcript.name])
        return prepared, errors

    return run


def _chunks(items):
    """Groups of (source, hash) of about CHUNK_WORDS words each, in order."""
    chunks, current, words = [], [], 0
    for item in items:
        current.append(item)
        words += len(item[0].data) // 6  # about six bytes a word
        if words >= CHUNK_WORDS:
            chunks.append(current)
            current, words = [], 0
    if current:
        chunks.append(current)
    return chunks


def _prepare_chunk(settings, chunk):
    """On a worker: parse, segment and embed one chunk with that worker's encoder."""
    from qa.ingest import prepare_here

    prepared, errors = prepare_here(_pipeline(settings), chunk, None)
    return prepared, errors, len(chunk)


@functools.lru_cache(maxsize=2)
def _pipeline(settings):
    from embeddings.encoder import load_encoder
    from qa.ingest import Pipeline

    return Pipeline(settings, load_encoder(settings.model))
