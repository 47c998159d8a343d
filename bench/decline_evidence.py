"""The evidence behind each decline rule's right and false declines (fdecl46, issue 10 point 5): over saved
`eval_sets.py` runs (dev and fresh4 only), every decline by the rule of `qa.answerable.decide` that made it
(`bench/decline_audit.py rule_of`), with the dense and lexical evidence its answer saved: the best passage's and best
highlight's cosine (`cosine`, `sentence`), the share of the question's content words in its first passages
(`top_coverage`), in any passage it may cite (`coverage`), the topic's coverage, the fused score of the first citation
and its lead over the second (`first_score`, `score_gap`) and the cosine lead. For each rule and feature, it prints
the medians of right and false declines and the grid of gates "decline only when feature < t": the false declines
a gate would answer and the right ones it would lose.

    .venv/bin/python bench/decline_evidence.py bench/out/eval-dev-base38 [more runs] [--rules topic,count]
        [--tsv out.tsv]   # one row per decline with its rule and features
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files, rule_of  # noqa: E402
from qa.answerable import DeclineRule  # noqa: E402
from qa.config import Settings  # noqa: E402

FEATURES = ("cosine", "sentence", "top_coverage", "coverage", "topic_coverage", "first_score", "score_gap",
            "cosine_gap")


def features(answer: dict) -> dict[str, float | None]:
    ev = answer.get("evidence") or {}
    cits = answer.get("citations") or []
    first = cits[0].get("score") if cits else None
    second = cits[1].get("score") if len(cits) > 1 else 0.0
    cos = [(c.get("cosine") or 0.0) for c in cits[:2]] + [0.0, 0.0]
    return dict(cosine=ev.get("cosine"), sentence=ev.get("sentence"), top_coverage=ev.get("top_coverage"),
                coverage=ev.get("coverage"), topic_coverage=ev.get("topic_coverage"), first_score=first,
                score_gap=None if first is None else first - (second or 0.0),
                cosine_gap=cos[0] - cos[1] if cits else None)


def rows_of(files: list[Path], rule: DeclineRule) -> list[dict]:
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            answer = r["answer"]
            if answer["answerable"]:
                continue
            rows.append(dict(id=r["id"], gold=r["answerable"], rule=rule_of(answer, rule), question=r["question"],
                             **features(answer)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--rules", default="", help="comma-separated rules to print (default: every rule with a false decline)")
    ap.add_argument("--tsv", type=Path)
    ap.add_argument("--from-tsv", action="store_true", help="the runs are TSVs written by --tsv")
    args = ap.parse_args()
    if args.from_tsv:
        rows = []
        for f in args.runs:
            lines = f.read_text(encoding="utf-8").splitlines()
            head = lines[0].split("\t")
            for line in lines[1:]:
                d = dict(zip(head, line.split("\t")))
                d["gold"] = d["gold"] == "True"
                for k in FEATURES:
                    d[k] = None if d[k] in ("", "None") else float(d[k])
                rows.append(d)
    else:
        settings = Settings()
        rule = DeclineRule(min_similarity=settings.min_similarity, min_coverage=settings.min_coverage)
        rows = rows_of([p for run in args.runs for p in result_files(run)], rule)
    if args.tsv:
        cols = ["id", "gold", "rule", *FEATURES, "question"]
        args.tsv.write_text("\t".join(cols) + "\n" + "".join(
            "\t".join(str(r[c]).replace("\t", " ") for c in cols) + "\n" for r in rows), encoding="utf-8")
    by_rule = collections.defaultdict(list)
    for r in rows:
        by_rule[r["rule"]].append(r)
    wanted = [x for x in args.rules.split(",") if x] or sorted(
        (k for k, v in by_rule.items() if any(r["gold"] for r in v)), key=lambda k: -len(by_rule[k]))
    for name in wanted:
        rs = by_rule.get(name, [])
        right = [r for r in rs if not r["gold"]]
        false = [r for r in rs if r["gold"]]
        print(f"\n## {name}: {len(rs)} declines, {len(right)} right, {len(false)} false")
        print("| feature | median right | median false | best gate (answers false, loses right) |")
        print("| --- | --- | --- | --- |")
        for feat in FEATURES:
            rv = [r[feat] for r in right if r[feat] is not None]
            fv = [r[feat] for r in false if r[feat] is not None]
            if not rv or not fv:
                continue
            grid = sorted(set(round(v, 3) for v in rv + fv))
            gates = []
            for t in grid:   # decline only when feature < t: answered = those with feature >= t
                gained = sum(v >= t for v in fv)
                lost = sum(v >= t for v in rv)
                gates.append((gained - lost, gained, lost, t))
            best = max(gates) if gates else None
            zero_loss = max([g for g in gates if g[2] == 0], default=None, key=lambda g: g[1])
            print(f"| {feat} | {statistics.median(rv):.3f} | {statistics.median(fv):.3f} | "
                  f"net {best[0]} (t={best[3]}: +{best[1]} -{best[2]}); at no loss: "
                  f"{zero_loss[1] if zero_loss else 0} (t={zero_loss[3] if zero_loss else '-'}) |")


if __name__ == "__main__":
    main()
