"""Crash safety: kill -9 a writer at random moments of its write, then check the index is the old or the new state.

    nice -n 5 .venv/bin/python bench/bench_kills.py [--kills 20]

Needs bench/out/scale/source (bench/bench_scale.py source). A base index holds 3 QMSum test meetings (copies with
their real passage vectors). Each round copies it, starts a real process that removes one meeting and adds 5 more
in one commit (the write alone, vectors given: about a second), and kills it with SIGKILL after a delay drawn
uniformly over that write's measured duration. Then the index must open, hold exactly the old or the new set of
transcripts, every passage of each must equal the reference's, and a second writer must then complete the same
change (no lock left behind). Prints kills survived and passages lost.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "bench" / "out" / "kills"

WRITER = """
import sys
sys.path.insert(0, {repo!r})
from bench.bench_kills import write_change
write_change(sys.argv[1])
"""


def _qa(folder: Path):
    from qa.api import TranscriptQA
    from qa.config import Settings

    return TranscriptQA(Settings(index_dir=folder))


def _additions(copies: range):
    import numpy as np

    from bench.bench_scale import _load_source, additions

    records, vectors = _load_source()
    out = []
    for c in copies:
        out += additions(records[:8], vectors[:sum(len(r[1]) for r in records[:8])], c, np.random.default_rng(c))
    return out


def write_change(folder: str) -> None:
    """Remove the base's first meeting and add five more, in one commit."""
    from qa.store import StoreWriter, writer_lock

    qa = _qa(Path(folder))
    adds = _additions(range(1, 2))[:5]
    print("writing", flush=True)  # the kill's clock starts here: imports and loading are not the write
    with writer_lock(folder):
        writer = StoreWriter(Path(folder), qa._shape(384), ann=qa.settings.ann())
        writer.apply([base_names()[0]], adds)
        writer.close()


def base_names() -> list[str]:
    return [a.stored.info.name for a in _additions(range(0, 1))[:3]]


def _run_writer(folder: Path, kill_after: float | None) -> float:
    """Run the writer process; kill it `kill_after` seconds into its write (None: let it finish). Returns the
    seconds from the start of the write to its end."""
    process = subprocess.Popen([sys.executable, "-c", WRITER.format(repo=str(REPO)), str(folder)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "writing"
    started = time.perf_counter()
    if kill_after is not None:
        time.sleep(kill_after)
        process.send_signal(signal.SIGKILL)
    process.wait()
    return time.perf_counter() - started


def _state(folder: Path) -> dict[str, list]:
    store = _qa(folder).store()
    return {name: [store.passage(r) for r in store.transcript_rows(name)] for name in store.infos()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20)
    args = parser.parse_args()
    from qa.store import StoreWriter, writer_lock

    OUT.mkdir(parents=True, exist_ok=True)
    base = OUT / "base"
    if base.exists():
        shutil.rmtree(base)
    qa = _qa(base)
    with writer_lock(base):
        writer = StoreWriter(base, qa._shape(384), ann=qa.settings.ann())
        writer.apply([], _additions(range(0, 1))[:3])
        writer.close()
    old = _state(base)
    reference = OUT / "reference"
    shutil.rmtree(reference, ignore_errors=True)
    shutil.copytree(base, reference)
    whole = _run_writer(reference, None)
    new = _state(reference)
    print(f"one write: {whole:.2f}s; old state {len(old)} transcripts, new {len(new)}")
    rng = random.Random(5)
    survived = lost = 0
    outcomes = {"old": 0, "new": 0}
    for round_ in range(args.kills):
        folder = OUT / f"round-{round_}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(base, folder)
        delay = rng.uniform(0, whole)
        _run_writer(folder, delay)
        try:
            state = _state(folder)
        except Exception as exc:  # noqa: BLE001  (any failure to open is a kill not survived)
            print(f"round {round_}: index unreadable after a kill at {delay:.2f}s: {exc}")
            continue
        which = "old" if state == old else "new" if state == new else None
        if which is None:
            expected = old if set(state) == set(old) else new
            lost += sum(len(v) for v in expected.values()) - sum(len(v) for v in state.values())
            print(f"round {round_}: neither state after a kill at {delay:.2f}s")
            continue
        subprocess.run([sys.executable, "-c", WRITER.format(repo=str(REPO)), str(folder)], check=True)
        if _state(folder) == new:
            survived += 1
            outcomes[which] += 1
        shutil.rmtree(folder, ignore_errors=True)
    print(f"kills survived: {survived} of {args.kills} (old state {outcomes['old']}, new state {outcomes['new']}); "
          f"passages lost: {lost}")


if __name__ == "__main__":
    main()
