"""bench/eval_sets.py with ufup52's rule off (`qa.conversation.ASTRAY_ALONE = False`): main's answers on this tree.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/ufup52/off.py --split dev --indexes bench/out/idx-s20 --out OUT
"""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa import conversation  # noqa: E402

conversation.ASTRAY_ALONE = False
sys.argv = [str(REPO / "bench" / "eval_sets.py"), *sys.argv[1:]]
runpy.run_path(sys.argv[0], run_name="__main__")
