"""reg50: asks one batch (A or B) of reg50's questions, from the dev question files, against the shared indexes as
they stand (nothing is indexed), and writes the reports as eval_sets.py does (OUT/shared, OUT/seed); --off asks them
with reg50's rule off (main's rules), --on with it on (`qa.answerable.SUPERLATIVE_READ`, off as shipped).
--summary prints, per register, the answerable and unanswerable questions declined, and each row with its answer's
note and first highlight.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg50/run_batch.py A --indexes bench/out/idx-s20 \\
        --out OUT [--off | --on]
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/reg50/run_batch.py --summary OUT [OUT_AFTER]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import qa.answerable  # noqa: E402
from bench.kind_batch import ask_batch  # noqa: E402


def results(out: Path) -> dict[str, dict]:
    rows = {}
    for f in sorted(out.glob("*/results.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows[r["id"]] = r
    return rows


def registers() -> dict[str, str]:
    reg = {}
    for name in ("A", "B"):
        for line in (REPO / "bench/reg50" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            reg[row["id"]] = row["register"]
    return reg


def summary(runs: list[Path]) -> None:
    """Declined answerable and unanswerable questions per register in each run; each row of the last run."""
    reg = registers()
    all_rows = [results(r) for r in runs]
    for run, rows in zip(runs, all_rows):
        count = Counter()
        for i, r in rows.items():
            count[reg[i], r["answerable"], "n"] += 1
            count[reg[i], r["answerable"], "declined"] += not r["answer"]["answerable"]
            count[reg[i], r["answerable"], "hit1"] += bool((r.get("metrics") or {}).get("hit@1"))
        print(run)
        for g in sorted({reg[i] for i in rows}):
            print(f"  {g:13} answerable declined {count[g, True, 'declined']}/{count[g, True, 'n']} hit@1 "
                  f"{count[g, True, 'hit1']}   unanswerable declined {count[g, False, 'declined']}/"
                  f"{count[g, False, 'n']}")
        print(f"  {'all':13} answerable declined {sum(count[g, True, 'declined'] for g in set(reg.values()))} "
              f"unanswerable declined {sum(count[g, False, 'declined'] for g in set(reg.values()))}")
    last = all_rows[-1]
    for i, r in sorted(last.items(), key=lambda kv: (reg[kv[0]], kv[1]["answerable"])):
        a = r["answer"]
        cits = a.get("citations") or []
        hl = (cits[0].get("highlight") or "")[:90] if cits else ""
        moved = "" if len(all_rows) < 2 else (" MOVED" if all_rows[0][i]["answer"]["answerable"] != a["answerable"]
                                              else "")
        print(f"{i} [{reg[i]}] {'ANS' if r['answerable'] else 'UN '} {'answered' if a['answerable'] else 'DECLINED'}"
              f"{moved} h1={(r.get('metrics') or {}).get('hit@1')} {r['question']!r}\n"
              f"    note: {(a.get('note') or '')[:110]}\n    hl: {hl}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", nargs="?", choices=("A", "B"))
    ap.add_argument("--indexes", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--off", action="store_true", help="reg50's rule off (main's rules)")
    ap.add_argument("--on", action="store_true", help="reg50's rule on (SUPERLATIVE_READ, off as shipped)")
    ap.add_argument("--summary", nargs="+", type=Path, metavar="OUT")
    args = ap.parse_args()
    if args.summary:
        summary(args.summary)
        return
    if args.off or args.on:
        qa.answerable.SUPERLATIVE_READ = args.on
    ask_batch(f"reg50-{args.batch}", args.batch, args.indexes, args.out)


if __name__ == "__main__":
    main()
