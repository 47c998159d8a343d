"""hl64: the earlier turns of the dev conversations whose highlights ASKED_AFTER_WORDS moves (dev only).

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/hl64/history_moves.py INDEX_DIR > bench/hl64/history-moves.txt

Asks each distinct question of a history in bench/questions/conversations-dev.jsonl alone over INDEX_DIR (the shared
transcripts' index) with the rule as the code sets it, and counts the citations whose highlight shown `asked_after`
moved (a follow-up reads what the earlier answer highlighted: `Context.told`). Prints the ids of the conversation
rows whose history holds such a question, as one regular expression, and the count on stderr.
"""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.cite as cite  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402


def main():
    rows = [json.loads(line) for line in (REPO / "bench/questions/conversations-dev.jsonl").open(encoding="utf-8")]
    asked = sorted({h if isinstance(h, str) else h.get("question") for r in rows for h in r.get("history") or []})
    rule = cite.asked_after
    moved = []

    def recording(*args, **kwargs):
        out = rule(*args, **kwargs)
        if out != (args[4], args[5]):
            moved.append(out)
        return out

    cite.asked_after = recording
    tqa = TranscriptQA(Settings(index_dir=Path(sys.argv[1])))
    hits = set()
    for i, q in enumerate(asked):
        moved.clear()
        tqa.ask(q)
        if moved:
            hits.add(q)
        if i % 200 == 0:
            print(i, len(hits), file=sys.stderr, flush=True)
    ids = [r["id"] for r in rows if any((h if isinstance(h, str) else h.get("question")) in hits
                                        for h in r.get("history") or [])]
    print(f"{len(hits)} of {len(asked)} history questions moved; {len(ids)} conversation rows", file=sys.stderr)
    print("^(" + "|".join(re.escape(i) for i in ids) + ")$")


if __name__ == "__main__":
    main()
