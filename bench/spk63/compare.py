"""spk63: two runs of the same ids (bench/hl45_subset.py's --out folders) row by row: answered or declined, the
gold's first rank, highlight@1, the note, and whether the note is one of this issue's wrong notes
(bench/spk63/count.py's classes); the rows that differ, then totals per run.

    PYTHONPATH=. .venv/bin/python bench/spk63/compare.py bench/out/spk63-A-off bench/out/spk63-A-on
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench" / "spk63"))

from count import classes  # noqa: E402


def rows(folder: Path) -> dict[str, dict]:
    found = {}
    for results in sorted(folder.glob("dev-*/results.jsonl")):
        for line in results.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            a = r.get("answer") or {}
            s = r.get("metrics") or {}
            found[r["id"]] = {"gold": r.get("answerable"), "answered": a.get("answerable"),
                              "rank": s.get("first_relevant_rank"), "hl1": bool(s.get("highlight@1")),
                              "note": a.get("note"), "wrong": classes(a.get("note")), "q": r["question"]}
    return found


def totals(found: dict[str, dict]) -> str:
    real = [r for r in found.values() if r["gold"]]
    un = [r for r in found.values() if not r["gold"]]
    return (f"answerable {len(real)}: Hit@1 {sum(r['rank'] == 1 for r in real)}, highlight@1 "
            f"{sum(r['hl1'] for r in real)}, declined {sum(not r['answered'] for r in real)}; unanswerable {len(un)}: "
            f"declined {sum(not r['answered'] for r in un)}, noted {sum(bool(r['answered'] and r['note']) for r in un)}; "
            f"wrong notes {sum(bool(r['wrong']) for r in found.values())}")


def main() -> None:
    before, after = rows(Path(sys.argv[1])), rows(Path(sys.argv[2]))
    for key in before:
        b, a = before[key], after.get(key)
        if a is None:
            continue
        if (b["answered"], b["rank"], b["hl1"], b["note"]) != (a["answered"], a["rank"], a["hl1"], a["note"]):
            print(f"{key} [{'answerable' if b['gold'] else 'unanswerable'}] {b['q']}")
            for name, r in (("  before", b), ("  after ", a)):
                print(f"{name}: {'answered' if r['answered'] else 'declined'} rank {r['rank']} hl {r['hl1']} | "
                      f"{r['note']}{' [WRONG]' if r['wrong'] else ''}")
    print("before:", totals(before))
    print("after: ", totals({k: v for k, v in after.items() if k in before}))


if __name__ == "__main__":
    main()
