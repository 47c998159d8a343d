"""bench/eval_sets.py with ufup52's rule set on or off (`qa.conversation.ASTRAY_ALONE`), on one tree.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/ufup52/astray_eval.py on|off --split dev \
        --indexes bench/out/idx-s20 --out OUT
"""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402

if len(sys.argv) < 2 or sys.argv[1] not in ("on", "off"):
    raise SystemExit(__doc__)
conversation.ASTRAY_ALONE = sys.argv[1] == "on"
sys.argv = [str(REPO / "bench" / "eval_sets.py"), *sys.argv[2:]]
runpy.run_path(sys.argv[0], run_name="__main__")
