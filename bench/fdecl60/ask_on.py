"""bench/ask_ids.py with fdecl60's gate on at its trial value (`TOPIC_SOURCE_TRIAL`; shipped off):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fdecl60/ask_on.py OUT.jsonl REGEX --index I --report DIR
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qa.answerable as answerable  # noqa: E402
from bench.ask_ids import main  # noqa: E402

answerable.TOPIC_SOURCE_SIMILARITY = answerable.TOPIC_SOURCE_TRIAL

if __name__ == "__main__":
    main()
