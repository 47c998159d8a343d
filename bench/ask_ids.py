"""A quick per-question run of the dev rows whose ids match a regular expression (ctx42's batches): each row asked
through `qa.evaluate.run.run_eval` (the seed's rows over INDEX/index-seed and the bundled corpus, the others over
INDEX/index-shared and ../shared/data/transcripts), one JSON line per row (whether answered, the gold's first rank,
highlight@1, the note, the wording searched, whether the history was used, whether a row with history was cited as
when asked alone), and a line each on stdout.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/ask_ids.py OUT.jsonl '^(dev-ctx42-([1-9]|1[01])$|seed-220[0-2])' \\
        [--index bench/out/idx-copy] [question files ...]

Use a copy of the shared indexes (`cp -r bench/out/idx-s20 bench/out/idx-copy`): an evaluation ingests into the index
it is given. Run it once in a tree of the earlier commit and once in the later one to compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
FILES = ("bench/questions/real-dev.jsonl", "bench/questions/unanswerable-dev.jsonl",
         "bench/questions/conversations-dev.jsonl", "qa/data/seed_questions.jsonl")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("ids", help="a regular expression of the ids asked")
    parser.add_argument("files", nargs="*", default=FILES)
    parser.add_argument("--index", type=Path, default=REPO / "bench" / "out" / "idx-copy")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--report", type=Path, help="also write each run's full report here (DIR/batch-seed, "
                        "DIR/batch-shared: results.jsonl as eval_sets.py writes it, for bench/decline_audit.py)")
    args = parser.parse_args(argv)
    import re
    pattern = re.compile(args.ids)
    rows: dict[str, list[str]] = {"seed": [], "shared": []}
    for name in args.files:
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and pattern.search(json.loads(line)["id"]):
                rows["seed" if "seed_questions" in name else "shared"].append(line)
    found = []
    for kind, lines in rows.items():
        if not lines:
            continue
        path = Path(tempfile.mkdtemp()) / "questions.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        settings = Settings()
        corpus = Path(settings.corpus_dir) if kind == "seed" else args.shared
        run = run_eval(path, settings=settings, corpus=corpus, index=args.index / f"index-{kind}")
        if args.report is not None:
            write_report(run, args.report / f"batch-{kind}")
        for r in run.results:
            a = r.answer
            cited = [(c.transcript, c.start_char) for c in a.citations[:3]]
            found.append({"id": r.question.id, "q": r.question.question, "gold": bool(r.gold),
                          "answerable": a.answerable, "rank": r.scores.get("first_relevant_rank"),
                          "hl1": r.scores.get("highlight@1"), "note": a.note, "query": a.query,
                          "history_used": a.history_used, "cites": cited,
                          "alone_same": None if r.alone is None else cited == [(c.transcript, c.start_char)
                                                                               for c in r.alone.citations[:3]]})
    args.out.write_text("".join(json.dumps(d) + "\n" for d in found), encoding="utf-8")
    for d in found:
        print(d["id"], "answered" if d["answerable"] else "declined", "rank", d["rank"], "hl", d["hl1"], "|",
              d["note"] or "", "|", d["query"])


if __name__ == "__main__":
    main()
