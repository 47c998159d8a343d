"""Ask the questions of a recording's order and of who spoke most (order26: dev-order26-*, seed-1640..1643, and the
old dev questions `asks_order` reads: dev-trial27-17/19/20/21/22, dev-rank22-12) with the order read (qa.order) and
without (ORDER_READ and MOST_COUNTED off: the nearest passages and a note, as on main), through `tqa eval`'s code.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/order_probe.py --indexes bench/out/idx-s20 --out bench/out/order-probe \
        [--set qa.order.MOST_DEPTH=5]

Prints one line per question: id, first relevant rank without -> with (- when none in the first k), answerable
without -> with, and the note with. Indexes are only read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import set_constant  # noqa: E402
from qa import order  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "transcripts"
REAL = REPO / "bench" / "questions" / "real-dev.jsonl"
SEED = REPO / "qa" / "data" / "seed_questions.jsonl"
ASKED = re.compile(r"dev-order26-\d+|dev-trial27-(?:17|19|20|21|22)|dev-rank22-12|seed-164[0-3]")


def asked(questions: Path, out: Path) -> Path:
    """The questions of `questions` that ASKED matches, written to `out`."""
    lines = [line for line in questions.read_text(encoding="utf-8").splitlines()
             if line.strip() and ASKED.fullmatch(json.loads(line)["id"])]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def ranks(questions: Path, corpus: Path, index: Path, read: bool) -> dict[str, tuple]:
    """{id: (first relevant rank, answerable, note)} with the order read or not."""
    order.ORDER_READ = order.MOST_COUNTED = read
    run = run_eval(questions, settings=Settings(index_dir=index), corpus=corpus, index=index)
    return {r.question.id: (r.scores.get("first_relevant_rank"), r.answer.answerable, r.answer.note)
            for r in run.results}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "order-probe")
    parser.add_argument("--set", action="append", default=[], help="module.NAME=value, set before asking")
    args = parser.parse_args(argv)
    for item in args.set:
        set_constant(item)
    args.out.mkdir(parents=True, exist_ok=True)
    sets = ((asked(REAL, args.out / "real.jsonl"), SHARED, args.indexes / "index-shared"),
            (asked(SEED, args.out / "seed.jsonl"), Path(Settings().corpus_dir), args.indexes / "index-seed"))
    rows = []
    for questions, corpus, index in sets:
        without, with_ = ranks(questions, corpus, index, False), ranks(questions, corpus, index, True)
        rows += [(i, without[i], with_[i]) for i in with_]
    for i, (r0, a0, _), (r1, a1, note) in rows:
        print(f"{i:<16} rank {r0 or '-'} -> {r1 or '-'}  answered {a0} -> {a1}  | {note or ''}")
    for name, at in (("hit@1", 1), ("hit@3", 3)):
        print(f"{name}: {sum(bool(r0 and r0 <= at) for _, (r0, *_), _ in rows)} -> "
              f"{sum(bool(r1 and r1 <= at) for _, _, (r1, *_) in rows)} of {len(rows)}")
    (args.out / "probe.json").write_text(json.dumps(
        [{"id": i, "without": list(w), "with": list(x)} for i, w, x in rows], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
