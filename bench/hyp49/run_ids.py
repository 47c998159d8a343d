"""bench/ask_ids.py with module constants of qa.answerable set for the run (CONDITION_READ=False: the start), and
each run's full report kept (--report), for bench/hyp49/read.py:

    HF_HUB_OFFLINE=1 .venv/bin/python bench/hyp49/run_ids.py CONDITION_READ=False OUT.jsonl 'REGEX' \
        --index bench/out/idx-s20 --report bench/out/hyp49-DIR
"""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench import set_constant  # noqa: E402
from bench.ask_ids import main  # noqa: E402

if __name__ == "__main__":
    if "=" in sys.argv[1]:
        for pair in sys.argv.pop(1).split(","):
            set_constant(pair if "." in pair.split("=", 1)[0] else f"qa.answerable.{pair}")
    main(sys.argv[1:])
