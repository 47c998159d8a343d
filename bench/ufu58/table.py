"""Off and on runs of bench/ask_ids.py (bench/ufu58/ask_with.py False / True) per batch kind: unanswerable
follow-ups declined, answerable rows declined, Hit@1 and Hit@3, and each row whose answer moved.

    .venv/bin/python bench/ufu58/table.py OFF.jsonl ON.jsonl
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def load(path: str) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, open(path, encoding="utf-8"))}


def figures(rows: list[dict]) -> str:
    """`gold`: the row is answerable; `answerable`: the system answered it; `rank`: the gold's first rank."""
    un = [r for r in rows if not r["gold"]]
    ans = [r for r in rows if r["gold"]]
    return (f"unanswerable declined {sum(not r['answerable'] for r in un)}/{len(un)}; answerable declined "
            f"{sum(not r['answerable'] for r in ans)}/{len(ans)}; hit@1 {sum(r['rank'] == 1 for r in ans)}, "
            f"hit@3 {sum(r['rank'] is not None and r['rank'] <= 3 for r in ans)}")


def main() -> None:
    off, on = load(sys.argv[1]), load(sys.argv[2])
    kinds = {}
    for line in open(REPO / "bench" / "questions" / "conversations-dev.jsonl", encoding="utf-8"):
        row = json.loads(line)
        kinds[row["id"]] = row.get("kind", "")
    by_kind = defaultdict(list)
    for i in off:
        by_kind[kinds.get(i, "?")].append(i)
    for kind, ids in sorted(by_kind.items()):
        print(f"{kind}: off {figures([off[i] for i in ids])}")
        print(f"{' ' * len(kind)}  on  {figures([on[i] for i in ids if i in on])}")
    for i in off:
        a, b = off[i], on.get(i)
        if b is None or (a["answerable"], a["rank"], a["note"]) != (b["answerable"], b["rank"], b["note"]):
            print(i, "answerable" if a["gold"] else "unanswerable", a["rank"], repr(a["note"]), "->",
                  b and b["rank"], repr(b and b["note"]), "|", a["q"])


if __name__ == "__main__":
    main()
