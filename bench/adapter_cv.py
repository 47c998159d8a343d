"""The query adapter judged by the whole pipeline (docs/retrieval.md, "A learned query adapter"): each fold's
questions asked with the adapter fitted without them (bench/fit_adapter.py --folds), against the baseline run's
answers to the same ids.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/adapter_cv.py --folds /tmp/folds --out /tmp/cv [--only loto]

Folds: loto-<transcript> (real-dev questions of that transcript), half0 / half1 (real-dev and seed questions whose
id hash falls in that half), and `all` on the questions written for this check (dev-adapt30-*, seed-1760..1779),
the unanswerable dev set and the dev conversations. Figures per fold: Hit@1, MRR@10, highlight@1, false declines
(answerable questions declined), for the baseline (its results.jsonl) and with the adapter.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.fit_adapter import half  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
INDEXES = Path("/work/main/bench/out/idx-s20")
BASELINE = Path("/work/main/bench/out/eval-dev-s27c")
REAL = REPO / "bench" / "questions" / "real-dev.jsonl"
SEED = REPO / "qa" / "data" / "seed_questions.jsonl"
NEW_SEED = range(1760, 1780)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _is_new(q: dict) -> bool:
    return q["id"].startswith("dev-adapt30-") or (q["id"].startswith("seed-") and q["id"][5:].isdigit()
                                                   and int(q["id"][5:]) in NEW_SEED)


def figures(records: list[dict]) -> dict:
    gold = [r for r in records if r.get("gold")]
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]

    def mean(values):
        values = list(values)
        return sum(values) / len(values) if values else float("nan")
    return {"n": len(gold), "hit@1": mean(r["metrics"]["hit@1"] for r in gold),
            "mrr@10": mean(r["metrics"]["mrr@10"] for r in gold),
            "highlight@1": mean(float(bool(r["metrics"]["highlight@1"])) for r in gold),
            "false_declines": sum(not r["answer"]["answerable"] for r in answerable),
            "declined": sum(not r["answer"]["answerable"] for r in unanswerable), "unanswerable": len(unanswerable),
            "follow_up_hit@3": mean(r["metrics"]["hit@3"] for r in gold if r.get("category") == "follow-up"),
            "switch_same": mean(float(bool(r["metrics"].get("alone_identical")))
                                for r in records if r.get("category") == "switch")}


def _row(name: str, before: dict, after: dict) -> str:
    return (f"| {name} | {before['n']} | {before['hit@1']:.3f} -> {after['hit@1']:.3f} | {before['mrr@10']:.3f} -> "
            f"{after['mrr@10']:.3f} | {before['highlight@1']:.3f} -> {after['highlight@1']:.3f} | "
            f"{before['false_declines']} -> {after['false_declines']} |"
            + (f" declined {before['declined']} -> {after['declined']} of {before['unanswerable']} |"
               if before["unanswerable"] else "")
            + (f" follow-up Hit@3 {before['follow_up_hit@3']:.3f} -> {after['follow_up_hit@3']:.3f}, switch same "
               f"{before['switch_same']:.3f} -> {after['switch_same']:.3f} |" if name == "conversations" else ""))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the baseline's eval_sets output folder")
    parser.add_argument("--indexes", type=Path, default=INDEXES, help="folder of index-seed and index-shared (copied)")
    parser.add_argument("--only", choices=("loto", "half", "new", "all"), default="all")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    index = {}
    for name in ("seed", "shared"):  # asked in a copy: idx-s20 itself is only read by eval_sets
        index[name] = args.out / f"index-{name}"
        if not index[name].exists():
            shutil.copytree(args.indexes / f"index-{name}", index[name])
    base = {}
    for folder in ("dev-seed", "dev-real+unanswerable", "dev-conversations"):
        for line in (args.baseline / folder / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            base[(folder, r["id"])] = r
    real, seed = _lines(REAL), _lines(SEED)
    runs = []  # (fold name, adapter file, questions, corpus, index, baseline folder)
    if args.only in ("loto", "all"):
        for t in sorted({q["transcript"] for q in real}):
            runs.append((f"loto-{Path(t).stem}", f"loto-{Path(t).stem}",
                         [q for q in real if q["transcript"] == t and not _is_new(q)], SHARED, "shared",
                         "dev-real+unanswerable"))
    if args.only in ("half", "all"):
        for h in (0, 1):
            runs.append((f"half{h}-real", f"half{h}", [q for q in real if half(q["id"]) == h and not _is_new(q)],
                         SHARED, "shared", "dev-real+unanswerable"))
            runs.append((f"half{h}-seed", f"half{h}", [q for q in seed if half(q["id"]) == h and not _is_new(q)],
                         REPO / "corpus", "seed", "dev-seed"))
    if args.only in ("new", "all"):
        runs.append(("new-real", "all", [q for q in real if _is_new(q)], SHARED, "shared", None))
        runs.append(("new-seed", "all", [q for q in seed if _is_new(q)], REPO / "corpus", "seed", None))
        runs.append(("unanswerable", "all", _lines(REPO / "bench" / "questions" / "unanswerable-dev.jsonl"), SHARED,
                     "shared", "dev-real+unanswerable"))
        runs.append(("conversations", "all", _lines(REPO / "bench" / "questions" / "conversations-dev.jsonl"), SHARED,
                     "shared", "dev-conversations"))
    table = ["| fold | n | Hit@1 | MRR@10 | highlight@1 | false declines |", "| --- | --- | --- | --- | --- | --- |"]
    for name, adapter, questions, corpus, which, folder in runs:
        path = args.out / f"{name}.jsonl"
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8")
        outcome = {}
        for label, setting in (("adapted", str(args.folds / f"{adapter}.npz")), ("plain", "")):
            if label == "plain" and folder is not None:
                continue  # the baseline's own answers
            settings = Settings.from_env().replace(query_adapter=setting)
            result = run_eval(path, settings=settings, corpus=corpus, index=index[which])
            outcome[label] = result
        table.append(_fold_row(name, outcome, folder, base, args.out))
        print(table[-1], file=sys.stderr, flush=True)
    print("\n".join(table))


def _fold_row(name, outcome, folder, base, out: Path) -> str:
    from qa.evaluate.report import write_report
    records = {}
    for label, result in outcome.items():
        write_report(result, out / f"{name}-{label}")
        records[label] = _lines(out / f"{name}-{label}" / "results.jsonl")
    if folder is not None:
        records["plain"] = [base[(folder, r["id"])] for r in records["adapted"]]
    return _row(name, figures(records["plain"]), figures(records["adapted"]))


if __name__ == "__main__":
    main()
