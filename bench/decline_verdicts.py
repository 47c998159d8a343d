"""Ask every question of the dev files that the decline decision is judged on (real-dev, unanswerable-dev,
decline-dev, mention-dev) over one index and save each verdict; or compare two saved runs: decline recall and
precision, false declines, and every question whose verdict changed. Answerability only: a fast loop (a few
minutes) beside `bench/eval_sets.py --split dev`, which stays the check of record.

    HF_HUB_OFFLINE=1 nice .venv/bin/python bench/decline_verdicts.py ask /tmp/my-index-shared-copy out/v-main.json
    .venv/bin/python bench/decline_verdicts.py compare out/v-main.json out/v-branch.json [--new 'dev-un-21\\d\\d']

It reads those four dev files only (no held-out file).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FILES = ("real-dev", "unanswerable-dev", "decline-dev", "mention-dev")


def ask(index: Path, out: Path) -> None:
    from qa.api import TranscriptQA
    from qa.config import Settings

    tqa = TranscriptQA(Settings(index_dir=index))
    verdicts = {}
    for name in FILES:
        for line in (REPO / "bench" / "questions" / f"{name}.jsonl").read_text().splitlines():
            q = json.loads(line)
            answer = tqa.ask(q["question"], history=q.get("history") or (), k=10)
            verdicts[q["id"]] = dict(file=name, gold=q.get("answerable", True), answered=answer.answerable,
                                     note=answer.note, question=q["question"])
    out.write_text(json.dumps(verdicts, indent=0))


def summary(verdicts: dict, ids: list[str]) -> str:
    pos = [i for i in ids if not verdicts[i]["gold"]]
    neg = [i for i in ids if verdicts[i]["gold"]]
    hit = sum(not verdicts[i]["answered"] for i in pos)
    false = sum(not verdicts[i]["answered"] for i in neg)
    real = [i for i in neg if verdicts[i]["file"] == "real-dev"]
    return (f"unanswerable declined {hit} of {len(pos)} ({hit / max(1, len(pos)):.3f}), precision "
            f"{hit / max(1, hit + false):.3f}; answerable declined {false} of {len(neg)}; real-dev "
            f"{sum(not verdicts[i]['answered'] for i in real)} of {len(real)}")


def compare(before: Path, after: Path, new: str | None) -> None:
    one, two = json.loads(before.read_text()), json.loads(after.read_text())
    ids = [i for i in one if i in two]
    fresh = [i for i in ids if new and re.fullmatch(new, i)]
    old = [i for i in ids if i not in fresh]
    for label, part in (("old", old), ("new", fresh)) if fresh else (("all", old),):
        print(f"{label} before: {summary(one, part)}")
        print(f"{label} after:  {summary(two, part)}")
    for i in ids:
        if one[i]["answered"] != two[i]["answered"]:
            gained = two[i]["answered"] == two[i]["gold"]
            print(f"{'gain' if gained else 'LOSS'} {i} | {two[i]['question']} | {two[i]['note'] or ''}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    asking = sub.add_parser("ask", help="ask every question and save the verdicts")
    asking.add_argument("index", type=Path, help="an index of the shared transcripts (a copy, never idx-s20 itself)")
    asking.add_argument("out", type=Path)
    comparing = sub.add_parser("compare", help="compare two saved runs")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--new", default=None, help="regular expression of ids reported apart")
    args = parser.parse_args(argv)
    if args.command == "ask":
        ask(args.index, args.out)
    else:
        compare(args.before, args.after, args.new)


if __name__ == "__main__":
    main()
