"""cite65: the first citations of given dev rows: kind, role, where the highlight falls, and which citation holds the
question turn that the first citation's turn replies to.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/cite65/top3.py RUN_DIR REGEX [DEPTH]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.cite65.measure import INDEXES, place, turn_at  # noqa: E402
from qa.api import Settings, TranscriptQA  # noqa: E402


def main(argv: list[str]) -> None:
    run, regex = argv[0], argv[1]
    depth = int(argv[2]) if len(argv) > 2 else 4
    stores = {k: TranscriptQA(Settings(index_dir=v)).store() for k, v in INDEXES.items()}
    for f in sorted(Path(run).glob("*/results.jsonl")):
        for line in f.open():
            r = json.loads(line)
            if not re.search(regex, r["id"]):
                continue
            store = stores["seed" if r["id"].startswith("seed") else "shared"]
            print(f"== {r['id']} rank={r.get('first_relevant_rank')} Q: {r['question']}  H: {r.get('history')}")
            print(f"   gold: {r['gold_quotes']}")
            for c in (r["answer"].get("citations") or [])[:depth]:
                _, turns = store.text_and_turns(c["transcript"])
                gold = {t.index for s, e in r.get("gold") or [] for t in turns
                        if t.start_char < e and s < t.end_char and r.get("transcript") in (None, c["transcript"])}
                t = turn_at(turns, c["highlight_start_char"])
                asked = None if t is None else (t.index if t.role == "question" else t.question_index)
                held = [u.index for u in turns if u.start_char < c["end_char"] and c["start_char"] < u.end_char]
                print(f"   [{c['rank']}] {c['kind']:8} {c['role']:9} {c['speaker'][:18]:18} turns={held} "
                      f"hl-turn={t.index if t else None} ({place(turns, c['highlight_start_char'], gold)}) "
                      f"asks-turn={asked} score={c['score']:.3f} hl: {c['highlight'][:110]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
