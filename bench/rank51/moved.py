"""rank51: a subset run's questions against the same ids of a full dev run (first relevant rank, declined):
Hit@1 gained and lost, MRR@10 sum, declines moved.
    python bench/rank51/moved.py /work/main/bench/out/eval-dev-s41f bench/out/r51-R-m0.1"""
import json
import sys
from pathlib import Path


def rows(run: Path, s: str) -> dict:
    path = run / s / "results.jsonl"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out[r["id"]] = (r["answerable"], r.get("first_relevant_rank"), r["answer"]["answerable"])
    return out


def main() -> None:
    base, new = Path(sys.argv[1]), Path(sys.argv[2])
    for s in ("dev-real+unanswerable", "dev-seed"):
        b, n = rows(base, s), rows(new, s)
        ids = [i for i in n if i in b]
        gained = [i for i in ids if n[i][0] and n[i][1] == 1 and b[i][1] != 1]
        lost = [i for i in ids if n[i][0] and b[i][1] == 1 and n[i][1] != 1]
        mrr = [sum(1 / x[i][1] for i in ids if x[i][0] and x[i][1] and x[i][1] <= 10) for x in (b, n)]
        declines = [(i, b[i][2], n[i][2]) for i in ids if b[i][2] != n[i][2]]
        print(f"{s}: {len(ids)} asked; Hit@1 +{len(gained)} -{len(lost)}; MRR@10 sum {mrr[0]:.2f} -> {mrr[1]:.2f}; "
              f"declines moved {len(declines)}")
        print("  gained:", " ".join(f"{i}({b[i][1]})" for i in gained))
        print("  lost:", " ".join(f"{i}({n[i][1]})" for i in lost))
        if declines:
            print("  declines:", " ".join(f"{i}:{x}->{y}" for i, x, y in declines))


if __name__ == "__main__":
    main()
