"""conversations-dev alone, with module constants set otherwise: the figures a conversation constant is chosen on.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/conversations_grid.py --out bench/out/conv-base
    HF_HUB_OFFLINE=1 .venv/bin/python bench/conversations_grid.py --out bench/out/conv-bare0.3 \\
        --set qa.conversation.BARE_NEAR_WEIGHT=0.3 --against bench/out/conv-base/rows.json

Asks bench/questions/conversations-dev.jsonl through `tqa eval`'s code over the shared transcripts (the index in
--indexes/index-shared, built there when missing) and prints, for the questions up to --older (their ids' number;
the ones a constant is chosen on) and those after it (written as a check): follow-up Hit@3 and Hit@1 (first gold
citation, k = 5), switches whose answer is that of the question asked alone, and nonsense and unanswerable
follow-ups declined. Each question's rank, whether it was declined and whether it matched its alone answer go to
--out/rows.json; with --against (an earlier rows.json), every question whose rank, decline or match moved is listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import set_constant  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
QUESTIONS = REPO / "bench" / "questions" / "conversations-dev.jsonl"


def rows_of(indexes: Path) -> dict[str, dict]:
    run = run_eval(QUESTIONS, settings=Settings(), corpus=SHARED, index=indexes / "index-shared")
    return {r.question.id: {"category": r.question.category, "answerable": r.question.answerable,
                            "rank": r.scores.get("first_relevant_rank"), "same": r.scores.get("alone_identical"),
                            "said": r.answer.answerable, "question": r.question.question}
            for r in run.results}


def figures(rows: dict[str, dict], k: int = 3) -> str:
    follow = [r for r in rows.values() if r["category"] == "follow-up" and r["answerable"] is not False]
    switch = [r for r in rows.values() if r["category"] == "switch"]
    refuse = [r for r in rows.values() if r["category"] in ("nonsense", "unanswerable-follow-up")
              or (r["category"] == "follow-up" and r["answerable"] is False)]
    hit = sum(1 for r in follow if r["rank"] and r["rank"] <= k)
    first = sum(1 for r in follow if r["rank"] == 1)
    return (f"follow-up Hit@{k} {hit}/{len(follow)}, Hit@1 {first}; switches identical "
            f"{sum(bool(r['same']) for r in switch)}/{len(switch)}; declined {sum(not r['said'] for r in refuse)}/"
            f"{len(refuse)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for rows.json")
    parser.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE",
                        help="a module constant set otherwise, e.g. qa.conversation.BARE_NEAR_WEIGHT=0.3")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out",
                        help="folder of index-shared (built there when missing)")
    parser.add_argument("--older", type=int, default=1155, help="the last id number the constants are chosen on")
    parser.add_argument("--against", type=Path, help="an earlier rows.json: list what moved")
    args = parser.parse_args(argv)
    for item in args.set:
        set_constant(item)
    rows = rows_of(args.indexes)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "rows.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        for key, row in rows.items():
            was = before.get(key)
            if was and (was["rank"], was["said"], was["same"]) != (row["rank"], row["said"], row["same"]):
                print(f"  {key} {row['category']}: rank {was['rank']} -> {row['rank']}, declined "
                      f"{not was['said']} -> {not row['said']}, as alone {was['same']} -> {row['same']}"
                      f" | {row['question']}")
    number = lambda key: int(key.rsplit("-", 1)[-1])  # noqa: E731
    print("older:", figures({k: v for k, v in rows.items() if number(k) <= args.older}))
    print("newer:", figures({k: v for k, v in rows.items() if number(k) > args.older}))


if __name__ == "__main__":
    main()
