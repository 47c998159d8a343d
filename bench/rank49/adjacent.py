"""rank49: on a dev run's per-question results, the answerable questions whose first citation misses while a lower
citation (2-5) holds the gold, by where that citation lies against [1]: the same speaker's passage right next to it
(the passages touch: the next or the previous piece of one turn), the same speaker elsewhere, another speaker; and
the reverse risk: hits whose [2] is [1]'s touching neighbour. Also whether the question asks why (qa.cite.asked_kind).
    python bench/rank49/adjacent.py /work/main/bench/out/eval-dev-base41"""
import json
import sys
from collections import Counter
from pathlib import Path

from qa.cite import asked_kind


def holds(c, gold):
    return any(c["start_char"] < e and s < c["end_char"] for s, e in gold)


def touching(a, b):
    return (a["transcript"] == b["transcript"] and a["speaker"] == b["speaker"] and a["kind"] == b["kind"] == "passage"
            and (abs(a["end_char"] - b["start_char"]) <= 3 or abs(b["end_char"] - a["start_char"]) <= 3))


def main() -> None:
    for s in ("dev-real+unanswerable", "dev-seed"):
        counts, risk = Counter(), Counter()
        for line in (Path(sys.argv[1]) / s / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if not r["answerable"] or r.get("history") or not r["gold"] or not r["answer"]["answerable"]:
                continue
            cits = r["answer"]["citations"]
            why = asked_kind(r["question"]) == "reason"
            rank = r.get("first_relevant_rank")
            if rank == 1:
                if len(cits) > 1 and touching(cits[0], cits[1]):
                    risk["hit, [2] touches [1]", why] += 1
                counts["hit", why] += 1
                continue
            g = next((c for c in cits[1:5] if holds(c, r["gold"])), None)
            if g is None:
                counts["miss, gold not in 2-5", why] += 1
            elif touching(cits[0], g):
                counts[f"miss, gold touches [1] at {g['rank']}", why] += 1
                if "--list" in sys.argv:
                    print(s, r["id"], g["rank"], r["question"][:90])
            elif cits[0]["speaker"] == g["speaker"] and cits[0]["transcript"] == g["transcript"]:
                counts["miss, same speaker elsewhere", why] += 1
            else:
                counts["miss, another speaker or exchange", why] += 1
        print(s)
        for (k, why), n in sorted({**counts, **risk}.items()):
            print(f"  {k:40s} {'why' if why else 'other':5s} {n}")


if __name__ == "__main__":
    main()
