"""Ask free questions over a copy of the shared index; print answered, note, first citation's file and sentence.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/spk63/probe.py --index bench/out/idx-s20/index-shared Q ...
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--index", type=Path, default=REPO / "bench/out/idx-s20/index-shared")
    p.add_argument("--set", action="append", default=[], help="qa.answerable.NAME=VALUE")
    p.add_argument("questions", nargs="+")
    a = p.parse_args()
    import qa.answerable as ans
    for kv in a.set:
        k, v = kv.split("=", 1)
        setattr(ans, k, eval(v))
    qa = TranscriptQA(Settings(index_dir=a.index))
    for q in a.questions:
        r = qa.ask(q, k=3)
        first = r.citations[0] if r.citations else None
        print("Q:", q)
        print("  answerable:", r.answerable, "| note:", r.note)
        if first is not None:
            print("  first:", getattr(first, "transcript", "?"), "|", str(getattr(first, "highlight", ""))[:160])


if __name__ == "__main__":
    main()
