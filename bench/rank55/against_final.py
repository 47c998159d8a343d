"""rank55: the cross-validated moves of bench/rank55/fit.py read against the final answers of a run (s43f) instead of
the head's first passage at the re-ranking stage: a gain counts only where the run's first citation missed, a loss
only where it was right. `--no-questions`: only the heads with no reporter's question (the exchange stage, later,
already puts an exchange's answer first, so the stage's label calls a reporter's question a miss).
    python bench/rank55/against_final.py DUMP RUN [--lam 0.001] [--lead 0.25] [--no-questions]"""
import argparse
import sys
from pathlib import Path

from scipy.stats import binomtest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit as F  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("run", type=Path)
    ap.add_argument("--lam", type=float, default=0.001)
    ap.add_argument("--lead", type=float, nargs="*", default=[0.25, 0.5, 0.75])
    ap.add_argument("--no-questions", action="store_true")
    args = ap.parse_args()
    data = F.load(args.dump, args.run)
    if args.no_questions:
        data = [d for d in data if not d[2][:, 11].any()]
    groups = sorted({g for _, g, *_ in data})
    weights = {g: F.fit([d for d in data if d[1] != g], args.lam) for g in groups}
    print(f"{len(data)} questions")
    for lead in args.lead:
        rows = [(d[0], m, d[4]) for g in groups for d, (_, m) in
                zip([d for d in data if d[1] == g], F.moves([d for d in data if d[1] == g], weights[g], lead))]
        for name, keep in (("all", lambda q: True), ("real", lambda q: not q.startswith("seed-"))):
            stage = [m for q, m, _ in rows if keep(q)]
            gained = sum(m == 1 and r != 1 for q, m, r in rows if keep(q))
            lost = sum(m == -1 and r == 1 for q, m, r in rows if keep(q))
            p = binomtest(gained, gained + lost).pvalue if gained + lost else 1.0
            print(f"lead {lead} {name}: stage +{stage.count(1)} -{stage.count(-1)}; against the final answers "
                  f"+{gained} -{lost} (sign test p {p:.3g})")


if __name__ == "__main__":
    main()
