"""Where a dev run's first citations miss gold that lies just beside what they cite (docs/retrieval.md, "The answer
that comes after what is cited"): per set, the answerable questions whose first citation (a) misses gold that its
own passage holds, cut away by the cited window (gold before or after the window), (b) misses gold that the next
passage of the index holds (of the same turn, or the next turn), or misses otherwise; and of those whose first
citation holds gold, (c) whose highlight misses it, the gold lying after the highlight or before it.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/window_misses.py bench/out/eval-dev-s26g --indexes bench/out/idx-s20

Reads the run's records (`bench/eval_sets.py --out`) and the passages of the indexes they were asked of, by the
passages' places in their files; splits each figure by the halves of a hash of the question id (`half`), on which
the constants of that section were chosen and checked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.types import Passage  # noqa: E402

SETS = {"dev-seed": "index-seed", "dev-real+unanswerable": "index-shared"}


def half(question_id: str) -> int:
    """0 or 1: the half of dev a question falls in (sha1 of its id)."""
    return int(hashlib.sha1(question_id.encode()).hexdigest(), 16) % 2


def passages_by_file(index: Path) -> dict[str, list[Passage]]:
    """The live passages of an index, per transcript, in file order."""
    store = TranscriptQA(Settings(index_dir=index)).store()
    rows = [int(r) for r in range(store.rows_total) if store.live[r]]
    out: dict[str, list[Passage]] = defaultdict(list)
    for p in store.passages(rows).values():
        out[p.transcript].append(p)
    for ps in out.values():
        ps.sort(key=lambda p: p.start_char)
    return out


def overlaps(start: int, end: int, gold: list[list[int]]) -> bool:
    return any(s < end and start < e for s, e in gold)


def classify(record: dict, passages: list[Passage]) -> str | None:
    """The class of one record's first citation (None: not scored)."""
    citations = record["answer"]["citations"]
    if not record["answerable"] or not record.get("gold") or not citations or record["metrics"].get("hit@1") is None:
        return None
    c, gold = citations[0], record["gold"]
    if c["transcript"] != record["transcript"]:
        return "miss: another transcript"
    if record["metrics"]["hit@1"]:
        if record["metrics"].get("highlight@1") or c["highlight_start_char"] is None:
            return "hit: highlight on gold"
        start = min(s for s, e in gold if s < c["end_char"] and c["start_char"] < e)
        return ("hit: (c) gold after the highlight" if start >= c["highlight_end_char"] else
                "hit: (c') gold before the highlight" if start < c["highlight_start_char"] else "hit: highlight other")
    inside = [k for k, p in enumerate(passages) if p.start_char < c["end_char"] and c["start_char"] < p.end_char]
    if not inside:
        return "miss: other"
    for k in inside:
        for s, e in gold:
            if s < passages[k].end_char and passages[k].start_char < e:
                return "miss: (a) window leaves out gold " + ("after" if s >= c["end_char"] else "before")
    after = passages[inside[-1] + 1] if inside[-1] + 1 < len(passages) else None
    if after is not None and overlaps(after.start_char, after.end_char, gold):
        same = after.turn_index == passages[inside[-1]].turn_index
        return "miss: (b) gold in the next passage, " + ("same turn" if same else "next turn")
    return "miss: other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out" / "idx-s20")
    parser.add_argument("--ids", default=None, help="a file of question ids, one a line: count only these")
    args = parser.parse_args()
    only = set(args.ids and Path(args.ids).read_text(encoding="utf-8").split() or ())
    for name, index in SETS.items():
        by_file = passages_by_file(args.indexes / index)
        counts: Counter = Counter()
        with open(args.run / name / "results.jsonl", encoding="utf-8") as f:
            for record in map(json.loads, f):
                if only and record["id"] not in only:
                    continue
                label = classify(record, by_file.get(record["answer"]["citations"][0]["transcript"], [])
                                 if record["answer"]["citations"] else [])
                if label is not None:
                    counts[label, half(record["id"])] += 1
        print(name)
        for label in sorted({k for k, _ in counts}):
            print(f"  {label}: {counts[label, 0] + counts[label, 1]} (halves {counts[label, 0]} / {counts[label, 1]})")


if __name__ == "__main__":
    main()
