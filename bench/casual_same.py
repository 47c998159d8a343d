"""Questions typed casually beside their plain forms (bench/questions/casual-dev.jsonl, whose field `plain` names the
older dev question each varies): the share whose answer is the plain form's (the same decision, the same [1], the
same highlight), and Hit@1 and declines of both.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/casual_same.py --indexes bench/out --out bench/out/casual

Both are asked in one run over the shared transcripts (index-shared in --indexes, built there when missing): the seed's
questions too, whose transcript the shared folder holds, so that a pair is always asked of the same index.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from qa.config import Settings  # noqa: E402
from qa.evaluate.report import write_report  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
QUESTIONS = REPO / "bench" / "questions"
CASUAL = QUESTIONS / "casual-dev.jsonl"
PLAIN_SETS = (REPO / "qa" / "data" / "seed_questions.jsonl", *sorted(QUESTIONS.glob("*-dev.jsonl")))


def paired_file(out: Path) -> Path:
    """The casual questions and, after them, each one's plain form (as its own set holds it), in one file."""
    casual = [json.loads(line) for line in CASUAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {row["plain"] for row in casual}
    plain = {}
    for path in PLAIN_SETS:
        if path == CASUAL:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["id"] in wanted:
                plain[json.loads(line)["id"]] = line
    missing = wanted - set(plain)
    if missing:
        sys.exit(f"{CASUAL}: plain forms not found in any dev set: {', '.join(sorted(missing))}")
    path = out / "casual+plain.jsonl"
    path.write_text("\n".join([json.dumps(row, ensure_ascii=False) for row in casual] +
                              [plain[row["plain"]] for row in casual]) + "\n", encoding="utf-8")
    return path


def first(result) -> tuple | None:
    """What a user sees first: the decision, and the [1] with its highlight when answered."""
    answer = result.answer
    if not answer.answerable or not answer.citations:
        return None
    c = answer.citations[0]
    return (c.transcript, c.start_char, c.end_char, c.highlight)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out",
                        help="folder holding index-shared (built there when missing)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "casual")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    run = run_eval(paired_file(args.out), settings=Settings(), corpus=SHARED, index=args.indexes / "index-shared")
    write_report(run, args.out / "dev-casual+plain")
    by_id = {r.question.id: r for r in run.results}
    casual = [r for r in run.results if "plain" in r.question.extra]
    same, rows = 0, []
    for r in casual:
        p = by_id[r.question.extra["plain"]]
        ok = first(r) == first(p)
        same += ok
        rows.append(f"{'same' if ok else 'DIFF'} {r.question.id} ({p.question.id}): "
                    f"{'answered' if r.answer.answerable else 'declined'} / "
                    f"{'answered' if p.answer.answerable else 'declined'}  {r.question.question!r}")
    print("\n".join(rows))
    print(f"same answer as the plain form: {same} of {len(casual)}")
    for label, results in (("casual", casual), ("plain", [by_id[r.question.extra["plain"]] for r in casual])):
        gold = [r for r in results if r.question.answerable and r.scores.get("hit@1") is not None]
        hit1 = sum(float(r.scores["hit@1"]) for r in gold)
        unans = [r for r in results if not r.question.answerable]
        ans = [r for r in results if r.question.answerable]
        print(f"{label}: Hit@1 {hit1:.0f} of {len(gold)}; unanswerable declined "
              f"{sum(not r.answer.answerable for r in unans)} of {len(unans)}; answerable declined "
              f"{sum(not r.answer.answerable for r in ans)} of {len(ans)}")


if __name__ == "__main__":
    main()
