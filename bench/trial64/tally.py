"""Counts of a bench/ask_ids.py output (OUT.jsonl): answerable rows with gold Hit@1, Hit@3, highlight@1, declined;
rows without gold declined; rows carrying a note of a pointer with no history; a state read as an absent speaker.

    python3 bench/trial64/tally.py OUT.jsonl [OUT2.jsonl ...]
"""

import json
import sys

STATES = ("Oregon", "California", "Nevada", "Utah", "Arizona", "New Mexico")


def state_absent(note: str | None) -> bool:
    """Whether `note` says a state is nobody who speaks ("Nobody named Utah speaks"), not a governor of it."""
    return any(f"Nobody named {s} speaks" in (note or "") for s in STATES)


for path in sys.argv[1:]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    gold = [r for r in rows if r["gold"]]
    none = [r for r in rows if not r["gold"]]
    print(path, f"gold {len(gold)}: Hit@1 {sum(r['rank'] == 1 for r in gold)}, "
          f"Hit@3 {sum(bool(r['rank']) and r['rank'] <= 3 for r in gold)}, hl@1 {sum(bool(r['hl1']) for r in gold)}, "
          f"declined {sum(not r['answerable'] for r in gold)}; no gold {len(none)}: declined "
          f"{sum(not r['answerable'] for r in none)}; 'depends on an earlier one' notes "
          f"{sum('depends on an earlier one' in (r['note'] or '') and not r['id'].startswith('conv') for r in rows)}; "
          f"'Nobody named <state> speaks' notes {sum(state_absent(r['note']) for r in rows)}")
