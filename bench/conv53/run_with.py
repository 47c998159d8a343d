"""conv53: `python -m qa.cli ARGS` with qa.answerable.FRAMED_REFERENT on or off (off: main's reading of a follow-up's
framed topic, as shipped):

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/conv53/run_with.py on eval bench/conv53/B.jsonl \\
        --index bench/out/idx-s20/index-shared --out bench/out/conv53-B-on
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qa.answerable as answerable  # noqa: E402
from qa import cli  # noqa: E402

if __name__ == "__main__":
    answerable.FRAMED_REFERENT = sys.argv[1] == "on"
    cli.main(sys.argv[2:])
