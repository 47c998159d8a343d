"""Ask one batch of unans47's rows (`kind` unans47, field `batch`) through bench/ask_ids.py, with the rule of the
branch (default: qa.answerable.FIGURE_RIVAL_READ = True, though it ships off) or without it (--off: False, as main).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/unans47/ask_batch.py A OUT.jsonl [--off] [--index DIR]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench import ask_ids  # noqa: E402
from qa import answerable  # noqa: E402


def batch_ids(batch: str) -> list[str]:
    ids = []
    for name in ask_ids.FILES:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("kind") == "unans47" and row.get("batch") == batch:
                ids.append(row["id"])
    return ids


def main() -> None:
    args = sys.argv[1:]
    batch, out = args[0], args[1]
    answerable.FIGURE_RIVAL_READ = "--off" not in args
    if "--off" in args:
        answerable.FIGURE_RIVAL_READ = False
        args.remove("--off")
    rest = args[2:]
    ids = batch_ids(batch)
    ask_ids.main([out, "^(" + "|".join(ids) + ")$", *rest])


if __name__ == "__main__":
    main()
