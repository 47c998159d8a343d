"""Run bench/hl45_subset.py with both of hl61's rules off (qa.cite.NAMING_WEIGHT and qa.rerank.NAME_RANK_WEIGHT at 0:
main's rules), whatever --set asks besides: `python bench/hl61/off.py --ids ... --indexes ... --out ...`."""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
import qa.cite  # noqa: E402
import qa.rerank  # noqa: E402

qa.cite.NAMING_WEIGHT = 0.0
qa.rerank.NAME_RANK_WEIGHT = 0.0
sys.argv = [str(REPO / "bench/hl45_subset.py"), *sys.argv[1:]]
runpy.run_path(sys.argv[0], run_name="__main__")
