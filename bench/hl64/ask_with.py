"""`bench/ask_ids.py` with qa.cite's ASKED_AFTER_WORDS set (hl64: fresh4's rows the rule can read, a dev-side check
split, with the rule on and off).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hl64/ask_with.py WORDS OUT.jsonl IDS FILES ... --index COPY --report DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from bench import constants  # noqa: E402
from bench.ask_ids import main  # noqa: E402

if __name__ == "__main__":
    with constants(cite, ASKED_AFTER_WORDS=int(sys.argv[1])):
        main(sys.argv[2:])
