"""rank49: the questions whose first relevant rank differs between two hl45_subset runs, with [1]'s highlight in each.
    python bench/rank49/moved.py bench/out/r49-T-m0 bench/out/r49-T-m0.05"""
import json
import sys
from pathlib import Path


def main() -> None:
    a_dir, b_dir = Path(sys.argv[1]), Path(sys.argv[2])
    for f in sorted(a_dir.glob("dev-*/results.jsonl")):
        g = b_dir / f.parent.name / "results.jsonl"
        if not g.exists():
            continue
        a = {r["id"]: r for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())}
        b = {r["id"]: r for r in map(json.loads, g.read_text(encoding="utf-8").splitlines())}
        for i, r in a.items():
            ra, rb = r.get("first_relevant_rank"), b[i].get("first_relevant_rank")
            if ra != rb:
                sign = "+" if (rb == 1) else ("-" if ra == 1 else " ")
                print(f"{sign} {i} {ra} -> {rb}: {r['question'][:90]}")
                for tag, x in (("was", r), ("now", b[i])):
                    c = x["answer"]["citations"]
                    if c:
                        print(f"     {tag}: {c[0]['speaker']} p{c[0]['paragraph']}: {c[0]['highlight'][:100]!r}")
                print(f"     gold: {r['gold_quotes'][0][:100]!r}" if r["gold_quotes"] else "     (unanswerable)")


if __name__ == "__main__":
    main()
