"""fdecl47: the topic rules' declines (qa.answerable TOPIC_PHRASE_RULES: source-silent, topic, own-topic) in saved
runs, each with the topic phrase the rule tested and the best cosine between that phrase alone and the sentences of
the named source's passages (`phrase_source`) and of every passage (`phrase_anywhere`), as the run saved them
(`Evidence.tested_phrase` ...; read by qa.api where such a rule declines); and what the gate
`DeclineRule.phrase_similarity` would do at each threshold of a grid, by replaying `decide` on the saved evidence
(as bench/decline_audit.py does).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl47/phrase_gate.py RUN [RUN ...] [--list] [--batch C]

--batch keeps only the questions of that `batch` tag (fdecl47's C or D, read from the dev question files).
Dev and fresh4 runs only (bench/decline_audit.py refuses held-out ones).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.decline_audit import result_files  # noqa: E402
from qa.answerable import TOPIC_PHRASE_RULES, DeclineRule, decide  # noqa: E402
from qa.types import answer_from_json  # noqa: E402

GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
QUESTION_FILES = (REPO / "bench/questions/real-dev.jsonl", REPO / "bench/questions/unanswerable-dev.jsonl",
                  REPO / "qa/data/seed_questions.jsonl")


def batch_ids(batch: str) -> set[str]:
    ids = set()
    for path in QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind") == "fdecl47" and row.get("batch") == batch:
                ids.add(row["id"])
    return ids


def rows_of(runs: list[Path], only: set[str] | None) -> list[tuple[dict, object]]:
    """(result, evidence) of every saved answer with evidence (declined or not), of `only` ids if given."""
    rows = []
    for f in [p for run in runs for p in result_files(run)]:
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if only is not None and r["id"] not in only:
                continue
            parsed = answer_from_json(r["answer"])
            if parsed.evidence is not None:
                rows.append((r, parsed.evidence))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="every topic-rule decline, with its phrase and cosines")
    ap.add_argument("--batch", help="only fdecl47's questions of this batch (C or D)")
    args = ap.parse_args()
    rows = rows_of(args.runs, batch_ids(args.batch) if args.batch else None)
    off = DeclineRule(phrase_similarity=1.01)
    answerable = sum(1 for r, _ in rows if r["answerable"])
    unanswerable = len(rows) - answerable
    declined = [(r, e, decide(e, off)) for r, e in rows]
    print(f"{len(rows)} answers with evidence: {answerable} answerable, {unanswerable} unanswerable")
    print(f"declined with the gate off: answerable {sum(1 for r, _, v in declined if r['answerable'] and not v.answerable)}"
          f", unanswerable {sum(1 for r, _, v in declined if not r['answerable'] and not v.answerable)}")
    topical = [(r, e, v) for r, e, v in declined if not v.answerable and v.rule in TOPIC_PHRASE_RULES]
    print(f"\ntopic-rule declines: {len(topical)}")
    print("| rule | gold | n | read | phrase→source median | min | max | phrase→anywhere median |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for rule in sorted(TOPIC_PHRASE_RULES):
        for gold in (True, False):
            sel = [e for r, e, v in topical if v.rule == rule and r["answerable"] is gold]
            src = [e.phrase_source for e in sel if e.phrase_source is not None]
            anyw = [e.phrase_anywhere for e in sel if e.phrase_anywhere is not None]
            med = f"{statistics.median(src):.3f} | {min(src):.3f} | {max(src):.3f}" if src else "- | - | -"
            print(f"| {rule} | {'answerable' if gold else 'unanswerable'} | {len(sel)} | {len(src)} | {med} | "
                  f"{statistics.median(anyw):.3f} |" if anyw else
                  f"| {rule} | {'answerable' if gold else 'unanswerable'} | {len(sel)} | {len(src)} | {med} | - |")
    if args.list:
        print("\n| id | gold | rule | phrase | source | anywhere | question |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for r, e, v in sorted(topical, key=lambda t: -(t[1].phrase_source or -1)):
            fmt = (lambda x: "-" if x is None else f"{x:.3f}")
            print(f"| {r['id']} | {'A' if r['answerable'] else 'U'} | {v.rule} | {e.tested_phrase} | "
                  f"{fmt(e.phrase_source)} | {fmt(e.phrase_anywhere)} | {r['question'][:90]} |")
    print("\ngrid (replayed): declines the gate answers instead, as uncertain")
    print("| t | answerable answered | unanswerable answered | answerable declined | unanswerable declined |")
    print("| --- | --- | --- | --- | --- |")
    for t in GRID:
        rule = dataclasses.replace(off, phrase_similarity=t)
        flips = [(r, decide(e, rule)) for r, e, v in topical]
        fa = sum(1 for r, v in flips if v.answerable and r["answerable"])
        fu = sum(1 for r, v in flips if v.answerable and not r["answerable"])
        da = sum(1 for r, _, v in declined if r["answerable"] and not v.answerable) - fa
        du = sum(1 for r, _, v in declined if not r["answerable"] and not v.answerable) - fu
        print(f"| {t:.2f} | {fa} | {fu} | {da} | {du} |")


if __name__ == "__main__":
    main()
