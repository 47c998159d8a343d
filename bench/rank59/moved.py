"""rank59: the questions of run B whose first citation differs from run A's (the same ids), and whether it overlaps
the gold before and after; answerable declined and unanswerable answered, both ways.

    python bench/rank59/moved.py /work/main/bench/out/eval-dev-s45g bench/out/r59-typed-on [--list]
"""
import json
import sys
from collections import Counter
from pathlib import Path

PARTS = ("dev-seed", "dev-real+unanswerable", "dev-conversations")


def overlaps(c: dict, r: dict) -> bool:
    return c["transcript"] == r["transcript"] and any(s < c["end_char"] and c["start_char"] < e for s, e in r["gold"])


def main(before: str, after: str, listing: bool) -> None:
    counts: Counter = Counter()
    for part in PARTS:
        new = Path(after) / part / "results.jsonl"
        if not new.exists():
            continue
        old = {}
        for line in open(Path(before) / part / "results.jsonl"):
            r = json.loads(line)
            old[(r["id"], len(r["history"]))] = r
        for line in open(new):
            b = json.loads(line)
            a = old.get((b["id"], len(b["history"])))
            if a is None:
                continue
            ca, cb = a["answer"]["citations"], b["answer"]["citations"]
            if a["answer"]["answerable"] != b["answer"]["answerable"]:
                counts[(part, "declined" if not b["answer"]["answerable"] else "answered",
                        "answerable" if b["answerable"] else "unanswerable")] += 1
                if listing:
                    print("VERDICT", part, b["id"], b["answer"]["answerable"], b["question"])
            if not (ca and cb) or (ca[0]["transcript"], ca[0]["start_char"]) == (cb[0]["transcript"],
                                                                              cb[0]["start_char"]):
                continue
            counts[(part, "first moved")] += 1
            if b["answerable"] and b["gold"]:
                x, y = overlaps(ca[0], b), overlaps(cb[0], b)
                counts[(part, {(0, 1): "gain", (1, 0): "LOSS", (1, 1): "right both", (0, 0): "wrong both"}[
                    (x, y)])] += 1
                if listing and x != y:
                    print("GAIN" if y else "LOSS", part, b["id"], b["question"])
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--list" in sys.argv)
