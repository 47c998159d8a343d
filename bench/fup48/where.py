"""Where the gold of each answerable follow-up outside the first three lies against the earlier answer's first
citation (fup48, step 1): its distance in characters, in passages of the store (rows), and its rank.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup48/where.py ROWS.json --indexes bench/out/idx-copy

ROWS.json is `bench/fup43_classes.py --out`'s; prints one line per row and a count by distance.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--indexes", type=Path, required=True)
    parser.add_argument("--results", type=Path, nargs="+", default=[
        Path("/work/main/bench/out/eval-dev-rev39b/dev-conversations/results.jsonl"),
        Path("/work/main/bench/out/eval-fresh4-rev39b/fresh4-conversations/results.jsonl")])
    args = parser.parse_args(argv)
    gold = {}
    for path in args.results:
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            gold[r["id"]] = (r["transcript"], r["gold"])
    rows = json.loads(args.rows.read_text(encoding="utf-8"))
    qa = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    counts = collections.Counter()
    for row in rows:
        if row["class"] not in ("same-turn", "same-exchange", "ellipsis", "drowned", "other", "own-ignored",
                                "earlier-wrong"):
            continue
        transcript, spans = gold[row["id"]]
        earlier = qa.ask(row["history"][-1], history=row["history"][:-1], k=5)
        if not earlier.citations or earlier.citations[0].transcript != transcript:
            bucket = "other recording" if earlier.citations else "earlier declined"
            d = None
        else:
            c = earlier.citations[0]
            d = min(max(0, s - c.end_char, c.start_char - e) for s, e in spans)
            bucket = ("overlaps" if d == 0 else "< 1000" if d < 1000 else "< 2000" if d < 2000 else
                      "< 4000" if d < 4000 else "farther")
        counts[(row["class"], bucket)] += 1
        print(row["id"], row["class"], bucket, d, "rank", row["rank"], "|", row["question"], flush=True)
    for key, n in sorted(counts.items()):
        print(key, n)


if __name__ == "__main__":
    main()
