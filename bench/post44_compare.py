"""post44: two `bench/ask_ids.py` outputs of the same rows side by side (main's and the branch's answers to a batch):
per row whether it is answerable (gold), answered, the gold's first rank, and the note, changed rows marked; then
the counts (answerable rows declined, Hit@1, Hit@3; unanswerable rows declined).

    python bench/post44_compare.py bench/out/post44-A-main.jsonl bench/out/post44-A-branch.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def load(path: str) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines())}


def counts(rows: dict[str, dict]) -> str:
    ans = [d for d in rows.values() if d["gold"]]
    un = [d for d in rows.values() if not d["gold"]]
    return (f"answerable {len(ans)}: declined {sum(not d['answerable'] for d in ans)}, "
            f"hit@1 {sum(d['answerable'] and d['rank'] == 1 for d in ans)}, "
            f"hit@3 {sum(d['answerable'] and d['rank'] is not None and d['rank'] <= 3 for d in ans)}; "
            f"unanswerable {len(un)}: declined {sum(not d['answerable'] for d in un)}")


def main() -> None:
    before, after = load(sys.argv[1]), load(sys.argv[2])
    for rid, b in before.items():
        a = after[rid]
        changed = (a["answerable"], a["rank"], a["note"]) != (b["answerable"], b["rank"], b["note"])
        print("*" if changed else " ", rid, "gold" if b["gold"] else "unans", "|",
              f"{'ans' if b['answerable'] else 'DECL'} {b['rank']} -> {'ans' if a['answerable'] else 'DECL'} {a['rank']}",
              "|", b["q"][:70], "|", (b["note"] or "")[:70], "->" if changed else "", (a["note"] or "")[:90] if changed else "")
    print("before:", counts(before))
    print("after: ", counts(after))


if __name__ == "__main__":
    main()
