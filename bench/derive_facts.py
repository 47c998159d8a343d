"""scale57: write the speaker facts that a load derives from the turns (`qa.store.speaker_facts`) into every live
transcript's stored info of an index written before scale57 (or by other code), as a write of this code stores them
with each transcript, so that its load reads them instead of the turns. One SQLite transaction under the writer's
lock (a crash leaves the old infos or the new); rows, vectors and the manifest are untouched. For measuring an index
built before (`bench/unit_copies.py` runs of older code) as this code would have written it.

    HF_HUB_OFFLINE=1 nice -n 10 python bench/derive_facts.py bench/out/index-mixed-1mp
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.store import DB, DERIVED, _connect, _info_to_json, derived_fingerprint, read_manifest, speaker_facts, \
    writer_lock  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with writer_lock(args.index):
        store = TranscriptQA(Settings(index_dir=str(args.index))).store()
        infos = []
        for info in store.all_infos():  # the turns read only where the facts need them, as a load reads them
            data = _info_to_json(info)
            data[DERIVED] = {"fingerprint": derived_fingerprint(),
                             **speaker_facts(info, lambda: store.text_and_turns(info.name)[1])}
            infos.append((data, info.name))
        db = _connect(args.index / read_manifest(args.index)["generation"] / DB, readonly=False)
        try:
            db.execute("BEGIN IMMEDIATE")
            for data, name in infos:
                db.execute("UPDATE transcripts SET info=? WHERE name=? AND live=1",
                           (json.dumps(data, ensure_ascii=False), name))
            db.execute("COMMIT")
        finally:
            db.close()
    print(f"{len(infos)} transcripts' infos written in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
