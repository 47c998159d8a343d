"""bench/ask_ids.py with the word gate's cosine read but never deciding (UNSAID_WORD_SIMILARITY 1.0: read where the
source-silent rule declines; no cosine reaches 1.0 in practice, so every answer is the shipped code's), for
bench/fdecl59/word_gate.py to replay thresholds on:

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fdecl59/ask_measured.py OUT.jsonl REGEX --index I --report DIR
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qa.answerable as answerable  # noqa: E402
from bench.ask_ids import main  # noqa: E402

answerable.UNSAID_WORD_SIMILARITY = 1.0

if __name__ == "__main__":
    main()
