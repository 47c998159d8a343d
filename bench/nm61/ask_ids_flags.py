"""nm61: `bench/ask_ids.py` with nm61's two changes set first: `on|off` for WHEN_CLAUSE_COMMA, then `on|off` for
SCENE_PROPER_UNSAID, then ask_ids.py's own arguments.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/nm61/ask_ids_flags.py on on bench/out/nm61-ids-both.jsonl \\
        '^(seed-1817|seed-2933|dev-hl-97[7]|...)$' --index bench/out/idx-s20
"""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable as answerable  # noqa: E402

answerable.WHEN_CLAUSE_COMMA = sys.argv.pop(1) == "on"
answerable.SCENE_PROPER_UNSAID = sys.argv.pop(1) == "on"
sys.argv[0] = str(REPO / "bench" / "ask_ids.py")
runpy.run_path(sys.argv[0], run_name="__main__")
