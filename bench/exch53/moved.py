"""exch53: first relevant rank per question of a subset run against a baseline run (same ids), gains and losses.
    python bench/exch53/moved.py BASE_DIR RUN_DIR"""
import json
import sys
from pathlib import Path


def ranks(folder):
    out = {}
    for s in ("dev-real+unanswerable", "dev-seed"):
        f = Path(folder) / s / "results.jsonl"
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                if r["answerable"]:
                    out[r["id"]] = (r.get("first_relevant_rank") if r["answer"]["answerable"] else "declined")
    return out


def main() -> None:
    base, run = ranks(sys.argv[1]), ranks(sys.argv[2])
    gain = lose = 0
    for i, rank in run.items():
        b = base.get(i)
        if (b == 1) != (rank == 1):
            gain += rank == 1
            lose += b == 1
            print(f"{'+' if rank == 1 else '-'} {i} {b} -> {rank}")
    print(f"Hit@1 {sum(base.get(i) == 1 for i in run)} -> {sum(r == 1 for r in run.values())} of {len(run)}: "
          f"+{gain} -{lose}")


if __name__ == "__main__":
    main()
