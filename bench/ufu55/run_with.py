"""ufu55: `python -m qa.cli ARGS` with qa.answerable.HIGHLIGHT_KINDS set: `off` (none: main's answers), `time`, or
`time,figure`:

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/ufu55/run_with.py time eval bench/ufu55/B.jsonl \\
        --index bench/out/idx-s20/index-shared --out bench/out/ufu55-B-time
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qa.answerable as answerable  # noqa: E402
from qa import cli  # noqa: E402

if __name__ == "__main__":
    answerable.HIGHLIGHT_KINDS = () if sys.argv[1] == "off" else tuple(sys.argv[1].split(","))
    cli.main(sys.argv[2:])
