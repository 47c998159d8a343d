"""fdecl59: the source-silent rule's declines in saved runs, with the least best cosine of their unsaid words (each
encoded alone) to the words of the named source's own passages (`Evidence.unsaid_word_source`, read where that rule
declines and UNSAID_WORD_SIMILARITY <= 1.0), and what the gate would answer at each threshold and least count of
unsaid words, replayed with `decide` on the saved evidence (as bench/fdecl47/phrase_gate.py does).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl59/word_gate.py RUN [RUN ...] [--list]

RUN: a folder of results.jsonl files (eval_sets.py's, or bench/ask_ids.py --report's). Dev and fresh4 runs only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.answerable import DeclineRule, decide  # noqa: E402
from qa.types import answer_from_json  # noqa: E402

GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


def rows_of(runs: list[Path]) -> list[tuple[dict, object]]:
    rows = []
    for f in [p for run in runs for p in sorted(run.rglob("results.jsonl"))]:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            parsed = answer_from_json(r["answer"])
            if parsed.evidence is not None:
                rows.append((r, parsed.evidence))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    rows = rows_of(args.runs)
    off = DeclineRule(unsaid_word_similarity=1.01)
    silent = [(r, e) for r, e in rows if not decide(e, off).answerable and decide(e, off).rule == "source-silent"]
    print(f"{len(rows)} answers; source-silent declines with the gate off: "
          f"answerable {sum(1 for r, _ in silent if r['answerable'])}, "
          f"unanswerable {sum(1 for r, _ in silent if not r['answerable'])}")
    print("| least unsaid words | threshold | answerable answered | unanswerable answered |")
    print("| --- | --- | --- | --- |")
    for least in (1, 2, 3):
        for t in GRID:
            rule = DeclineRule(unsaid_word_similarity=t, unsaid_words_least=least)
            got = [r for r, e in silent if decide(e, rule).answerable]
            print(f"| {least} | {t} | {sum(1 for r in got if r['answerable'])} | "
                  f"{sum(1 for r in got if not r['answerable'])} |")
    if args.list:
        for r, e in sorted(silent, key=lambda x: -(x[1].unsaid_word_source or 0)):
            near = "-" if e.unsaid_word_source is None else f"{e.unsaid_word_source:.3f}"
            print(f"{near} {'ANS' if r['answerable'] else 'un '} {r['id']} {list(e.source_unsaid)} | {r['question']}")


if __name__ == "__main__":
    main()
