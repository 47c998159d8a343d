"""Compare a bench/ask_ids.py run of the conversations-dev rows with main's dev run (`eval-dev-s48f`, whose answers
start49's code gives): every row of both whose gold rank, decline or first three citations differ, and the count of
rows compared.

    .venv/bin/python bench/fup64/against_main.py ON.jsonl /work/main/bench/out/eval-dev-s48f/dev-conversations/results.jsonl
"""

from __future__ import annotations

import argparse
import json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ours")
    parser.add_argument("main_results")
    args = parser.parse_args()
    ours = {d["id"]: d for d in map(json.loads, open(args.ours, encoding="utf-8"))}
    same = differ = 0
    for line in open(args.main_results, encoding="utf-8"):
        r = json.loads(line)
        d = ours.get(r["id"])
        if d is None:
            continue
        a = r["answer"]
        cites = [[c["transcript"], c["start_char"]] for c in a["citations"][:3]]
        rank = (r.get("scores") or {}).get("first_relevant_rank", r.get("first_relevant_rank"))
        if (d["cites"], d["answerable"], d["rank"]) == (cites, a["answerable"], rank):
            same += 1
            continue
        differ += 1
        print(f"{r['id']} {r.get('category')}: rank {rank} -> {d['rank']}, answered {a['answerable']} -> "
              f"{d['answerable']}, first cites {'same' if cites == d['cites'] else 'differ'} | {r['question']}")
    print(f"{same + differ} rows compared, {differ} differ")


if __name__ == "__main__":
    main()
