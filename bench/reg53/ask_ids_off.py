"""bench/ask_ids.py with reg53's two rules off (main's rules: `qa.exchange.NAMED_REPLY`,
`qa.answerable.SUMMARY_WORDS`), or one of them off (--only-summary-off, --only-reply-off); the same arguments.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg53/ask_ids_off.py OUT.jsonl REGEX --index bench/out/idx-s20
"""
import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
import qa.exchange  # noqa: E402

args = sys.argv[1:]
qa.answerable.SUMMARY_WORDS = "--only-reply-off" in args
qa.exchange.NAMED_REPLY = "--only-summary-off" in args
sys.argv = [str(REPO / "bench" / "ask_ids.py")] + [a for a in args if not a.startswith("--only-")]
runpy.run_path(sys.argv[0], run_name="__main__")
