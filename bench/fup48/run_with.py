"""bench/ask_ids.py with conversation constants set (fup48's measurements of BESIDE_WEIGHT):

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup48/run_with.py BESIDE_WEIGHT=0.2 -- OUT.jsonl IDS_REGEX
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.conversation as conversation  # noqa: E402

if __name__ == "__main__":
    cut = sys.argv.index("--")
    for pair in sys.argv[1:cut]:
        name, value = pair.split("=", 1)
        old = getattr(conversation, name)
        setattr(conversation, name, type(old)(value) if not isinstance(old, bool) else value == "True")
    sys.argv = [str(REPO / "bench" / "ask_ids.py"), *sys.argv[cut + 1:]]
    runpy.run_path(sys.argv[0], run_name="__main__")
