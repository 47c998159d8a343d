"""rank57: rank55's linear order read against what the pipeline does after it, from bench/rank57/trace.py's TRACE and
an eval run RUN of the same questions (s44g: each question's transcript, gold spans, final rank, declined).
  `--place stage|post`: where the order is fitted and applied (the re-ranked head, rank55's place; or after
  `question_exchanges`, where an exchange already stands for its answer); cross-validated leaving one transcript out
  (rank55's conditional logit, bench/rank55/fit.py), at `--lam` and each `--lead`: the questions whose first passage
  at that place moves to the gold (+) or from it (-), and the same read against RUN's final answers (a gain only where
  RUN's first citation missed, a loss only where it was right); `--force FILE` writes, for the moved questions, each
  one's fold coefficients at the first lead (bench/rank57/trace.py --force); `--stages`: for the moved questions, which
  later step changed the first passage of the model-off pipeline.
    python bench/rank57/analyse.py TRACE RUN [--place stage] [--lead 0.25 ...] [--force FILE] [--stages]"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.stats import binomtest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench" / "rank55"))
sys.path.insert(0, str(REPO))
import fit as F  # noqa: E402
from qa.rerank import expanded  # noqa: E402

SETS = ("dev-seed", "dev-real+unanswerable")
STEPS = ("question_exchanges", "agreed", "border_pair", "cited", "joined")


def overlaps(cand, transcript, spans) -> bool:
    return cand is not None and cand[0] == transcript and any(cand[1] < ge and gs < cand[2] for gs, ge in spans)


def load(trace: Path, run: Path, place: str):
    gold = {}
    for name in SETS:
        for line in (run / name / "results.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            if r.get("gold") and not r.get("history") and r["question"] not in gold:
                declined = not (r.get("answer") or {}).get("answerable", True)
                gold[r["question"]] = (r["id"], r["transcript"], r["gold"], r.get("first_relevant_rank"), declined)
    seen, out = set(), []
    for line in trace.open(encoding="utf-8"):
        rec = json.loads(line)
        q = rec["question"]
        if q in seen or q not in gold or not rec.get(place):
            continue
        seen.add(q)
        qid, transcript, spans, rank, declined = gold[q]
        cands = rec[place]["candidates"]
        y = np.array([overlaps(c, transcript, spans) for c in cands], dtype=bool)
        out.append({"id": qid, "q": q, "group": transcript, "x": expanded(np.array(rec[place]["features"])), "y": y,
                    "rank": rank, "declined": declined, "rec": rec, "spans": spans, "cands": cands})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trace", type=Path)
    ap.add_argument("run", type=Path)
    ap.add_argument("--place", default="stage", choices=("stage", "post"))
    ap.add_argument("--lam", type=float, default=0.001)
    ap.add_argument("--lead", type=float, nargs="*", default=[0.25])
    ap.add_argument("--force", type=Path)
    ap.add_argument("--stages", action="store_true")
    ap.add_argument("--save", action="store_true", help="write the fit on all of it to qa/data/rank57_order.json")
    args = ap.parse_args()
    data = load(args.trace, args.run, args.place)
    groups = sorted({d["group"] for d in data})
    tup = [(d["id"], d["group"], d["x"], d["y"], d["rank"]) for d in data]
    weights = {g: F.fit([t for t in tup if t[1] != g], args.lam) for g in groups}
    print(f"{len(data)} questions at {args.place}; gold in the head {sum(d['y'].any() for d in data)}, first "
          f"{sum(bool(d['y'][0]) for d in data)}")
    for lead in args.lead:
        moved = []
        for d in data:
            s = d["x"] @ weights[d["group"]]
            if len(s) > 1 and s.max() > s[0] + lead:
                moved.append((d, int(np.argmax(s))))
        stage = Counter(int(d["y"][i]) - int(d["y"][0]) for d, i in moved)
        gained = [d for d, i in moved if d["y"][i] and not d["y"][0] and d["rank"] != 1]
        lost = [d for d, i in moved if d["y"][0] and not d["y"][i] and d["rank"] == 1]
        p = binomtest(len(gained), len(gained) + len(lost)).pvalue if gained or lost else 1.0
        real = sum(not d["id"].startswith("seed-") for d in gained), sum(not d["id"].startswith("seed-") for d in lost)
        print(f"lead {lead}: moved {len(moved)}; at the {args.place}: +{stage[1]} -{stage[-1]}; against the final "
              f"answers +{len(gained)} -{len(lost)} (p {p:.3g}; real +{real[0]} -{real[1]})")
        if args.stages and lead == args.lead[0]:
            stages(moved)
        if args.force and lead == args.lead[0]:
            args.force.write_text(json.dumps({"place": args.place, "lead": lead, "coefficients": {
                d["q"]: weights[d["group"]].tolist() for d, _ in moved}}), encoding="utf-8")
            ids = [d["id"] for d, _ in moved]
            args.force.with_suffix(".ids").write_text("^(" + "|".join(ids) + ")$\n", encoding="utf-8")
            print(f"forced: {len(ids)} questions -> {args.force}")
    if args.save:
        from qa.rerank import FEATURES, PAIRED
        w = F.fit(tup, args.lam)
        (REPO / "qa" / "data" / "rank57_order.json").write_text(json.dumps(
            {"coefficients": dict(zip(FEATURES + PAIRED, np.round(w, 4).tolist())), "lam": args.lam,
             "lead": args.lead[0], "place": args.place, "fitted_on": f"{args.trace.name}: {len(data)} dev questions"},
            indent=1) + "\n", encoding="utf-8")
        print("saved", dict(zip(FEATURES + PAIRED, np.round(w, 3))))


def stages(moved) -> None:
    """For each moved question whose stage label changes: the first passage after each later step of the model-off
    pipeline, against the stage's first and the gold."""
    table = Counter()
    for d, i in moved:
        kind = {1: "gain", -1: "loss"}.get(int(d["y"][i]) - int(d["y"][0]))
        if kind is None:
            continue
        firsts, first = d["rec"]["firsts"], d["cands"][0]
        change = next((s for s in STEPS if firsts.get(s) and not overlaps(firsts[s], first[0], [first[1:3]])),
                      "none")
        final = "declined" if d["declined"] else ("hit" if d["rank"] == 1 else "miss")
        role = "question" if first[3] == "question" else "not-question"
        table[(kind, role, change, final)] += 1
    for key, n in sorted(table.items(), key=lambda kv: -kv[1]):
        print("   ", n, *key)


if __name__ == "__main__":
    main()
