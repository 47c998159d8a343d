"""The answerable follow-ups outside the first three of a conversations run, with what was searched and where the
gold sits against the earlier answer (fup47, step 1).

    .venv/bin/python bench/fup47/misses.py RUN_DIR [RUN_DIR ...]

RUN_DIR is an eval_sets.py output (its `*-conversations/results.jsonl` is read). The earlier answer is the record
of the same file whose question is the follow-up's last history turn and whose history is the rest of it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def records(run: Path):
    for f in sorted(run.glob("*-conversations/results.jsonl")):
        yield from (json.loads(line) for line in open(f))


def main(argv):
    for run in map(Path, argv):
        recs = list(records(run))
        by_turn = {(r["question"], tuple(r.get("history") or [])): r for r in recs}
        for r in recs:
            if not r.get("answerable") or not r.get("history") or not r.get("gold"):
                continue
            if r["category"] not in ("follow-up",):
                continue
            if (r["metrics"].get("hit@3") or 0) >= 1:
                continue
            a = r["answer"]
            prev = by_turn.get((r["history"][-1], tuple(r["history"][:-1])))
            pc = (prev or {}).get("answer", {}).get("citations") or []
            prev_t = pc[0]["transcript"] if pc else None
            prev_c = (pc[0]["start_char"], pc[0]["end_char"]) if pc else None
            cits = a.get("citations") or []
            gold_t = r["transcript"]
            if not prev_t:
                where = "no-earlier"
            elif prev_t != gold_t:
                where = "other-recording"
            else:
                g0 = r["gold"][0][0]
                d = min(abs(g0 - prev_c[0]), abs(g0 - prev_c[1])) if not prev_c[0] <= g0 <= prev_c[1] else 0
                where = f"same-recording d={d}"
            print(json.dumps({
                "id": r["id"], "rank": r["first_relevant_rank"], "declined": not a.get("answerable"),
                "used": a.get("history_used"), "where": where, "history": r["history"], "q": r["question"],
                "query": a.get("query"), "note": a.get("note"), "gold": r["gold_quotes"][:1], "gold_t": gold_t,
                "first": [(c["transcript"][:30], c["start_char"]) for c in cits[:3]], "prev_t": prev_t,
            }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
