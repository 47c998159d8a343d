"""bench/eval_sets.py with module constants of qa.rerank (or of a module named, `qa.cite.NAME=value`) set for the run
(experimental values, not settings):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/run_with_constants.py MENTION_WEIGHT=0.2,PHRASE_WEIGHT=0.5 \
        --split dev --indexes bench/out --out bench/out/C5

Used for the phrase and mention constants (docs/retrieval.md, "A speaker named by title elsewhere in the question").
"""

import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import set_constant  # noqa: E402

if __name__ == "__main__":
    for pair in sys.argv[1].split(","):
        name = pair.split("=", 1)[0]
        set_constant(pair if "." in name else f"qa.rerank.{pair}")  # a dotted name names its module: qa.cite.X=1
    sys.argv = [str(REPO / "bench" / "eval_sets.py")] + sys.argv[2:]
    runpy.run_path(sys.argv[0], run_name="__main__")
