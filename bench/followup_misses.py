"""The dev follow-ups outside the first three of a conversations-dev run, sorted by why they miss.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/followup_misses.py \\
        /work/main/bench/out/eval-dev-s15f/dev-conversations/results.jsonl --indexes /work/main/bench/out/idx-s15

For each follow-up (category `follow-up`, with gold) whose first gold citation is not within the first three, it
asks the earlier question again (with its own history) over index-shared, k = 30, asks the follow-up again with its
history and alone, k = 30, and puts the miss in the first class that fits:

- `declined`: the follow-up is declined with its history (qa/answerable.py);
- `not-taken`: the history is not used (the dependence rule read it as standalone);
- `earlier-dominates`: history used, and the follow-up's first citation lies within NEAR_REACH of the earlier
  answer's first citation (the earlier answer's passage comes first again);
- `own-words-elsewhere`: history used, and the first citation lies away from the earlier answer, and asked alone the
  follow-up's first citation is that same passage or another away from the gold (its own words lead elsewhere);
- `drowned`: history used, and asked alone the follow-up ranks its gold better than with its history;
- `not-found`: the gold is neither near the earlier answer nor found asked alone (with history, the follow-up's
  first citation is away from both).

The gold quotes of each miss are printed beside the cited highlight, so that an arguable gold or a follow-up that
the transcripts cannot answer can be read off (no script can judge that).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.conversation import NEAR_REACH  # noqa: E402

DEPTH = 30


def gold_rank(citations, transcript: str, gold: list) -> int | None:
    for c in citations:
        if c.transcript == transcript and any(c.start_char < e and s < c.end_char for s, e in gold):
            return c.rank
    return None


def near(a, b) -> bool:
    return (a.transcript == b.transcript and a.start_char - NEAR_REACH < b.end_char
            and b.start_char - NEAR_REACH < a.end_char)


def classify(qa: TranscriptQA, record: dict) -> dict:
    history, question = record["history"], record["question"]
    earlier = qa.ask(history[-1], history=history[:-1], k=DEPTH)
    follow = qa.ask(question, history=history, k=DEPTH)
    alone = qa.ask(question, use_history=False, k=DEPTH)
    transcript, gold = record["transcript"], record["gold"]
    row = {"id": record["id"], "history": history, "question": question, "gold_quotes": record["gold_quotes"],
           "rank": gold_rank(follow.citations, transcript, gold),
           "alone_rank": gold_rank(alone.citations, transcript, gold),
           "earlier_gold_rank": gold_rank(earlier.citations, transcript, gold),
           "first": follow.citations[0].highlight if follow.citations else None}
    first = follow.citations[0] if follow.citations else None
    before = earlier.citations[0] if earlier.citations else None
    if not follow.answerable:
        row["class"] = "declined"
    elif not follow.history_used:
        row["class"] = "not-taken"
    elif first is not None and before is not None and near(first, before):
        row["class"] = "earlier-dominates"
    elif row["alone_rank"] and (row["rank"] is None or row["alone_rank"] < row["rank"]):
        row["class"] = "drowned"
    elif alone.citations and first is not None and (near(alone.citations[0], first) or row["alone_rank"] is None
                                                    or row["alone_rank"] > 3):
        row["class"] = "own-words-elsewhere"
    else:
        row["class"] = "not-found"
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, help="a conversations-dev results.jsonl")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out", help="folder of index-shared")
    parser.add_argument("--out", type=Path, help="write the rows here as JSON")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in args.results.read_text(encoding="utf-8").splitlines() if line.strip()]
    # a follow-up needs an earlier question to follow (a file's line without history is left out: fup38)
    misses = [r for r in records if r["category"] == "follow-up" and r["answerable"] is not False and r["gold"]
              and r.get("history") and not (r["first_relevant_rank"] and r["first_relevant_rank"] <= 3)]
    qa = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    rows = [classify(qa, r) for r in misses]
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["class"]] = counts.get(row["class"], 0) + 1
        print(f"{row['id']} {row['class']}: rank {row['rank']}, alone {row['alone_rank']}, earlier answer's "
              f"{row['earlier_gold_rank']} | {' / '.join(row['history'])} => {row['question']}")
        print(f"    gold: {row['gold_quotes'][0][:140]!r}")
        print(f"    first: {(row['first'] or '')[:140]!r}")
    print(f"{len(rows)} misses:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
