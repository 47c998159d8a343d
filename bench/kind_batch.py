"""One batch of one helper's dev questions (rows with `kind` KIND and `batch` B), asked against the shared indexes as
they stand (nothing is indexed), the reports written as eval_sets.py writes them (OUT/shared, OUT/seed). Shared by
the helpers' batch runners (bench/fdecl47/run_batch.py, bench/fdecl48/run_batch.py), which were copies of one loop.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED_FILES = (REPO / "bench/questions/real-dev.jsonl", REPO / "bench/questions/unanswerable-dev.jsonl")
SEED_FILES = (REPO / "qa/data/seed_questions.jsonl",)


def batch_lines(paths, kind: str, batch: str) -> list[str]:
    """The lines of `paths` whose row has `kind` and `batch`, as written."""
    return [line for path in paths for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip() and (row := json.loads(line)).get("kind") == kind and row.get("batch") == batch]


def ask_batch(kind: str, batch: str, indexes: Path, out: Path) -> None:
    """Ask the batch's shared-transcript rows over INDEXES/index-shared and its seed rows over INDEXES/index-seed;
    the questions asked are kept beside the reports (OUT/BATCH-shared.jsonl, OUT/BATCH-seed.jsonl)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, paths, index in (("shared", SHARED_FILES, indexes / "index-shared"),
                               ("seed", SEED_FILES, indexes / "index-seed")):
        lines = batch_lines(paths, kind, batch)
        if not lines:  # nm61: a batch with no seed rows asks nothing there
            continue
        questions = out / f"{batch}-{name}.jsonl"
        questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"[{batch}] {name}: {len(lines)} questions", file=sys.stderr, flush=True)
        write_report(run_eval(questions, settings=Settings(), index=index), out / name)


def batch_results(out: Path) -> dict[str, dict]:
    """The records of every report under `out` (as `ask_batch` writes them: OUT/shared, OUT/seed), by question id."""
    rows = {}
    for f in sorted(out.glob("*/results.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            rows[r["id"]] = r
    return rows


def batch_registers(folder: Path) -> dict[str, str]:
    """Question id -> `register` of the batch copies FOLDER/A.jsonl and FOLDER/B.jsonl (decl49, reg50)."""
    reg = {}
    for name in ("A", "B", "C", "D"):
        if name in ("C", "D") and not (folder / f"{name}.jsonl").exists():
            continue
        for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            reg[row["id"]] = row["register"]
    return reg


def register_summary(runs: list[Path], reg: dict[str, str]) -> None:
    """Declined answerable and unanswerable questions per register (`reg`: id -> register) in each run of
    `ask_batch`; each row of the last run, with its note and first highlight (MOVED: declined or answered otherwise
    than in the first run)."""
    all_rows = [batch_results(r) for r in runs]
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



def set_constant(setting: str) -> None:
    """Set a module constant from "MODULE.NAME=VALUE" (VALUE a Python literal), as the batch runners' --set does."""
    name, value = setting.split("=", 1)
    module, attr = name.rsplit(".", 1)
    setattr(importlib.import_module(module), attr, ast.literal_eval(value))

def register_batch_cli(doc: str, folder: Path, switches: dict[str, dict] | None = None) -> argparse.Namespace | None:
    """The command line of a register helper's batch runner (bench/decl49, bench/reg50, bench/decl51 run_batch.py):
    BATCH (A or B) with --indexes and --out, or --summary OUT [OUT_AFTER] (printed here from `folder`'s batches:
    `register_summary`, then None); `switches`: the runner's own options (flag -> `add_argument` keywords). The
    arguments, for the runner to set its rules and call `ask_batch`."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("batch", nargs="?", choices=("A", "B", "C", "D"))  # C, D: later confirm batches (nm61)
    ap.add_argument("--indexes", type=Path)
    ap.add_argument("--out", type=Path)
    for flag, options in (switches or {}).items():
        ap.add_argument(flag, **options)
    ap.add_argument("--summary", nargs="+", type=Path, metavar="OUT")
    args = ap.parse_args()
    if args.summary:
        register_summary(args.summary, batch_registers(folder))
        return None
    return args
