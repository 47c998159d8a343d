"""rank57: per question, the first citation of run BEFORE against run AFTER (old ids only): gained (rank 1 now, not
before), lost, the sign test, and the answerable questions declined on either side.
    python bench/rank57/moved.py BEFORE AFTER [--list]"""
import json
import sys
from pathlib import Path

from scipy.stats import binomtest

SETS = ("dev-seed", "dev-real+unanswerable")


def ranks(run: Path) -> dict:
    out = {}
    for name in SETS:
        path = run / name / "results.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                r = json.loads(line)
                out[r["id"]] = (r.get("first_relevant_rank"), (r.get("answer") or {}).get("answerable"),
                                r.get("answerable", True))
    return out


def main() -> None:
    before, after = ranks(Path(sys.argv[1])), ranks(Path(sys.argv[2]))
    common = [q for q in after if q in before]
    gained = [q for q in common if after[q][0] == 1 and before[q][0] != 1]
    lost = [q for q in common if before[q][0] == 1 and after[q][0] != 1]
    declined = [q for q in common if before[q][2] and before[q][1] != after[q][1]]
    p = binomtest(len(gained), len(gained) + len(lost)).pvalue if gained or lost else 1.0
    real = sum(not q.startswith("seed-") for q in gained), sum(not q.startswith("seed-") for q in lost)
    print(f"{len(common)} questions: Hit@1 +{len(gained)} -{len(lost)} (sign test p {p:.3g}; real +{real[0]} "
          f"-{real[1]}); answerable whose decline changed: {len(declined)}")
    if "--list" in sys.argv:
        for q in gained:
            print("  +", q, before[q][0], "->", after[q][0])
        for q in lost:
            print("  -", q, before[q][0], "->", after[q][0])
        for q in declined:
            print("  declined?", q, before[q][1], "->", after[q][1])


if __name__ == "__main__":
    main()
