"""The condition rule's declines in a dev run made with it always on (CONDITION_SIMILARITY 1.01), by the gate on the
best highlight's similarity (`Evidence.sentence`): for each gate, the answerable and the unanswerable questions it
declines, beside what the start run (BASE) answered. Chooses `CONDITION_SIMILARITY` (docs/retrieval.md "hyp49").

    .venv/bin/python bench/hyp49/grid.py bench/out/eval-dev-hyp49a /work/main/bench/out/eval-dev-base41
"""
import json
import sys
from pathlib import Path

MARK = "what this question supposes"


def rows(run: Path) -> dict[tuple[str, str], dict]:
    out = {}
    for path in sorted(run.glob("*/results.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out[(path.parent.name, r["id"], r.get("line"))] = r
    return out


if __name__ == "__main__":
    run, base = rows(Path(sys.argv[1])), rows(Path(sys.argv[2]))
    declined = [(k, r) for k, r in run.items() if MARK in (r["answer"].get("note") or "")]
    for k, r in sorted(declined, key=lambda kr: kr[1]["answer"]["evidence"]["sentence"] or 0):
        ev, b = r["answer"]["evidence"], base.get(k)
        was = "new" if b is None else ("ans" if b["answer"]["answerable"] else "dec")
        rank = None if b is None else b.get("first_relevant_rank")
        print(f"{k[0][:22]:22} {r['id']:16} gold={'A' if r['answerable'] else 'U'} base={was} rank={rank} "
              f"sent={ev['sentence']:.3f} cos={ev['cosine']:.3f} unsaid={ev['condition_unsaid']} "
              f"shift={ev.get('condition_shift')} | {r['question']}")
    for gate in (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 1.01):
        kept = [r for _, r in declined if (r["answer"]["evidence"]["sentence"] or 0) < gate]
        print(f"gate {gate}: unanswerable declined {sum(not r['answerable'] for r in kept)}, "
              f"answerable declined {sum(r['answerable'] for r in kept)}")
