"""Baselines of docs/evaluation.md: `tqa eval` on QMSum (read in place from ../shared/bench/qmsum) and on the seed
questions, for each system and scope; prints two Markdown tables: at equal k, and at equal reading (word budgets).

    .venv/bin/python bench/eval_qmsum.py                       # val and test, both scopes, every system, + seed
    .venv/bin/python bench/eval_qmsum.py --splits val --systems hybrid --scopes transcript   # tuning loop

Systems: lexical (BM25 only), dense, hybrid-no-sections (`--section-weight 0`), hybrid (the default), and
"plain" (the plain baseline of ../shared/bench/qmsum/BASELINES.md rebuilt by bench/plain_baseline.py and scored by
the same code). Each split's index is built once (bench/out/qmsum/index-<split>) and reused by every later run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QMSUM = REPO.parent / "shared" / "bench" / "qmsum"
SEED = REPO / "qa" / "data" / "seed_questions.jsonl"
COLUMNS = ("hit@1", "hit@3", "hit@5", "hit@10", "recall@5", "recall@10", "mrr@10", "ndcg@10")
BUDGET_COLUMNS = ("hit@200w", "hit@600w", "hit@1000w", "hit@2000w", "recall@200w", "recall@600w", "recall@1000w",
                  "recall@2000w")
SYSTEMS = {  # name: (label, tqa eval options)
    "lexical": ("bm25 (lexical)", ["--mode", "lexical"]),
    "dense": ("dense", ["--mode", "dense"]),
    "hybrid-no-sections": ("hybrid, no sections", ["--mode", "hybrid", "--section-weight", "0"]),
    "hybrid": ("hybrid + sections (default)", ["--mode", "hybrid"]),
    "plain": ("plain baseline (200-word windows, hybrid)", None),
}


def run_one(questions: Path, out: Path, *, corpus: Path | None, index: Path | None, scope: str, options: list[str],
            k: int, extra: list[str], table_only: bool = False) -> dict:
    """One `tqa eval` run in a subprocess (the documented command); returns its metrics.json."""
    command = [sys.executable, "-m", "qa.cli", "eval", str(questions), "--out", str(out), "--scope", scope,
               "--k", str(k), *options, *extra]
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    if index is not None:
        command += ["--index", str(index)]
    return _run(command, out, table_only)


def run_plain(split: str, scope: str, out: Path, qmsum: Path, table_only: bool) -> dict:
    command = [sys.executable, str(REPO / "bench" / "plain_baseline.py"), "--split", split, "--scope", scope,
               "--qmsum", str(qmsum), "--out", str(out)]
    return _run(command, out, table_only)


def _run(command: list[str], out: Path, table_only: bool) -> dict:
    if not table_only:
        print("$", " ".join(command), file=sys.stderr, flush=True)
        subprocess.run(command, check=True, cwd=REPO, stdout=sys.stderr)  # its summary table goes to the log
    return json.loads((out / "metrics.json").read_text())


def table_row(label: list[str], overall: dict, columns=COLUMNS, *, answered: bool = True) -> str:
    cells = [f"{overall[c]:.3f}" if overall.get(c) is not None else "-" for c in columns]
    cells.append(f"{overall['cited_words']:.0f}")
    if answered:
        cells.append(f"{overall['answered_with_gold']:.2f}")
    return "| " + " | ".join(label + cells) + " |"


def random_row(label: list[str], overall: dict) -> str:
    cells = [f"{overall[f'random_{c}']:.3f}" if c.startswith("hit@") else "" for c in COLUMNS]
    return "| " + " | ".join(label + ["random (approx.)"] + cells + ["", ""]) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qmsum", type=Path, default=QMSUM, help="the QMSum folder (read in place)")
    parser.add_argument("--splits", nargs="*", default=["val", "test"])
    parser.add_argument("--scopes", nargs="+", default=["transcript", "corpus"])
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(SYSTEMS))
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--no-seed", action="store_true", help="skip the seed questions")
    parser.add_argument("--table-only", action="store_true", help="print the tables from earlier runs' metrics.json")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "qmsum")
    parser.add_argument("extra", nargs="*", help="more `tqa eval` options after --, e.g. -- --dense-weight 0.6")
    args = parser.parse_args()
    if args.splits and not args.qmsum.is_dir():
        sys.exit(f"{args.qmsum} is not present (../shared exists only in the project's CI); nothing to run")
    header = ("| set | scope | system | " + " | ".join(c.replace("recall", "R") for c in COLUMNS)
              + " | words/citation | answered |")
    rows = [header, "|" + " --- |" * (len(COLUMNS) + 5)]
    budget_rows = ["| set | scope | system | " + " | ".join(c.replace("recall", "R") for c in BUDGET_COLUMNS)
                   + " | words/citation |", "|" + " --- |" * (len(BUDGET_COLUMNS) + 4)]
    for split in args.splits:
        for scope in args.scopes:
            overall = None
            for system in args.systems:
                label, options = SYSTEMS[system]
                out = args.out / f"{split}-{scope}-{system}"
                if options is None:
                    metrics = run_plain(split, scope, out, args.qmsum, args.table_only)
                else:
                    metrics = run_one(args.qmsum / split / "questions.jsonl", out,
                                      corpus=args.qmsum / split / "transcripts", index=args.out / f"index-{split}",
                                      scope=scope, options=options, k=args.k, extra=args.extra,
                                      table_only=args.table_only)
                    overall = metrics["overall"]
                rows.append(table_row([f"qmsum {split}", scope, label], metrics["overall"]))
                budget_rows.append(table_row([f"qmsum {split}", scope, label], metrics["overall"], BUDGET_COLUMNS,
                                             answered=False))
            if overall is not None:
                rows.append(random_row([f"qmsum {split}", scope], overall))
    if not args.no_seed:
        for system in args.systems:
            label, options = SYSTEMS[system]
            if options is None:
                continue
            metrics = run_one(SEED, args.out / f"seed-{system}", corpus=None, index=args.out / "index-seed",
                              scope="corpus", options=options, k=args.k, extra=args.extra,
                              table_only=args.table_only)
            rows.append(table_row(["seed", "corpus", label], metrics["overall"]))
            budget_rows.append(table_row(["seed", "corpus", label], metrics["overall"], BUDGET_COLUMNS,
                                         answered=False))
    print("\n".join(rows))
    print()
    print("\n".join(budget_rows))


if __name__ == "__main__":
    main()
