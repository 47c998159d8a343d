"""bench/eval_sets.py with conversation constants set (fup49's measurement of OWN_WORDS_SOLE_WEIGHT, off as shipped):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fup49/eval_with.py OWN_WORDS_SOLE_WEIGHT=0.3 -- --split fresh4 \\
        --indexes bench/out/idx-s20 --out bench/out/eval-fresh4-fup49
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
        setattr(conversation, name, type(getattr(conversation, name))(value))
    sys.argv = [str(REPO / "bench" / "eval_sets.py"), *sys.argv[cut + 1:]]
    runpy.run_path(sys.argv[0], run_name="__main__")
