"""How often answers are right by their `confidence` (qa.calibrated), per eval_sets folder: answered questions asked
alone with a confidence; right = an answerable question whose first citation holds the gold (an unanswerable one
answered is wrong).  Usage: python3 bench/confidence_bins.py bench/out/eval-test-s27b [...]"""
import json
import sys
from pathlib import Path

BINS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))


def rows(folder: Path) -> list[tuple[float, bool]]:
    out = []
    for f in sorted(folder.glob("*/results.jsonl")):
        for r in map(json.loads, open(f, encoding="utf-8")):
            chance = r["answer"].get("confidence")
            if chance is None or (r["answerable"] and r["metrics"].get("hit@1") is None):
                continue
            out.append((chance, bool(r["answerable"] and r["metrics"]["hit@1"])))
    return out


def main(folders: list[str]) -> None:
    print("| run | " + " | ".join(f"{lo:.1f}-{min(hi, 1.0):.1f}" for lo, hi in BINS) + " |")
    print("| --- |" + " --- |" * len(BINS))
    for folder in folders:
        found = rows(Path(folder))
        cells = []
        for lo, hi in BINS:
            inside = [right for chance, right in found if lo <= chance < hi]
            cells.append(f"{sum(inside)}/{len(inside)} right" if inside else "-")
        print(f"| {Path(folder).name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
