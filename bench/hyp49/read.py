"""The evidence of hyp49's rule per question of a report of bench/hyp49/run_ids.py (DIR/batch-shared,
DIR/batch-seed): gold answerable or not, answered or not, the gold's rank, the nearest passage's cosine, the
condition read, its words said nowhere, the shift of the first highlight they bring (`condition_shift`), and the
note.

    .venv/bin/python bench/hyp49/read.py bench/out/hyp49-DIR
"""
import json
import sys
from pathlib import Path

if __name__ == "__main__":
    for part in ("batch-shared", "batch-seed"):
        path = Path(sys.argv[1]) / part / "results.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            a = r["answer"]
            ev = a.get("evidence") or {}
            right = "ok " if a["answerable"] == r["answerable"] else "XX "
            unsaid, shift = ev.get("condition_unsaid"), ev.get("condition_shift")
            print(f"{right}{r['id']:16} gold={'A' if r['answerable'] else 'U'} "
                  f"{'ans' if a['answerable'] else 'DEC'} rank={r.get('first_relevant_rank')} "
                  f"cos={ev.get('cosine') or 0:.3f} sent={ev.get('sentence') or 0:.3f} "
                  f"unsaid={unsaid} shift={shift} | {ev.get('condition')} | {a.get('note')}")
