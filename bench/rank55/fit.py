"""rank55: fit the linear order of the re-ranked head (qa.rerank.head_features, FEATURES, and `expanded`'s
PAIRED) on the dump of
bench/rank55/dump.py, by a conditional logit (softmax over the head, the gold's passages its positives, L2 penalty),
cross-validated leaving one transcript out: per fold, the questions whose first passage at that stage moves from
the gold (lost) or to it (gained), and the sign test over all folds. A grid of the penalty and of LEARNED_LEAD;
`--save` writes the fit on all of dev at the chosen cell to qa/data/rank55_order.json.
    python bench/rank55/fit.py DUMP RUN [--lam L --lead D --save]
RUN: an eval_sets run's folder (dev-seed/results.jsonl ...), for each question's transcript and gold spans."""
import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.stats import binomtest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from qa.rerank import FEATURES, PAIRED, expanded  # noqa: E402

SETS = ("dev-seed", "dev-real+unanswerable", "dev-conversations")


def load(dump: Path, run: Path):
    """The questions of `dump` (first record of each text) that `run` answers with gold: (id, group, X, y, rank)."""
    gold = {}
    for name in SETS:
        path = run / name / "results.jsonl"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            if r.get("gold") and not r.get("history") and r["question"] not in gold:
                gold[r["question"]] = (r["id"], r["transcript"], r["gold"], r.get("first_relevant_rank"))
    seen, out = set(), []
    for line in dump.open(encoding="utf-8"):
        rec = json.loads(line)
        q = rec["question"]
        if q in seen or q not in gold:
            continue
        seen.add(q)
        qid, transcript, spans, rank = gold[q]
        y = np.array([t == transcript and any(s < ge and gs < e for gs, ge in spans)
                      for t, s, e in rec["candidates"]], dtype=bool)
        out.append((qid, transcript, expanded(np.array(rec["features"], dtype=np.float64)), y, rank))
    return out


def fit(data, lam: float) -> np.ndarray:
    """Conditional logit over the heads of `data` that hold a gold passage and one that is not."""
    usable = [(x, y) for _, _, x, y, _ in data if y.any() and not y.all() and len(y) > 1]

    def loss(w):
        total, grad = lam * w @ w, 2 * lam * w
        for x, y in usable:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pos = p[y].sum()
            total -= np.log(pos)
            grad -= (p[y] @ x[y]) / pos - p @ x
        return total / len(usable), grad / len(usable)
    return minimize(loss, np.zeros(len(FEATURES) + len(PAIRED)), jac=True, method="L-BFGS-B").x


def moves(data, w: np.ndarray, lead: float):
    """Per question: +1 gold moved first, -1 gold moved from first, 0 no change at that stage."""
    out = []
    for qid, _, x, y, _ in data:
        s = x @ w
        first = int(np.argmax(s)) if s.max() > s[0] + lead else 0
        out.append((qid, int(y[first]) - int(y[0])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("run", type=Path)
    ap.add_argument("--lam", type=float, nargs="*", default=[0.001, 0.01, 0.1])
    ap.add_argument("--lead", type=float, nargs="*", default=[0.0, 0.5, 1.0, 2.0])
    ap.add_argument("--save", action="store_true")
    ap.add_argument("--folds", action="store_true", help="print each fold's gains and losses")
    args = ap.parse_args()
    data = load(args.dump, args.run)
    groups = sorted({g for _, g, *_ in data})
    print(f"{len(data)} questions with gold; gold in the head {sum(y.any() for *_, y, _ in data)}, first "
          f"{sum(bool(y[0]) for *_, y, _ in data)}; groups {len(groups)}")
    for lam in args.lam:
        fold_w = {g: fit([d for d in data if d[1] != g], lam) for g in groups}
        for lead in args.lead:
            per = {g: moves([d for d in data if d[1] == g], fold_w[g], lead) for g in groups}
            gained = sum(m == 1 for ms in per.values() for _, m in ms)
            lost = sum(m == -1 for ms in per.values() for _, m in ms)
            p = binomtest(gained, gained + lost).pvalue if gained + lost else 1.0
            real = [m for g, ms in per.items() for qid, m in ms if not qid.startswith("seed-")]
            print(f"lam {lam} lead {lead}: CV +{gained} -{lost} (sign test p {p:.3g}); real +{real.count(1)} "
                  f"-{real.count(-1)}")
            if args.folds:
                for g, ms in per.items():
                    print(f"    {g}: +{sum(m == 1 for _, m in ms)} -{sum(m == -1 for _, m in ms)} of {len(ms)}")
    if args.save:
        lam, lead = args.lam[0], args.lead[0]
        w = fit(data, lam)
        path = REPO / "qa" / "data" / "rank55_order.json"
        path.write_text(json.dumps({"coefficients": dict(zip(FEATURES + PAIRED, np.round(w, 4).tolist())), "lam": lam,
                                    "lead": lead, "fitted_on": f"{args.dump.name}: {len(data)} dev questions"},
                                   indent=1) + "\n", encoding="utf-8")
        print("saved", dict(zip(FEATURES + PAIRED, np.round(w, 3))))


if __name__ == "__main__":
    main()
