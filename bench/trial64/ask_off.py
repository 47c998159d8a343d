"""bench/ask_ids.py with trial64's rules off (qa.answerable.STATE_SPEAKS, qa.conversation.ASKER_SUBJECT False): main's
reading, for before/after comparisons on the same tree. Same arguments as bench/ask_ids.py.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/trial64/ask_off.py OUT.jsonl REGEX [files] --index COPY
"""

import runpy
import sys
from pathlib import Path

import qa.answerable
import qa.conversation

qa.answerable.STATE_SPEAKS = False
qa.conversation.ASKER_SUBJECT = False
sys.argv = [str(Path(__file__).resolve().parents[1] / "ask_ids.py"), *sys.argv[1:]]
runpy.run_path(sys.argv[0], run_name="__main__")
