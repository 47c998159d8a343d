"""nm56: bench/ask_ids.py with nm56's rule on (`qa.answerable.REGISTER_UNSAID`); the same arguments.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm56/ask_ids_on.py OUT.jsonl 'IDS' [files ...] --index IDX
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.ask_ids import main  # noqa: E402

if __name__ == "__main__":
    qa.answerable.REGISTER_UNSAID = True
    main()
