"""Agreement and quality of indexes of the same transcripts built under different ingest settings.

    nice -n 10 .venv/bin/python bench/bench_ingest_stages.py --repeats 1 --clock cpu --keep bench/out/stages
    nice -n 10 .venv/bin/python bench/ingest_agreement.py bench/out/stages/separate-fp32 \\
        bench/out/stages/pooled-fp32 bench/out/stages/pooled-bf16 \\
        --corpus bench/out/qmsum8/transcripts --questions bench/out/qmsum8/questions.jsonl

The first index is the reference. For each other: the cosine of its passage vectors and sentence-unit vectors to
the reference's (mean, 5th percentile, lowest), then `tqa eval` of the questions on every index (both scopes,
the default settings) with the equal-k and equal-reading figures of docs/evaluation.md. `--corpus` must be the
folder the indexes were built from (its files are unchanged, so nothing is embedded again).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.eval_qmsum import BUDGET_COLUMNS  # noqa: E402
from qa.api import TranscriptQA  # noqa: E402
from qa.config import Settings  # noqa: E402

COLUMNS = ("hit@1", "mrr@10", "recall@10", "highlight@1", *BUDGET_COLUMNS)


def cosines(reference: Path, other: Path) -> tuple[np.ndarray, np.ndarray]:
    ours = TranscriptQA(Settings(index_dir=reference)).store()
    theirs = TranscriptQA(Settings(index_dir=other)).store()
    assert len(ours) == len(theirs), "the indexes hold different passages"
    rows = np.arange(len(ours))
    passages = (ours.vectors(rows) * theirs.vectors(rows)).sum(axis=1)
    units = np.concatenate([(ours.unit_vectors(r).astype(np.float32) * theirs.unit_vectors(r)).sum(axis=1)
                            for r in rows])
    return passages, units


def evaluate(index: Path, corpus: Path, questions: Path, scope: str) -> dict:
    out = REPO / "bench" / "out" / "agreement" / f"{index.name}-{scope}"
    subprocess.run([sys.executable, "-m", "qa.cli", "eval", str(questions), "--out", str(out), "--scope", scope,
                    "--corpus", str(corpus), "--index", str(index)], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return json.loads((out / "metrics.json").read_text())["overall"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("indexes", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--scopes", nargs="+", default=["transcript", "corpus"])
    args = parser.parse_args()
    reference = args.indexes[0]
    print("| index | passage cosine mean / p5 / min | unit cosine mean / p5 / min |\n| --- | --- | --- |")
    for other in args.indexes[1:]:
        p, u = cosines(reference, other)
        print(f"| {other.name} | {p.mean():.5f} / {np.percentile(p, 5):.5f} / {p.min():.5f} | "
              f"{u.mean():.4f} / {np.percentile(u, 5):.4f} / {u.min():.4f} |", flush=True)
    print(f"\n| index | scope | {' | '.join(COLUMNS)} |\n|" + " --- |" * (len(COLUMNS) + 2))
    for scope in args.scopes:
        for index in args.indexes:
            overall = evaluate(index, args.corpus, args.questions, scope)
            print(f"| {index.name} | {scope} | " + " | ".join(f"{overall.get(c, float('nan')):.3f}" for c in COLUMNS)
                  + " |", flush=True)


if __name__ == "__main__":
    main()
