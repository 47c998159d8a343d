"""The reason rule's weight (qa.rerank.REASON_WEIGHT) on the dev questions it fires for (those that ask why,
`qa.cite.asked_kind`): those questions only (the others cannot change), asked at each weight through `tqa eval`'s
code; prints each question's first relevant rank and, per set, the answerable questions, how many first and their
summed reciprocal ranks (within ten).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/tune_why.py 0,0.2,0.25,0.3,0.5,0.75 [--new] [--indexes /work/main/bench/out]

--new asks the questions written for the class (`kind` reason, bench/questions/README.md) instead of the old ones:
a check, never a choice (docs/retrieval.md, "A why-question: the sentence that gives the reason").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import qa.rerank  # noqa: E402
from qa.cite import asked_kind  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.evaluate.run import run_eval  # noqa: E402

NEW_IDS = ("dev-rank3-9", "seed-98")  # the questions written for the class (bench/questions/README.md)
SHARED = REPO.parent / "shared" / "data" / "transcripts"
SETS = (("seed", [REPO / "qa" / "data" / "seed_questions.jsonl"], REPO / "corpus", REPO / "bench" / "out" / "index-seed"),
        ("real", [REPO / "bench" / "questions" / f"{n}-dev.jsonl" for n in ("real", "unanswerable")], SHARED,
         REPO / "bench" / "out" / "index-shared"),
        ("conv", [REPO / "bench" / "questions" / "conversations-dev.jsonl"], SHARED,
         REPO / "bench" / "out" / "index-shared"))


def fired(files: list[Path], index: Path, new: bool, out: Path) -> Path | None:
    """The lines of `files` whose question asks why (old or new ones), in one file."""
    lines = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                new_one = q["id"].startswith(NEW_IDS) and q.get("kind") == "reason"
                if asked_kind(q["question"]) == "reason" and new_one == new:
                    lines.append(line)
    if not lines:
        return None
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights", help="comma-separated weights")
    parser.add_argument("--new", action="store_true", help="the class's new questions instead of the old ones")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "tune-why")
    parser.add_argument("--indexes", type=Path, default=REPO / "bench" / "out",
                        help="folder holding index-seed and index-shared")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    files = {name: (fired(paths, index, args.new, args.out / f"{name}.jsonl"), corpus, args.indexes / index.name)
             for name, paths, corpus, index in SETS}
    for weight in (float(w) for w in args.weights.split(",")):
        qa.rerank.REASON_WEIGHT = weight
        totals = {}
        for name, (path, corpus, index) in files.items():
            if path is None:
                continue
            for r in run_eval(path, settings=Settings(), corpus=corpus, index=index).results:
                rank = r.scores.get("first_relevant_rank")
                print(f"W={weight} {name} {r.question.id}{' (history)' if r.question.history else ''} first={rank} "
                      f"answered={r.answer.answerable}")
                if r.question.answerable:
                    t = totals.setdefault(name, [0, 0, 0.0])
                    t[0] += 1
                    t[1] += rank == 1
                    t[2] += 1 / rank if rank and rank <= 10 else 0.0
        print(f"W={weight}", {k: f"{n} asked, {first} first, {rr:.3f}" for k, (n, first, rr) in totals.items()})


if __name__ == "__main__":
    main()
