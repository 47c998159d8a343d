"""The dev follow-ups outside the first three, by the brief's classes (fup51, step 1).

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 /work/main/.venv/bin/python bench/fup51/classes.py \\
        /work/main/bench/out/eval-dev-s41f/dev-conversations/results.jsonl \\
        /work/main/bench/out/eval-dev-s41f/dev-seed/results.jsonl --indexes bench/out/idx-s20 --out rows.json

Each miss is asked again as `bench/fup43_classes.py` asks it (the earlier question with its history, the follow-up
with its history and alone, k = 30), over index-shared or index-seed by its transcript. Added to its row:
- `searched`: declined / alone (history not used) / with history;
- `referent`: where the thing the follow-up asks about is told, read from the gold passage's content words: `question`
  (the gold passage holds a content word of the earlier questions the follow-up does not say), else `answer` (it
  holds a content word of the earlier answer's first highlight that no earlier question says), else `nowhere`;
- `relation`: the gold against the earlier answer's first citation (same-passage, same-turn, same-exchange, near,
  recording: same recording farther, other: another recording), and `same_speaker` when the gold's turn has the
  earlier citation's speaker.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from fup43_classes import DEPTH, classify, turn_at  # noqa: E402
from qa.api import Settings, TranscriptQA  # noqa: E402
from qa.rerank import content_stems  # noqa: E402


def gold_text(qa, transcript, gold):
    text, _ = qa.store().text_and_turns(transcript)
    return " ".join(text[max(0, s - 300):e + 300] for s, e in gold)


def speaker_of(qa, transcript, char):
    _, turns = qa.store().text_and_turns(transcript)
    index = turn_at(turns, char)
    for t in turns:
        if t.index == index:
            return t.speaker
    return None


def extra(qa, record, row):
    history, question, transcript, gold = record["history"], record["question"], record["transcript"], record["gold"]
    earlier = qa.ask(history[-1], history=history[:-1], k=DEPTH)
    before = earlier.citations[0] if earlier.citations else None
    own = content_stems(question)
    asked = set().union(*(content_stems(h) for h in history))
    passage = content_stems(gold_text(qa, transcript, gold))
    told = content_stems(before.highlight) - asked if before else set()
    if (asked - own) & passage:
        referent = "question"
    elif (told - own) & passage:
        referent = "answer"
    else:
        referent = "nowhere"
    searched = "declined" if not row["answerable"] else ("with history" if row["history_used"] else "alone")
    same_speaker = (before is not None and before.transcript == transcript
                    and speaker_of(qa, transcript, gold[0][0]) == before.speaker)
    row.update(searched=searched, referent=referent, same_speaker=same_speaker,
               earlier_highlight=before.highlight if before else None,
               earlier_speaker=before.speaker if before else None)
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, nargs="+")
    parser.add_argument("--indexes", type=Path, required=True)
    parser.add_argument("--ids", default=None, help="only these ids (a regex)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    import re
    records = [json.loads(line) for path in args.results for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    misses = [r for r in records if r["category"] == "follow-up" and r["answerable"] is not False and r["gold"]
              and r.get("history") and not (r["first_relevant_rank"] and r["first_relevant_rank"] <= 3)
              and (args.ids is None or re.search(args.ids, r["id"]))]
    shared = TranscriptQA(Settings(index_dir=args.indexes / "index-shared"))
    seed = TranscriptQA(Settings(index_dir=args.indexes / "index-seed"))

    rows = []
    for r in misses:
        qa = seed if r["id"].startswith("seed-") else shared
        row = extra(qa, r, classify(qa, r))
        rows.append(row)
        print(f"{row['id']} {row['searched']} ref={row['referent']} rel={row['relation']} spk={row['same_speaker']}"
              f" rank {row['rank']} alone {row['alone_rank']} | {' / '.join(row['history'])} => {row['question']}",
              flush=True)
    table = collections.Counter()
    for row in rows:
        rel = row["relation"]
        if rel in ("near", "recording", "same-exchange") and row["same_speaker"]:
            rel = "same speaker (" + rel + ")"
        table[(row["searched"], row["referent"], rel)] += 1
    for key, n in sorted(table.items(), key=lambda kv: -kv[1]):
        print(" | ".join(key), "|", n)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
