"""The dev follow-ups whose gold is not in the first three, by the brief's classes (fup43, issue 10 point 4).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fup43_classes.py RESULTS.jsonl [RESULTS.jsonl ...] \\
        --indexes /work/main/bench/out/idx-s20 --out rows.json

For each follow-up (category `follow-up`, answerable, with gold and history) of the results given whose first gold
citation is below the third, it asks the earlier question again (with its own history), the follow-up with its
history and alone (k = 30 each), and reads where the gold lies against the earlier answer's first citation: in the
same turn, in the turn next to it (the exchange: a question and its reply), within NEAR_REACH characters, elsewhere in
the same recording, or in another. The first class that fits:

- `declined`: declined with its history;
- `not-taken`: read alone (the history not used);
- `wrong-referent`: two or more earlier questions, and the gold lies in the turn or exchange of an older earlier
  question's answer, not of the latest one's;
- `same-turn` / `same-exchange`: the gold in the earlier answer's first citation's turn, or in the turn next to it;
- `ellipsis`: at most one content word of its own, the gold away from the earlier answer's first citation;
- `drowned`: asked alone it ranks the gold better (the history's words dominate what is searched);
- `own-ignored`: the gold passage holds more of the follow-up's own content words than its first citation does;
- `earlier-wrong`: the earlier answer does not cite the gold's turn or exchange in its first three, and the
  follow-up cites near the earlier answer's first citation;
- `other`.
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
from qa.rerank import content_stems  # noqa: E402

DEPTH = 30


def gold_rank(citations, transcript, gold):
    for c in citations:
        if c.transcript == transcript and any(c.start_char < e and s < c.end_char for s, e in gold):
            return c.rank
    return None


def turn_at(turns, char):
    for t in turns:
        if t.start_char <= char < t.pieces[-1].end_char:
            return t.index
    best = None
    for t in turns:
        if t.start_char <= char:
            best = t.index
    return best


def relation(qa, citation, transcript, gold):
    """Where the gold lies against one citation: same-passage, same-turn, same-exchange, near, recording, other."""
    if citation is None:
        return "none"
    if citation.transcript != transcript:
        return "other"
    if any(citation.start_char < e and s < citation.end_char for s, e in gold):
        return "same-passage"
    _, turns = qa.store().text_and_turns(transcript)
    cited = {turn_at(turns, citation.start_char), turn_at(turns, max(citation.start_char, citation.end_char - 1))}
    golds = {turn_at(turns, s) for s, _ in gold}
    if cited & golds:
        return "same-turn"
    if any(abs(a - b) == 1 for a in cited for b in golds if a is not None and b is not None):
        return "same-exchange"
    if any(citation.start_char - NEAR_REACH < e and s < citation.end_char + NEAR_REACH for s, e in gold):
        return "near"
    return "recording"


def classify(qa, record):
    history, question, transcript, gold = record["history"], record["question"], record["transcript"], record["gold"]
    earlier = qa.ask(history[-1], history=history[:-1], k=DEPTH)
    follow = qa.ask(question, history=history, k=DEPTH)
    alone = qa.ask(question, use_history=False, k=DEPTH)
    first = follow.citations[0] if follow.citations else None
    before = earlier.citations[0] if earlier.citations else None
    rel = relation(qa, before, transcript, gold)
    rels = [relation(qa, c, transcript, gold) for c in earlier.citations[:3]]
    own = content_stems(question)
    row = {"id": record["id"], "history": history, "question": question, "gold_quotes": record["gold_quotes"],
           "rank": gold_rank(follow.citations, transcript, gold), "alone_rank": gold_rank(alone.citations, transcript,
                                                                                        gold),
           "earlier_gold_rank": gold_rank(earlier.citations, transcript, gold), "relation": rel,
           "relations3": rels, "first_vs_earlier": relation(qa, first, first.transcript if first else "",
                                                             [(before.start_char, before.end_char)])
           if before and first and first.transcript == before.transcript else "other",
           "own_words": len(own), "query": follow.query, "history_used": follow.history_used,
           "answerable": follow.answerable, "first": first.highlight if first else None}
    if len(history) >= 2:
        older = qa.ask(history[-2], history=history[:-2], k=5)
        row["older_relation"] = relation(qa, older.citations[0] if older.citations else None, transcript, gold)
    gold_cits = [c for c in follow.citations if c.transcript == transcript
                 and any(c.start_char < e and s < c.end_char for s, e in gold)]
    gold_own = len(own & content_stems(gold_cits[0].text)) if gold_cits else None
    first_own = len(own & content_stems(first.text)) if first else 0
    if not follow.answerable:
        cls = "declined"
    elif not follow.history_used:
        cls = "not-taken"
    elif (row.get("older_relation") in ("same-passage", "same-turn", "same-exchange")
          and rel not in ("same-passage", "same-turn", "same-exchange")):
        cls = "wrong-referent"
    elif rel in ("same-passage", "same-turn"):
        cls = "same-turn"
    elif rel == "same-exchange":
        cls = "same-exchange"
    elif len(own) <= 1:
        cls = "ellipsis"
    elif row["alone_rank"] and (row["rank"] is None or row["alone_rank"] < row["rank"]):
        cls = "drowned"
    elif gold_own is not None and gold_own > first_own:
        cls = "own-ignored"
    elif not any(r in ("same-passage", "same-turn", "same-exchange") for r in rels):
        cls = "earlier-wrong"
    else:
        cls = "other"
    row["class"] = cls
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, nargs="+")
    parser.add_argument("--indexes", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    records = [json.loads(line) for path in args.results for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    misses = [r for r in records if r["category"] == "follow-up" and r["answerable"] is not False and r["gold"]
              and r.get("history") and not (r["first_relevant_rank"] and r["first_relevant_rank"] <= 3)]
    qa = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    rows = []
    for r in misses:
        row = classify(qa, r)
        rows.append(row)
        print(f"{row['id']} {row['class']}: rank {row['rank']}, alone {row['alone_rank']}, earlier {row['earlier_gold_rank']}"
              f" rel {row['relation']} {row['relations3']} own {row['own_words']} | {' / '.join(row['history'])} => "
              f"{row['question']}", flush=True)
        print(f"    gold: {row['gold_quotes'][0][:140]!r}\n    first: {(row['first'] or '')[:140]!r}", flush=True)
    counts = {}
    for row in rows:
        counts[row["class"]] = counts.get(row["class"], 0) + 1
    print(f"{len(rows)} misses:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
