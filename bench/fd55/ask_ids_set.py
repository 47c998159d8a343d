"""fd55: bench/ask_ids.py with module constants set first (`--set qa.answerable.NAME=VALUE`, repeatable), for asking
a few dev questions with a rule on or off.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fd55/ask_ids_set.py --set qa.answerable.ATTITUDE_WORDS=True \\
        OUT.jsonl REGEX [question files ...] --index bench/out/idx-s20
"""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.kind_batch import set_constant  # noqa: E402

args, rest = [], sys.argv[1:]
while rest[:1] == ["--set"]:
    set_constant(rest[1])
    rest = rest[2:]
sys.argv = [str(REPO / "bench" / "ask_ids.py"), *rest]
runpy.run_path(sys.argv[0], run_name="__main__")
