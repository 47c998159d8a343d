"""nm54: bench/ask_ids.py with `qa.answerable.SUMMARY_TOPIC` off (main's reading), same arguments.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm54/ask_ids_off.py OUT.jsonl REGEX --index INDEX [files]
"""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402

qa.answerable.SUMMARY_TOPIC = False
sys.argv = [str(REPO / "bench" / "ask_ids.py"), *sys.argv[1:]]
runpy.run_path(sys.argv[0], run_name="__main__")
