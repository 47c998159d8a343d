"""bench/ask_ids.py with qa.answerable.REFERENT_NAMES set (ufu58's on and off runs of the same tree):

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/ufu58/ask_with.py True -- OUT.jsonl IDS_REGEX [--index DIR]
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402

if __name__ == "__main__":
    cut = sys.argv.index("--")
    answerable.REFERENT_NAMES = sys.argv[1] == "True"
    sys.argv = [str(REPO / "bench" / "ask_ids.py"), *sys.argv[cut + 1:]]
    runpy.run_path(sys.argv[0], run_name="__main__")
