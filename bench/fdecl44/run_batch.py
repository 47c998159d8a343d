"""Ask the dev rows whose ids match a regular expression (fdecl44's batches) and keep the full results (results.jsonl
per set, as eval_sets.py writes them) so that bench/decline_audit.py can name the rule behind each decline.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/fdecl44/run_batch.py OUT_DIR '^(dev-fdecl44-([1-9]|[1-8][0-9])|dev-un-35[7-9][0-9]|seed-25[23][0-9])$' \
        [--index bench/out/idx-copy]

Use a copy of the shared indexes (an evaluation ingests into the index it is given).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl", "qa/data/seed_questions.jsonl")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("ids")
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "idx-copy")
    args = parser.parse_args(argv)
    pattern = re.compile(args.ids)
    rows: dict[str, list[str]] = {"seed": [], "shared": []}
    for name in FILES:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and pattern.search(json.loads(line)["id"]):
                rows["seed" if "seed_questions" in name else "shared"].append(line)
    for kind, lines in rows.items():
        if not lines:
            continue
        path = Path(tempfile.mkdtemp()) / "questions.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        settings = Settings()
        corpus = Path(settings.corpus_dir) if kind == "seed" else SHARED
        run = run_eval(path, settings=settings, corpus=corpus, index=args.index / f"index-{kind}")
        write_report(run, args.out / f"batch-{kind}")
        for r in run.results:
            a = r.answer
            print(r.question.id, "answerable" if r.question.answerable else "UNANSWERABLE",
                  "answered" if a.answerable else "DECLINED", r.scores.get("first_relevant_rank"), "|", a.note or "")


if __name__ == "__main__":
    main()
