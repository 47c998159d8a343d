"""spk48's grid: ask the rows whose ids match a regular expression (bench/ask_ids.py) with qa.rerank constants set,
and print Hit@1 / MRR@10 per constant set and each row whose first rank differs from the first set's.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/spk48/probe.py 'IDS_REGEX' 'STATE_WEIGHT=0' \\
        'STATE_WEIGHT=0.2' 'STATE_WEIGHT=0.3,STATE_TOPIC=true' ... [--index bench/out/idx-copy]
"""
import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.rerank  # noqa: E402
from bench import set_constant  # noqa: E402
from bench.ask_ids import main as ask_ids  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ids")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--index", default=str(REPO / "bench" / "out" / "idx-copy"))
    args = ap.parse_args()
    names = {p.split("=")[0] for s in args.sets for p in s.split(",")}
    default = {n: getattr(qa.rerank, n) for n in names}
    runs = []
    for one in args.sets:
        for n, v in default.items():
            setattr(qa.rerank, n, v)
        for pair in one.split(","):
            set_constant(f"qa.rerank.{pair}")
        out = Path(tempfile.mkdtemp()) / "out.jsonl"
        with contextlib.redirect_stdout(io.StringIO()):
            ask_ids([str(out), args.ids, "--index", args.index])
        rows = {d["id"]: d for d in map(json.loads, out.read_text().splitlines())}
        runs.append(rows)
        ans = [d for d in rows.values() if d["gold"]]
        hit = sum(d["rank"] == 1 for d in ans)
        mrr = sum(1 / d["rank"] for d in ans if d["rank"] and d["rank"] <= 10)
        declined = sum(not d["answerable"] for d in ans)
        print(f"{one:<45} n {len(ans)} hit@1 {hit} ({hit / max(1, len(ans)):.3f}) MRR {mrr / max(1, len(ans)):.3f} "
              f"declined {declined}", flush=True)
    first = runs[0]
    for one, rows in zip(args.sets[1:], runs[1:]):
        for i, d in rows.items():
            if d["rank"] != first[i]["rank"]:
                print(f"  {one}: {i} {first[i]['rank']} -> {d['rank']} | {d['q']}")


if __name__ == "__main__":
    main()
